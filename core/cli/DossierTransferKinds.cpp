#include "DossierTransferKinds.h"

#include "CliContext.h"
#include "dossiers/DossierCsv.h"
#include "dossiers/DossierTransfer.h"
#include "dossiers/FeedbackRepository.h"
#include "dossiers/OfficeDueDateRules.h"

namespace {
// Functions, not globals: the texts are translated after the translator is installed.
QCommandLineOption fromOption()
{
    return QCommandLineOption(QStringLiteral("from"),
                              CliContext::tr("Dossiers received on or after DATE (YYYY-MM-DD)."),
                              QStringLiteral("DATE"));
}
QCommandLineOption toOption()
{
    return QCommandLineOption(QStringLiteral("to"),
                              CliContext::tr("Dossiers received on or before DATE (YYYY-MM-DD)."),
                              QStringLiteral("DATE"));
}

QCommandLineOption fullOption()
{
    return QCommandLineOption(
        QStringLiteral("full"),
        CliContext::tr("Write ID numbers in full, for a copy that import reads back (needs the "
                       "right to export personal data; recorded in the audit log). Without it "
                       "they are masked, as 0870******99."));
}

bool dateOption(const QCommandLineParser& parser, const QCommandLineOption& option, int addDays,
                QDateTime* time, QString* error)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        *error = CliContext::tr("--%1: \"%2\" is not a date (YYYY-MM-DD).")
                     .arg(option.names().first(), text);
        return false;
    }
    *time = QDateTime(date.addDays(addDays), QTime(0, 0));
    return true;
}
} // namespace

QString cliOfficer()
{
    return cliActor().name();
}

User cliActor()
{
    return CliContext::currentActor();
}

void appendDossierImportKinds(QList<ImportKind>* kinds)
{
    kinds->append(
        {QStringLiteral("dossiers"),
         CliContext::tr("dossiers with their history (columns %1); an empty code is issued, an "
                        "empty due_at is computed")
             .arg(DossierCsv::header().join(QLatin1Char(','))),
         {},
         {},
         [](const Database& db, const QCommandLineParser&, const QString& path, QString* summary,
            QList<CsvProblem>* problems, QList<CsvProblem>* notes, QString* error) {
             OfficeDueDateRules rules;
             if (!rules.load(db, error))
                 return false;
             int imported = 0;
             if (!DossierTransfer(db, rules).importFile(path, cliOfficer(), &imported, problems,
                                                        error, notes))
                 return false;
             *summary = CliContext::tr("dossiers: %n imported", nullptr, imported);
             return true;
         }});
    kinds->append(
        {QStringLiteral("feedback"),
         CliContext::tr("citizen feedback (columns %1); an empty deadline is 15 working days "
                        "after receipt")
             .arg(FeedbackRepository::csvHeader().join(QLatin1Char(','))),
         {},
         {},
         [](const Database& db, const QCommandLineParser&, const QString& path, QString* summary,
            QList<CsvProblem>* problems, QList<CsvProblem>*, QString* error) {
             OfficeDueDateRules rules;
             if (!rules.load(db, error))
                 return false;
             int imported = 0;
             if (!FeedbackRepository(db, rules).importFile(path, cliOfficer(), &imported, problems,
                                                           error))
                 return false;
             *summary = CliContext::tr("feedback: %n imported", nullptr, imported);
             return true;
         }});
}

void appendDossierExportKinds(QList<ExportKind>* kinds)
{
    kinds->append(
        {QStringLiteral("dossiers"),
         CliContext::tr("dossiers with their history, in the format import reads "
                        "(--from DATE --to DATE: by receipt date, both included; ID numbers "
                        "masked unless --full)"),
         {fromOption(), toOption(), fullOption()},
         [](const Database& db, const QCommandLineParser& parser, QString* csv, int* rows,
            QString* error) {
             QDateTime from;
             QDateTime to;
             if (!dateOption(parser, fromOption(), 0, &from, error) ||
                 !dateOption(parser, toOption(), 1, &to, error))
                 return false;
             OfficeDueDateRules rules;
             if (!rules.load(db, error))
                 return false;
             const QString file = parser.positionalArguments().value(0);
             const QString destination =
                 file == QLatin1String("-") ? CliContext::tr("standard output") : file;
             return DossierTransfer(db, rules).exportText(
                 from, to, cliActor(), parser.isSet(fullOption()), destination, csv, rows, error);
         }});
}
