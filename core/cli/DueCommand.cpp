#include "DueCommand.h"

#include "calendar/CalendarStore.h"
#include "calendar/DueDateEngine.h"
#include "settings/OfficeSettingsStore.h"

QString DueCommand::summary() const
{
    return CliContext::tr("Compute a due date from a receipt time and a time limit.");
}

int DueCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption receivedOption(
        QStringLiteral("received"),
        CliContext::tr("Receipt (or online acceptance) time, \"YYYY-MM-DD HH:MM\"."),
        QStringLiteral("time"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        CliContext::tr("The time limit: a whole number or a half (2.5)."), QStringLiteral("N"));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"), CliContext::tr("working-days, days, working-hours or same-day."),
        QStringLiteral("unit"));
    parser.addOption(receivedOption);
    parser.addOption(durationOption);
    parser.addOption(unitOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(receivedOption) ||
        !parser.isSet(durationOption) || !parser.isSet(unitOption)) {
        context.reportError(CliContext::tr("usage: due --received \"YYYY-MM-DD HH:MM\" "
                                           "--duration N --unit "
                                           "working-days|days|working-hours|same-day"));
        return ExitUsage;
    }
    // Wall-clock time at the office (Vietnam, UTC+7).
    QDateTime received =
        QDateTime::fromString(parser.value(receivedOption), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!received.isValid()) {
        context.reportError(CliContext::tr("--received: \"%1\" is not a time (YYYY-MM-DD HH:MM).")
                                .arg(parser.value(receivedOption)));
        return ExitFailure;
    }
    received = QDateTime(received.date(), received.time(), Qt::OffsetFromUTC, 7 * 3600);
    int halves = 0;
    if (!DurationUnits::parseHalves(parser.value(durationOption), &halves)) {
        context.reportError(CliContext::tr("--duration: \"%1\" is not a number of 0 or more in "
                                           "whole or half units (3, 2.5).")
                                .arg(parser.value(durationOption)));
        return ExitFailure;
    }
    DurationUnit unit;
    if (!DurationUnits::fromKey(parser.value(unitOption), &unit)) {
        context.reportError(CliContext::tr("--unit: \"%1\" is not one of working-days, days, "
                                           "working-hours, same-day.")
                                .arg(parser.value(unitOption)));
        return ExitFailure;
    }

    Database* db = context.database();
    if (!db)
        return ExitFailure;
    QString error;
    WorkCalendar calendar;
    OfficeSettings settings;
    if (!CalendarStore(*db).loadCalendar(&calendar, &error) ||
        !OfficeSettingsStore(*db).load(&settings, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    const QDateTime due =
        DueDateEngine(calendar, settings.windows).dueAtHalves(received, halves, unit);
    if (!due.isValid()) {
        context.reportError(CliContext::tr("The due date falls outside the calendar's years %1 "
                                           "to %2.")
                                .arg(WorkCalendar::firstDate().year())
                                .arg(WorkCalendar::lastDate().year()));
        return ExitFailure;
    }
    context.out() << due.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << Qt::endl;
    return ExitSuccess;
}
