#include "CliRun.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "calendar/CalendarStore.h"
#include "cli/CliContext.h"
#include "settings/OfficeSettingsStore.h"

#include <QHash>
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
        // Every shipped day names its legal basis in the last column: the notice itself,
        // with its date (checked against the notices, issue 17).
        QVERIFY(rows.contains(QStringLiteral(
            "2024-05-04,1,working-day,Làm bù,0,\"Công văn 2450/VPCP-KGVX ngày 12/4/2024 (nghỉ "
            "thứ Hai 29/4, làm bù thứ Bảy 04/5/2024)\"")));
        QVERIFY(rows.contains(QStringLiteral(
            "2024-04-29,0,day-off,Nghỉ hoán đổi,0,\"Công văn 2450/VPCP-KGVX ngày 12/4/2024 (nghỉ "
            "thứ Hai 29/4, làm bù thứ Bảy 04/5/2024)\"")));
        QVERIFY(rows.contains(
            QStringLiteral("2024-02-10,0,holiday,Tết Nguyên đán,0,BLLĐ 2019 Điều 112; Thông báo "
                           "5015/TB-LĐTBXH ngày 22/11/2023 (nghỉ 08–14/02/2024)")));
        // The notice: 5 days of Tết and 2 compensatory days (BLLĐ 2019 Điều 111 khoản 3).
        QVERIFY(rows.contains(QStringLiteral(
            "2024-02-13,0,compensatory,Nghỉ bù Tết Nguyên đán,0,BLLĐ 2019 Điều 111 khoản 3; "
            "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (02 ngày nghỉ bù)")));
        QVERIFY(rows.contains(QStringLiteral("2024-03-09,0,weekend,,0,QĐ 188/1999/QĐ-TTg")));
        for (const QString& row : rows) // a plain Friday is not listed
            QVERIFY(!row.startsWith(QStringLiteral("2024-03-08")));
    }

    // Issue 17: the 2023–2026 schedules as the Government's notices give them, each day
    // with the notice it comes from and the day that was checked.
    void shippedYearsNameTheirNotices()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const QHash<QString, QString> expected{
            {QStringLiteral("2023-01-20"), QStringLiteral("8056/VPCP-KGVX")},
            {QStringLiteral("2023-01-26"), QStringLiteral("8056/VPCP-KGVX")},
            {QStringLiteral("2023-09-04"), QStringLiteral("8056/VPCP-KGVX")},
            {QStringLiteral("2024-02-14"), QStringLiteral("5015/TB-LĐTBXH")},
            {QStringLiteral("2024-09-03"), QStringLiteral("5015/TB-LĐTBXH")},
            {QStringLiteral("2025-01-31"), QStringLiteral("8726/VPCP-KGVX ngày 26/11/2024")},
            {QStringLiteral("2025-04-26"), QStringLiteral("8726/VPCP-KGVX ngày 26/11/2024")},
            {QStringLiteral("2026-01-02"), QStringLiteral("12729/VPCP-KGVX ngày 25/12/2025")},
            {QStringLiteral("2026-01-10"), QStringLiteral("12729/VPCP-KGVX ngày 25/12/2025")},
            {QStringLiteral("2026-02-16"), QStringLiteral("9441/TB-BNV ngày 16/10/2025")},
            {QStringLiteral("2026-08-22"), QStringLiteral("9441/TB-BNV ngày 16/10/2025")},
            {QStringLiteral("2026-08-31"), QStringLiteral("9441/TB-BNV ngày 16/10/2025")},
            {QStringLiteral("2026-11-24"), QStringLiteral("Nghị quyết 28/2026/QH16")}};
        QHash<QString, QString> kinds;
        int found = 0;
        for (int year = 2023; year <= 2026; ++year) {
            const CliResult r =
                runCli({QStringLiteral("--db"), t.path(), QStringLiteral("calendar"),
                        QString::number(year), QStringLiteral("--json")});
            QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
            const QJsonArray days = QJsonDocument::fromJson(r.out.toUtf8()).array();
            for (const QJsonValue& value : days) {
                const QJsonObject day = value.toObject();
                const QString date = day.value(QStringLiteral("date")).toString();
                const QString kind = day.value(QStringLiteral("kind")).toString();
                kinds.insert(date, kind);
                if (kind == QLatin1String("weekend"))
                    continue;
                // Every holiday, compensatory and swapped day: a basis and its check date.
                QVERIFY2(!day.value(QStringLiteral("basis")).toString().isEmpty(),
                         qPrintable(date));
                QCOMPARE(day.value(QStringLiteral("checked")).toString(),
                         QStringLiteral("2026-12-06"));
                if (expected.contains(date)) {
                    ++found;
                    QVERIFY2(day.value(QStringLiteral("basis"))
                                 .toString()
                                 .contains(expected.value(date)),
                             qPrintable(date + QLatin1Char(' ') +
                                        day.value(QStringLiteral("basis")).toString()));
                }
            }
        }
        QCOMPARE(found, int(expected.size()));
        QCOMPARE(kinds.value(QStringLiteral("2023-01-25")), QStringLiteral("compensatory"));
        QCOMPARE(kinds.value(QStringLiteral("2023-01-24")), QStringLiteral("holiday"));
        QCOMPARE(kinds.value(QStringLiteral("2024-02-13")), QStringLiteral("compensatory"));
        QCOMPARE(kinds.value(QStringLiteral("2024-02-12")), QStringLiteral("holiday"));
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
