#include "common/VietnameseDate.h"

namespace {
const QString kBlank = QStringLiteral("…");

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}
} // namespace

namespace VietnameseDate {

QString dayText(int day)
{
    return twoDigits(day);
}

QString monthText(int month)
{
    // NĐ 30/2020 Phụ lục I: months 1 and 2 are written 01 and 02, the others without a zero.
    return month < 3 ? twoDigits(month) : QString::number(month);
}

QString dateWords(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("ngày %1 tháng %1 năm %1").arg(kBlank);
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(dayText(date.day()), monthText(date.month()), QString::number(date.year()));
}

QString dateLine(const QString& place, const QDate& date)
{
    const QString where = place.trimmed().isEmpty() ? kBlank : place.trimmed();
    return where + QStringLiteral(", ") + dateWords(date);
}

QString shortDate(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("%1/%1/%1").arg(kBlank);
    return dayText(date.day()) + QLatin1Char('/') + monthText(date.month()) + QLatin1Char('/') +
           QString::number(date.year());
}

QString timeAndDate(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("%1 giờ %1 phút, ngày %2").arg(kBlank, shortDate(QDate()));
    return QStringLiteral("%1 giờ %2 phút, ngày %3")
        .arg(twoDigits(time.time().hour()), twoDigits(time.time().minute()),
             shortDate(time.date()));
}

} // namespace VietnameseDate
