#pragma once

#include "CliCommand.h"

// `audit verify`: checks the audit log (chain, seal, this computer's anchor); exit 1 names the
// problem. `audit key show` / `audit key set`: the office's audit key (AuditSeal).
class AuditCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
