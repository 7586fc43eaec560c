#include "LunarCommand.h"

#include "calendar/LunarCalendar.h"

QString LunarCommand::summary() const
{
    return CliContext::tr("Print the Vietnamese lunar date of every day in a range as CSV.");
}

int LunarCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CliContext::tr("First solar day (YYYY-MM-DD)."),
                                        QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      CliContext::tr("Last solar day (YYYY-MM-DD)."),
                                      QStringLiteral("date"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(fromOption) ||
        !parser.isSet(toOption)) {
        context.reportError(CliContext::tr("usage: lunar --from YYYY-MM-DD --to YYYY-MM-DD"));
        return ExitUsage;
    }
    const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    for (const auto& [option, date] : {std::pair{&fromOption, from}, std::pair{&toOption, to}}) {
        if (!date.isValid() || date < LunarCalendar::firstDate() ||
            date > LunarCalendar::lastDate()) {
            context.reportError(
                CliContext::tr("--%1: \"%2\" is not a date from %3 to %4 (YYYY-MM-DD).")
                    .arg(option->names().constFirst(), parser.value(*option),
                         LunarCalendar::firstDate().toString(Qt::ISODate),
                         LunarCalendar::lastDate().toString(Qt::ISODate)));
            return ExitFailure;
        }
    }
    if (to < from) {
        context.reportError(CliContext::tr("--to (%1) is before --from (%2).")
                                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        return ExitFailure;
    }

    QTextStream& out = context.out();
    out << "solar,lunar_year,lunar_month,lunar_day,leap\n";
    QString line;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const LunarDate lunar = LunarCalendar::toLunar(day);
        line = day.toString(Qt::ISODate);
        line += QLatin1Char(',') + QString::number(lunar.year) + QLatin1Char(',') +
                QString::number(lunar.month) + QLatin1Char(',') + QString::number(lunar.day) +
                (lunar.leap ? QLatin1String(",1\n") : QLatin1String(",0\n"));
        out << line;
    }
    out.flush();
    return ExitSuccess;
}
