#include "KeyTyping.h"
#include "SampleOffice.h"
#include "TestDatabase.h"
#include "calendar/DueDateEngine.h"
#include "catalogue/ProcedureRepository.h"
#include "common/DeskSession.h"
#include "dossiers/DossierRepository.h"
#include "reception/DocumentChecklist.h"
#include "reception/ReceptionPage.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

// Answers the next message box with button (from the event loop, while it is open).
void answerNextMessageBox(QMessageBox::StandardButton button, bool* asked)
{
    QTimer::singleShot(0, qApp, [button, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = true;
        box->button(button)->click();
    });
}

} // namespace

// The day-one walk-through of issue 20: what a new officer tripped over at the counter.
class TestCounterWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        db = std::make_unique<TestDatabase>();
        MOTCUA_VERIFY_DB(*db);
        QString error;
        QVERIFY2(useSampleOffice(db->db(), &error), qPrintable(error));
        session = std::make_unique<DeskSession>(db->db());
        session->setOfficer(QStringLiteral("Trần Văn Bình"));
    }

    void cleanup()
    {
        session.reset();
        db.reset();
    }

    void enterInACountCommitsTheCellOnly()
    {
        ReceptionPage page(*session);
        page.setPreviewAfterSave(false);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy received(&page, &ReceptionPage::dossierReceived);
        typeText(QStringLiteral("khai sinh"));
        key(Qt::Key_Return);
        typeText(QStringLiteral("Lê Thị Mai"));
        auto* documents = page.findChild<DocumentChecklist*>();
        QVERIFY(documents->rowCount() > 0);
        documents->setFocus();
        documents->setCurrentCell(0, DocumentChecklist::Copies);
        key(Qt::Key_3); // opens the cell for typing
        key(Qt::Key_Return);
        QApplication::processEvents();
        QCOMPARE(received.count(), 0); // the dossier is not saved by this Enter
        QCOMPARE(documents->handedIn().first().copies, 3);
        QCOMPARE(focusName(), QStringLiteral("documentChecklist"));
        key(Qt::Key_Return); // the next Enter, outside the cell, saves
        QCOMPARE(received.count(), 1);
    }

    void searchRanksWholeWordsThenTheCountersHabits()
    {
        QList<Procedure> found;
        QString error;
        const ProcedureRepository procedures(db->db());
        QVERIFY2(procedures.search(QStringLiteral("chung thuc ban sao"), &found, &error),
                 qPrintable(error));
        QVERIFY(found.size() >= 2);
        // Every typed word in the name beats a name that only shares its field with them.
        QVERIFY2(found.first().name.startsWith(QStringLiteral("Chứng thực bản sao")),
                 qPrintable(found.first().name));
        QVERIFY(found.first().name != QStringLiteral("Cấp bản sao từ sổ gốc"));

        // Among equal matches, the procedures this counter receives most come first.
        QVERIFY2(procedures.search(QStringLiteral("chung thuc"), &found, &error),
                 qPrintable(error));
        QVERIFY(found.size() >= 3);
        const QString habit = found.at(2).code;
        for (int i = 0; i < 3; ++i) {
            Dossier d;
            d.procedureCode = habit;
            d.applicantName = QStringLiteral("Phạm Văn Nam");
            d.receivedAt = QDateTime::currentDateTime();
            QVERIFY2(DossierRepository(db->db(), session->rules())
                         .create(&d, session->officer(), &error),
                     qPrintable(error));
        }
        ReceptionPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        typeText(QStringLiteral("chung thuc"));
        auto* matches = page.findChild<QListWidget*>(QStringLiteral("procedureMatches"));
        QVERIFY2(
            matches->item(0)->text().endsWith(QStringLiteral("(") + habit + QStringLiteral(")")),
            qPrintable(matches->item(0)->text()));
    }

    void newCitizenAsksBeforeLosingAHalfFilledForm()
    {
        ReceptionPage page(*session);
        page.setPreviewAfterSave(false);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("applicantName"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("receptionStatus"));
        // An empty form empties without a question.
        bool asked = false;
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!asked);

        typeText(QStringLiteral("khai sinh"));
        key(Qt::Key_Return);
        typeText(QStringLiteral("Võ Văn Kiệt"));
        key(Qt::Key_Tab);
        typeText(QStringLiteral("0751"));
        key(Qt::Key_Return); // refused: the message says why
        QVERIFY(status->text().startsWith(QStringLiteral("⚠")));

        answerNextMessageBox(QMessageBox::Cancel, &asked);
        key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(asked);
        QCOMPARE(name->text(), QStringLiteral("Võ Văn Kiệt")); // kept

        asked = false;
        answerNextMessageBox(QMessageBox::Discard, &asked);
        page.findChild<QPushButton*>(QStringLiteral("newCitizen"))->click();
        QVERIFY(asked);
        QVERIFY(name->text().isEmpty());
        QVERIFY2(status->text().isEmpty(), qPrintable(status->text())); // no stale message
    }

    void quitAsksBeforeLosingAHalfFilledForm()
    {
        MainWindow window(db->db());
        window.session().setOfficer(QStringLiteral("Trần Văn Bình"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        typeText(QStringLiteral("khai sinh"));
        bool asked = false;
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(!window.close());
        QVERIFY(asked);
        QVERIFY(window.isVisible());
        asked = false;
        answerNextMessageBox(QMessageBox::Discard, &asked);
        QVERIFY(window.close());
        QVERIFY(asked);
    }

    void supplementDeadlineEndsAWorkingDay()
    {
        // Sunday 6/12/2026, 21:40: the clock starts Monday morning; five working days later,
        // at the close of that day (not Sunday 13/12 at 21:40).
        const QDateTime sunday(QDate(2026, 12, 6), QTime(21, 40));
        const QDateTime deadline = session->engine().closeOfWorkingDay(sunday, 5);
        QCOMPARE(deadline, QDateTime(QDate(2026, 12, 14), QTime(17, 0)));
        // Thursday 10:00 → the next Thursday's close, past the weekend.
        QCOMPARE(
            session->engine().closeOfWorkingDay(QDateTime(QDate(2026, 12, 10), QTime(10, 0)), 5),
            QDateTime(QDate(2026, 12, 17), QTime(17, 0)));
    }

    void windowFitsASmallLaptop()
    {
        MainWindow window(db->db());
        // A 1024×600 netbook less a taskbar and the title bar.
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= 1000 && minimum.height() <= 560,
                 qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
        window.resize(1366, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.statusBar()->geometry().bottom() < window.height());
        QVERIFY(window.statusBar()->isVisible());
        // The product name is in the title once (Qt adds the application's display name).
        QCOMPARE(window.windowTitle(), QStringLiteral("UBND XÃ TÂN BÌNH"));
    }

    void altLettersOpenTheirMenusInVietnamese()
    {
        QVERIFY(Translations::install(QStringLiteral("vi")));
        MainWindow window(db->db());
        window.show();
        // Vietnamese labels are longer: the window still fits.
        QVERIFY(window.minimumSizeHint().width() <= 1000);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QList<QMenu*> menus = window.menuBar()->findChildren<QMenu*>();
        for (const auto& [letter, title] : {std::pair{Qt::Key_T, QStringLiteral("&Tệp")},
                                            std::pair{Qt::Key_C, QStringLiteral("&Chuyển đến")}}) {
            QMenu* menu = nullptr;
            for (QMenu* m : menus)
                if (m->title() == title)
                    menu = m;
            QVERIFY2(menu, qPrintable(title));
            QTest::keyClick(&window, letter, Qt::AltModifier);
            QTRY_VERIFY2(menu->isVisible(), qPrintable(title));
            QTest::keyClick(menu, Qt::Key_Escape);
            QTRY_VERIFY(!menu->isVisible());
        }
        Translations::install(QStringLiteral("en"));
    }

    void columnHeadersAreNotClipped_data()
    {
        QTest::addColumn<int>("area");
        QTest::addRow("overdue") << int(MainWindow::Area::Overdue);
        QTest::addRow("settings") << int(MainWindow::Area::Settings);
    }

    void columnHeadersAreNotClipped()
    {
        QFETCH(int, area);
        QVERIFY(Translations::install(QStringLiteral("vi")));
        MainWindow window(db->db());
        window.resize(1366, 700);
        window.showArea(MainWindow::Area(area));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList clipped;
        // Every tab of the page in turn, every table on it.
        const QList<QTabWidget*> tabs = window.findChildren<QTabWidget*>();
        auto check = [&] {
            QApplication::processEvents();
            for (QHeaderView* header : window.findChildren<QHeaderView*>()) {
                if (!header->isVisible() || header->orientation() != Qt::Horizontal)
                    continue;
                for (int i = 0; i < header->count(); ++i) {
                    if (header->isSectionHidden(i))
                        continue;
                    const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                    const int needed = header->fontMetrics().horizontalAdvance(text) + 8;
                    if (header->sectionSize(i) < needed)
                        clipped << QStringLiteral("%1 (%2 < %3)")
                                       .arg(text)
                                       .arg(header->sectionSize(i))
                                       .arg(needed);
                }
            }
        };
        check();
        for (QTabWidget* tab : tabs) {
            if (!tab->isVisible())
                continue;
            for (int i = 0; i < tab->count(); ++i) {
                tab->setCurrentIndex(i);
                check();
            }
        }
        Translations::install(QStringLiteral("en"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }

private:
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<DeskSession> session;
};

QTEST_MAIN(TestCounterWalkthrough)
#include "tst_counterwalkthrough.moc"
