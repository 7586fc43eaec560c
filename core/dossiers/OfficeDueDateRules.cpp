#include "OfficeDueDateRules.h"

#include "calendar/CalendarStore.h"
#include "settings/OfficeSettingsStore.h"

namespace {
DurationUnit unitOf(const QString& key)
{
    DurationUnit unit = DurationUnit::WorkingDays;
    DurationUnits::fromKey(key, &unit);
    return unit;
}
} // namespace

OfficeDueDateRules::OfficeDueDateRules(const WorkCalendar& calendar, const OfficeSettings& settings)
    : m_engine(std::make_unique<DueDateEngine>(calendar, settings.windows))
    , m_policy(settings.supplementPolicy)
{}

bool OfficeDueDateRules::load(const Database& db, QString* error)
{
    OfficeSettings settings;
    if (!OfficeSettingsStore(db).load(&settings, error))
        return false;
    WorkCalendar calendar;
    if (!CalendarStore(db).loadCalendar(&calendar, error))
        return false;
    m_engine = std::make_unique<DueDateEngine>(calendar, settings.windows);
    m_policy = settings.supplementPolicy;
    return true;
}

QDateTime OfficeDueDateRules::dueAt(const QDateTime& received, int halves,
                                    const QString& unitKey) const
{
    return m_engine ? m_engine->dueAtHalves(received, halves, unitOf(unitKey)) : QDateTime();
}

QDateTime OfficeDueDateRules::legalDueAfterSupplement(const QDateTime& currentDue,
                                                      const QDateTime& requestedAt,
                                                      const QDateTime& receivedAt, int halves,
                                                      const QString& unitKey) const
{
    return m_engine ? m_engine->legalDueAfterSupplementHalves(currentDue, requestedAt, receivedAt,
                                                              m_policy, halves, unitOf(unitKey))
                    : QDateTime();
}

int OfficeDueDateRules::workingDaysBetween(const QDate& from, const QDate& to) const
{
    return m_engine ? m_engine->workingDaysBetween(from, to) : 0;
}

bool OfficeDueDateRules::isWorkingDay(const QDate& date) const
{
    return m_engine ? m_engine->calendar().isWorkingDay(date) : date.dayOfWeek() <= 5;
}
