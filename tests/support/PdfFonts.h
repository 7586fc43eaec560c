#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QString>

// The font families a PDF embeds, read from its font dictionaries (QPdfWriter writes them as
// plain objects): "/BaseFont /AAAAAA+LiberationSerif-Bold" gives "LiberationSerif".
namespace PdfFonts {

inline QSet<QString> families(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    const QString text = QString::fromLatin1(file.readAll());
    static const QRegularExpression baseFont(
        QStringLiteral("/BaseFont\\s*/(?:[A-Z]{6}\\+)?([A-Za-z0-9]+)"));
    QSet<QString> result;
    auto matches = baseFont.globalMatch(text);
    while (matches.hasNext()) {
        // Times New Roman names its faces TimesNewRomanPSMT, TimesNewRomanPS-BoldMT …
        QString family = matches.next().captured(1);
        if (family.endsWith(QLatin1String("MT")))
            family.chop(2);
        if (family.endsWith(QLatin1String("PS")))
            family.chop(2);
        result.insert(family);
    }
    if (result.isEmpty())
        *error = QStringLiteral("no /BaseFont in %1").arg(path);
    return result;
}

} // namespace PdfFonts
