#include "CalendarCommand.h"

#include "calendar/CalendarStore.h"
#include "calendar/WorkCalendar.h"
#include "common/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString CalendarCommand::summary() const
{
    return CliContext::tr("Print the holidays, rest days and swapped days of a year.");
}

int CalendarCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliContext::tr("Print JSON instead of CSV."));
    parser.addOption(jsonOption);
    if (const int exit = parse(parser, context, arguments, QStringLiteral("YEAR")); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1) {
        context.reportError(CliContext::tr("usage: calendar YEAR [--json]"));
        return ExitUsage;
    }
    bool ok = false;
    const int year = parser.positionalArguments().constFirst().toInt(&ok);
    if (!ok || year < WorkCalendar::firstDate().year() || year > WorkCalendar::lastDate().year()) {
        context.reportError(CliContext::tr("YEAR: \"%1\" is not a year from %2 to %3.")
                                .arg(parser.positionalArguments().constFirst())
                                .arg(WorkCalendar::firstDate().year())
                                .arg(WorkCalendar::lastDate().year()));
        return ExitFailure;
    }
    Database* db = context.database();
    if (!db)
        return ExitFailure;
    WorkCalendar calendar;
    QString error;
    if (!CalendarStore(*db).loadCalendar(&calendar, &error)) {
        context.reportError(error);
        return ExitFailure;
    }

    const QList<CalendarDay> days = calendar.specialDays(year);
    QTextStream& out = context.out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const CalendarDay& day : days) {
            array.append(
                QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                            {QStringLiteral("working"), day.working ? 1 : 0},
                            {QStringLiteral("kind"), DayKinds::key(day.kind)},
                            {QStringLiteral("name"), day.name},
                            {QStringLiteral("provisional"), day.provisional ? 1 : 0},
                            {QStringLiteral("basis"), day.basis},
                            {QStringLiteral("checked"), day.checkedOn.toString(Qt::ISODate)}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        // basis: the law or notice the day rests on (the last column, added later).
        out << "date,working,kind,name,provisional,basis\n";
        for (const CalendarDay& day : days) {
            out << day.date.toString(Qt::ISODate) << ',' << (day.working ? '1' : '0') << ','
                << DayKinds::key(day.kind) << ',' << Csv::encodeField(day.name) << ','
                << (day.provisional ? '1' : '0') << ',' << Csv::encodeField(day.basis) << '\n';
        }
    }
    out.flush();
    return ExitSuccess;
}
