#include "SolarCommand.h"

#include "calendar/LunarCalendar.h"

#include <QRegularExpression>

QString SolarCommand::summary() const
{
    return CliContext::tr("Print the solar date (YYYY-MM-DD) of a Vietnamese lunar date.");
}

int SolarCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lunarOption(QStringLiteral("lunar"),
                                         CliContext::tr("Lunar year, month and day (YYYY-MM-DD)."),
                                         QStringLiteral("date"));
    const QCommandLineOption leapOption(QStringLiteral("leap"),
                                        CliContext::tr("The month is the leap month."));
    parser.addOption(lunarOption);
    parser.addOption(leapOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(lunarOption)) {
        context.reportError(CliContext::tr("usage: solar --lunar YYYY-MM-DD [--leap]"));
        return ExitUsage;
    }
    // Not a QDate: lunar day 30 of month 2 is a real date.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QRegularExpressionMatch match = pattern.match(parser.value(lunarOption));
    if (!match.hasMatch()) {
        context.reportError(CliContext::tr("--lunar: \"%1\" is not a lunar date (YYYY-MM-DD).")
                                .arg(parser.value(lunarOption)));
        return ExitFailure;
    }
    QString error;
    const QDate solar =
        LunarCalendar::toSolar(match.captured(1).toInt(), match.captured(2).toInt(),
                               match.captured(3).toInt(), parser.isSet(leapOption), &error);
    if (!solar.isValid()) {
        context.reportError(QStringLiteral("--lunar: ") + error);
        return ExitFailure;
    }
    context.out() << solar.toString(Qt::ISODate) << Qt::endl;
    return ExitSuccess;
}
