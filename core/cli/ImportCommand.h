#pragma once

#include "CliCommand.h"

// `import KIND FILE.csv`: reads a CSV file of one kind (see TransferKinds) and writes it
// all or nothing; every bad value is reported as "line N, column NAME: reason".
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
