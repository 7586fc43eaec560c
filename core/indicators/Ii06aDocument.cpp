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

} // namespace

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
    auto orBlank = [&esc](const QString& text) -> QString {
        return text.trimmed().isEmpty() ? u("……………………") : esc(text.trimmed());
    };
    QString h = QStringLiteral("<html><body style=\"font-size:11pt\">");
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                        "<td width=\"22%\" valign=\"top\" style=\"font-size:10pt\"><b>") +
         u("Biểu số II.06a/VPCP/KSTT") +
         QStringLiteral("</b></td><td width=\"56%\" align=\"center\" valign=\"top\">"
                        "<p align=\"center\" style=\"margin:0; font-size:12pt\"><b>") +
         u("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI ") +
         esc(agencyName.trimmed().toUpper()) +
         QStringLiteral("</b></p><p align=\"center\" style=\"margin:0\"><b>") +
         u("Kỳ báo cáo: từ ngày %1 đến ngày %2")
             .arg(day(report.period.from), day(report.period.to)) +
         QStringLiteral("</b></p><p align=\"center\" style=\"margin:0\"><i>") +
         u("(Số liệu tính đến %1)").arg(report.asOf.toString(QStringLiteral("HH:mm, dd/MM/yyyy"))) +
         QStringLiteral("</i></p></td><td width=\"22%\" valign=\"top\" style=\"font-size:10pt\">") +
         u("- Đơn vị báo cáo: ") + orBlank(agencyName) + QStringLiteral("<br>") +
         u("- Đơn vị nhận báo cáo: ") + orBlank(parentAgency) +
         QStringLiteral("</td></tr></table>");
    h += QStringLiteral("<p align=\"right\" style=\"margin-top:6px; margin-bottom:4px\"><i>") +
         u("Đơn vị tính: Số hồ sơ TTHC.") + QStringLiteral("</i></p>");
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                        "style=\"border-collapse:collapse; font-size:10pt\"><thead>");
    auto th = [](const QString& text, const QString& span) -> QString {
        return QStringLiteral("<th ") + span + QStringLiteral(" align=\"center\">") + text +
               QStringLiteral("</th>");
    };
    h += QStringLiteral("<tr>") + th(u("TT"), QStringLiteral("rowspan=\"3\" width=\"4%\"")) +
         th(u("Lĩnh vực, công việc giải quyết theo cấp"),
            QStringLiteral("rowspan=\"3\" width=\"22%\"")) +
         th(u("Số hồ sơ nhận giải quyết"), QStringLiteral("colspan=\"4\"")) +
         th(u("Số hồ sơ đã giải quyết"), QStringLiteral("colspan=\"4\"")) +
         th(u("Số hồ sơ đang giải quyết"), QStringLiteral("colspan=\"3\"")) +
         QStringLiteral("</tr><tr>") + th(u("Tổng số"), QStringLiteral("rowspan=\"2\"")) +
         th(u("Trong đó"), QStringLiteral("colspan=\"2\"")) +
         th(u("Từ kỳ trước chuyển qua"), QStringLiteral("rowspan=\"2\"")) +
         th(u("Tổng số"), QStringLiteral("rowspan=\"2\"")) +
         th(u("Trả trước hạn"), QStringLiteral("rowspan=\"2\"")) +
         th(u("Trả đúng thời hạn"), QStringLiteral("rowspan=\"2\"")) +
         th(u("Trả quá hạn"), QStringLiteral("rowspan=\"2\"")) +
         th(u("Tổng số"), QStringLiteral("rowspan=\"2\"")) +
         th(u("Chưa đến hạn"), QStringLiteral("rowspan=\"2\"")) +
         th(u("Quá hạn"), QStringLiteral("rowspan=\"2\"")) + QStringLiteral("</tr><tr>") +
         th(u("Trực tuyến"), QString()) + th(u("Trực tiếp, dịch vụ bưu chính"), QString()) +
         QStringLiteral("</tr><tr>");
    for (int c = 1; c <= 13; ++c)
        h += QStringLiteral("<td align=\"center\"><i>(%1)</i></td>").arg(c);
    h += QStringLiteral("</tr></thead>");
    auto line = [&](const QString& number, const QString& field, const Ii06aLine& l, bool bold) {
        const QList<qint64> cells{l.receivedTotal(), l.newOnline,       l.newDirect + l.newPostal,
                                  l.carriedOver,     l.finishedTotal(), l.finishedBeforeDue,
                                  l.finishedOnDue,   l.finishedLate,    l.openTotal(),
                                  l.openWithinTime,  l.openOverdue};
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
    line(QString(), u("Tổng số"), report.total, true);
    h += QStringLiteral("</table>");
    // Signatures (Nghị định 30/2020/NĐ-CP): the date line above the head of the unit.
    const QString place = placeName.trimmed().isEmpty() ? u("……") : esc(placeName.trimmed());
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                        "style=\"margin-top:10px\"><tr><td width=\"50%\" align=\"center\" "
                        "valign=\"top\"><p align=\"center\" style=\"margin:0\">&nbsp;</p>"
                        "<p align=\"center\" style=\"margin:0\"><b>") +
         u("NGƯỜI LẬP BIỂU") +
         QStringLiteral("</b></p><p align=\"center\" style=\"margin:0\"><i>") +
         u("(Ký, ghi rõ họ tên)") +
         QStringLiteral("</i></p></td><td width=\"50%\" align=\"center\" valign=\"top\">"
                        "<p align=\"center\" style=\"margin:0\"><i>") +
         place +
         u(", ngày %1 tháng %2 năm %3")
             .arg(VietnameseDate::dayText(report.asOf.date().day()),
                  VietnameseDate::monthText(report.asOf.date().month()))
             .arg(report.asOf.date().year()) +
         QStringLiteral("</i></p><p align=\"center\" style=\"margin:0\"><b>") +
         u("THỦ TRƯỞNG ĐƠN VỊ") +
         QStringLiteral("</b></p><p align=\"center\" style=\"margin:0\"><i>") +
         u("(Ký, ghi rõ họ tên và đóng dấu)") + QStringLiteral("</i></p></td></tr></table>");
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
