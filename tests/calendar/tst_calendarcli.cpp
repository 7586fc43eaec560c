#include "CliRun.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "calendar/CalendarStore.h"
#include "cli/CliContext.h"
#include "settings/OfficeSettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
// Who changes the calendar in these tests: a role allowed to (Permission::ChangeCalendar).
User calendarEditor()
{
    return User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor);
}
} // namespace

namespace {
QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestCalendarCli : public QObject
{
    Q_OBJECT

private slots:
    void lunarPrintsCsv()
    {
        const CliResult r =
            runCli({QStringLiteral("lunar"), QStringLiteral("--from"), QStringLiteral("2025-07-24"),
                    QStringLiteral("--to"), QStringLiteral("2025-07-26")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("solar,lunar_year,lunar_month,lunar_day,leap\n"
                                       "2025-07-24,2025,6,30,0\n"
                                       "2025-07-25,2025,6,1,1\n"
                                       "2025-07-26,2025,6,2,1\n"));
    }

    void lunarPrintsThreeHundredYears()
    {
        const CliResult r =
            runCli({QStringLiteral("lunar"), QStringLiteral("--from"), QStringLiteral("1900-01-01"),
                    QStringLiteral("--to"), QStringLiteral("2199-12-31")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QStringList rows = lines(r.out);
        QCOMPARE(rows.size(), 1 + int(QDate(1900, 1, 1).daysTo(QDate(2199, 12, 31))) + 1);
        QCOMPARE(rows.at(1), QStringLiteral("1900-01-01,1899,12,1,0"));
        QVERIFY(rows.contains(QStringLiteral("1968-01-29,1968,1,1,0")));
        QVERIFY(rows.contains(QStringLiteral("2030-02-02,2030,1,1,0")));
    }

    void lunarRejectsBadInput()
    {
        QCOMPARE(runCli({QStringLiteral("lunar"), QStringLiteral("--from"),
                         QStringLiteral("2025-01-01")})
                     .exit,
                 int(ExitUsage));
        CliResult r =
            runCli({QStringLiteral("lunar"), QStringLiteral("--from"), QStringLiteral("2025-02-30"),
                    QStringLiteral("--to"), QStringLiteral("2025-03-01")});
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.err.contains(QStringLiteral("--from")));
        r = runCli({QStringLiteral("lunar"), QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                    QStringLiteral("--to"), QStringLiteral("2025-02-01")});
        QCOMPARE(r.exit, int(ExitFailure));
        r = runCli({QStringLiteral("lunar"), QStringLiteral("--from"), QStringLiteral("1899-12-31"),
                    QStringLiteral("--to"), QStringLiteral("1900-01-01")});
        QCOMPARE(r.exit, int(ExitFailure));
    }

    void solarConvertsLunarDates()
    {
        CliResult r = runCli(
            {QStringLiteral("solar"), QStringLiteral("--lunar"), QStringLiteral("2026-01-01")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("2026-02-17\n"));
        r = runCli({QStringLiteral("solar"), QStringLiteral("--lunar"),
                    QStringLiteral("2025-06-01"), QStringLiteral("--leap")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("2025-07-25\n"));
        r = runCli({QStringLiteral("solar"), QStringLiteral("--lunar"),
                    QStringLiteral("2025-05-01"), QStringLiteral("--leap")});
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.err.contains(QStringLiteral("leap")));
        r = runCli({QStringLiteral("solar"), QStringLiteral("--lunar"), QStringLiteral("2025-1")});
        QCOMPARE(r.exit, int(ExitFailure));
        QCOMPARE(runCli({QStringLiteral("solar")}).exit, int(ExitUsage));
    }

    void calendarPrintsCsv()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const CliResult r = runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("calendar"), QStringLiteral("2024")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QStringList rows = lines(r.out);
        QCOMPARE(rows.first(), QStringLiteral("date,working,kind,name,provisional,basis"));
        QCOMPARE(rows.size(), 1 + 104 + 12);
        // Every shipped day names its legal basis in the last column.
        QVERIFY(rows.contains(QStringLiteral("2024-05-04,1,working-day,Làm bù,0,2450/VPCP-KGVX")));
        QVERIFY(
            rows.contains(QStringLiteral("2024-04-29,0,day-off,Nghỉ hoán đổi,0,2450/VPCP-KGVX")));
        QVERIFY(rows.contains(
            QStringLiteral("2024-02-10,0,holiday,Tết Nguyên đán,0,BLLĐ 2019 Điều 112")));
        QVERIFY(rows.contains(QStringLiteral("2024-03-09,0,weekend,,0,QĐ 188/1999/QĐ-TTg")));
        for (const QString& row : rows) // a plain Friday is not listed
            QVERIFY(!row.startsWith(QStringLiteral("2024-03-08")));
    }

    void calendarPrintsJsonAndProvisionalYears()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        CalendarEntry entry;
        entry.date = QDate(2027, 6, 1);
        entry.kind = DayKind::Holiday;
        entry.name = QStringLiteral("Local, \"special\" day");
        QString error;
        QVERIFY2(CalendarStore(t.db()).addEntry(calendarEditor(), &entry, &error),
                 qPrintable(error));

        CliResult r = runCli({QStringLiteral("calendar"), QStringLiteral("2027"),
                              QStringLiteral("--json"), QStringLiteral("--db"), t.path()});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!array.isEmpty());
        bool found = false;
        for (const QJsonValue& value : array) {
            const QJsonObject object = value.toObject();
            QCOMPARE(object.keys().size(), 7);
            QCOMPARE(object.value(QStringLiteral("provisional")).toInt(), 1);
            if (object.value(QStringLiteral("date")).toString() == QStringLiteral("2027-06-01")) {
                found = true;
                QCOMPARE(object.value(QStringLiteral("working")).toInt(), 0);
                QCOMPARE(object.value(QStringLiteral("kind")).toString(),
                         QStringLiteral("holiday"));
            }
        }
        QVERIFY(found);

        r = runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("calendar"), QStringLiteral("2027")});
        QVERIFY(lines(r.out).contains(
            QStringLiteral("2027-06-01,0,holiday,\"Local, \"\"special\"\" day\",1,")));

        QCOMPARE(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("calendar"),
                         QStringLiteral("1800")})
                     .exit,
                 int(ExitFailure));
        QCOMPARE(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("calendar")}).exit,
                 int(ExitUsage));
    }

    void calendarHasTheCultureDay()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        // 2026 is an official year shipped before the holiday: 24/11 (a Tuesday) is off.
        CliResult r = runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("calendar"), QStringLiteral("2026")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY2(lines(r.out).contains(QStringLiteral(
                     "2026-11-24,0,holiday,Ngày Văn hóa Việt Nam,0,Nghị quyết 28/2026/QH16 "
                     "(BLLĐ 2019 Điều 112)")),
                 qPrintable(r.out));
        // A provisional year whose 24/11 is a Saturday: the next Monday is off instead.
        r = runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("calendar"), QStringLiteral("2029")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        bool holiday = false;
        bool compensatory = false;
        for (const QString& row : lines(r.out)) {
            holiday = holiday || row.startsWith(QStringLiteral("2029-11-24,0,holiday,Ngày Văn hóa "
                                                               "Việt Nam,1,Nghị quyết 28/2026"));
            compensatory =
                compensatory || (row.startsWith(QStringLiteral("2029-11-26,0,compensatory,")) &&
                                 row.contains(QStringLiteral("Nghị quyết 28/2026/QH16")));
        }
        QVERIFY2(holiday && compensatory, qPrintable(r.out));
        // Before 2026 there was no such holiday.
        r = runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("calendar"), QStringLiteral("2025")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("2025-11-24")));
    }

    void duePrintsTheAppointment_data()
    {
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("due");
        QTest::newRow("Tết 2026") << "2026-02-13 09:00"
                                  << "3"
                                  << "working-days"
                                  << "2026-02-25 09:00";
        QTest::newRow("lunch") << "2024-03-05 12:10"
                               << "1"
                               << "working-days"
                               << "2024-03-06 13:30";
        QTest::newRow("days") << "2024-03-05 09:00"
                              << "5"
                              << "days"
                              << "2024-03-11 09:00";
        QTest::newRow("hours") << "2024-03-05 10:30"
                               << "4"
                               << "working-hours"
                               << "2024-03-05 16:30";
        // Half working days: the next half-day session at the same position.
        QTest::newRow("half a day") << "2024-03-04 08:00"
                                    << "0.5"
                                    << "working-days"
                                    << "2024-03-04 14:00";
        QTest::newRow("2.5 days") << "2024-03-04 08:00"
                                  << "2.5"
                                  << "working-days"
                                  << "2024-03-06 14:00";
        QTest::newRow("2,5 days") << "2024-03-04 08:00"
                                  << "2,5"
                                  << "working-days"
                                  << "2024-03-06 14:00";
        // 24/11/2026, Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16), is skipped.
        QTest::newRow("across 24/11/2026") << "2026-11-23 09:00"
                                           << "3"
                                           << "working-days"
                                           << "2026-11-27 09:00";
        QTest::newRow("same day") << "2024-03-05 15:01"
                                  << "0"
                                  << "same-day"
                                  << "2024-03-06 17:00";
    }

    void duePrintsTheAppointment()
    {
        QFETCH(QString, received);
        QFETCH(QString, duration);
        QFETCH(QString, unit);
        QFETCH(QString, due);
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const CliResult r = runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("due"), QStringLiteral("--received"),
             received, QStringLiteral("--duration"), duration, QStringLiteral("--unit"), unit});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(r.out, due + QLatin1Char('\n'));
    }

    void dueUsesTheDatabase()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        OfficeSettings settings;
        settings.agencyName = QStringLiteral("UBND XÃ TÂN BÌNH");
        settings.parentAgency = QStringLiteral("UBND HUYỆN VĨNH CỬU");
        settings.agencyCode = QStringLiteral("000.00.06.H56");
        settings.placeName = QStringLiteral("Tân Bình");
        settings.windows.morningStart = QTime(8, 0);
        QString error;
        QVERIFY2(OfficeSettingsStore(t.db()).save(settings, &error), qPrintable(error));
        CalendarEntry dayOff;
        dayOff.date = QDate(2027, 3, 10);
        dayOff.kind = DayKind::DayOff;
        dayOff.noticeNumber = QStringLiteral("1/TB");
        QVERIFY2(CalendarStore(t.db()).addEntry(calendarEditor(), &dayOff, &error),
                 qPrintable(error));
        const CliResult r = runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("due"), QStringLiteral("--received"),
             QStringLiteral("2027-03-09 07:40"), QStringLiteral("--duration"), QStringLiteral("1"),
             QStringLiteral("--unit"), QStringLiteral("working-days")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("2027-03-11 08:00\n"));
    }

    void dueRejectsBadInput()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        auto due = [&t](const QString& received, const QString& duration, const QString& unit) {
            return runCli({QStringLiteral("--db"), t.path(), QStringLiteral("due"),
                           QStringLiteral("--received"), received, QStringLiteral("--duration"),
                           duration, QStringLiteral("--unit"), unit});
        };
        CliResult r =
            due(QStringLiteral("2024-03-05 09:00"), QStringLiteral("3"), QStringLiteral("weeks"));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.err.contains(QStringLiteral("--unit")));
        r = due(QStringLiteral("2024-03-05"), QStringLiteral("3"), QStringLiteral("days"));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.err.contains(QStringLiteral("--received")));
        r = due(QStringLiteral("2024-03-05 09:00"), QStringLiteral("-1"), QStringLiteral("days"));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.err.contains(QStringLiteral("--duration")));
        // Halves only: a quarter of a day is not a published limit.
        r = due(QStringLiteral("2024-03-05 09:00"), QStringLiteral("2.25"),
                QStringLiteral("working-days"));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.err.contains(QStringLiteral("--duration")));
        QCOMPARE(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("due"),
                         QStringLiteral("--duration"), QStringLiteral("3")})
                     .exit,
                 int(ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_calendarcli.moc"
