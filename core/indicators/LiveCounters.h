#pragma once

#include "IndicatorReport.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The dashboard's current numbers: the office's indicators of a period as of now. Cheap to
// ask after every save: the register keeps the daily counters in the same transaction as
// the dossier (IndicatorStore), so this sums at most a year of days and looks at the open
// dossiers whose appointment has passed.
class LiveCounters
{
    Q_DECLARE_TR_FUNCTIONS(LiveCounters)

public:
    explicit LiveCounters(const Database& db);

    // As of now (or the period's end, when it is over).
    bool current(const ReportPeriod& period, IndicatorReport* report, QString* error) const;
    bool current(const ReportPeriod& period, IndicatorGrouping grouping, IndicatorReport* report,
                 QString* error) const;

private:
    const Database& m_db;
};
