#include "LiveCounters.h"

#include "IndicatorEngine.h"

LiveCounters::LiveCounters(const Database& db)
    : m_db(db)
{}

bool LiveCounters::current(const ReportPeriod& period, IndicatorReport* report,
                           QString* error) const
{
    return current(period, IndicatorGrouping::None, report, error);
}

bool LiveCounters::current(const ReportPeriod& period, IndicatorGrouping grouping,
                           IndicatorReport* report, QString* error) const
{
    return IndicatorEngine(m_db).report(period, period.defaultAsOf(), grouping, report, error);
}
