#pragma once

#include "CliCommand.h"

// `export KIND FILE.csv`: writes one kind of data (see TransferKinds) in the format the
// import of the same kind reads; FILE "-" writes to standard output.
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
