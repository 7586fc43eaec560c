#include "DueExplanation.h"

#include "calendar/DueDateEngine.h"
#include "catalogue/Procedure.h"

#include <QStringList>

namespace {

QString dayMonth(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM"));
}

} // namespace

QString DueExplanation::text(const DueDateEngine& engine, const QDateTime& received, int halves,
                             const QString& unitKey)
{
    Procedure limit;
    limit.halves = halves;
    limit.unit = unitKey;
    QStringList parts{limit.timeLimitText()};
    DurationUnit unit = DurationUnit::WorkingDays;
    DurationUnits::fromKey(unitKey, &unit);
    const QDateTime start = engine.clockStart(received);
    const QDateTime due = engine.dueAtHalves(received, halves, unit);
    if (!start.isValid() || !due.isValid())
        return tr("No appointment can be computed for this date.");
    // DOMAIN §5: before opening, at lunch, after closing or on a rest day the clock starts at
    // the next opening.
    if (start != received)
        parts << tr("counted from %1").arg(start.toString(QStringLiteral("HH:mm dd/MM")));

    // Holidays, compensatory days and days off between the start and the appointment, grouped
    // by name ("Tết Nguyên đán 16/02–20/02"); plain weekends are not worth a word.
    const WorkCalendar& calendar = engine.calendar();
    QString name;
    QDate first;
    QDate last;
    auto flush = [&] {
        if (first.isValid())
            parts << (first == last ? tr("%1 %2").arg(name, dayMonth(first))
                                    : tr("%1 %2–%3").arg(name, dayMonth(first), dayMonth(last)));
        first = QDate();
    };
    for (QDate day = start.date(); day <= due.date(); day = day.addDays(1)) {
        const CalendarDay info = calendar.day(day);
        const bool special = !info.working && info.kind != DayKind::Weekend;
        // A weekend inside a named run keeps the run together (Tết over a Saturday).
        if (!special && !(info.kind == DayKind::Weekend && first.isValid()))
            flush();
        if (special) {
            const QString dayName = info.name.isEmpty() ? tr("day off") : info.name;
            if (first.isValid() && dayName != name)
                flush();
            if (!first.isValid()) {
                first = day;
                name = dayName;
            }
            last = day;
        }
    }
    flush();
    return parts.join(QStringLiteral("; "));
}
