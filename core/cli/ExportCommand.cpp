#include "ExportCommand.h"

#include "TransferKinds.h"
#include "common/Csv.h"
#include "storage/Database.h"

QString ExportCommand::summary() const
{
    return CliContext::tr("Export to a CSV file that import reads back: export KIND FILE.csv "
                          "(\"-\" for standard output).");
}

int ExportCommand::run(CliContext& context, const QStringList& arguments)
{
    const QList<ExportKind> kinds = exportKinds();
    QStringList rest = arguments;
    const QString kindName = takeKindWord(&rest);
    const ExportKind* kind = findKind(kinds, kindName);

    QCommandLineParser parser;
    const QCommandLineOption bomOption(
        QStringLiteral("bom"),
        CliContext::tr("Start the file with a byte-order mark, so spreadsheet programs read "
                       "the Vietnamese text as UTF-8."));
    parser.addOption(bomOption);
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
                ? CliContext::tr("export needs a kind and a file: export KIND FILE.csv.")
                : CliContext::tr("unknown kind \"%1\" for export.").arg(kindName));
        context.err() << describeKinds(kinds);
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.reportError(CliContext::tr("export %1 needs exactly one file.").arg(kind->name));
        return ExitUsage;
    }

    Database* db = context.database();
    if (!db)
        return ExitFailure;
    QString csv;
    int rows = 0;
    QString error;
    if (!kind->run(*db, parser, &csv, &rows, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    const QString file = files.first();
    if (file == QLatin1String("-")) {
        context.out() << csv;
        context.out().flush();
        return ExitSuccess;
    }
    if (!Csv::writeFile(file, csv, parser.isSet(bomOption), &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out()
        << CliContext::tr("%1: %n row(s) written to %2", nullptr, rows).arg(kind->name, file)
        << Qt::endl;
    return ExitSuccess;
}
