#include "CheckCommand.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"

QString CheckCommand::summary() const
{
    return CliContext::tr("Check the database: schema version and integrity (exit 0 when "
                          "healthy).");
}

int CheckCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        context.reportError(CliContext::tr("check takes no arguments."));
        return ExitUsage;
    }
    // The file as it is: a missing path is refused, not created; nothing is migrated.
    Database* db = context.existingDatabase();
    if (!db)
        return ExitFailure;

    QString error;
    const int version = db->schemaVersion(&error);
    if (version < 0) {
        context.reportError(
            CliContext::tr("%1 is not a readable database: %2").arg(db->location(), error));
        return ExitFailure;
    }
    if (version > Migrations::latestVersion()) {
        context.reportError(CliContext::tr("the database has schema version %1, newer than this "
                                           "program knows (%2).")
                                .arg(version)
                                .arg(Migrations::latestVersion()));
        return ExitFailure;
    }
    QStringList problems;
    if (!db->integrityCheck(&problems, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    // Exactly the application's schema for the file's version (SQLite files; a server's
    // schema is made by this program's migrations on the server itself).
    if (!db->isServer()) {
        QStringList differences;
        if (!SchemaCheck::compare(db->connection(), version, &differences, &error)) {
            context.reportError(error);
            return ExitFailure;
        }
        for (const QString& difference : std::as_const(differences))
            problems << CliContext::tr("schema: %1").arg(difference);
    }
    context.out() << CliContext::tr("database: %1").arg(db->location()) << '\n'
                  << CliContext::tr("schema version: %1 (current %2)")
                         .arg(version)
                         .arg(Migrations::latestVersion())
                  << '\n';
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            context.err() << problem << '\n';
        context.reportError(CliContext::tr("integrity check failed: %n problem(s).", nullptr,
                                           int(problems.size())));
        return ExitFailure;
    }
    context.out() << CliContext::tr("integrity: ok") << Qt::endl;
    return ExitSuccess;
}
