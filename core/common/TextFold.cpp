#include "TextFold.h"

QString TextFold::normalized(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString TextFold::searchKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ, Đ do not decompose
            key += QLatin1Char('d');
        else
            key += c.toLower();
    }
    return key.simplified();
}
