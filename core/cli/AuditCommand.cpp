#include "AuditCommand.h"

#include "audit/AuditLog.h"

QString AuditCommand::summary() const
{
    return CliContext::tr("Verify the audit log's hash chain: audit verify (exit 1 names the "
                          "first broken entry).");
}

int AuditCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const int exit = parse(parser, context, arguments, QStringLiteral("verify")); exit >= 0)
        return exit;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        context.reportError(CliContext::tr("usage: motcua-cli audit verify"));
        return ExitUsage;
    }
    Database* db = context.database(Permission::ViewAuditLog);
    if (!db)
        return ExitFailure;
    qint64 broken = 0;
    QString error;
    if (!AuditLog::verify(*db, &broken, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << CliContext::tr("audit log: intact") << Qt::endl;
    return ExitSuccess;
}
