#include "ImportCommand.h"

#include "TransferKinds.h"
#include "common/Csv.h"
#include "storage/Database.h"

QString ImportCommand::summary() const
{
    return CliContext::tr("Import a CSV file: import KIND FILE.csv (all or nothing: one bad "
                          "row and nothing is written).");
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
    // All or nothing: every failure ends with the same last line.
    auto failed = [&context](const QString& reason) {
        if (!reason.isEmpty())
            context.reportError(reason);
        context.reportError(CliContext::tr("Nothing was imported."));
        return ExitFailure;
    };
    if (!kind->runFile && !Csv::readFile(files.first(), &records, &error))
        return failed(error);
    Database* db = context.database();
    if (!db)
        return failed(QString());
    QString summaryLine;
    QList<CsvProblem> problems;
    QList<CsvProblem> notes;
    const bool ok =
        kind->runFile
            ? kind->runFile(*db, parser, files.first(), &summaryLine, &problems, &notes, &error)
            : kind->run(*db, parser, records, &summaryLine, &problems, &error);
    if (!ok) {
        for (const CsvProblem& problem : problems)
            context.err() << problem.toString() << '\n';
        return failed(error);
    }
    context.out() << summaryLine << Qt::endl;
    for (const CsvProblem& note : notes)
        context.err() << note.toString() << '\n';
    return ExitSuccess;
}
