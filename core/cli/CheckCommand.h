#pragma once

#include "CliCommand.h"

// `check`: schema version and integrity; exit 0 only when healthy.
class CheckCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
