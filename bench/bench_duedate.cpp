// Due-date engine throughput: how many appointments per second one thread computes, over
// receipt times spread across 1900–2199 and every unit. Prints the figure; target ≥ 1e6/s.

#include "calendar/DueDateEngine.h"
#include "calendar/LunarCalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <vector>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const WorkCalendar calendar; // statutory rules for every year
    const DueDateEngine engine(calendar, WorkingWindows());
    out << "calendar 1900-2199 built in " << timer.elapsed() << " ms\n";

    // Fixed seed: the same inputs on every run.
    QRandomGenerator random(20240504);
    constexpr int inputCount = 1 << 16;
    std::vector<QDateTime> received;
    std::vector<int> durations;
    received.reserve(inputCount);
    const qint64 firstDay = QDate(1900, 1, 1).toJulianDay();
    const qint64 span = QDate(2199, 6, 1).toJulianDay() - firstDay;
    for (int i = 0; i < inputCount; ++i) {
        const QDate date = QDate::fromJulianDay(firstDay + qint64(random.bounded(int(span))));
        const QTime time = QTime::fromMSecsSinceStartOfDay(random.bounded(24 * 60) * 60000);
        received.emplace_back(date, time, Qt::OffsetFromUTC, 7 * 3600);
        durations.push_back(random.bounded(1, 60));
    }
    const DurationUnit units[] = {DurationUnit::WorkingDays, DurationUnit::CalendarDays,
                                  DurationUnit::WorkingHours, DurationUnit::SameDay};

    for (const DurationUnit unit : units) {
        constexpr int rounds = 2000000;
        qint64 checksum = 0;
        timer.restart();
        for (int i = 0; i < rounds; ++i) {
            const int k = i & (inputCount - 1);
            checksum += engine.dueAt(received[std::size_t(k)], durations[std::size_t(k)], unit)
                            .toSecsSinceEpoch();
        }
        const qint64 ns = timer.nsecsElapsed();
        out << QStringLiteral("dueAt %1: %2 computations/s (%3 ns each, checksum %4)\n")
                   .arg(DurationUnits::key(unit), -14)
                   .arg(double(rounds) * 1e9 / double(ns), 0, 'f', 0)
                   .arg(double(ns) / rounds, 0, 'f', 1)
                   .arg(checksum);
    }

    timer.restart();
    int days = 0;
    for (QDate d = LunarCalendar::firstDate(); d <= LunarCalendar::lastDate(); d = d.addDays(1))
        days += LunarCalendar::toLunar(d).day;
    out << QStringLiteral("lunar conversion of every day 1900-2199: %1 ms (checksum %2)\n")
               .arg(timer.elapsed())
               .arg(days);
    return 0;
}
