#include "PersonCommand.h"

#include "DossierTransferKinds.h"
#include "dossiers/OfficeDueDateRules.h"
#include "privacy/PersonRecords.h"

QString PersonCommand::summary() const
{
    return CliContext::tr("Export every record of one ID number as JSON, for a person's access "
                          "or correction request: person ID --out FILE.json (audited).");
}

int PersonCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), CliContext::tr("The JSON file to write."), QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (const int exit = parse(parser, context, arguments, QStringLiteral("ID")); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOption)) {
        context.reportError(CliContext::tr("usage: motcua-cli person ID --out FILE.json"));
        return ExitUsage;
    }
    Database* db = context.database();
    if (!db)
        return ExitFailure;
    QString error;
    OfficeDueDateRules rules;
    if (!rules.load(*db, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    int count = 0;
    const QString file = parser.value(outOption);
    if (!PersonRecords(*db, rules)
             .exportJson(cliActor(), parser.positionalArguments().first(), file, &count, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << CliContext::tr("person: %n dossier(s) written to %1", nullptr, count).arg(file)
                  << Qt::endl;
    return ExitSuccess;
}
