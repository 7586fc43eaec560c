#pragma once

#include "CliContext.h"
#include "indicators/IndicatorReport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// The period options shared by the report commands: --from, --to (both days included) and
// --as-of (local time; the whole minute counts; default: the earlier of now and the end of
// the --to day).
class ReportOptions
{
public:
    ReportOptions();
    void addTo(QCommandLineParser& parser) const;
    // Reads and checks the options; on a problem prints it and returns the exit code (else -1).
    int read(const QCommandLineParser& parser, CliContext& context, ReportPeriod* period,
             QDateTime* asOf) const;

private:
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_asOf;
};
