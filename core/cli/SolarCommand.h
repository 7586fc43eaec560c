#pragma once

#include "CliCommand.h"

// `solar --lunar YYYY-MM-DD [--leap]`: the solar date of a Vietnamese lunar date.
class SolarCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("solar"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
