#include "DueDateEngine.h"

#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace {
int secondsOf(const QTime& time)
{
    return time.msecsSinceStartOfDay() / 1000;
}
} // namespace

DueDateEngine::DueDateEngine(const WorkCalendar& calendar, const WorkingWindows& windows)
    : m_calendar(calendar)
    , m_windows(windows)
    , m_morningStart(secondsOf(windows.morningStart))
    , m_morningEnd(secondsOf(windows.morningEnd))
    , m_afternoonStart(secondsOf(windows.afternoonStart))
    , m_afternoonEnd(secondsOf(windows.afternoonEnd))
{
    // Invalid windows would make the arithmetic meaningless: fall back to the defaults.
    QString ignored;
    if (!windows.isValid(&ignored)) {
        const WorkingWindows defaults;
        m_windows = defaults;
        m_morningStart = secondsOf(defaults.morningStart);
        m_morningEnd = secondsOf(defaults.morningEnd);
        m_afternoonStart = secondsOf(defaults.afternoonStart);
        m_afternoonEnd = secondsOf(defaults.afternoonEnd);
    }
    m_morningLength = m_morningEnd - m_morningStart;
    m_dayLength = m_morningLength + (m_afternoonEnd - m_afternoonStart);
    m_cutoff = std::min(secondsOf(sameDayCutoff()), m_afternoonEnd);
}

DueDateEngine::Moment DueDateEngine::toMoment(const QDateTime& time) const
{
    Moment moment;
    if (!time.isValid())
        return moment;
    moment.day = WorkCalendar::indexOf(time.date());
    moment.second = secondsOf(time.time());
    return moment;
}

QDateTime DueDateEngine::toDateTime(const Moment& moment, const QDateTime& like) const
{
    if (!moment.isValid())
        return QDateTime();
    const QDate date = WorkCalendar::dateAt(moment.day);
    const QTime time = QTime::fromMSecsSinceStartOfDay(moment.second * 1000);
    switch (like.timeSpec()) {
    case Qt::OffsetFromUTC:
        return QDateTime(date, time, Qt::OffsetFromUTC, like.offsetFromUtc());
    case Qt::TimeZone:
        return QDateTime(date, time, like.timeZone());
    case Qt::UTC:
    case Qt::LocalTime:
        break;
    }
    return QDateTime(date, time, like.timeSpec());
}

int DueDateEngine::nextWorkingDay(int day) const
{
    if (day + 1 >= WorkCalendar::dayCount())
        return -1;
    return m_calendar.workingDayIndex(m_calendar.workingDaysBefore(day + 1));
}

DueDateEngine::Moment DueDateEngine::start(Moment moment) const
{
    if (!moment.isValid())
        return moment;
    // DOMAIN §5: receipt-time rules.
    if (!m_calendar.isWorkingIndex(moment.day) || moment.second >= m_afternoonEnd) {
        moment.day = nextWorkingDay(moment.day);
        moment.second = m_morningStart;
    } else if (moment.second < m_morningStart) {
        moment.second = m_morningStart;
    } else if (moment.second >= m_morningEnd && moment.second < m_afternoonStart) {
        moment.second = m_afternoonStart;
    }
    return moment;
}

qint64 DueDateEngine::workingSecondsUntil(const Moment& moment) const
{
    qint64 seconds = qint64(m_calendar.workingDaysBefore(moment.day)) * m_dayLength;
    if (!m_calendar.isWorkingIndex(moment.day))
        return seconds;
    const int s = moment.second;
    if (s <= m_morningStart)
        return seconds;
    if (s < m_morningEnd)
        return seconds + (s - m_morningStart);
    if (s <= m_afternoonStart)
        return seconds + m_morningLength;
    if (s < m_afternoonEnd)
        return seconds + m_morningLength + (s - m_afternoonStart);
    return seconds + m_dayLength;
}

DueDateEngine::Moment DueDateEngine::momentAtWorkingSeconds(qint64 seconds) const
{
    Moment moment;
    if (seconds <= 0) {
        moment.day = m_calendar.workingDayIndex(0);
        moment.second = m_morningStart;
        return moment;
    }
    // The earliest moment with that much working time behind it: an exact multiple of the
    // day's length ends the previous working day at closing time.
    const qint64 ordinal = (seconds - 1) / m_dayLength;
    const int rest = int(seconds - ordinal * m_dayLength); // 1 … m_dayLength
    if (ordinal > INT_MAX)
        return moment;
    moment.day = m_calendar.workingDayIndex(int(ordinal));
    moment.second = rest <= m_morningLength ? m_morningStart + rest
                                            : m_afternoonStart + (rest - m_morningLength);
    return moment;
}

DueDateEngine::Moment DueDateEngine::due(const Moment& received, int halves,
                                         DurationUnit unit) const
{
    const Moment from = start(received);
    if (!from.isValid() || halves < 0)
        return Moment();
    Moment result = from;
    switch (unit) {
    case DurationUnit::WorkingDays: {
        // Count half-day sessions: morning and afternoon of each working day. The position
        // in the session is kept; the afternoon is the shorter one in the default windows.
        const bool afternoon = from.second >= m_afternoonStart;
        const int position = from.second - (afternoon ? m_afternoonStart : m_morningStart);
        const qint64 session =
            qint64(m_calendar.workingDaysBefore(from.day)) * 2 + (afternoon ? 1 : 0) + halves;
        if (session / 2 > INT_MAX)
            return Moment();
        result.day = m_calendar.workingDayIndex(int(session / 2));
        if (session % 2 == 0)
            result.second = std::min(m_morningStart + position, m_morningEnd);
        else
            result.second = std::min(m_afternoonStart + position, m_afternoonEnd);
        break;
    }
    case DurationUnit::CalendarDays:
        // BLDS 2015 Điều 148: a period ending on a rest day ends on the next working day.
        result.day = from.day + halves / 2;
        if (halves % 2 != 0) {
            result.second += 12 * 3600;
            if (result.second >= 24 * 3600) {
                result.second -= 24 * 3600;
                ++result.day;
            }
        }
        if (result.day >= WorkCalendar::dayCount())
            return Moment();
        if (!m_calendar.isWorkingIndex(result.day))
            result.day = nextWorkingDay(result.day);
        break;
    case DurationUnit::WorkingHours:
        result = halves == 0
                     ? from
                     : momentAtWorkingSeconds(workingSecondsUntil(from) + qint64(halves) * 1800);
        break;
    case DurationUnit::SameDay:
        if (from.second > m_cutoff)
            result.day = nextWorkingDay(from.day);
        result.second = m_afternoonEnd;
        break;
    }
    if (result.day < 0)
        return Moment();
    return result;
}

QDateTime DueDateEngine::clockStart(const QDateTime& received) const
{
    return toDateTime(start(toMoment(received)), received);
}

QDateTime DueDateEngine::dueAt(const QDateTime& received, int duration, DurationUnit unit) const
{
    if (duration < 0 || duration > INT_MAX / 2)
        return QDateTime();
    return dueAtHalves(received, duration * 2, unit);
}

QDateTime DueDateEngine::dueAtHalves(const QDateTime& received, int halves, DurationUnit unit) const
{
    return toDateTime(due(toMoment(received), halves, unit), received);
}

qint64 DueDateEngine::workingMinutesBetween(const QDateTime& from, const QDateTime& to) const
{
    return workingSecondsBetween(from, to) / 60;
}

qint64 DueDateEngine::workingSecondsBetween(const QDateTime& from, const QDateTime& to) const
{
    const Moment a = toMoment(from);
    const Moment b = toMoment(to);
    if (!a.isValid() || !b.isValid())
        return 0;
    return workingSecondsUntil(b) - workingSecondsUntil(a);
}

QDateTime DueDateEngine::addWorkingMinutes(const QDateTime& from, qint64 minutes) const
{
    const Moment moment = toMoment(from);
    if (!moment.isValid())
        return QDateTime();
    if (minutes == 0)
        return toDateTime(start(moment), from);
    return toDateTime(momentAtWorkingSeconds(workingSecondsUntil(moment) + minutes * 60), from);
}

int DueDateEngine::workingDaysBetween(const QDate& from, const QDate& to) const
{
    const int a = WorkCalendar::indexOf(from);
    const int b = WorkCalendar::indexOf(to);
    if (a < 0 || b < 0)
        return 0;
    return m_calendar.workingDaysBefore(b + 1) - m_calendar.workingDaysBefore(a + 1);
}

QDateTime DueDateEngine::legalDueAfterSupplement(const QDateTime& currentDue,
                                                 const QDateTime& requestedAt,
                                                 const QDateTime& receivedAt,
                                                 SupplementPolicy policy, int duration,
                                                 DurationUnit unit) const
{
    if (duration < 0 || duration > INT_MAX / 2)
        return QDateTime();
    return legalDueAfterSupplementHalves(currentDue, requestedAt, receivedAt, policy, duration * 2,
                                         unit);
}

QDateTime DueDateEngine::legalDueAfterSupplementHalves(const QDateTime& currentDue,
                                                       const QDateTime& requestedAt,
                                                       const QDateTime& receivedAt,
                                                       SupplementPolicy policy, int halves,
                                                       DurationUnit unit) const
{
    switch (policy) {
    case SupplementPolicy::RestartFullLimit:
        // The full time limit runs again from the supplement's arrival.
        return dueAtHalves(receivedAt, halves, unit);
    case SupplementPolicy::ExtendByPausedTime:
        break;
    }
    const Moment due = toMoment(currentDue);
    const Moment paused = toMoment(requestedAt);
    const Moment resumed = toMoment(receivedAt);
    if (!due.isValid() || !paused.isValid() || !resumed.isValid())
        return QDateTime();
    const qint64 pause = workingSecondsUntil(resumed) - workingSecondsUntil(paused);
    if (pause <= 0)
        return currentDue;
    return toDateTime(momentAtWorkingSeconds(workingSecondsUntil(due) + pause), currentDue);
}

QDateTime DueDateEngine::closeOfWorkingDay(const QDateTime& from, int workingDays) const
{
    QDateTime day = dueAt(from, workingDays, DurationUnit::WorkingDays);
    if (day.isValid())
        day.setTime(m_windows.afternoonEnd);
    return day;
}
