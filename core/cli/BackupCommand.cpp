#include "BackupCommand.h"

#include "backup/BackupService.h"

QString BackupCommand::summary() const
{
    return CliContext::tr("Write a verified copy of the database: backup --out FILE.");
}

int BackupCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       CliContext::tr("The backup file to create."),
                                       QStringLiteral("file"));
    parser.addOption(outOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty()) {
        context.reportError(CliContext::tr("usage: motcua-cli backup --out FILE"));
        return ExitUsage;
    }
    // A backup holds every ID number in full.
    Database* db = context.database(Permission::ExportPersonalData);
    if (!db)
        return ExitFailure;
    QString error;
    if (!BackupService::backupTo(*db, parser.value(outOption), &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << CliContext::tr("backup written and verified: %1").arg(parser.value(outOption))
                  << Qt::endl;
    return ExitSuccess;
}
