#include "DurationUnit.h"

QString DurationUnits::key(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::WorkingDays:
        return QStringLiteral("working-days");
    case DurationUnit::CalendarDays:
        return QStringLiteral("days");
    case DurationUnit::WorkingHours:
        return QStringLiteral("working-hours");
    case DurationUnit::SameDay:
        return QStringLiteral("same-day");
    }
    return QString();
}

bool DurationUnits::fromKey(const QString& key, DurationUnit* unit)
{
    for (DurationUnit candidate : {DurationUnit::WorkingDays, DurationUnit::CalendarDays,
                                   DurationUnit::WorkingHours, DurationUnit::SameDay}) {
        if (DurationUnits::key(candidate) == key) {
            if (unit)
                *unit = candidate;
            return true;
        }
    }
    return false;
}
