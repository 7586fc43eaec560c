#include "AuditCommand.h"

#include "accounts/Permissions.h"
#include "audit/AuditLog.h"
#include "audit/AuditSeal.h"

#include <QTextStream>

#include <cstdio>

QString AuditCommand::summary() const
{
    return CliContext::tr("Verify the audit log: audit verify [--against BACKUP.sqlite] (exit 1 "
                          "names the problem); the office's audit key: audit key show, audit key "
                          "set (reads the key as one line from standard input).");
}

int AuditCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption againstOption(
        QStringLiteral("against"),
        CliContext::tr("verify: also compare with the sealed newest entry a backup file carries."),
        QStringLiteral("BACKUP.sqlite"));
    parser.addOption(againstOption);
    if (const int exit =
            parse(parser, context, arguments, QStringLiteral("verify | key show | key set"));
        exit >= 0)
        return exit;
    const QStringList positional = parser.positionalArguments();
    const bool verify = positional == QStringList{QStringLiteral("verify")};
    const bool show = positional == QStringList{QStringLiteral("key"), QStringLiteral("show")};
    const bool set = positional == QStringList{QStringLiteral("key"), QStringLiteral("set")};
    if (!verify && !show && !set) {
        context.reportError(
            CliContext::tr("usage: motcua-cli audit verify | audit key show | audit key set"));
        return ExitUsage;
    }
    // The log as it is in the file: a missing path is refused, not created. On a server, the
    // signed-in account must be allowed to read the log.
    Database* db = context.existingDatabase();
    QString allowedError;
    if (db && !Permissions::check(context.actor(), Permission::ViewAuditLog, &allowedError)) {
        context.reportError(allowedError);
        return ExitFailure;
    }
    if (!db)
        return ExitFailure;
    QString error;
    if (verify) {
        qint64 broken = 0;
        // Compared with the newest entry this user's desk or command line saw (AuditSeal).
        if (!AuditLog::verifyAnchored(*db, &broken, &error) ||
            (parser.isSet(againstOption) &&
             !AuditLog::verifyAgainst(*db, parser.value(againstOption), &error))) {
            context.reportError(error);
            return ExitFailure;
        }
        context.out() << CliContext::tr("audit log: intact") << Qt::endl;
        return ExitSuccess;
    }
    QString registerId;
    if (!AuditSeal::registerId(*db, &registerId, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    if (show) {
        // Whoever runs the command line on the database file is its administrator (README).
        const QByteArray key = AuditSeal::key(registerId);
        if (key.isEmpty()) {
            context.reportError(CliContext::tr("this computer does not have the audit key of "
                                               "register %1.")
                                    .arg(registerId));
            return ExitFailure;
        }
        context.out()
            << CliContext::tr("register %1, audit key %2").arg(registerId, AuditSeal::keyText(key))
            << Qt::endl;
        AuditSeal::markKeyShown(registerId);
        return ExitSuccess;
    }
    QTextStream in(stdin);
    if (!AuditLog::enterKey(*db, in.readLine(), &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << CliContext::tr("audit key saved for register %1").arg(registerId) << Qt::endl;
    return ExitSuccess;
}
