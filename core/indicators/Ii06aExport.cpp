#include "Ii06aExport.h"

#include "audit/AuditLog.h"
#include "common/Csv.h"

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

bool Ii06aExport::writeXlsx(const Ii06aReport& report, const QString& agencyName,
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
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "II.06a");

    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 13);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format* subtitle = workbook_add_format(workbook);
    format_set_italic(subtitle);
    format_set_align(subtitle, LXW_ALIGN_CENTER);
    lxw_format* head = workbook_add_format(workbook);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format* cell = workbook_add_format(workbook);
    format_set_border(cell, LXW_BORDER_THIN);
    lxw_format* totalCell = workbook_add_format(workbook);
    format_set_border(totalCell, LXW_BORDER_THIN);
    format_set_bold(totalCell);
    for (lxw_format* f : {title, subtitle, head, cell, totalCell})
        format_set_font_name(f, "Times New Roman");

    auto utf8 = [](const QString& text) {
        return text.toUtf8();
    };
    const QStringList titles = Ii06aReport::columnTitles();
    const lxw_col_t last = lxw_col_t(titles.size() - 1);
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet, 1, last, 12, nullptr);

    worksheet_merge_range(sheet, 0, 0, 0, last, utf8(agencyName.toUpper()).constData(), title);
    worksheet_merge_range(
        sheet, 1, 0, 1, last,
        utf8(tr("RESULTS OF HANDLING ADMINISTRATIVE PROCEDURE DOSSIERS (FORM II.06a, CIRCULAR "
                "01/2020/TT-VPCP)"))
            .constData(),
        title);
    worksheet_merge_range(sheet, 2, 0, 2, last,
                          utf8(tr("Period from %1 to %2, figures as of %3")
                                   .arg(report.period.from.toString(QStringLiteral("dd/MM/yyyy")),
                                        report.period.to.toString(QStringLiteral("dd/MM/yyyy")),
                                        report.asOf.toString(QStringLiteral("dd/MM/yyyy HH:mm"))))
                              .constData(),
                          subtitle);

    // Headings: the field; received (total, carried over, new: total, online, counter,
    // postal); handled (total, before, on, after the due date); in hand (total, within
    // time, overdue). Then the column numbers.
    const lxw_row_t top = 4;
    worksheet_merge_range(sheet, top, 0, top + 2, 0, utf8(titles.at(0)).constData(), head);
    worksheet_merge_range(sheet, top, 1, top, 6, utf8(tr("Dossiers received")).constData(), head);
    worksheet_merge_range(sheet, top, 7, top, 10, utf8(tr("Dossiers handled")).constData(), head);
    worksheet_merge_range(sheet, top, 11, top, 13, utf8(tr("Dossiers in hand")).constData(), head);
    worksheet_merge_range(sheet, top + 1, 1, top + 2, 1, utf8(tr("Total")).constData(), head);
    worksheet_merge_range(sheet, top + 1, 2, top + 2, 2, utf8(tr("Carried over")).constData(),
                          head);
    worksheet_merge_range(sheet, top + 1, 3, top + 1, 6, utf8(tr("New in the period")).constData(),
                          head);
    worksheet_write_string(sheet, top + 2, 3, utf8(tr("Total")).constData(), head);
    worksheet_write_string(sheet, top + 2, 4, utf8(tr("Online")).constData(), head);
    worksheet_write_string(sheet, top + 2, 5, utf8(tr("At the counter")).constData(), head);
    worksheet_write_string(sheet, top + 2, 6, utf8(tr("Postal")).constData(), head);
    worksheet_merge_range(sheet, top + 1, 7, top + 2, 7, utf8(tr("Total")).constData(), head);
    worksheet_merge_range(sheet, top + 1, 8, top + 1, 9, utf8(tr("On time")).constData(), head);
    worksheet_write_string(sheet, top + 2, 8, utf8(tr("Before the due date")).constData(), head);
    worksheet_write_string(sheet, top + 2, 9, utf8(tr("On the due date")).constData(), head);
    worksheet_merge_range(sheet, top + 1, 10, top + 2, 10, utf8(tr("Late")).constData(), head);
    worksheet_merge_range(sheet, top + 1, 11, top + 2, 11, utf8(tr("Total")).constData(), head);
    worksheet_merge_range(sheet, top + 1, 12, top + 2, 12, utf8(tr("Within time")).constData(),
                          head);
    worksheet_merge_range(sheet, top + 1, 13, top + 2, 13, utf8(tr("Overdue")).constData(), head);
    for (lxw_col_t c = 0; c <= last; ++c)
        worksheet_write_string(sheet, top + 3, c,
                               utf8(QStringLiteral("(%1)").arg(c + 1)).constData(), head);

    lxw_row_t row = top + 4;
    auto writeLine = [&](const QString& field, const Ii06aLine& l, lxw_format* format) {
        worksheet_write_string(sheet, row, 0, utf8(field).constData(), format);
        lxw_col_t c = 1;
        for (const qint64 value : Ii06aReport::values(l))
            worksheet_write_number(sheet, row, c++, double(value), format);
        ++row;
    };
    for (const Ii06aLine& l : report.lines)
        writeLine(l.field, l, cell);
    writeLine(tr("Total"), report.total, totalCell);

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
