#pragma once

#include "DurationUnit.h"
#include "WorkCalendar.h"
#include "settings/OfficeSettings.h"

#include <QDateTime>

// A calendar change never moves a printed appointment silently (DOMAIN §5): this tells
// whether the appointment of a dossier would come out differently under the new
// calendar. The lead wires it to the open dossiers.
namespace CalendarChange {
struct Review
{
    bool moves = false;
    QDateTime oldDue; // what the old calendar gives
    QDateTime newDue; // what the new calendar gives
};

// moves is true when the new calendar gives a different appointment than the old one and
// than the printed one. halves: the limit in halves of its unit (DurationUnits).
Review appointment(const WorkCalendar& oldCalendar, const WorkCalendar& newCalendar,
                   const WorkingWindows& windows, const QDateTime& received, int halves,
                   DurationUnit unit, const QDateTime& printedDue);
} // namespace CalendarChange
