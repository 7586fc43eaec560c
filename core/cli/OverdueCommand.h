#pragma once

#include "CliCommand.h"

// `overdue [--as-of "YYYY-MM-DD HH:MM"] [--json]`: open dossiers past their legal due date.
class OverdueCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("overdue"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
