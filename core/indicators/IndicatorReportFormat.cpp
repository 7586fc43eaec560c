#include "IndicatorReportFormat.h"

#include "common/Csv.h"

namespace {

QString jsonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString jsonNumber(const std::optional<double>& value)
{
    return value ? IndicatorReportFormat::number(*value) : QStringLiteral("null");
}

QString jsonIndicators(const QList<IndicatorValue>& values)
{
    QStringList items;
    for (const IndicatorValue& v : values) {
        items << QStringLiteral("{\"key\":%1,\"numerator\":%2,\"denominator\":%3,\"value\":%4,"
                                "\"target\":%5,\"met\":%6}")
                     .arg(jsonString(v.key))
                     .arg(v.numerator)
                     .arg(v.denominator)
                     .arg(jsonNumber(v.value), jsonNumber(v.target),
                          v.met ? (*v.met ? QStringLiteral("true") : QStringLiteral("false"))
                                : QStringLiteral("null"));
    }
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

QString IndicatorReportFormat::number(double value)
{
    QString text = QString::number(value, 'f', 4);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QString IndicatorReportFormat::json(const IndicatorReport& report)
{
    QString text = QStringLiteral("{\"from\":%1,\"to\":%2,\"as_of\":%3,\"indicators\":%4")
                       .arg(jsonString(report.from.toString(Qt::ISODate)),
                            jsonString(report.to.toString(Qt::ISODate)),
                            jsonString(report.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                            jsonIndicators(report.indicators));
    if (report.grouping != IndicatorGrouping::None) {
        QStringList groups;
        for (const IndicatorGroupReport& group : report.groups) {
            groups << QStringLiteral("{\"group\":%1,\"indicators\":%2}")
                          .arg(jsonString(group.group), jsonIndicators(group.indicators));
        }
        text += QStringLiteral(",\"groups\":[") + groups.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    return text + QLatin1Char('}');
}

QString IndicatorReportFormat::csv(const IndicatorReport& report)
{
    QString text = Csv::encodeRecord({QStringLiteral("group"), QStringLiteral("key"),
                                      QStringLiteral("numerator"), QStringLiteral("denominator"),
                                      QStringLiteral("value"), QStringLiteral("target"),
                                      QStringLiteral("met")});
    auto rows = [&text](const QString& group, const QList<IndicatorValue>& values) {
        for (const IndicatorValue& v : values) {
            text += Csv::encodeRecord(
                {group, v.key, QString::number(v.numerator), QString::number(v.denominator),
                 v.value ? number(*v.value) : QString(), v.target ? number(*v.target) : QString(),
                 v.met ? (*v.met ? QStringLiteral("true") : QStringLiteral("false")) : QString()});
        }
    };
    rows(QString(), report.indicators);
    for (const IndicatorGroupReport& group : report.groups)
        rows(group.group, group.indicators);
    return text;
}
