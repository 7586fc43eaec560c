#pragma once

#include "CliCommand.h"

// `print FORM CODE --out FILE.pdf` and `print ledger --from … --to … --out FILE.pdf`: the forms
// of a dossier as PDF, through the same adapter, templates and renderer as the desk.
class PrintCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("print"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
