#include "PrintCommand.h"

#include "DossierTransferKinds.h"
#include "audit/AuditLog.h"
#include "dossiers/DossierPaperRepository.h"
#include "forms/DossierForms.h"
#include "forms/FormDocument.h"
#include "forms/PdfExporter.h"
#include "storage/Database.h"

#include <QDate>

namespace {

const QStringList dossierForms{QStringLiteral("receipt"), QStringLiteral("supplement"),
                               QStringLiteral("refusal"), QStringLiteral("stop"),
                               QStringLiteral("apology"), QStringLiteral("control-sheet")};

} // namespace

QString PrintCommand::summary() const
{
    return CliContext::tr("Print a form to PDF: print receipt|supplement|refusal|stop|apology|"
                          "control-sheet CODE --out FILE.pdf, or print ledger --from YYYY-MM-DD "
                          "--to YYYY-MM-DD --out FILE.pdf.");
}

int PrintCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       CliContext::tr("The PDF file to write."),
                                       QStringLiteral("FILE.pdf"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CliContext::tr("Ledger: first day of the period."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      CliContext::tr("Ledger: last day of the period."),
                                      QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({outOption, fromOption, toOption});
    if (const int exit = parse(parser, context, arguments, QStringLiteral("FORM [CODE]"));
        exit >= 0)
        return exit;
    const QStringList positional = parser.positionalArguments();
    const QString form = positional.value(0);
    const bool ledger = form == QLatin1String("ledger");
    if (!ledger && !dossierForms.contains(form)) {
        context.reportError(form.isEmpty()
                                ? CliContext::tr("print needs a form: %1 or ledger.")
                                      .arg(dossierForms.join(QStringLiteral(", ")))
                                : CliContext::tr("unknown form \"%1\" for print; use %2 or ledger.")
                                      .arg(form, dossierForms.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (!parser.isSet(outOption) || parser.value(outOption).trimmed().isEmpty()) {
        context.reportError(CliContext::tr("print needs --out FILE.pdf."));
        return ExitUsage;
    }
    if (ledger && positional.size() != 1) {
        context.reportError(CliContext::tr("print ledger takes no dossier code."));
        return ExitUsage;
    }
    if (!ledger && positional.size() != 2) {
        context.reportError(CliContext::tr("print %1 needs exactly one dossier code.").arg(form));
        return ExitUsage;
    }
    QDate from;
    QDate to;
    if (ledger) {
        from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        if (!from.isValid() || !to.isValid()) {
            context.reportError(
                CliContext::tr("print ledger needs --from and --to as YYYY-MM-DD dates."));
            return ExitUsage;
        }
    }

    Database* db = context.database();
    if (!db)
        return ExitFailure;
    QString error;
    FormDocument document;
    const QString code = positional.value(1);
    const bool rendered =
        ledger ? DossierForms::renderLedger(*db, from, to, &document, &error)
               : DossierForms::render(*db, code, *FormKinds::fromKey(form), &document, &error);
    const QString out = parser.value(outOption);
    if (!rendered || !PdfExporter::exportPdf(document, out, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    // DOMAIN §11: who printed which dossier, or the ledger (every applicant of the period).
    AuditEntry ledgerPrint;
    ledgerPrint.at = QDateTime::currentDateTime();
    ledgerPrint.officer = cliOfficer();
    ledgerPrint.action = QStringLiteral("print");
    ledgerPrint.detail = CliContext::tr("ledger %1 to %2, to %3")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), out);
    if (ledger ? !AuditLog::record(*db, ledgerPrint, &error)
               : !DossierPaperRepository(*db).auditPrint(code, form, cliOfficer(), &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << CliContext::tr("%1: %n page(s) written to %2", nullptr, document.pageCount())
                         .arg(form, out)
                  << Qt::endl;
    return ExitSuccess;
}
