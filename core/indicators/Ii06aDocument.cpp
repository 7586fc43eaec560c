#include "Ii06aDocument.h"

#include "forms/FormDocument.h"
#include "forms/FormRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QTextDocument>

QString Ii06aDocument::html(const Ii06aReport& report, const QString& parentAgency,
                            const QString& agencyName)
{
    auto esc = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    QString h = QStringLiteral("<html><body style=\"font-family:'Times New Roman'; "
                               "font-size:12pt\">");
    // The national header (Nghị định 30/2020/NĐ-CP): agency on the left, the motto right.
    h += QStringLiteral("<table width=\"100%\"><tr><td align=\"center\" width=\"40%\">") +
         esc(parentAgency.toUpper()) + QStringLiteral("<br/><b>") + esc(agencyName.toUpper()) +
         QStringLiteral("</b></td><td align=\"center\"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>"
                        "<br/><b>Độc lập - Tự do - Hạnh phúc</b></td></tr></table>");
    h += QStringLiteral("<h3 align=\"center\">") +
         esc(tr("RESULTS OF HANDLING ADMINISTRATIVE PROCEDURE DOSSIERS")) +
         QStringLiteral("</h3><p align=\"center\"><i>") +
         esc(tr("Form II.06a, Circular 01/2020/TT-VPCP. Period from %1 to %2, figures as of %3")
                 .arg(report.period.from.toString(QStringLiteral("dd/MM/yyyy")),
                      report.period.to.toString(QStringLiteral("dd/MM/yyyy")),
                      report.asOf.toString(QStringLiteral("dd/MM/yyyy HH:mm")))) +
         QStringLiteral("</i></p>");
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    h += QStringLiteral("<tr><th rowspan=\"3\">") + esc(Ii06aReport::columnTitles().at(0)) +
         QStringLiteral("</th><th colspan=\"6\">") + esc(tr("Dossiers received")) +
         QStringLiteral("</th><th colspan=\"4\">") + esc(tr("Dossiers handled")) +
         QStringLiteral("</th><th colspan=\"3\">") + esc(tr("Dossiers in hand")) +
         QStringLiteral("</th></tr>");
    h += QStringLiteral("<tr><th rowspan=\"2\">") + esc(tr("Total")) +
         QStringLiteral("</th><th rowspan=\"2\">") + esc(tr("Carried over")) +
         QStringLiteral("</th><th colspan=\"4\">") + esc(tr("New in the period")) +
         QStringLiteral("</th><th rowspan=\"2\">") + esc(tr("Total")) +
         QStringLiteral("</th><th colspan=\"2\">") + esc(tr("On time")) +
         QStringLiteral("</th><th rowspan=\"2\">") + esc(tr("Late")) +
         QStringLiteral("</th><th rowspan=\"2\">") + esc(tr("Total")) +
         QStringLiteral("</th><th rowspan=\"2\">") + esc(tr("Within time")) +
         QStringLiteral("</th><th rowspan=\"2\">") + esc(tr("Overdue")) +
         QStringLiteral("</th></tr>");
    h += QStringLiteral("<tr>");
    for (const QString& title : {tr("Total"), tr("Online"), tr("At the counter"), tr("Postal"),
                                 tr("Before the due date"), tr("On the due date")})
        h += QStringLiteral("<th>") + esc(title) + QStringLiteral("</th>");
    h += QStringLiteral("</tr><tr>");
    for (int c = 1; c <= 14; ++c)
        h += QStringLiteral("<td align=\"center\"><i>(%1)</i></td>").arg(c);
    h += QStringLiteral("</tr>");
    auto line = [&](const QString& field, const Ii06aLine& l, bool bold) {
        h += QStringLiteral("<tr><td>") + (bold ? QStringLiteral("<b>") : QString()) + esc(field) +
             (bold ? QStringLiteral("</b>") : QString()) + QStringLiteral("</td>");
        for (const qint64 value : Ii06aReport::values(l))
            h += QStringLiteral("<td align=\"right\">%1</td>").arg(value);
        h += QStringLiteral("</tr>");
    };
    for (const Ii06aLine& l : report.lines)
        line(l.field, l, false);
    line(tr("Total"), report.total, true);
    h += QStringLiteral("</table></body></html>");
    return h;
}

void Ii06aDocument::render(const Ii06aReport& report, const QString& parentAgency,
                           const QString& agencyName, QTextDocument* document)
{
    document->setDefaultFont(QFont(QStringLiteral("Times New Roman"), 12));
    document->setHtml(html(report, parentAgency, agencyName));
}

void Ii06aDocument::formDocument(const Ii06aReport& report, const QString& parentAgency,
                                 const QString& agencyName, FormDocument* form)
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
    render(report, parentAgency, agencyName, document.get());
    form->title = tr("Form II.06a, %1 to %2")
                      .arg(report.period.from.toString(QStringLiteral("dd/MM/yyyy")),
                           report.period.to.toString(QStringLiteral("dd/MM/yyyy")));
    form->templateSource.clear();
    form->pageLayout = layout;
    form->layoutDevice = device;
    form->document = document;
}
