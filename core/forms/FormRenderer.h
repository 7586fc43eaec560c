#pragma once

#include "forms/FormData.h"
#include "forms/FormDocument.h"
#include "forms/FormTemplate.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QString>

// Builds a printable form from a template and plain data: the one rendering path behind
// preview, print and PDF. Unit-testable without a printer.
//
// The renderer fills the national header from the office settings (DOMAIN §9):
// "parent_agency" and "agency_name" in capitals, "place_name", and "date_line"
// ("<place>, ngày … tháng … năm …", today's date). A field of the same name in the data wins,
// so a reprint can carry its original date line.
class QTextDocument;

class FormRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FormRenderer)

public:
    explicit FormRenderer(const OfficeSettings& settings);

    // The date printed in the header's date line when the data has no "date_line"
    // (default: today).
    void setIssueDate(const QDate& date) { m_issueDate = date; }

    // Renders `kind` from the set that applies to a dossier received on `receivedOn`
    // (for the ledger: the first day of the period it lists).
    bool render(FormKind kind, const FormData& data, const QDate& receivedOn, FormDocument* out,
                QString* error) const;
    // Renders `kind` from an explicit set.
    bool render(FormKind kind, FormSet set, const FormData& data, FormDocument* out,
                QString* error) const;

    // The filled HTML of every copy, page breaks between copies (what render() lays out).
    bool html(FormKind kind, FormSet set, const FormData& data, QString* html, FormTemplate* used,
              QString* error) const;

    // Times New Roman when installed, else the metric-compatible Liberation Serif (2.x), else
    // DejaVu Serif: the first whose own face has every Vietnamese letter.
    static QString fontFamily();
    // Nghị định 30/2020/NĐ-CP: body text 13–14 pt; forms use 13 pt.
    static QFont bodyFont();
    // A4; top and bottom 20 mm, left 30 mm, right 15 mm (Nghị định 30/2020/NĐ-CP, Phụ lục I).
    static QPageLayout pageLayout(bool landscape);
    // The official name of the form, e.g. "Mẫu số 01 - Giấy tiếp nhận hồ sơ và hẹn trả kết quả".
    static QString officialName(FormKind kind, FormSet set);
    // A legal reference (118/2025/NĐ-CP, 766/QĐ-TTg, 9441/TB-BNV) is never broken across lines
    // (issue 16): one that the layout would break starts a new line instead. The serif fonts
    // have no non-breaking hyphen or word joiner, so the line is cut before it by hand.
    static void keepLegalReferencesWhole(QTextDocument* document);

private:
    FormData withHeader(FormKind kind, const FormData& data) const;

    OfficeSettings m_settings;
    QDate m_issueDate;
};
