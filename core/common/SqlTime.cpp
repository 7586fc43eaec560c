#include "SqlTime.h"

QString SqlTime::toSql(const QDateTime& time)
{
    if (!time.isValid())
        return QString();
    // Fixing the offset writes it out explicitly ("+07:00", never "Z" or nothing).
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

QDateTime SqlTime::fromSql(const QString& text)
{
    if (text.isEmpty())
        return QDateTime();
    return QDateTime::fromString(text, Qt::ISODate);
}

QString SqlTime::dateToSql(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate SqlTime::dateFromSql(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}
