#include "ImportCommand.h"

#include "TransferKinds.h"
#include "common/Csv.h"
#include "storage/Database.h"

QString ImportCommand::summary() const
{
    return CliContext::tr("Import a CSV file: import KIND FILE.csv (all or nothing; existing "
                          "codes are updated).");
}

int ImportCommand::run(CliContext& context, const QStringList& arguments)
{
    const QList<ImportKind> kinds = importKinds();
    QStringList rest = arguments;
    const QString kindName = takeKindWord(&rest);
    const ImportKind* kind = findKind(kinds, kindName);

    QCommandLineParser parser;
    if (kind)
        parser.addOptions(kind->options);
    if (const int exit = parse(parser, context, rest, QStringLiteral("KIND FILE.csv")); exit >= 0) {
        if (exit == ExitSuccess)
            context.out() << '\n' << describeKinds(kinds);
        return exit;
    }
    if (!kind) {
        context.reportError(
            kindName.isEmpty()
                ? CliContext::tr("import needs a kind and a file: import KIND FILE.csv.")
                : CliContext::tr("unknown kind \"%1\" for import.").arg(kindName));
        context.err() << describeKinds(kinds);
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.reportError(CliContext::tr("import %1 needs exactly one file.").arg(kind->name));
        return ExitUsage;
    }

    QList<CsvRecord> records;
    QString error;
    if (!Csv::readFile(files.first(), &records, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    Database* db = kind->name.startsWith(QLatin1String("procedure"))
                       ? context.database(Permission::ChangeCatalogue)
                       : context.database();
    if (!db)
        return ExitFailure;
    QString summaryLine;
    QList<CsvProblem> problems;
    if (!kind->run(*db, parser, records, &summaryLine, &problems, &error)) {
        for (const CsvProblem& problem : problems)
            context.err() << problem.toString() << '\n';
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << summaryLine << Qt::endl;
    return ExitSuccess;
}
