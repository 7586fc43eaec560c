#pragma once

#include "CliCommand.h"

// `person ID --out FILE.json`: every record of one ID number, for an access or correction
// request (PersonRecords). Runs as the system user acting as administrator (cliActor());
// audited.
class PersonCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("person"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
