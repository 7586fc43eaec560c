#pragma once

#include "Ii06aReport.h"

#include <QCoreApplication>
#include <QString>

class FormDocument;
class QTextDocument;

// Biểu II.06a for print preview and PDF: HTML with the national header, rendered by the print
// service through a QTextDocument.
class Ii06aDocument
{
    Q_DECLARE_TR_FUNCTIONS(Ii06aDocument)

public:
    // The official texts of the form, shared by the PDF and the workbook (Ii06aExport).
    static QString formCode();                           // "Biểu số II.06a/VPCP/KSTT"
    static QString titleLine(const QString& agencyName); // "TÌNH HÌNH, … TẠI UBND XÃ …"
    static QString periodLine(const Ii06aReport& report);
    static QString asOfLine(const Ii06aReport& report);
    static QString unitLine(); // "Đơn vị tính: Số hồ sơ TTHC."
    // "Tân Bình, ngày 05 tháng 04 năm 2024" on the report's as-of day; "……" without a place.
    static QString dateLine(const Ii06aReport& report, const QString& placeName);
    // The eleven numbers of a line in the form's column order, (3) to (13).
    static QList<qint64> formValues(const Ii06aLine& line);
    // One cell of the table's three heading rows: row 0–2, column 0–12 (TT, the field, the
    // eleven numbers), with its spans.
    struct HeadingCell
    {
        int row;
        int column;
        int rowSpan;
        int columnSpan;
        QString text;
    };
    static QList<HeadingCell> headingCells(); // by row, then column
    static constexpr int columnCount = 13;
    static QString reportingUnitLine(const QString& agencyName); // "- Đơn vị báo cáo: …"
    static QString receivingUnitLine(const QString& parentAgency);
    static QString totalLabel(); // "Tổng số"
    // The two signature blocks: the title and the note under it.
    static QStringList preparerLines(); // NGƯỜI LẬP BIỂU, (Ký, ghi rõ họ tên)
    static QStringList headLines(); // THỦ TRƯỞNG ĐƠN VỊ, (Ký, ghi rõ họ tên và đóng dấu)

    // parentAgency is the unit that receives the report; placeName is for the date line.
    static QString html(const Ii06aReport& report, const QString& parentAgency,
                        const QString& agencyName, const QString& placeName = QString());
    // A document holding html(), in the forms' typeface (FormRenderer::bodyFont).
    static void render(const Ii06aReport& report, const QString& parentAgency,
                       const QString& agencyName, QTextDocument* document,
                       const QString& placeName = QString());
    // The report on landscape A4 as a form of the print service (preview, print, PdfExporter);
    // the table's header rows repeat on every page.
    static void formDocument(const Ii06aReport& report, const QString& parentAgency,
                             const QString& agencyName, FormDocument* form,
                             const QString& placeName = QString());
};
