#include "Ii06aDocument.h"

#include "common/VietnameseDate.h"
#include "forms/FormDocument.h"
#include "forms/FormRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QTextDocument>

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

QString day(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString orBlank(const QString& text)
{
    return text.trimmed().isEmpty() ? u("……………………") : text.trimmed();
}

} // namespace

QString Ii06aDocument::formCode()
{
    return u("Biểu số II.06a/VPCP/KSTT");
}

QString Ii06aDocument::titleLine(const QString& agencyName)
{
    return u("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI ") +
           agencyName.trimmed().toUpper();
}

QString Ii06aDocument::periodLine(const Ii06aReport& report)
{
    return u("Kỳ báo cáo: từ ngày %1 đến ngày %2")
        .arg(day(report.period.from), day(report.period.to));
}

QString Ii06aDocument::asOfLine(const Ii06aReport& report)
{
    return u("(Số liệu tính đến %1)")
        .arg(report.asOf.toString(QStringLiteral("HH:mm, dd/MM/yyyy")));
}

QString Ii06aDocument::unitLine()
{
    return u("Đơn vị tính: Số hồ sơ TTHC.");
}

QString Ii06aDocument::dateLine(const Ii06aReport& report, const QString& placeName)
{
    const QString place = placeName.trimmed().isEmpty() ? u("……") : placeName.trimmed();
    return place + u(", ngày %1 tháng %2 năm %3")
                       .arg(VietnameseDate::dayText(report.asOf.date().day()),
                            VietnameseDate::monthText(report.asOf.date().month()))
                       .arg(report.asOf.date().year());
}

QList<qint64> Ii06aDocument::formValues(const Ii06aLine& l)
{
    return {l.receivedTotal(), l.newOnline,       l.newDirect + l.newPostal,
            l.carriedOver,     l.finishedTotal(), l.finishedBeforeDue,
            l.finishedOnDue,   l.finishedLate,    l.openTotal(),
            l.openWithinTime,  l.openOverdue};
}

QList<Ii06aDocument::HeadingCell> Ii06aDocument::headingCells()
{
    return {{0, 0, 3, 1, u("TT")},
            {0, 1, 3, 1, u("Lĩnh vực, công việc giải quyết theo cấp")},
            {0, 2, 1, 4, u("Số hồ sơ nhận giải quyết")},
            {0, 6, 1, 4, u("Số hồ sơ đã giải quyết")},
            {0, 10, 1, 3, u("Số hồ sơ đang giải quyết")},
            {1, 2, 2, 1, u("Tổng số")},
            {1, 3, 1, 2, u("Trong đó")},
            {1, 5, 2, 1, u("Từ kỳ trước chuyển qua")},
            {1, 6, 2, 1, u("Tổng số")},
            {1, 7, 2, 1, u("Trả trước hạn")},
            {1, 8, 2, 1, u("Trả đúng thời hạn")},
            {1, 9, 2, 1, u("Trả quá hạn")},
            {1, 10, 2, 1, u("Tổng số")},
            {1, 11, 2, 1, u("Chưa đến hạn")},
            {1, 12, 2, 1, u("Quá hạn")},
            {2, 3, 1, 1, u("Trực tuyến")},
            {2, 4, 1, 1, u("Trực tiếp, dịch vụ bưu chính")}};
}

QString Ii06aDocument::reportingUnitLine(const QString& agencyName)
{
    return u("- Đơn vị báo cáo: ") + orBlank(agencyName);
}

QString Ii06aDocument::receivingUnitLine(const QString& parentAgency)
{
    return u("- Đơn vị nhận báo cáo: ") + orBlank(parentAgency);
}

QString Ii06aDocument::totalLabel()
{
    return u("Tổng số");
}

QStringList Ii06aDocument::preparerLines()
{
    return {u("NGƯỜI LẬP BIỂU"), u("(Ký, ghi rõ họ tên)")};
}

QStringList Ii06aDocument::headLines()
{
    return {u("THỦ TRƯỞNG ĐƠN VỊ"), u("(Ký, ghi rõ họ tên và đóng dấu)")};
}

// The layout of biểu số II.06a/VPCP/KSTT, Thông tư 01/2020/TT-VPCP (checked against a
// provincial template, 2025): the form code top left, the title in the middle, the reporting
// and receiving units top right, "Đơn vị tính", the official columns (1)–(13) with a TT column,
// then the signatures of the preparer and the head of the unit under the date line. The form
// is a Vietnamese document whatever the interface language.
QString Ii06aDocument::html(const Ii06aReport& report, const QString& parentAgency,
                            const QString& agencyName, const QString& placeName)
{
    auto esc = [](const QString& text) -> QString {
        return text.toHtmlEscaped();
    };
    QString h = QStringLiteral("<html><body style=\"font-size:11pt\">");
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                        "<td width=\"22%\" valign=\"top\" style=\"font-size:10pt\"><b>") +
         esc(formCode()) +
         QStringLiteral("</b></td><td width=\"56%\" align=\"center\" valign=\"top\">"
                        "<p align=\"center\" style=\"margin:0; font-size:12pt\"><b>") +
         esc(titleLine(agencyName)) +
         QStringLiteral("</b></p><p align=\"center\" style=\"margin:0\"><b>") + periodLine(report) +
         QStringLiteral("</b></p><p align=\"center\" style=\"margin:0\"><i>") + asOfLine(report) +
         QStringLiteral("</i></p></td><td width=\"22%\" valign=\"top\" style=\"font-size:10pt\">") +
         esc(reportingUnitLine(agencyName)) + QStringLiteral("<br>") +
         esc(receivingUnitLine(parentAgency)) + QStringLiteral("</td></tr></table>");
    h += QStringLiteral("<p align=\"right\" style=\"margin-top:6px; margin-bottom:4px\"><i>") +
         unitLine() + QStringLiteral("</i></p>");
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                        "style=\"border-collapse:collapse; font-size:10pt\"><thead>");
    int row = -1;
    for (const HeadingCell& cell : headingCells()) {
        if (cell.row != row) {
            h += row < 0 ? QStringLiteral("<tr>") : QStringLiteral("</tr><tr>");
            row = cell.row;
        }
        h += QStringLiteral("<th align=\"center\"");
        if (cell.rowSpan > 1)
            h += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan);
        if (cell.columnSpan > 1)
            h += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan);
        if (cell.column < 2)
            h += cell.column == 0 ? QStringLiteral(" width=\"4%\"")
                                  : QStringLiteral(" width=\"22%\"");
        h += QLatin1Char('>') + esc(cell.text) + QStringLiteral("</th>");
    }
    h += QStringLiteral("</tr><tr>");
    for (int c = 1; c <= columnCount; ++c)
        h += QStringLiteral("<td align=\"center\"><i>(%1)</i></td>").arg(c);
    h += QStringLiteral("</tr></thead>");
    auto line = [&](const QString& number, const QString& field, const Ii06aLine& l, bool bold) {
        const QList<qint64> cells = formValues(l);
        const QString b = bold ? QStringLiteral("<b>") : QString();
        const QString eb = bold ? QStringLiteral("</b>") : QString();
        h += QStringLiteral("<tr><td align=\"center\">") + number + QStringLiteral("</td><td>") +
             b + esc(field) + eb + QStringLiteral("</td>");
        for (const qint64 value : cells)
            h += QStringLiteral("<td align=\"right\">") + b + QString::number(value) + eb +
                 QStringLiteral("</td>");
        h += QStringLiteral("</tr>");
    };
    int n = 0;
    for (const Ii06aLine& l : report.lines)
        line(QString::number(++n), l.field, l, false);
    line(QString(), totalLabel(), report.total, true);
    h += QStringLiteral("</table>");
    // Signatures (Nghị định 30/2020/NĐ-CP): the date line above the head of the unit.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                        "style=\"margin-top:10px\"><tr><td width=\"50%\" align=\"center\" "
                        "valign=\"top\"><p align=\"center\" style=\"margin:0\">&nbsp;</p>"
                        "<p align=\"center\" style=\"margin:0\"><b>") +
         preparerLines().at(0) +
         QStringLiteral("</b></p><p align=\"center\" style=\"margin:0\"><i>") +
         preparerLines().at(1) +
         QStringLiteral("</i></p></td><td width=\"50%\" align=\"center\" valign=\"top\">"
                        "<p align=\"center\" style=\"margin:0\"><i>") +
         esc(dateLine(report, placeName)) +
         QStringLiteral("</i></p><p align=\"center\" style=\"margin:0\"><b>") + headLines().at(0) +
         QStringLiteral("</b></p><p align=\"center\" style=\"margin:0\"><i>") + headLines().at(1) +
         QStringLiteral("</i></p></td></tr></table>");
    h += QStringLiteral("</body></html>");
    return h;
}

void Ii06aDocument::render(const Ii06aReport& report, const QString& parentAgency,
                           const QString& agencyName, QTextDocument* document,
                           const QString& placeName)
{
    // The forms' one typeface (DOMAIN §9).
    QFont font = FormRenderer::bodyFont();
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setHtml(html(report, parentAgency, agencyName, placeName));
}

void Ii06aDocument::formDocument(const Ii06aReport& report, const QString& parentAgency,
                                 const QString& agencyName, FormDocument* form,
                                 const QString& placeName)
{
    // As the print service lays out its forms: a fixed 96 dpi device, the page's paint rect in
    // its units, the margins in the page layout.
    constexpr double unitsPerMm = 96.0 / 25.4;
    auto device = std::make_shared<QImage>(1, 1, QImage::Format_RGB32);
    device->setDotsPerMeterX(qRound(96 / 0.0254));
    device->setDotsPerMeterY(qRound(96 / 0.0254));
    auto document = std::make_shared<QTextDocument>();
    document->documentLayout()->setPaintDevice(device.get());
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    const QPageLayout layout = FormRenderer::pageLayout(true);
    document->setPageSize(layout.paintRect(QPageLayout::Millimeter).size() * unitsPerMm);
    render(report, parentAgency, agencyName, document.get(), placeName);
    form->title = tr("Form II.06a, %1 to %2")
                      .arg(report.period.from.toString(QStringLiteral("dd/MM/yyyy")),
                           report.period.to.toString(QStringLiteral("dd/MM/yyyy")));
    form->templateSource.clear();
    form->pageLayout = layout;
    form->layoutDevice = device;
    form->document = document;
}
