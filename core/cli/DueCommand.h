#pragma once

#include "CliCommand.h"

// `due --received "YYYY-MM-DD HH:MM" --duration N --unit UNIT`: the appointment the
// database's calendar and working windows give, printed as "YYYY-MM-DD HH:MM".
class DueCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("due"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
