#pragma once

#include "DurationUnit.h"
#include "WorkCalendar.h"
#include "settings/OfficeSettings.h"

#include <QDateTime>
#include <QTime>

// Computes appointments (ngày hẹn trả kết quả) from the receipt time, the procedure's time
// limit and the office's working windows (DOMAIN §5), and moves them for supplement
// pauses (DOMAIN §7). Times are wall-clock local times: the result keeps the time spec and
// offset of the input. Every computation is a few table look-ups in the calendar's
// working-day index, so it is deterministic and fast enough for bulk recomputation.
// Results are invalid (QDateTime()) for invalid input or beyond the calendar's range.
class DueDateEngine
{
public:
    DueDateEngine(const WorkCalendar& calendar, const WorkingWindows& windows);

    // Chứng thực and hộ tịch: the result is due the same day when the clock starts by this
    // time, otherwise by the close of the next working day.
    static QTime sameDayCutoff() { return QTime(15, 0); }

    // When the time limit starts running for a dossier received (or, online, accepted) at
    // received: before opening → opening; during lunch → the afternoon opening; after
    // closing or on a non-working day → the next working day's opening.
    QDateTime clockStart(const QDateTime& received) const;

    // The appointment: working days keep the clock start's time of day N working days
    // later; calendar days add N days and move a non-working result to the next working
    // day, same time (BLDS 2015 Điều 147–148); working hours count only time inside the
    // windows; same day closes at the afternoon closing time.
    QDateTime dueAt(const QDateTime& received, int duration, DurationUnit unit) const;
    // The same with the limit in halves of its unit (DurationUnits::parseHalves). Half a
    // working day is the next half-day session at the same position in it: received 08:00
    // Monday + 0.5 → Monday 14:00 (30 minutes into the afternoon); from the afternoon, the
    // next working morning. A position past the shorter session's end stops at its end.
    // Half a calendar day or a half working hour counts as half of 24 hours or 60 minutes.
    QDateTime dueAtHalves(const QDateTime& received, int halves, DurationUnit unit) const;

    // The close of the working day (the afternoon end) workingDays working days after from's
    // clock start: the default time by which an applicant hands in a supplement.
    QDateTime closeOfWorkingDay(const QDateTime& from, int workingDays) const;

    // Working minutes between two times, negative when to is before from.
    qint64 workingMinutesBetween(const QDateTime& from, const QDateTime& to) const;
    // The same in seconds: the time inside the working windows of working days between the
    // two (each counted from its clock start), as the appointments count it.
    qint64 workingSecondsBetween(const QDateTime& from, const QDateTime& to) const;
    // The working time of one whole working day: both windows (7.5 hours by default). N
    // working days after a clock start, at the same time of day, is N times this.
    int workingDayLength() const { return m_dayLength; }
    // The earliest time at which minutes of working time have passed since from (from
    // itself counts from its clock start). A result on a window's end stays there (11:30,
    // not 13:30).
    QDateTime addWorkingMinutes(const QDateTime& from, qint64 minutes) const;
    // Signed count of working days after from up to and including to.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

    // The legal due date after a supplement request (DOMAIN §7). requestedAt: when the
    // office asked; receivedAt: when the supplement arrived. ExtendByPausedTime moves
    // currentDue by the working time of the pause; RestartFullLimit gives the whole limit
    // again from the supplement's arrival.
    QDateTime legalDueAfterSupplement(const QDateTime& currentDue, const QDateTime& requestedAt,
                                      const QDateTime& receivedAt, SupplementPolicy policy,
                                      int duration, DurationUnit unit) const;
    QDateTime legalDueAfterSupplementHalves(const QDateTime& currentDue,
                                            const QDateTime& requestedAt,
                                            const QDateTime& receivedAt, SupplementPolicy policy,
                                            int halves, DurationUnit unit) const;

    const WorkCalendar& calendar() const { return m_calendar; }
    const WorkingWindows& windows() const { return m_windows; }

private:
    // A moment as (day index, second of the day) on the calendar's index.
    struct Moment
    {
        int day = -1;
        int second = 0;
        bool isValid() const { return day >= 0; }
    };

    Moment toMoment(const QDateTime& time) const;
    QDateTime toDateTime(const Moment& moment, const QDateTime& like) const;
    Moment start(Moment moment) const;
    int nextWorkingDay(int day) const; // first working day after day, -1 past the range
    // Working seconds from the start of the calendar up to the moment.
    qint64 workingSecondsUntil(const Moment& moment) const;
    Moment momentAtWorkingSeconds(qint64 seconds) const;
    Moment due(const Moment& received, int halves, DurationUnit unit) const;

    WorkCalendar m_calendar;
    WorkingWindows m_windows;
    int m_morningStart;
    int m_morningEnd;
    int m_afternoonStart;
    int m_afternoonEnd;
    int m_morningLength;
    int m_dayLength;
    int m_cutoff;
};
