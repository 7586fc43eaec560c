#include "TestDatabase.h"
#include "accounts/User.h"
#include "calendar/CalendarEntryModel.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarStore.h"
#include "calendar/CalendarYearModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace {
// Who changes the calendar in these tests: a role allowed to (Permission::ChangeCalendar).
User calendarEditor()
{
    return User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor);
}
} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T* child(QWidget& page, const char* name)
    {
        return page.findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void modelsPassTheTester()
    {
        CalendarYearModel year;
        QAbstractItemModelTester yearTester(&year,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        year.setYear(2026);
        year.setCalendar(WorkCalendar());
        const QModelIndex tet = year.indexOf(QDate(2026, 2, 17));
        QVERIFY(!year.data(tet, CalendarYearModel::WorkingRole).toBool());
        QCOMPARE(year.data(tet).toString(), QStringLiteral("17\n1/1"));
        QVERIFY(year.data(tet, Qt::ToolTipRole).toString().contains(QStringLiteral("1/1")));
        QCOMPARE(year.flags(year.index(1, 29)), Qt::NoItemFlags); // 30 February

        CalendarEntryModel entries;
        QAbstractItemModelTester entryTester(
            &entries, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CalendarEntry entry;
        entry.date = QDate(2026, 1, 10);
        entry.kind = DayKind::WorkingDay;
        entry.noticeNumber = QStringLiteral("12729/VPCP-KGVX");
        entries.setEntries({entry});
        QCOMPARE(entries.rowCount(), 1);
        QCOMPARE(entries.data(entries.index(0, CalendarEntryModel::Notice)).toString(),
                 QStringLiteral("12729/VPCP-KGVX"));
    }

    void officialYearShowsItsNotices()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarPage page(t.db(), calendarEditor());
        page.showYear(2024);
        QVERIFY(
            child<QLabel>(page, "yearStatus")->text().contains(QStringLiteral("2450/VPCP-KGVX")));
        QVERIFY(!child<QPushButton>(page, "confirmYear")->isEnabled());
        auto* view = child<QTableView>(page, "yearView");
        const QModelIndex saturday = view->model()->index(4, 3); // 4 May 2024
        QVERIFY(view->model()->data(saturday, CalendarYearModel::WorkingRole).toBool());
        // Selecting the day loads its stored entry into the form.
        view->setCurrentIndex(saturday);
        QCOMPARE(child<QLineEdit>(page, "entryNotice")->text(), QStringLiteral("2450/VPCP-KGVX"));
        QVERIFY(child<QPushButton>(page, "removeEntry")->isEnabled());
    }

    // Issue 17: the page shows what each day rests on and when that was checked, as
    // `motcua-cli calendar YEAR` prints it: under the year view, in its tooltip and in the list.
    void daysShowTheirBasisAndCheckDate()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarPage page(t.db(), calendarEditor());
        page.showYear(2024);
        auto* view = child<QTableView>(page, "yearView");
        const QModelIndex compensatory = view->model()->index(1, 12); // 13 February 2024
        view->setCurrentIndex(compensatory);
        const QString details = child<QLabel>(page, "dayDetails")->text();
        QVERIFY2(details.contains(QStringLiteral("Thông báo 5015/TB-LĐTBXH ngày 22/11/2023")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("06/12/2026")), qPrintable(details));
        const QString tip = view->model()->data(compensatory, Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("BLLĐ 2019 Điều 111 khoản 3")));
        QVERIFY(tip.contains(QStringLiteral("06/12/2026")));
        // The list of the year's entries: the selected day's row names its basis and date.
        auto* entries = child<QTableView>(page, "entries");
        const QModelIndex row = entries->currentIndex();
        QVERIFY(row.isValid());
        QCOMPARE(entries->model()->data(row.siblingAtColumn(CalendarEntryModel::Date)).toString(),
                 QStringLiteral("13/02/2024"));
        QVERIFY(entries->model()
                    ->data(row.siblingAtColumn(CalendarEntryModel::Basis))
                    .toString()
                    .contains(QStringLiteral("5015/TB-LĐTBXH")));
        QCOMPARE(
            entries->model()->data(row.siblingAtColumn(CalendarEntryModel::Checked)).toString(),
            QStringLiteral("06/12/2026"));
        QCOMPARE(entries->model()->headerData(CalendarEntryModel::Basis, Qt::Horizontal).toString(),
                 QStringLiteral("Legal basis"));
        // A weekend rests on the weekly rest; a day the officer adds without a basis shows
        // its notice, like the command line.
        view->setCurrentIndex(view->model()->index(2, 8)); // Saturday 9 March 2024
        QVERIFY(child<QLabel>(page, "dayDetails")->text().contains(QStringLiteral("188/1999")));
    }

    void provisionalYearCanBeConfirmed()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarPage page(t.db(), calendarEditor());
        QSignalSpy changed(&page, &CalendarPage::calendarChanged);
        page.showYear(2027);
        QVERIFY(child<QLabel>(page, "yearStatus")->text().contains(QStringLiteral("PROVISIONAL")));
        auto* confirm = child<QPushButton>(page, "confirmYear");
        QVERIFY(confirm->isEnabled());
        child<QLineEdit>(page, "confirmNotices")->setText(QStringLiteral("77/TB-BNV"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(page.calendar().yearStatus(2027), YearStatus::Confirmed);
        QVERIFY(!confirm->isEnabled());
        QVERIFY(child<QLabel>(page, "yearStatus")->text().contains(QStringLiteral("77/TB-BNV")));
        QVERIFY(child<QTableView>(page, "entries")->model()->rowCount() >= 11);
    }

    void formAddsSwappedDaysWithTheirNotice()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarPage page(t.db(), calendarEditor());
        QSignalSpy changed(&page, &CalendarPage::calendarChanged);
        page.showYear(2027);
        auto* view = child<QTableView>(page, "yearView");
        view->setCurrentIndex(view->model()->index(5, 4)); // Saturday 5 June 2027
        QCOMPARE(child<QDateEdit>(page, "entryDate")->date(), QDate(2027, 6, 5));
        auto* kind = child<QComboBox>(page, "entryKind");
        QCOMPARE(kind->currentData().toString(), QStringLiteral("working-day"));
        child<QLineEdit>(page, "entryName")->setText(QStringLiteral("Làm bù"));

        // Without the notice number nothing is stored and the form says why.
        QTest::keyClick(child<QLineEdit>(page, "entryName"), Qt::Key_Return);
        QVERIFY(child<QLabel>(page, "message")->text().contains(QStringLiteral("Notice")));
        QCOMPARE(changed.count(), 0);

        child<QLineEdit>(page, "entryNotice")->setText(QStringLiteral("5/VPCP-KGVX"));
        QTest::keyClick(child<QLineEdit>(page, "entryNotice"), Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        QVERIFY(page.calendar().isWorkingDay(QDate(2027, 6, 5)));
        const QList<QVariant> arguments = changed.first();
        QVERIFY(!arguments.at(0).value<WorkCalendar>().isWorkingDay(QDate(2027, 6, 5)));
        QCOMPARE(page.calendar().day(QDate(2027, 6, 5)).noticeNumber,
                 QStringLiteral("5/VPCP-KGVX"));
        QVERIFY(view->model()
                    ->data(view->model()->index(5, 4), CalendarYearModel::WorkingRole)
                    .toBool());

        // Remove it again.
        QTest::mouseClick(child<QPushButton>(page, "removeEntry"), Qt::LeftButton);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!page.calendar().isWorkingDay(QDate(2027, 6, 5)));
    }

    void keyboardChangesTheYear()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarPage page(t.db(), calendarEditor());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showYear(2025);
        auto* view = child<QTableView>(page, "yearView");
        view->setFocus();
        QTest::keyClick(view, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(page.year(), 2026);
        QTest::keyClick(view, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(page.year(), 2025);
        if (qEnvironmentVariableIsSet("MOTCUA_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("MOTCUA_SCREENSHOT"));
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
