#include "VersionCommand.h"

#include "settings/AppInfo.h"
#include "storage/Migrations.h"

QString VersionCommand::summary() const
{
    return CliContext::tr("Print the program version and the schema version it writes.");
}

int VersionCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        context.reportError(CliContext::tr("version takes no arguments."));
        return ExitUsage;
    }
    context.out() << "motcua-cli " << AppInfo::version() << '\n'
                  << CliContext::tr("schema version %1").arg(Migrations::latestVersion()) << '\n';
    return ExitSuccess;
}
