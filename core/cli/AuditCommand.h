#pragma once

#include "CliCommand.h"

// `audit verify`: checks the hash chain of the audit log; exit 1 names the first broken entry.
class AuditCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
