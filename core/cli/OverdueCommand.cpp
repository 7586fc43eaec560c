#include "OverdueCommand.h"

#include "dossiers/DossierRepository.h"
#include "dossiers/OfficeDueDateRules.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toString(timeFormat)) : QJsonValue();
}
} // namespace

QString OverdueCommand::summary() const
{
    return CliContext::tr("List open dossiers past their legal due date: overdue [--as-of "
                          "\"YYYY-MM-DD HH:MM\"] [--json].");
}

int OverdueCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        CliContext::tr("The moment to judge at (default: now)."),
                                        QStringLiteral("YYYY-MM-DD HH:MM"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliContext::tr("Print JSON instead of text lines."));
    parser.addOption(asOfOption);
    parser.addOption(jsonOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        context.reportError(CliContext::tr("overdue takes no arguments, only --as-of and --json."));
        return ExitUsage;
    }
    QDateTime asOf = QDateTime::currentDateTime();
    if (parser.isSet(asOfOption)) {
        asOf = QDateTime::fromString(parser.value(asOfOption), timeFormat);
        if (!asOf.isValid()) {
            context.reportError(CliContext::tr("--as-of: \"%1\" is not a time (YYYY-MM-DD HH:MM).")
                                    .arg(parser.value(asOfOption)));
            return ExitUsage;
        }
    }
    Database* db = context.database();
    if (!db)
        return ExitFailure;
    QString error;
    OfficeDueDateRules rules;
    QList<OverdueDossier> list;
    if (!rules.load(*db, &error) || !DossierRepository(*db, rules).overdue(asOf, &list, &error)) {
        context.reportError(error);
        return ExitFailure;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray dossiers;
        for (const OverdueDossier& o : std::as_const(list)) {
            dossiers.append(
                QJsonObject{{QStringLiteral("code"), o.code},
                            {QStringLiteral("procedure_code"), o.procedureCode},
                            {QStringLiteral("procedure_name"), o.procedureName},
                            {QStringLiteral("applicant_name"), o.applicantName},
                            {QStringLiteral("status"), int(o.status)},
                            {QStringLiteral("received_at"), timeOrNull(o.receivedAt)},
                            {QStringLiteral("due_at"), timeOrNull(o.dueAt)},
                            {QStringLiteral("legal_due_at"), timeOrNull(o.legalDueAt)},
                            {QStringLiteral("working_days_overdue"), o.workingDaysOverdue},
                            {QStringLiteral("apology_sent"), o.apologyNewDueAt.isValid()},
                            {QStringLiteral("apology_new_due_at"), timeOrNull(o.apologyNewDueAt)}});
        }
        const QJsonObject root{{QStringLiteral("as_of"), asOf.toString(timeFormat)},
                               {QStringLiteral("count"), int(list.size())},
                               {QStringLiteral("dossiers"), dossiers}};
        context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitSuccess;
    }
    // One tab-separated line per dossier: code, procedure, applicant, status, legal due,
    // working days overdue, the apology's new date ("-" when none was sent).
    for (const OverdueDossier& o : std::as_const(list)) {
        context.out() << o.code << '\t' << o.procedureCode << '\t' << o.applicantName << '\t'
                      << int(o.status) << '\t' << o.legalDueAt.toString(timeFormat) << '\t'
                      << o.workingDaysOverdue << '\t'
                      << (o.apologyNewDueAt.isValid() ? o.apologyNewDueAt.toString(timeFormat)
                                                      : QStringLiteral("-"))
                      << '\n';
    }
    context.out() << CliContext::tr("%n overdue dossier(s) as of %1", nullptr, int(list.size()))
                         .arg(asOf.toString(timeFormat))
                  << Qt::endl;
    return ExitSuccess;
}
