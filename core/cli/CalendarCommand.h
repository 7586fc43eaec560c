#pragma once

#include "CliCommand.h"

// `calendar YEAR [--json]`: every date of the year that is not a plain Monday–Friday
// working day, as CSV "date,working,kind,name,provisional" or a JSON array of the same.
class CalendarCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
