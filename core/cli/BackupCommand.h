#pragma once

#include "CliCommand.h"

// `backup --out FILE`: a verified, consistent copy of the database, safe while desks work.
class BackupCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
