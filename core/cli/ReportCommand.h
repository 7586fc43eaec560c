#pragma once

#include "CliCommand.h"

// `report --from YYYY-MM-DD --to YYYY-MM-DD [--as-of "YYYY-MM-DD HH:MM"]
// [--by field|procedure|officer|channel] --json|--csv`: the compliance indicators of the period
// (DOMAIN §10) with the year's targets, in the formats of IndicatorReportFormat.
class ReportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
