#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "calendar/CalendarStore.h"
#include "dossiers/CalendarReview.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/OfficeDueDateRules.h"

#include <QTest>

namespace {
// Who changes the calendar in these tests: a role allowed to (Permission::ChangeCalendar).
User calendarEditor()
{
    return User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor);
}
} // namespace

namespace {
QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

class TestCalendarReview : public QObject
{
    Q_OBJECT

private slots:
    // DOMAIN §5: a new holiday does not move printed appointments; the affected open dossiers
    // are listed for review, and only those.
    void newHolidayListsOnlyTheOpenDossiersItWouldMove()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        OfficeDueDateRules rules;
        QVERIFY2(rules.load(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);

        auto receive = [&](const char* when, const QString& name) {
            Dossier d;
            d.procedureCode = QStringLiteral("1.003583"); // 5 working days
            d.applicantName = name;
            d.receivedAt = at(when);
            if (!repo.create(&d, QStringLiteral("cb"), &error))
                qWarning("%s", qPrintable(error));
            return d;
        };
        // Monday 9/11/2026 08:00 + 5 working days = Monday 16/11 08:00.
        const Dossier spanning = receive("2026-11-09 08:00", QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(spanning.dueAt, at("2026-11-16 08:00"));
        // Received after the new holiday: its appointment does not change.
        const Dossier after = receive("2026-11-12 08:00", QStringLiteral("Trần Thị Bình"));
        // Spans the holiday but is already finished: not open, not listed.
        const Dossier finished = receive("2026-11-09 09:00", QStringLiteral("Lê Văn Cường"));
        QVERIFY2(repo.changeStatus(finished.code, DossierStatus::Processing, at("2026-11-09 09:30"),
                                   User::acting(QStringLiteral("cb")), QString(), &error),
                 qPrintable(error));
        QVERIFY2(repo.changeStatus(finished.code, DossierStatus::Finished, at("2026-11-10 10:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error),
                 qPrintable(error));

        CalendarStore store(t.db());
        WorkCalendar before;
        QVERIFY2(store.loadCalendar(&before, &error), qPrintable(error));
        CalendarEntry holiday;
        holiday.date = QDate(2026, 11, 11);
        holiday.kind = DayKind::DayOff;
        holiday.name = QStringLiteral("Nghỉ hoán đổi");
        holiday.noticeNumber = QStringLiteral("123/TB-TEST");
        QVERIFY2(store.addEntry(calendarEditor(), &holiday, &error), qPrintable(error));
        WorkCalendar afterChange;
        QVERIFY2(store.loadCalendar(&afterChange, &error), qPrintable(error));

        QList<CalendarReview::Affected> affected;
        QVERIFY2(CalendarReview::affectedDossiers(t.db(), before, afterChange,
                                                  OfficeSettings().windows, &affected, &error),
                 qPrintable(error));
        QCOMPARE(affected.size(), 1);
        QCOMPARE(affected.first().code, spanning.code);
        QCOMPARE(affected.first().printedDue, at("2026-11-16 08:00"));
        QCOMPARE(affected.first().newDue, at("2026-11-17 08:00"));
        Q_UNUSED(after);

        // The printed appointment itself is untouched.
        Dossier reloaded;
        QVERIFY2(repo.load(spanning.code, &reloaded, &error), qPrintable(error));
        QCOMPARE(reloaded.dueAt, at("2026-11-16 08:00"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarReview)
#include "tst_calendarreview.moc"
