#include "TestDatabase.h"
#include "accounts/User.h"
#include "calendar/CalendarStore.h"
#include "calendar/LunarCalendar.h"
#include "calendar/WorkCalendar.h"

#include <QTest>

namespace {
// Who changes the calendar in these tests: a role allowed to (Permission::ChangeCalendar).
User calendarEditor()
{
    return User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor);
}
} // namespace

namespace {

QList<QDate> dates(int year, const QList<QPair<int, int>>& dayMonths)
{
    QList<QDate> result;
    for (const auto& [day, month] : dayMonths)
        result.append(QDate(year, month, day));
    return result;
}

// Weekdays off and weekend days worked: what makes a year differ from the plain week.
void exceptionsOf(const WorkCalendar& calendar, int year, QList<QDate>* weekdaysOff,
                  QList<QDate>* weekendsWorked)
{
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        const bool weekend = d.dayOfWeek() >= 6;
        if (!weekend && !calendar.isWorkingDay(d))
            weekdaysOff->append(d);
        if (weekend && calendar.isWorkingDay(d))
            weekendsWorked->append(d);
    }
}

WorkCalendar load(const Database& db)
{
    WorkCalendar calendar;
    QString error;
    if (!CalendarStore(db).loadCalendar(&calendar, &error))
        qWarning("%s", qPrintable(error));
    return calendar;
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    // DOMAIN §6: the official civil-service schedules seeded by the migration.
    void officialSchedules_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("off");
        QTest::addColumn<QList<QDate>>("worked");
        QTest::newRow("2023") << 2023
                              << dates(2023, {{2, 1},
                                              {20, 1},
                                              {23, 1},
                                              {24, 1},
                                              {25, 1},
                                              {26, 1},
                                              {1, 5},
                                              {2, 5},
                                              {3, 5},
                                              {1, 9},
                                              {4, 9}})
                              << QList<QDate>{};
        QTest::newRow("2024") << 2024
                              << dates(2024, {{1, 1},
                                              {8, 2},
                                              {9, 2},
                                              {12, 2},
                                              {13, 2},
                                              {14, 2},
                                              {18, 4},
                                              {29, 4},
                                              {30, 4},
                                              {1, 5},
                                              {2, 9},
                                              {3, 9}})
                              << dates(2024, {{4, 5}});
        QTest::newRow("2025") << 2025
                              << dates(2025, {{1, 1},
                                              {27, 1},
                                              {28, 1},
                                              {29, 1},
                                              {30, 1},
                                              {31, 1},
                                              {7, 4},
                                              {30, 4},
                                              {1, 5},
                                              {2, 5},
                                              {1, 9},
                                              {2, 9}})
                              << dates(2025, {{26, 4}});
        QTest::newRow("2026") << 2026
                              << dates(2026, {{1, 1},
                                              {2, 1},
                                              {16, 2},
                                              {17, 2},
                                              {18, 2},
                                              {19, 2},
                                              {20, 2},
                                              {27, 4},
                                              {30, 4},
                                              {1, 5},
                                              {31, 8},
                                              {1, 9},
                                              {2, 9},
                                              // Nghị quyết 28/2026/QH16, shipped by the upgrade
                                              {24, 11}})
                              << dates(2026, {{10, 1}, {22, 8}});
    }

    void officialSchedules()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, off);
        QFETCH(QList<QDate>, worked);
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const WorkCalendar calendar = load(t.db());
        QList<QDate> weekdaysOff;
        QList<QDate> weekendsWorked;
        exceptionsOf(calendar, year, &weekdaysOff, &weekendsWorked);
        QCOMPARE(weekdaysOff, off);
        QCOMPARE(weekendsWorked, worked);
        QCOMPARE(calendar.yearStatus(year), YearStatus::Official);
        QVERIFY(!calendar.isProvisional(year));
    }

    void swapsCarryTheirNotices()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const WorkCalendar calendar = load(t.db());
        const CalendarDay saturday = calendar.day(QDate(2024, 5, 4));
        QCOMPARE(saturday.kind, DayKind::WorkingDay);
        QVERIFY(saturday.working);
        QCOMPARE(saturday.noticeNumber, QStringLiteral("2450/VPCP-KGVX"));
        QCOMPARE(calendar.day(QDate(2025, 5, 2)).noticeNumber, QStringLiteral("8726/VPCP-KGVX"));
        QCOMPARE(calendar.day(QDate(2025, 5, 2)).kind, DayKind::DayOff);
        QVERIFY(calendar.day(QDate(2026, 1, 10))
                    .noticeNumber.contains(QStringLiteral("12729/VPCP-KGVX")));
        QVERIFY(calendar.yearNotices(2026).contains(QStringLiteral("9441/TB-BNV")));
        QCOMPARE(calendar.day(QDate(2026, 2, 17)).name, QStringLiteral("Tết Nguyên đán"));
    }

    void yearsWithoutScheduleAreGeneratedAndProvisional()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const WorkCalendar calendar = load(t.db());
        QVERIFY(calendar.isProvisional(2027));
        QVERIFY(calendar.isProvisional(2022));
        QVERIFY(calendar.day(QDate(2027, 3, 3)).provisional);
        // 2027: Tết is Saturday 6/2 → 5/2 (Fri), 6–9/2; two weekend days give 10 and 11/2.
        QCOMPARE(LunarCalendar::newYear(2027), QDate(2027, 2, 6));
        for (int day = 5; day <= 11; ++day)
            QVERIFY2(!calendar.isWorkingDay(QDate(2027, 2, day)), qPrintable(QString::number(day)));
        QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 12)));
        QCOMPARE(calendar.day(QDate(2027, 2, 10)).kind, DayKind::Compensatory);
        // 1/1/2028 is a Saturday: Monday 3/1 off (BLLĐ 2019 Điều 111 khoản 3).
        QVERIFY(!calendar.isWorkingDay(QDate(2028, 1, 3)));
        // 2/9/2027 is a Thursday: 3/9 goes with it.
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 9, 2)));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 9, 3)));
        QVERIFY(calendar.isWorkingDay(QDate(2027, 9, 1)));
        // Giỗ Tổ 10/3 lunar.
        QVERIFY(!calendar.isWorkingDay(LunarCalendar::toSolar(2027, 3, 10)));
    }

    void everyGeneratedYearHasElevenHolidays()
    {
        const WorkCalendar calendar;
        for (int year = 1900; year <= 2199; ++year) {
            int holidays = 0;
            for (const CalendarEntry& entry : WorkCalendar::statutoryEntries(year))
                holidays += entry.kind == DayKind::Holiday ? 1 : 0;
            // 11 days, fewer only when Giỗ Tổ coincides with 30/4 or 1/5 (then a
            // compensatory day replaces it).
            QVERIFY2(holidays == 11 || holidays == 10, qPrintable(QString::number(year)));
            int off = 0;
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
                off += d.dayOfWeek() < 6 && !calendar.isWorkingDay(d) ? 1 : 0;
            QCOMPARE(off, 11);
        }
    }

    void officerEntriesChangeTheCalendar()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarStore store(t.db());
        QString error;

        CalendarEntry saturday;
        saturday.date = QDate(2027, 4, 24);
        saturday.kind = DayKind::WorkingDay;
        saturday.name = QStringLiteral("Làm bù");
        saturday.note = QStringLiteral("for Wednesday 5/5");
        QVERIFY(!store.addEntry(calendarEditor(), &saturday, &error)); // a swap needs its notice
        QVERIFY(error.contains(QStringLiteral("Notice number")));
        saturday.noticeNumber = QStringLiteral("1234/VPCP-KGVX");
        QVERIFY2(store.addEntry(calendarEditor(), &saturday, &error), qPrintable(error));
        QVERIFY(saturday.id > 0);

        CalendarEntry dayOff;
        dayOff.date = QDate(2027, 5, 5);
        dayOff.kind = DayKind::DayOff;
        dayOff.noticeNumber = QStringLiteral("1234/VPCP-KGVX");
        QVERIFY2(store.addEntry(calendarEditor(), &dayOff, &error), qPrintable(error));

        CalendarEntry duplicate = dayOff;
        duplicate.id = 0;
        QVERIFY(!store.addEntry(calendarEditor(), &duplicate, &error));
        QVERIFY(error.contains(QStringLiteral("2027-05-05")));

        WorkCalendar calendar = load(t.db());
        QVERIFY(calendar.isWorkingDay(QDate(2027, 4, 24)));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 5, 5)));
        QCOMPARE(calendar.day(QDate(2027, 4, 24)).noticeNumber, QStringLiteral("1234/VPCP-KGVX"));
        QCOMPARE(calendar.day(QDate(2027, 4, 24)).entryId, saturday.id);

        dayOff.date = QDate(2027, 5, 6);
        QVERIFY2(store.updateEntry(calendarEditor(), dayOff, &error), qPrintable(error));
        calendar = load(t.db());
        QVERIFY(calendar.isWorkingDay(QDate(2027, 5, 5)));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 5, 6)));

        QVERIFY2(store.removeEntry(calendarEditor(), saturday.id, &error), qPrintable(error));
        QVERIFY(!store.removeEntry(calendarEditor(), saturday.id, &error));
        calendar = load(t.db());
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 4, 24)));

        CalendarEntry weekendOff;
        weekendOff.date = QDate(2027, 4, 25);
        weekendOff.kind = DayKind::DayOff;
        weekendOff.noticeNumber = QStringLiteral("x");
        QVERIFY(!store.addEntry(calendarEditor(), &weekendOff, &error));
        CalendarEntry outside;
        outside.date = QDate(2200, 1, 2);
        QVERIFY(!store.addEntry(calendarEditor(), &outside, &error));
        QVERIFY(error.contains(QStringLiteral("Date")));
    }

    void confirmingAYearStoresItsDays()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarStore store(t.db());
        QString error;
        const WorkCalendar before = load(t.db());
        QVERIFY(before.isProvisional(2027));
        QVERIFY2(store.confirmYear(calendarEditor(), 2027, QStringLiteral("99/TB-BNV"), &error),
                 qPrintable(error));
        const WorkCalendar after = load(t.db());
        QCOMPARE(after.yearStatus(2027), YearStatus::Confirmed);
        QCOMPARE(after.yearNotices(2027), QStringLiteral("99/TB-BNV"));
        QVERIFY(!after.day(QDate(2027, 2, 8)).provisional);
        QVERIFY(after.day(QDate(2027, 2, 8)).entryId > 0);
        for (QDate d(2027, 1, 1); d.year() == 2027; d = d.addDays(1))
            QCOMPARE(after.isWorkingDay(d), before.isWorkingDay(d));
        QVERIFY(!store.confirmYear(calendarEditor(), 2027, QString(), &error)); // already confirmed
        QVERIFY(!store.confirmYear(calendarEditor(), 2024, QString(), &error)); // official
        QVERIFY(!store.confirmYear(calendarEditor(), 2300, QString(), &error));
    }

    void recurringHolidayFromItsEffectiveYear()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarStore store(t.db());
        QString error;
        // A local holiday repeated every year from 2027 (24/11, Ngày Văn hóa Việt Nam, ships
        // with the program; 2/12 here stands for one an office adds itself).
        CalendarEntry local;
        local.date = QDate(2027, 12, 2);
        local.kind = DayKind::Holiday;
        local.name = QStringLiteral("Ngày truyền thống của xã");
        local.effectiveYear = 2026;
        QVERIFY(!store.addEntry(calendarEditor(), &local, &error)); // year of the date must match
        local.effectiveYear = 2027;
        QVERIFY2(store.addEntry(calendarEditor(), &local, &error), qPrintable(error));
        const WorkCalendar calendar = load(t.db());
        QVERIFY(calendar.isWorkingDay(QDate(2026, 12, 2)));  // Wednesday, before
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 12, 2))); // Thursday
        QVERIFY(!calendar.isWorkingDay(QDate(2029, 12, 3))); // 2/12/2029 Sunday → Monday
        QCOMPARE(calendar.day(QDate(2029, 12, 3)).kind, DayKind::Compensatory);
        QCOMPARE(calendar.day(QDate(2028, 12, 2)).name, QStringLiteral("Ngày truyền thống của xã"));
        // The shipped 24/11 is there too, and a second repeated 24/11 is refused.
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 11, 24)));
        CalendarEntry culture = local;
        culture.id = 0;
        culture.date = QDate(2027, 11, 24);
        QVERIFY(!store.addEntry(calendarEditor(), &culture, &error));
    }

    void specialDaysListsWeekendsAndHolidays()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const WorkCalendar calendar = load(t.db());
        const QList<CalendarDay> days = calendar.specialDays(2024);
        int weekends = 0;
        bool sawWorkingSaturday = false;
        for (const CalendarDay& day : days) {
            QVERIFY(day.kind != DayKind::Weekday);
            weekends += day.kind == DayKind::Weekend ? 1 : 0;
            if (day.date == QDate(2024, 5, 4)) {
                sawWorkingSaturday = true;
                QVERIFY(day.working);
            }
        }
        QVERIFY(sawWorkingSaturday);
        // 104 weekend days in 2024, minus 4/5 worked, minus 10–11/2 inside the Tết range.
        QCOMPARE(weekends, 104 - 1 - 2);
        QCOMPARE(days.size(), 104 + 12);
    }

    void copiesAreCheapAndEqual()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const WorkCalendar stored = load(t.db());
        const WorkCalendar copy = stored;
        QVERIFY(copy == stored);
        QVERIFY(stored != WorkCalendar());
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
