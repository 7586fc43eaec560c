#include "MigrateCommand.h"

#include "backup/BackupService.h"
#include "storage/Database.h"

QString MigrateCommand::summary() const
{
    return CliContext::tr("Copy an office's SQLite database to a new PostgreSQL database and "
                          "verify it: migrate --from FILE.sqlite --to postgresql://"
                          "user@host:port/dbname. The file is not changed.");
}

int MigrateCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CliContext::tr("The SQLite database file to copy."),
                                        QStringLiteral("file"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      CliContext::tr("The PostgreSQL database to copy it into."),
                                      QStringLiteral("address"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.isSet(fromOption) || !parser.isSet(toOption) ||
        !parser.positionalArguments().isEmpty()) {
        context.reportError(CliContext::tr("usage: motcua-cli migrate --from FILE.sqlite --to "
                                           "postgresql://user@host:port/dbname"));
        return ExitUsage;
    }
    QList<QPair<QString, qint64>> counts;
    QString error;
    if (!BackupService::migrateToServer(parser.value(fromOption), parser.value(toOption), &counts,
                                        &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    for (const auto& [table, rows] : std::as_const(counts))
        context.out() << table << '\t' << rows << '\n';
    context.out() << CliContext::tr("migrated %1 to %2: row counts and audit chain verified")
                         .arg(parser.value(fromOption),
                              Database::displayLocation(parser.value(toOption)))
                  << Qt::endl;
    return ExitSuccess;
}
