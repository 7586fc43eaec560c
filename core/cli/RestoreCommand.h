#pragma once

#include "CliCommand.h"

// `restore FILE`: verifies the backup, keeps the current database aside, puts the copy in place.
class RestoreCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
