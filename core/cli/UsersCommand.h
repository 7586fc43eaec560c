#pragma once

#include "CliCommand.h"

// motcua-cli users list|add|set-role|reset-password|disable: officers' accounts for scripts.
class UsersCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
