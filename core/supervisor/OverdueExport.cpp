#include "OverdueExport.h"

#include "common/Csv.h"
#include "forms/DossierForms.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace {
QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}
QString dateTimeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}
} // namespace

bool TableExport::writeCsv(const QString& path, const QStringList& header,
                           const QList<QStringList>& rows, QString* error)
{
    QString text = Csv::encodeRecord(header);
    for (const QStringList& row : rows)
        text += Csv::encodeRecord(row);
    return Csv::writeFile(path, text, true, error);
}

bool TableExport::writeXlsx(const QString& path, const QString& sheetName, const QString& title,
                            const QStringList& header, const QList<QStringList>& rows,
                            bool landscape, QString* error)
{
    // libxlsxwriter writes the file itself: write next to the target, then move it in place.
    const QFileInfo target(path);
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    lxw_workbook* workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook) {
        if (error)
            *error = tr("Cannot create the workbook %1.").arg(path);
        return false;
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, utf8(sheetName.left(31)).constData());
    if (landscape)
        worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_font_size(bold, 13);
    lxw_format* head = workbook_add_format(workbook);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_align(head, LXW_ALIGN_CENTER);
    lxw_format* cell = workbook_add_format(workbook);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);

    lxw_row_t r = 0;
    if (!title.isEmpty()) {
        worksheet_write_string(sheet, r, 0, utf8(title).constData(), bold);
        r += 2;
    }
    for (int c = 0; c < header.size(); ++c) {
        worksheet_write_string(sheet, r, lxw_col_t(c), utf8(header.at(c)).constData(), head);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 12 : 20, nullptr);
    }
    worksheet_freeze_panes(sheet, r + 1, 0);
    ++r;
    for (const QStringList& row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            bool isNumber = false;
            const double number = row.at(c).toDouble(&isNumber);
            if (isNumber && !row.at(c).startsWith(QLatin1Char('0')))
                worksheet_write_number(sheet, r, lxw_col_t(c), number, cell);
            else
                worksheet_write_string(sheet, r, lxw_col_t(c), utf8(row.at(c)).constData(), cell);
        }
        ++r;
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot write the workbook %1: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot write the workbook %1.").arg(path);
        return false;
    }
    return true;
}

bool TableExport::write(const QString& path, const QString& sheet, const QString& title,
                        const QStringList& header, const QList<QStringList>& rows, bool landscape,
                        QString* error)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(path, sheet, title, header, rows, landscape, error);
    return writeCsv(path, header, rows, error);
}

QStringList OverdueExport::header()
{
    return {tr("State"),     tr("Dossier code"),   tr("Procedure or feedback"),
            tr("Field"),     tr("Officer"),        tr("Applicant"),
            tr("ID number"), tr("Legal due date"), tr("Working days overdue"),
            tr("Apology"),   tr("Promised date")};
}

QStringList OverdueExport::row(const OverdueItem& item)
{
    return {OverdueList::stateText(item),
            item.code,
            item.subject,
            item.field,
            item.officer,
            item.applicantName,
            item.maskedId,
            dateTimeText(item.legalDueAt),
            QString::number(item.workingDaysOverdue),
            item.kind == OverdueItem::Kind::Feedback
                ? QString()
                : (item.apologySent() ? tr("Sent") : tr("Not sent")),
            dateTimeText(item.apologyNewDueAt)};
}

bool OverdueExport::write(const QList<OverdueItem>& items, const QString& path, QString* error)
{
    QList<QStringList> rows;
    rows.reserve(items.size());
    for (const OverdueItem& item : items)
        rows.append(row(item));
    return TableExport::write(path, tr("Overdue"), tr("Overdue and due-soon dossiers"), header(),
                              rows, true, error);
}

QStringList LedgerExport::header()
{
    return {tr("No."),         tr("Dossier code"),
            tr("Procedure"),   tr("Sets"),
            tr("Applicant"),   tr("Address and phone"),
            tr("Lead agency"), tr("Received"),
            tr("Appointment"), tr("Sent for processing"),
            tr("Result back"), tr("Returned to the applicant"),
            tr("Signature"),   tr("Note")};
}

bool LedgerExport::write(const Database& db, const QDate& from, const QDate& to,
                         const QString& path, QString* error)
{
    FormData data;
    if (!DossierForms::ledgerData(db, from, to, &data, error))
        return false;
    const QString title = tr("Dossier ledger from %1 to %2")
                              .arg(from.toString(QStringLiteral("dd/MM/yyyy")),
                                   to.toString(QStringLiteral("dd/MM/yyyy")));
    return TableExport::write(path, tr("Ledger"), title, header(),
                              data.tables.value(QStringLiteral("lines")), true, error);
}
