#pragma once

#include "CliCommand.h"

// `report-ii06a --from YYYY-MM-DD --to YYYY-MM-DD [--as-of "YYYY-MM-DD HH:MM"]
// --out FILE.csv|FILE.xlsx|FILE.pdf`: the periodic report of Thông tư 01/2020/TT-VPCP, biểu II.06a.
class ReportIi06aCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report-ii06a"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
