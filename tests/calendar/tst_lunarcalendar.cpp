#include "calendar/LunarCalendar.h"

#include <QTest>

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private slots:
    // DOMAIN §6: years where the Vietnamese calendar (UTC+7) differs from the Chinese one.
    void tetDiffersFromChina_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("tet");
        QTest::newRow("1968") << 1968 << QDate(1968, 1, 29);
        QTest::newRow("1985") << 1985 << QDate(1985, 1, 21);
        QTest::newRow("2007") << 2007 << QDate(2007, 2, 17);
        QTest::newRow("2030") << 2030 << QDate(2030, 2, 2);
        // Recent years the official schedules are built around.
        QTest::newRow("2023") << 2023 << QDate(2023, 1, 22);
        QTest::newRow("2024") << 2024 << QDate(2024, 2, 10);
        QTest::newRow("2025") << 2025 << QDate(2025, 1, 29);
        QTest::newRow("2026") << 2026 << QDate(2026, 2, 17);
    }

    void tetDiffersFromChina()
    {
        QFETCH(int, year);
        QFETCH(QDate, tet);
        QCOMPARE(LunarCalendar::newYear(year), tet);
        QCOMPARE(LunarCalendar::toLunar(tet), (LunarDate{year, 1, 1, false}));
        const LunarDate eve = LunarCalendar::toLunar(tet.addDays(-1));
        QCOMPARE(eve.year, year - 1);
        QCOMPARE(eve.month, 12);
        QVERIFY(eve.day == 29 || eve.day == 30);
    }

    void leapMonths_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("leap");
        QTest::newRow("2023") << 2023 << 2;
        QTest::newRow("2024") << 2024 << 0;
        QTest::newRow("2025") << 2025 << 6;
        QTest::newRow("2028") << 2028 << 5;
        QTest::newRow("2031") << 2031 << 3;
        QTest::newRow("2033") << 2033 << 11;
    }

    void leapMonths()
    {
        QFETCH(int, year);
        QFETCH(int, leap);
        QCOMPARE(LunarCalendar::leapMonth(year), leap);
        if (leap) {
            QVERIFY(LunarCalendar::monthLength(year, leap, true) >= 29);
            QVERIFY(LunarCalendar::toSolar(year, leap, 1, true).isValid());
        }
    }

    void hungKingsDay()
    {
        // Giỗ Tổ Hùng Vương, 10/3 lunar, as in the official schedules (DOMAIN §6).
        QCOMPARE(LunarCalendar::toSolar(2024, 3, 10), QDate(2024, 4, 18));
        QCOMPARE(LunarCalendar::toSolar(2025, 3, 10), QDate(2025, 4, 7));
        QCOMPARE(LunarCalendar::toSolar(2026, 3, 10), QDate(2026, 4, 26));
        QCOMPARE(LunarCalendar::toSolar(2023, 3, 10), QDate(2023, 4, 29));
    }

    void everyDayRoundTrips()
    {
        // solar → lunar → solar for every day 1900–2199, and the lunar dates advance by
        // exactly one day at a time.
        LunarDate previous;
        for (QDate d = LunarCalendar::firstDate(); d <= LunarCalendar::lastDate();
             d = d.addDays(1)) {
            const LunarDate lunar = LunarCalendar::toLunar(d);
            if (lunar.isNull())
                QFAIL(qPrintable(d.toString(Qt::ISODate)));
            QString error;
            const QDate back = LunarCalendar::toSolar(lunar, &error);
            if (back != d)
                QFAIL(qPrintable(d.toString(Qt::ISODate) + QStringLiteral(": ") + error));
            if (!previous.isNull()) {
                const bool nextDay = lunar.year == previous.year && lunar.month == previous.month &&
                                     lunar.leap == previous.leap && lunar.day == previous.day + 1;
                const bool newMonth = lunar.day == 1 && (previous.day == 29 || previous.day == 30);
                if (!nextDay && !newMonth)
                    QFAIL(qPrintable(d.toString(Qt::ISODate)));
            }
            previous = lunar;
        }
    }

    void everyYearHasTwelveOrThirteenMonths()
    {
        for (int year = 1900; year <= 2199; ++year) {
            const int leap = LunarCalendar::leapMonth(year);
            const QDate start = LunarCalendar::newYear(year);
            const QDate next = LunarCalendar::newYear(year + 1);
            QVERIFY(start.isValid());
            const qint64 days = start.daysTo(next.isValid() ? next : start.addDays(354));
            if (next.isValid()) {
                if (leap)
                    QVERIFY2(days >= 383 && days <= 385, qPrintable(QString::number(year)));
                else
                    QVERIFY2(days >= 353 && days <= 355, qPrintable(QString::number(year)));
            }
            // Tết always falls between 21 January and 20 February.
            QVERIFY(start >= QDate(year, 1, 21) && start <= QDate(year, 2, 20));
        }
    }

    void invalidLunarDatesAreRejected()
    {
        QString error;
        // 2024 has no leap month.
        QVERIFY(!LunarCalendar::toSolar(2024, 3, 1, true, &error).isValid());
        QVERIFY(error.contains(QStringLiteral("leap")));
        // Find a 29-day month and ask for its day 30.
        int month = 1;
        while (LunarCalendar::monthLength(2025, month) != 29)
            ++month;
        error.clear();
        QVERIFY(!LunarCalendar::toSolar(2025, month, 30, false, &error).isValid());
        QVERIFY(error.contains(QStringLiteral("29")));
        QVERIFY(!LunarCalendar::toSolar(2025, 13, 1, false, &error).isValid());
        QVERIFY(!LunarCalendar::toSolar(2025, 1, 0, false, &error).isValid());
        QVERIFY(!LunarCalendar::toSolar(2300, 1, 1, false, &error).isValid());
        QVERIFY(LunarCalendar::toLunar(QDate(1899, 12, 31)).isNull());
        QVERIFY(LunarCalendar::toLunar(QDate(2200, 1, 1)).isNull());
        QVERIFY(!LunarCalendar::toLunar(QDate(2200, 1, 1), nullptr, &error));
    }
};

QTEST_GUILESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
