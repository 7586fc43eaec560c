#include "AttachCommand.h"

#include "DossierTransferKinds.h"
#include "common/Csv.h"
#include "dossiers/Attachments.h"

QString AttachCommand::summary() const
{
    return CliContext::tr("Store scanned files with a dossier, with their SHA-256 (audited): "
                          "attach CODE FILE… [--document NAME].");
}

int AttachCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption documentOption(
        QStringLiteral("document"),
        CliContext::tr("The handed-in document the files show (as on the receipt)."),
        QStringLiteral("NAME"));
    parser.addOption(documentOption);
    if (const int exit = parse(parser, context, arguments, QStringLiteral("CODE FILE…")); exit >= 0)
        return exit;
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        context.reportError(
            CliContext::tr("usage: motcua-cli attach CODE FILE… [--document NAME]"));
        return ExitUsage;
    }
    Database* db = context.database();
    if (!db)
        return ExitFailure;
    const QString code = positional.takeFirst();
    QList<Attachment> attached;
    QString error;
    if (!Attachments(*db).attach(code, positional, parser.value(documentOption), cliActor(),
                                 &attached, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    for (const Attachment& a : std::as_const(attached))
        context.out() << a.sha256 << QLatin1Char(' ') << a.name << Qt::endl;
    return ExitSuccess;
}

QString AttachmentsCommand::summary() const
{
    return CliContext::tr("List the scanned files of a dossier as CSV "
                          "(sha256,name,size,document,attached_at,officer): attachments CODE.");
}

int AttachmentsCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const int exit = parse(parser, context, arguments, QStringLiteral("CODE")); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1) {
        context.reportError(CliContext::tr("usage: motcua-cli attachments CODE"));
        return ExitUsage;
    }
    Database* db = context.database();
    if (!db)
        return ExitFailure;
    QList<Attachment> attachments;
    QString error;
    if (!Attachments(*db).list(parser.positionalArguments().first(), &attachments, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << Csv::encodeRecord(Attachments::csvHeader());
    for (const Attachment& a : std::as_const(attachments))
        context.out() << Csv::encodeRecord(Attachments::csvRow(a));
    return ExitSuccess;
}
