#include "CliCommand.h"

int CliCommand::parse(QCommandLineParser& parser, CliContext& context, const QStringList& arguments,
                      const QString& positionalSyntax) const
{
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        CliContext::tr("Database file (default: %1).").arg(context.databaseLocation()),
        QStringLiteral("path"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliContext::tr("Show this help."));
    const QCommandLineOption userOption(QStringLiteral("user"), CliContext::userOptionHelp(),
                                        QStringLiteral("login"));
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.addOption(helpOption);
    parser.setApplicationDescription(summary());
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(QStringLiteral("arguments"), QString(), positionalSyntax);

    if (!parser.parse(QStringList{QStringLiteral("motcua-cli ") + name()} + arguments)) {
        context.reportError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText();
        return ExitSuccess;
    }
    if (parser.isSet(dbOption))
        context.setDatabaseLocation(parser.value(dbOption));
    if (parser.isSet(userOption))
        context.setUserName(parser.value(userOption));
    return -1;
}
