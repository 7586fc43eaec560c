#include "TestDatabase.h"
#include "calendar/CalendarChange.h"
#include "calendar/CalendarStore.h"
#include "calendar/DueDateEngine.h"

#include <QTest>

namespace {

// Wall-clock time in Vietnam, as SqlTime stores it.
QDateTime at(const char* text)
{
    QDateTime time =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    time.setOffsetFromUtc(7 * 3600);
    return time;
}

QString show(const QDateTime& time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

class TestDueDateEngine : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_db;
    WorkCalendar m_calendar;

    DueDateEngine engine() const { return DueDateEngine(m_calendar, WorkingWindows()); }

private slots:
    void initTestCase()
    {
        MOTCUA_VERIFY_DB(m_db);
        QString error;
        QVERIFY2(CalendarStore(m_db.db()).loadCalendar(&m_calendar, &error), qPrintable(error));
    }

    // Nghị quyết 28/2026/QH16: 24/11 is a paid holiday from 2026; on a weekend the next
    // working day is off (BLLĐ 2019 Điều 111 khoản 3). Shipped by the schema upgrade.
    void cultureDayIsOff_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("2025, before the law") << QDate(2025, 11, 24) << true;
        QTest::newRow("2026, Tuesday") << QDate(2026, 11, 24) << false;
        QTest::newRow("2026, the day after") << QDate(2026, 11, 25) << true;
        QTest::newRow("2027, Wednesday") << QDate(2027, 11, 24) << false;
        QTest::newRow("2029, Saturday") << QDate(2029, 11, 24) << false;
        QTest::newRow("2029, Monday after") << QDate(2029, 11, 26) << false;
        QTest::newRow("2030, Sunday") << QDate(2030, 11, 24) << false;
        QTest::newRow("2030, Monday after") << QDate(2030, 11, 25) << false;
        QTest::newRow("2030, Tuesday after") << QDate(2030, 11, 26) << true;
    }

    void cultureDayIsOff()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(m_calendar.isWorkingDay(date), working);
        if (date == QDate(2026, 11, 24)) {
            const CalendarDay day = m_calendar.day(date);
            QCOMPARE(day.kind, DayKind::Holiday);
            QCOMPARE(day.name, QStringLiteral("Ngày Văn hóa Việt Nam"));
            QVERIFY(day.basis.contains(QStringLiteral("28/2026/QH16")));
            QCOMPARE(day.checkedOn, QDate(2026, 12, 6));
        }
    }

    // Half working days (limits such as 2.5 days): the next half-day session at the same
    // position, with the default windows 07:30–11:30 and 13:30–17:00.
    void halfDays_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("halves");
        QTest::addColumn<QString>("due");
        QTest::newRow("morning + 0.5") << at("2024-03-04 08:00") << 1 << "2024-03-04 14:00";
        QTest::newRow("morning + 1") << at("2024-03-04 08:00") << 2 << "2024-03-05 08:00";
        QTest::newRow("morning + 2.5") << at("2024-03-04 08:00") << 5 << "2024-03-06 14:00";
        QTest::newRow("afternoon + 0.5") << at("2024-03-04 14:00") << 1 << "2024-03-05 08:00";
        QTest::newRow("afternoon + 1.5") << at("2024-03-04 16:45") << 3 << "2024-03-06 10:45";
        // Received at lunch: the clock starts at 13:30, the start of the afternoon.
        QTest::newRow("lunch + 0.5") << at("2024-03-04 12:10") << 1 << "2024-03-05 07:30";
        // The morning is longer than the afternoon: a late morning position stops at closing.
        QTest::newRow("late morning + 0.5") << at("2024-03-04 11:15") << 1 << "2024-03-04 17:00";
        QTest::newRow("Friday afternoon + 0.5")
            << at("2024-03-08 15:00") << 1 << "2024-03-11 09:00";
        QTest::newRow("Friday morning + 1.5") << at("2024-03-08 08:00") << 3 << "2024-03-11 14:00";
        QTest::newRow("Saturday + 0.5") << at("2024-03-09 10:00") << 1 << "2024-03-11 13:30";
        QTest::newRow("across 24/11/2026") << at("2026-11-23 14:00") << 1 << "2026-11-25 08:00";
        QTest::newRow("whole days keep the time")
            << at("2024-03-04 16:10") << 6 << "2024-03-07 16:10";
    }

    void halfDays()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, halves);
        QFETCH(QString, due);
        QCOMPARE(show(engine().dueAtHalves(received, halves, DurationUnit::WorkingDays)), due);
        if (halves % 2 == 0)
            QCOMPARE(show(engine().dueAt(received, halves / 2, DurationUnit::WorkingDays)), due);
    }

    void appointmentAcrossTheCultureDay()
    {
        // Received Monday 23/11/2026, 3 working days: Tuesday 24/11 is off.
        QCOMPARE(show(engine().dueAt(at("2026-11-23 09:00"), 3, DurationUnit::WorkingDays)),
                 QStringLiteral("2026-11-27 09:00"));
        // Without the holiday (the calendar before the upgrade) it was Thursday.
        QCOMPARE(show(DueDateEngine(WorkCalendar(), WorkingWindows())
                          .dueAt(at("2026-11-23 09:00"), 3, DurationUnit::WorkingDays)),
                 QStringLiteral("2026-11-26 09:00"));
    }

    void clockStart_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QString>("start");
        QTest::newRow("in the morning") << at("2024-03-05 09:10") << "2024-03-05 09:10";
        QTest::newRow("before opening") << at("2024-03-05 06:50") << "2024-03-05 07:30";
        QTest::newRow("at opening") << at("2024-03-05 07:30") << "2024-03-05 07:30";
        QTest::newRow("lunch") << at("2024-03-05 12:10") << "2024-03-05 13:30";
        QTest::newRow("at 11:30") << at("2024-03-05 11:30") << "2024-03-05 13:30";
        QTest::newRow("afternoon") << at("2024-03-05 16:59") << "2024-03-05 16:59";
        QTest::newRow("at closing") << at("2024-03-05 17:00") << "2024-03-06 07:30";
        QTest::newRow("after hours") << at("2024-03-05 19:45") << "2024-03-06 07:30";
        QTest::newRow("friday evening") << at("2024-03-08 17:30") << "2024-03-11 07:30";
        QTest::newRow("saturday") << at("2024-03-09 10:00") << "2024-03-11 07:30";
        QTest::newRow("swapped saturday") << at("2024-05-04 10:00") << "2024-05-04 10:00";
        QTest::newRow("tet 2026") << at("2026-02-17 09:00") << "2026-02-23 07:30";
    }

    void clockStart()
    {
        QFETCH(QDateTime, received);
        QFETCH(QString, start);
        QCOMPARE(show(engine().clockStart(received)), start);
    }

    void dueAt_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("duration");
        QTest::addColumn<DurationUnit>("unit");
        QTest::addColumn<QString>("due");
        const DurationUnit wd = DurationUnit::WorkingDays;
        const DurationUnit days = DurationUnit::CalendarDays;
        const DurationUnit hours = DurationUnit::WorkingHours;
        const DurationUnit same = DurationUnit::SameDay;

        QTest::newRow("3 working days, plain week")
            << at("2024-03-05 09:10") << 3 << wd << "2024-03-08 09:10";
        QTest::newRow("over a weekend") << at("2024-03-07 14:00") << 2 << wd << "2024-03-11 14:00";
        QTest::newRow("across Tết 2026") << at("2026-02-13 09:00") << 3 << wd << "2026-02-25 09:00";
        QTest::newRow("received in Tết 2026")
            << at("2026-02-18 10:00") << 1 << wd << "2026-02-24 07:30";
        QTest::newRow("swapped Saturday 2024-05-04 is worked")
            << at("2024-05-02 10:00") << 2 << wd << "2024-05-04 10:00";
        QTest::newRow("received on the swapped Saturday")
            << at("2024-05-04 08:00") << 1 << wd << "2024-05-06 08:00";
        QTest::newRow("swapped Saturday 2026-01-10 is worked")
            << at("2026-01-09 14:00") << 1 << wd << "2026-01-10 14:00";
        QTest::newRow("New Year 2026 and its swapped day off")
            << at("2025-12-31 16:00") << 1 << wd << "2026-01-05 16:00";
        QTest::newRow("lunch counts from 13:30")
            << at("2024-03-05 12:10") << 1 << wd << "2024-03-06 13:30";
        QTest::newRow("after hours counts from next opening")
            << at("2024-03-05 17:20") << 2 << wd << "2024-03-08 07:30";
        QTest::newRow("weekend receipt") << at("2024-03-09 10:00") << 1 << wd << "2024-03-12 07:30";
        QTest::newRow("before opening") << at("2024-03-05 06:00") << 1 << wd << "2024-03-06 07:30";
        QTest::newRow("zero days") << at("2024-03-05 12:00") << 0 << wd << "2024-03-05 13:30";

        QTest::newRow("calendar days")
            << at("2024-03-06 10:00") << 15 << days << "2024-03-21 10:00";
        QTest::newRow("calendar days ending in Tết")
            << at("2026-02-09 09:00") << 7 << days << "2026-02-23 09:00";
        QTest::newRow("calendar days ending on Sunday")
            << at("2024-03-05 09:00") << 5 << days << "2024-03-11 09:00";

        QTest::newRow("4 working hours over lunch")
            << at("2024-03-05 10:30") << 4 << hours << "2024-03-05 16:30";
        QTest::newRow("4 hours from opening end at 11:30")
            << at("2024-03-05 07:30") << 4 << hours << "2024-03-05 11:30";
        QTest::newRow("8 working hours")
            << at("2024-03-05 07:30") << 8 << hours << "2024-03-06 08:00";
        QTest::newRow("working hours over a weekend")
            << at("2024-03-08 16:00") << 2 << hours << "2024-03-11 08:30";

        QTest::newRow("same day before cut-off")
            << at("2024-03-05 14:59") << 0 << same << "2024-03-05 17:00";
        QTest::newRow("same day at cut-off")
            << at("2024-03-05 15:00") << 0 << same << "2024-03-05 17:00";
        QTest::newRow("same day after cut-off")
            << at("2024-03-05 15:01") << 0 << same << "2024-03-06 17:00";
        QTest::newRow("same day, Friday before Tết 2026")
            << at("2026-02-13 15:30") << 0 << same << "2026-02-23 17:00";
        QTest::newRow("same day, Saturday receipt")
            << at("2024-03-09 09:00") << 0 << same << "2024-03-11 17:00";
        QTest::newRow("same day, lunch")
            << at("2024-03-05 12:00") << 0 << same << "2024-03-05 17:00";
    }

    void dueAt()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, duration);
        QFETCH(DurationUnit, unit);
        QFETCH(QString, due);
        const QDateTime result = engine().dueAt(received, duration, unit);
        QCOMPARE(show(result), due);
        QCOMPARE(result.offsetFromUtc(), received.offsetFromUtc());
    }

    void onlineDossiersCountFromAcceptance()
    {
        // Submitted online on Sunday night, accepted by the counter on Monday 09:15: the
        // clock starts at acceptance, not at submission.
        const QDateTime submitted = at("2024-03-10 23:00");
        const QDateTime accepted = at("2024-03-11 09:15");
        QCOMPARE(show(engine().dueAt(accepted, 2, DurationUnit::WorkingDays)),
                 QStringLiteral("2024-03-13 09:15"));
        QCOMPARE(show(engine().dueAt(submitted, 2, DurationUnit::WorkingDays)),
                 QStringLiteral("2024-03-13 07:30"));
    }

    void keepsTheTimeSpec()
    {
        const QDateTime local(QDate(2024, 3, 5), QTime(9, 0), Qt::LocalTime);
        const QDateTime due = engine().dueAt(local, 1, DurationUnit::WorkingDays);
        QCOMPARE(due.timeSpec(), Qt::LocalTime);
        QCOMPARE(due, QDateTime(QDate(2024, 3, 6), QTime(9, 0), Qt::LocalTime));
        QVERIFY(!engine().dueAt(QDateTime(), 1, DurationUnit::WorkingDays).isValid());
        QVERIFY(!engine().dueAt(at("2199-12-30 09:00"), 30, DurationUnit::WorkingDays).isValid());
    }

    void workingTime()
    {
        const DueDateEngine e = engine();
        QCOMPARE(e.workingMinutesBetween(at("2024-03-05 10:00"), at("2024-03-06 10:00")), 450);
        QCOMPARE(e.workingMinutesBetween(at("2024-03-06 10:00"), at("2024-03-05 10:00")), -450);
        QCOMPARE(e.workingMinutesBetween(at("2024-03-05 11:00"), at("2024-03-05 14:00")), 60);
        QCOMPARE(e.workingMinutesBetween(at("2024-03-08 16:00"), at("2024-03-11 08:00")), 90);
        QCOMPARE(show(e.addWorkingMinutes(at("2024-03-05 11:00"), 45)),
                 QStringLiteral("2024-03-05 13:45"));
        QCOMPARE(show(e.addWorkingMinutes(at("2024-03-05 12:00"), 0)),
                 QStringLiteral("2024-03-05 13:30"));
        QCOMPARE(e.workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 23)), 1);
        QCOMPARE(e.workingDaysBetween(QDate(2026, 2, 23), QDate(2026, 2, 13)), -1);
        QCOMPARE(e.workingDaysBetween(QDate(2024, 5, 2), QDate(2024, 5, 6)), 3);
        QCOMPARE(e.workingDaysBetween(QDate(2024, 3, 5), QDate(2024, 3, 5)), 0);
    }

    void supplementExtendsByPausedWorkingTime()
    {
        const DueDateEngine e = engine();
        // Paused two working days (Tue 10:00 → Thu 10:00): due moves two working days.
        QCOMPARE(show(e.legalDueAfterSupplement(
                     at("2024-03-15 10:00"), at("2024-03-05 10:00"), at("2024-03-07 10:00"),
                     SupplementPolicy::ExtendByPausedTime, 8, DurationUnit::WorkingDays)),
                 QStringLiteral("2024-03-19 10:00"));
        // One working hour across lunch: 11:00 → 14:00.
        QCOMPARE(show(e.legalDueAfterSupplement(
                     at("2024-03-15 10:00"), at("2024-03-05 11:00"), at("2024-03-05 14:00"),
                     SupplementPolicy::ExtendByPausedTime, 8, DurationUnit::WorkingDays)),
                 QStringLiteral("2024-03-15 11:00"));
        // A pause over Tết 2026 counts only working time: Thu 12/2 09:00 to Mon 23/2 09:00
        // is two working days.
        QCOMPARE(show(e.legalDueAfterSupplement(
                     at("2026-02-26 09:00"), at("2026-02-12 09:00"), at("2026-02-23 09:00"),
                     SupplementPolicy::ExtendByPausedTime, 10, DurationUnit::WorkingDays)),
                 QStringLiteral("2026-03-02 09:00"));
        // No working time paused: unchanged.
        QCOMPARE(show(e.legalDueAfterSupplement(
                     at("2024-03-15 10:00"), at("2024-03-08 17:10"), at("2024-03-10 12:00"),
                     SupplementPolicy::ExtendByPausedTime, 8, DurationUnit::WorkingDays)),
                 QStringLiteral("2024-03-15 10:00"));
    }

    void supplementRestartsFullLimit()
    {
        const DueDateEngine e = engine();
        QCOMPARE(show(e.legalDueAfterSupplement(
                     at("2024-03-15 10:00"), at("2024-03-05 10:00"), at("2024-03-07 10:00"),
                     SupplementPolicy::RestartFullLimit, 5, DurationUnit::WorkingDays)),
                 QStringLiteral("2024-03-14 10:00"));
        // Supplement brought after hours: the limit restarts at next opening.
        QCOMPARE(show(e.legalDueAfterSupplement(
                     at("2024-03-15 10:00"), at("2024-03-05 10:00"), at("2024-03-07 18:00"),
                     SupplementPolicy::RestartFullLimit, 3, DurationUnit::WorkingHours)),
                 QStringLiteral("2024-03-08 10:30"));
    }

    void otherWorkingWindows()
    {
        WorkingWindows windows;
        windows.morningStart = QTime(8, 0);
        windows.morningEnd = QTime(12, 0);
        windows.afternoonStart = QTime(13, 0);
        windows.afternoonEnd = QTime(17, 0);
        const DueDateEngine e(m_calendar, windows);
        QCOMPARE(show(e.clockStart(at("2024-03-05 07:45"))), QStringLiteral("2024-03-05 08:00"));
        QCOMPARE(show(e.clockStart(at("2024-03-05 12:30"))), QStringLiteral("2024-03-05 13:00"));
        QCOMPARE(show(e.dueAt(at("2024-03-05 11:00"), 2, DurationUnit::WorkingHours)),
                 QStringLiteral("2024-03-05 14:00"));
    }

    void calendarChangeFlagsMovedAppointments()
    {
        CalendarEntry dayOff;
        dayOff.date = QDate(2027, 3, 10);
        dayOff.kind = DayKind::DayOff;
        dayOff.noticeNumber = QStringLiteral("1/TB");
        const WorkCalendar newer({dayOff}, {});
        const WorkCalendar older;
        const QDateTime received = at("2027-03-08 09:00");
        const QDateTime printed = at("2027-03-11 09:00");
        auto review = CalendarChange::appointment(older, newer, WorkingWindows(), received, 2 * 3,
                                                  DurationUnit::WorkingDays, printed);
        QVERIFY(review.moves);
        QCOMPARE(show(review.oldDue), QStringLiteral("2027-03-11 09:00"));
        QCOMPARE(show(review.newDue), QStringLiteral("2027-03-12 09:00"));
        // A dossier that finishes before the changed day does not move.
        review = CalendarChange::appointment(older, newer, WorkingWindows(), received, 2 * 1,
                                             DurationUnit::WorkingDays, at("2027-03-09 09:00"));
        QVERIFY(!review.moves);
    }
};

QTEST_GUILESS_MAIN(TestDueDateEngine)
#include "tst_duedateengine.moc"
