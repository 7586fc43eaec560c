#include "RestoreCommand.h"

#include "backup/BackupService.h"

QString RestoreCommand::summary() const
{
    return CliContext::tr("Replace the database with a verified backup (the current file is "
                          "kept): restore FILE. Close every desk first.");
}

int RestoreCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const int exit = parse(parser, context, arguments, QStringLiteral("FILE")); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1) {
        context.reportError(CliContext::tr("usage: motcua-cli restore FILE"));
        return ExitUsage;
    }
    // The database itself is not kept open: it is about to be replaced. On a server only an
    // administrator's account may replace every row.
    if (!context.allowedOnServer(Permission::ManageUsers))
        return ExitFailure;
    QString kept;
    QString error;
    if (!BackupService::restore(parser.positionalArguments().first(), context.databaseLocation(),
                                &kept, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << CliContext::tr("restored %1 from %2")
                         .arg(context.databaseLocation(), parser.positionalArguments().first())
                  << '\n';
    if (!kept.isEmpty())
        context.out() << CliContext::tr("the replaced database is kept as %1").arg(kept) << '\n';
    context.out().flush();
    return ExitSuccess;
}
