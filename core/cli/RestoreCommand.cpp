#include "RestoreCommand.h"

#include "audit/AuditLog.h"

#include "backup/BackupService.h"

QString RestoreCommand::summary() const
{
    return CliContext::tr("Replace the database with a verified backup, under the write lock "
                          "(refused while another program writes; the replaced register is "
                          "kept): restore FILE.");
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
    // BackupService opens the database itself, under its write lock. On a server only an
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
    // A deliberate step back: this computer's audit anchor follows the restored log (other
    // computers that saw the newer log report it until they verify after a restore of their own).
    Database* restored = context.database();
    if (!restored)
        return ExitFailure;
    if (!AuditLog::reanchor(*restored, &error))
        context.reportError(CliContext::tr("warning: %1").arg(error));
    context.out() << CliContext::tr("restored %1 from %2")
                         .arg(context.databaseLocation(), parser.positionalArguments().first())
                  << '\n';
    if (!kept.isEmpty())
        context.out() << CliContext::tr("the replaced database is kept as %1").arg(kept) << '\n';
    context.out().flush();
    return ExitSuccess;
}
