#pragma once

#include "Ii06aReport.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Biểu II.06a as files: CSV (header: Ii06aReport::columnKeys(), one line per field, then a
// line with the field "total") and an Excel workbook (.xlsx, written by libxlsxwriter) laid
// out like the printed form (Ii06aDocument), with its page set-up.
class Ii06aExport
{
    Q_DECLARE_TR_FUNCTIONS(Ii06aExport)

public:
    // Header: the column keys (for scripts: motcua-cli), or the column titles and "Total" in
    // the interface language (a file saved for people from the desk).
    enum class Header { Keys, Titles };
    static QString csv(const Ii06aReport& report, Header header = Header::Keys);
    static bool writeCsv(const Ii06aReport& report, const QString& path, QString* error,
                         Header header = Header::Keys);
    // The workbook of the PDF's layout (Ii06aDocument) with its page set-up: A4 landscape,
    // one page wide, the heading rows repeated. placeName is for the date line.
    static bool writeXlsx(const Ii06aReport& report, const QString& parentAgency,
                          const QString& agencyName, const QString& placeName, const QString& path,
                          QString* error);
    // Records in the audit log who wrote the report of which period to which file (issue 15:
    // a report names every officer's dossiers). Call after the file was written.
    static bool recordExport(const Database& db, const QString& officer, const Ii06aReport& report,
                             const QString& path, QString* error);
};
