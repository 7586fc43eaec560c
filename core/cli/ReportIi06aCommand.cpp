#include "ReportIi06aCommand.h"

#include "DossierTransferKinds.h"

#include "ReportOptions.h"
#include "forms/FormDocument.h"
#include "forms/PdfExporter.h"
#include "indicators/Ii06aDocument.h"
#include "indicators/Ii06aExport.h"
#include "settings/OfficeSettingsStore.h"

QString ReportIi06aCommand::summary() const
{
    return CliContext::tr("Periodic report (Circular 01/2020/TT-VPCP, form II.06a) to CSV or "
                          "Excel.");
}

int ReportIi06aCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const ReportOptions periodOptions;
    periodOptions.addTo(parser);
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        CliContext::tr("The file to write: .csv (header field,received_total,carried_over,"
                       "new_total,new_online,new_direct,new_postal,finished_total,"
                       "finished_before_due,finished_on_due,finished_late,open_total,"
                       "open_within_time,open_overdue; one line per field, then the field "
                       "\"total\"), .xlsx (laid out like the form) or .pdf (landscape A4, for "
                       "printing)."),
        QStringLiteral("file"));
    parser.addOption(outOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(outOption)) {
        context.reportError(CliContext::tr("usage: report-ii06a --from YYYY-MM-DD --to YYYY-MM-DD "
                                           "[--as-of \"YYYY-MM-DD HH:MM\"] --out "
                                           "FILE.csv|FILE.xlsx|FILE.pdf"));
        return ExitUsage;
    }
    const QString out = parser.value(outOption);
    const bool xlsx = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!xlsx && !pdf && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        context.reportError(
            CliContext::tr("--out: \"%1\" must end in .csv, .xlsx or .pdf.").arg(out));
        return ExitUsage;
    }
    ReportPeriod period;
    QDateTime asOf;
    if (const int exit = periodOptions.read(parser, context, &period, &asOf); exit >= 0)
        return exit;

    Database* db = context.database();
    if (!db)
        return ExitFailure;
    Ii06aReport report;
    OfficeSettings settings;
    QString error;
    bool ok = Ii06aReport::compute(*db, period, asOf, &report, &error) &&
              OfficeSettingsStore(*db).load(&settings, &error);
    if (ok && pdf) {
        FormDocument form;
        Ii06aDocument::formDocument(report, settings.parentAgency, settings.agencyName, &form,
                                    settings.placeName);
        ok = PdfExporter::exportPdf(form, out, &error);
    } else if (ok) {
        ok = xlsx ? Ii06aExport::writeXlsx(report, settings.parentAgency, settings.agencyName,
                                           settings.placeName, out, &error)
                  : Ii06aExport::writeCsv(report, out, &error);
    }
    ok = ok && Ii06aExport::recordExport(*db, cliOfficer(), report, out, &error);
    if (!ok) {
        context.reportError(error);
        return ExitFailure;
    }
    return ExitSuccess;
}
