#include "TestDatabase.h"
#include "calendar/CalendarStore.h"
#include "calendar/DueDateEngine.h"
#include "dossiers/DueExplanation.h"

#include <QTest>

// The line under the appointment at reception says why the date falls where it does.
class TestDueExplanation : public QObject
{
    Q_OBJECT

private slots:
    void namesTheLimitTheLateStartAndTheHolidays()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        WorkCalendar calendar;
        QString error;
        QVERIFY2(CalendarStore(t.db()).loadCalendar(&calendar, &error), qPrintable(error));
        const DueDateEngine engine(calendar, WorkingWindows());

        // Thursday 12/02/2026 after closing: the clock starts Friday 07:30; five working days
        // skip Tết (16–20/02/2026, VPCP 12729/VPCP-KGVX) and end on Friday 27/02.
        const QDateTime received(QDate(2026, 2, 12), QTime(17, 30));
        QCOMPARE(engine.dueAt(received, 5, DurationUnit::WorkingDays),
                 QDateTime(QDate(2026, 2, 27), QTime(7, 30)));
        const QString text =
            DueExplanation::text(engine, received, 5, QStringLiteral("working-days"));
        QVERIFY2(text.contains(QStringLiteral("07:30 13/02")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("16/02–20/02")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("16/02")), 1); // one run, not one entry per day

        // An ordinary week says only the limit.
        const QString plain = DueExplanation::text(
            engine, QDateTime(QDate(2026, 3, 9), QTime(9, 0)), 5, QStringLiteral("working-days"));
        QVERIFY2(!plain.contains(QLatin1Char(';')), qPrintable(plain));
    }
};

QTEST_MAIN(TestDueExplanation)
#include "tst_dueexplanation.moc"
