#include "CliRunner.h"

#include "AttachCommand.h"
#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CalendarCommand.h"
#include "CheckCommand.h"
#include "CliCommand.h"
#include "DueCommand.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "LunarCommand.h"
#include "MigrateCommand.h"
#include "OverdueCommand.h"
#include "PersonCommand.h"
#include "PrintCommand.h"
#include "ReportCommand.h"
#include "ReportIi06aCommand.h"
#include "RestoreCommand.h"
#include "SolarCommand.h"
#include "UsersCommand.h"
#include "VersionCommand.h"

#include <QCommandLineParser>

#include <memory>
#include <vector>

namespace {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<PersonCommand>());
    commands.push_back(std::make_unique<AttachCommand>());
    commands.push_back(std::make_unique<AttachmentsCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<LunarCommand>());
    commands.push_back(std::make_unique<SolarCommand>());
    commands.push_back(std::make_unique<CalendarCommand>());
    commands.push_back(std::make_unique<DueCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<ReportIi06aCommand>());
    commands.push_back(std::make_unique<OverdueCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<PrintCommand>());
    commands.push_back(std::make_unique<UsersCommand>());
    return commands;
}

QString overview(const QCommandLineParser& parser,
                 const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + CliRunner::tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    text += QLatin1Char('\n') +
            CliRunner::tr("\"motcua-cli COMMAND --help\" describes one command. Exit codes: 0 "
                          "success, 1 bad input or failed check, 2 usage error.") +
            QLatin1Char('\n');
    return text;
}

} // namespace

int CliRunner::run(const QStringList& arguments, QTextStream& out, QTextStream& err,
                   QTextStream* in)
{
    CliContext context(out, err, in);
    const auto commands = allCommands();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Một Cửa Desk on the command line."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("Database file (default: %1).").arg(context.databaseLocation()),
        QStringLiteral("path"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption userOption(QStringLiteral("user"), CliContext::userOptionHelp(),
                                        QStringLiteral("login"));
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."),
                                 QStringLiteral("COMMAND [ARGUMENTS…]"));

    if (!parser.parse(arguments)) {
        context.reportError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(dbOption))
        context.setDatabaseLocation(parser.value(dbOption));
    if (parser.isSet(userOption))
        context.setUserName(parser.value(userOption));
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption) || rest.isEmpty()) {
        (rest.isEmpty() && !parser.isSet(helpOption) ? err : out) << overview(parser, commands);
        return parser.isSet(helpOption) ? ExitSuccess : ExitUsage;
    }
    const QString verb = rest.takeFirst();
    for (const auto& command : commands) {
        if (command->name() == verb)
            return command->run(context, rest);
    }
    context.reportError(
        tr("unknown command \"%1\". Run motcua-cli --help for the list.").arg(verb));
    return ExitUsage;
}
