#include "CalendarChange.h"

#include "DueDateEngine.h"

CalendarChange::Review CalendarChange::appointment(const WorkCalendar& oldCalendar,
                                                   const WorkCalendar& newCalendar,
                                                   const WorkingWindows& windows,
                                                   const QDateTime& received, int halves,
                                                   DurationUnit unit, const QDateTime& printedDue)
{
    Review review;
    review.oldDue = DueDateEngine(oldCalendar, windows).dueAtHalves(received, halves, unit);
    review.newDue = DueDateEngine(newCalendar, windows).dueAtHalves(received, halves, unit);
    review.moves = review.newDue != review.oldDue && review.newDue != printedDue;
    return review;
}
