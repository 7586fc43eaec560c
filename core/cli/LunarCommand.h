#pragma once

#include "CliCommand.h"

// `lunar --from YYYY-MM-DD --to YYYY-MM-DD`: the Vietnamese lunar date of every day, as CSV
// "solar,lunar_year,lunar_month,lunar_day,leap".
class LunarCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("lunar"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
