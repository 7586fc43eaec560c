#include "DurationUnit.h"

#include <QRegularExpression>

QString DurationUnits::key(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::WorkingDays:
        return QStringLiteral("working-days");
    case DurationUnit::CalendarDays:
        return QStringLiteral("days");
    case DurationUnit::WorkingHours:
        return QStringLiteral("working-hours");
    case DurationUnit::SameDay:
        return QStringLiteral("same-day");
    }
    return QString();
}

bool DurationUnits::fromKey(const QString& key, DurationUnit* unit)
{
    for (DurationUnit candidate : {DurationUnit::WorkingDays, DurationUnit::CalendarDays,
                                   DurationUnit::WorkingHours, DurationUnit::SameDay}) {
        if (DurationUnits::key(candidate) == key) {
            if (unit)
                *unit = candidate;
            return true;
        }
    }
    return false;
}

QString DurationUnits::halvesText(int halves)
{
    const QString whole = QString::number(halves / 2);
    return halves % 2 == 0 ? whole : whole + QStringLiteral(".5");
}

QString DurationUnits::halvesLocalText(int halves)
{
    QString text = halvesText(halves);
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

bool DurationUnits::parseHalves(const QString& text, int* halves)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})(?:[.,]([05]))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const int value = match.captured(1).toInt() * 2 + (match.captured(2) == QLatin1String("5"));
    if (halves)
        *halves = value;
    return true;
}
