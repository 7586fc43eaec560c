#pragma once

#include "CliCommand.h"

// `migrate --from FILE.sqlite --to postgresql://…`: moves an office from its SQLite file to a
// PostgreSQL server (issue #9), verifying the row counts and the audit chain.
class MigrateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
