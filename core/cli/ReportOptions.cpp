#include "ReportOptions.h"

ReportOptions::ReportOptions()
    : m_from(QStringLiteral("from"), CliContext::tr("First day of the period, YYYY-MM-DD."),
             QStringLiteral("date"))
    , m_to(QStringLiteral("to"), CliContext::tr("Last day of the period (included), YYYY-MM-DD."),
           QStringLiteral("date"))
    , m_asOf(QStringLiteral("as-of"),
             CliContext::tr("Count the events up to this minute, \"YYYY-MM-DD HH:MM\" (local "
                            "time; default: the earlier of now and the end of the --to day)."),
             QStringLiteral("time"))
{}

void ReportOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_from);
    parser.addOption(m_to);
    parser.addOption(m_asOf);
}

int ReportOptions::read(const QCommandLineParser& parser, CliContext& context, ReportPeriod* period,
                        QDateTime* asOf) const
{
    if (!parser.isSet(m_from) || !parser.isSet(m_to)) {
        context.reportError(CliContext::tr("--from and --to are required."));
        return ExitUsage;
    }
    period->from = QDate::fromString(parser.value(m_from), Qt::ISODate);
    period->to = QDate::fromString(parser.value(m_to), Qt::ISODate);
    if (!period->from.isValid()) {
        context.reportError(
            CliContext::tr("--from: \"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(m_from)));
        return ExitFailure;
    }
    if (!period->to.isValid()) {
        context.reportError(
            CliContext::tr("--to: \"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(m_to)));
        return ExitFailure;
    }
    if (period->to < period->from) {
        context.reportError(CliContext::tr("--to: %1 is before --from %2.")
                                .arg(parser.value(m_to), parser.value(m_from)));
        return ExitFailure;
    }
    if (parser.isSet(m_asOf)) {
        const QDateTime minute =
            QDateTime::fromString(parser.value(m_asOf), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!minute.isValid()) {
            context.reportError(CliContext::tr("--as-of: \"%1\" is not a time (YYYY-MM-DD HH:MM).")
                                    .arg(parser.value(m_asOf)));
            return ExitFailure;
        }
        *asOf = minute.addSecs(59); // events within that minute have happened
    } else {
        *asOf = period->defaultAsOf();
    }
    return -1;
}
