#include "Ii06aExport.h"

#include "Ii06aDocument.h"
#include "audit/AuditLog.h"
#include "common/Csv.h"
#include "forms/FormRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

QString Ii06aExport::csv(const Ii06aReport& report, Header header)
{
    const bool titles = header == Header::Titles;
    QString text =
        Csv::encodeRecord(titles ? Ii06aReport::columnTitles() : Ii06aReport::columnKeys());
    auto line = [&text](const QString& field, const Ii06aLine& l) {
        QStringList fields{field};
        for (const qint64 value : Ii06aReport::values(l))
            fields << QString::number(value);
        text += Csv::encodeRecord(fields);
    };
    for (const Ii06aLine& l : report.lines)
        line(l.field, l);
    line(titles ? tr("Total") : QStringLiteral("total"), report.total);
    return text;
}

bool Ii06aExport::writeCsv(const Ii06aReport& report, const QString& path, QString* error,
                           Header header)
{
    return Csv::writeFile(path, csv(report, header), true, error);
}

bool Ii06aExport::writeXlsx(const Ii06aReport& report, const QString& parentAgency,
                            const QString& agencyName, const QString& placeName,
                            const QString& path, QString* error)
{
    // libxlsxwriter writes the file itself: write next to the target, then move it in place,
    // so a failure never leaves half a workbook under the requested name.
    const QFileInfo target(path);
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook* workbook = workbook_new(partialName.constData());
    if (!workbook) {
        if (error)
            *error = tr("Cannot create the workbook %1.").arg(path);
        return false;
    }
    auto utf8 = [](const QString& text) {
        return text.toUtf8();
    };
    QByteArray documentTitle = utf8(Ii06aDocument::formCode());
    lxw_doc_properties properties{};
    properties.title = documentTitle.data();
    workbook_set_properties(workbook, &properties);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "II.06a");

    // The layout of the PDF (Ii06aDocument), cell for cell. Times New Roman carries every
    // Vietnamese letter (NĐ 30/2020/NĐ-CP's typeface; LibreOffice shows it with Liberation
    // Serif 2.x, same metrics).
    auto format = [workbook](double size, bool bold, bool italic, lxw_format_alignments align,
                             bool border) {
        lxw_format* f = workbook_add_format(workbook);
        format_set_font_name(f, "Times New Roman");
        format_set_font_size(f, size);
        if (bold)
            format_set_bold(f);
        if (italic)
            format_set_italic(f);
        format_set_align(f, align);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(f);
        if (border)
            format_set_border(f, LXW_BORDER_THIN);
        return f;
    };
    lxw_format* code = format(10, true, false, LXW_ALIGN_LEFT, false);
    lxw_format* title = format(12, true, false, LXW_ALIGN_CENTER, false);
    lxw_format* period = format(11, true, false, LXW_ALIGN_CENTER, false);
    lxw_format* asOf = format(11, false, true, LXW_ALIGN_CENTER, false);
    lxw_format* units = format(10, false, false, LXW_ALIGN_LEFT, false);
    lxw_format* unit = format(11, false, true, LXW_ALIGN_RIGHT, false);
    lxw_format* head = format(10, true, false, LXW_ALIGN_CENTER, true);
    lxw_format* number = format(10, false, true, LXW_ALIGN_CENTER, true);
    lxw_format* tt = format(10, false, false, LXW_ALIGN_CENTER, true);
    lxw_format* field = format(10, false, false, LXW_ALIGN_LEFT, true);
    lxw_format* value = format(10, false, false, LXW_ALIGN_RIGHT, true);
    lxw_format* totalField = format(10, true, false, LXW_ALIGN_LEFT, true);
    lxw_format* totalValue = format(10, true, false, LXW_ALIGN_RIGHT, true);
    lxw_format* signTitle = format(11, true, false, LXW_ALIGN_CENTER, false);
    lxw_format* signNote = format(11, false, true, LXW_ALIGN_CENTER, false);
    // The form code and the units stand at the top of their blocks, as on the PDF.
    format_set_align(code, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(units, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(value, "#,##0");
    format_set_num_format(totalValue, "#,##0");

    const lxw_col_t last = lxw_col_t(Ii06aDocument::columnCount - 1);
    worksheet_set_column(sheet, 0, 0, 5, nullptr);
    worksheet_set_column(sheet, 1, 1, 30, nullptr);
    worksheet_set_column(sheet, 2, last, 10, nullptr);
    auto merge = [&](lxw_row_t r1, lxw_col_t c1, lxw_row_t r2, lxw_col_t c2, const QString& text,
                     lxw_format* f) {
        if (r1 == r2 && c1 == c2)
            worksheet_write_string(sheet, r1, c1, utf8(text).constData(), f);
        else
            worksheet_merge_range(sheet, r1, c1, r2, c2, utf8(text).constData(), f);
    };

    // Top: the form code left, the title in the middle, the reporting units right.
    merge(0, 0, 1, 1, Ii06aDocument::formCode(), code);
    merge(0, 2, 0, 9, Ii06aDocument::titleLine(agencyName), title);
    merge(1, 2, 1, 9, Ii06aDocument::periodLine(report), period);
    merge(2, 2, 2, 9, Ii06aDocument::asOfLine(report), asOf);
    merge(0, 10, 0, last, Ii06aDocument::reportingUnitLine(agencyName), units);
    merge(1, 10, 1, last, Ii06aDocument::receivingUnitLine(parentAgency), units);
    worksheet_set_row(sheet, 0, 32, nullptr);
    worksheet_set_row(sheet, 1, 20, nullptr);
    merge(3, 8, 3, last, Ii06aDocument::unitLine(), unit);

    // The table: three heading rows, the column numbers, one line per field, the total.
    const lxw_row_t top = 4;
    for (const Ii06aDocument::HeadingCell& c : Ii06aDocument::headingCells())
        merge(top + lxw_row_t(c.row), lxw_col_t(c.column), top + lxw_row_t(c.row + c.rowSpan - 1),
              lxw_col_t(c.column + c.columnSpan - 1), c.text, head);
    worksheet_set_row(sheet, top + 1, 30, nullptr);
    worksheet_set_row(sheet, top + 2, 30, nullptr);
    for (lxw_col_t c = 0; c <= last; ++c)
        worksheet_write_string(sheet, top + 3, c,
                               utf8(QStringLiteral("(%1)").arg(c + 1)).constData(), number);
    lxw_row_t row = top + 4;
    auto writeLine = [&](const QString& n, const QString& name, const Ii06aLine& l, bool bold) {
        worksheet_write_string(sheet, row, 0, utf8(n).constData(), tt);
        worksheet_write_string(sheet, row, 1, utf8(name).constData(), bold ? totalField : field);
        lxw_col_t c = 2;
        for (const qint64 v : Ii06aDocument::formValues(l))
            worksheet_write_number(sheet, row, c++, double(v), bold ? totalValue : value);
        ++row;
    };
    int n = 0;
    for (const Ii06aLine& l : report.lines)
        writeLine(QString::number(++n), l.field, l, false);
    writeLine(QString(), Ii06aDocument::totalLabel(), report.total, true);

    // Signatures (NĐ 30/2020/NĐ-CP): the date line above the head of the unit.
    row += 1;
    merge(row, 7, row, last, Ii06aDocument::dateLine(report, placeName), signNote);
    merge(row + 1, 0, row + 1, 5, Ii06aDocument::preparerLines().at(0), signTitle);
    merge(row + 2, 0, row + 2, 5, Ii06aDocument::preparerLines().at(1), signNote);
    merge(row + 1, 7, row + 1, last, Ii06aDocument::headLines().at(0), signTitle);
    merge(row + 2, 7, row + 2, last, Ii06aDocument::headLines().at(1), signNote);

    // Page set-up as the PDF: A4 landscape, the forms' margins (NĐ 30/2020/NĐ-CP), one page
    // wide, the heading rows repeated on every page, centred, the page number at the foot.
    constexpr double inch = 25.4;
    const QMarginsF margins = FormRenderer::pageLayout(true).margins(QPageLayout::Millimeter);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_landscape(sheet);
    worksheet_set_margins(sheet, margins.left() / inch, margins.right() / inch,
                          margins.top() / inch, margins.bottom() / inch);
    worksheet_repeat_rows(sheet, top, top + 3);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_center_horizontally(sheet);
    worksheet_print_area(sheet, 0, 0, row + 2, last);
    worksheet_set_footer(sheet, "&C&\"Times New Roman\"&10&P/&N");

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot write the workbook %1: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot write the workbook %1.").arg(path);
        return false;
    }
    return true;
}

bool Ii06aExport::recordExport(const Database& db, const QString& officer,
                               const Ii06aReport& report, const QString& path, QString* error)
{
    // "FORM FROM TO FILE" (AuditDetail describes it).
    const QString detail = QStringLiteral("II.06a ") + report.period.from.toString(Qt::ISODate) +
                           QLatin1Char(' ') + report.period.to.toString(Qt::ISODate) +
                           QLatin1Char(' ') +
                           QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    return AuditLog::record(db,
                            {0, QDateTime::currentDateTime(), officer,
                             QStringLiteral("report-export"), QString(), detail, QString()},
                            error);
}
