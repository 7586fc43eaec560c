#include "TransferKinds.h"

#include "CliContext.h"
#include "DossierTransferKinds.h"
#include "catalogue/ProcedureRepository.h"

QList<ImportKind> importKinds()
{
    QList<ImportKind> kinds;

    kinds.append(
        {QStringLiteral("procedures"),
         CliContext::tr("the procedure catalogue (columns code,name,field,duration,unit,"
                        "result_document,fee,online_level,online_payment,sample_dossier,active,"
                        "source); an existing code is updated and keeps its documents"),
         {},
         [](const Database& db, const QCommandLineParser&, const QList<CsvRecord>& records,
            QString* summary, QList<CsvProblem>* problems, QString* error) {
             ProcedureRepository::ImportCounts counts;
             if (!ProcedureRepository(db).importProcedures(records, &counts, problems, error))
                 return false;
             *summary = CliContext::tr("procedures: %1 added, %2 updated")
                            .arg(counts.added)
                            .arg(counts.updated);
             return true;
         },
         {}});

    kinds.append(
        {QStringLiteral("procedure-documents"),
         CliContext::tr("the required documents of procedures (columns procedure_code,name,"
                        "originals,copies); replaces the documents of every procedure in the "
                        "file"),
         {},
         [](const Database& db, const QCommandLineParser&, const QList<CsvRecord>& records,
            QString* summary, QList<CsvProblem>* problems, QString* error) {
             int procedures = 0;
             if (!ProcedureRepository(db).importDocuments(records, &procedures, problems, error))
                 return false;
             *summary =
                 CliContext::tr("documents replaced for %n procedure(s)", nullptr, procedures);
             return true;
         },
         {}});

    appendDossierImportKinds(&kinds);
    return kinds;
}

QList<ExportKind> exportKinds()
{
    QList<ExportKind> kinds;

    kinds.append({QStringLiteral("procedures"),
                  CliContext::tr("the procedure catalogue, in the format import reads"),
                  {},
                  [](const Database& db, const QCommandLineParser&, QString* csv, int* rows,
                     QString* error) {
                      return ProcedureRepository(db).exportProcedures(csv, rows, error);
                  }});

    kinds.append({QStringLiteral("procedure-documents"),
                  CliContext::tr("the required documents of every procedure"),
                  {},
                  [](const Database& db, const QCommandLineParser&, QString* csv, int* rows,
                     QString* error) {
                      return ProcedureRepository(db).exportDocuments(csv, rows, error);
                  }});

    appendDossierExportKinds(&kinds);
    return kinds;
}

QString takeKindWord(QStringList* arguments)
{
    for (int i = 0; i < arguments->size(); ++i) {
        const QString& argument = arguments->at(i);
        if (argument == QLatin1String("--db")) {
            ++i; // its value
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        return arguments->takeAt(i);
    }
    return QString();
}

QString describeKinds(const QList<QPair<QString, QString>>& namesAndDescriptions)
{
    QString text = CliContext::tr("Kinds:") + QLatin1Char('\n');
    for (const auto& [name, description] : namesAndDescriptions)
        text += QStringLiteral("  %1  %2\n").arg(name, -20).arg(description);
    return text;
}
