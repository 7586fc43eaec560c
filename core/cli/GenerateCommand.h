#pragma once

#include "CliCommand.h"

// `generate --dossiers N --year YYYY --seed S`: realistic synthetic dossiers.
class GenerateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
