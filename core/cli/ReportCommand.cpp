#include "ReportCommand.h"

#include "ReportOptions.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorReportFormat.h"

QString ReportCommand::summary() const
{
    return CliContext::tr("Compliance indicators of a period against the year's targets.");
}

int ReportCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const ReportOptions periodOptions;
    periodOptions.addTo(parser);
    const QCommandLineOption byOption(QStringLiteral("by"),
                                      CliContext::tr("Also break the indicators down by field, "
                                                     "procedure, officer or channel."),
                                      QStringLiteral("group"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        CliContext::tr("Print JSON: {\"from\",\"to\",\"as_of\",\"indicators\":[{\"key\","
                       "\"numerator\",\"denominator\",\"value\",\"target\",\"met\"}…]} and, with "
                       "--by, \"groups\":[{\"group\",\"indicators\"}…]. value is rounded to 4 "
                       "decimals, null when the denominator is 0; met is null without a target."));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        CliContext::tr("Print CSV with the header group,key,numerator,denominator,value,target,"
                       "met: the office's rows first with an empty group, then each group's "
                       "rows; empty value, target or met for null."));
    parser.addOption(byOption);
    parser.addOption(jsonOption);
    parser.addOption(csvOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty() ||
        parser.isSet(jsonOption) == parser.isSet(csvOption)) {
        context.reportError(CliContext::tr(
            "usage: report --from YYYY-MM-DD --to YYYY-MM-DD [--as-of \"YYYY-MM-DD HH:MM\"] "
            "[--by field|procedure|officer|channel] --json|--csv"));
        return ExitUsage;
    }
    ReportPeriod period;
    QDateTime asOf;
    if (const int exit = periodOptions.read(parser, context, &period, &asOf); exit >= 0)
        return exit;
    IndicatorGrouping grouping = IndicatorGrouping::None;
    if (parser.isSet(byOption) &&
        (parser.value(byOption).isEmpty() ||
         !IndicatorGroupings::fromKey(parser.value(byOption), &grouping))) {
        context.reportError(CliContext::tr("--by: \"%1\" is not one of field, procedure, officer, "
                                           "channel.")
                                .arg(parser.value(byOption)));
        return ExitUsage;
    }

    Database* db = context.database();
    if (!db)
        return ExitFailure;
    IndicatorReport report;
    QString error;
    if (!IndicatorEngine(*db).report(period, asOf, grouping, &report, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    if (parser.isSet(jsonOption))
        context.out() << IndicatorReportFormat::json(report) << '\n';
    else
        context.out() << IndicatorReportFormat::csv(report);
    context.out().flush();
    return ExitSuccess;
}
