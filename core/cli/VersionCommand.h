#pragma once

#include "CliCommand.h"

class VersionCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
