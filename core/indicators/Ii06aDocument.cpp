#include "Ii06aDocument.h"

#include <QFont>
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
