#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How times and dates are stored: ISO 8601 text with the local offset
// ("2024-03-05T08:15:00+07:00"); dates as "2024-03-05". Text of one office sorts in time
// order, so indexes and comparisons work on it directly.
namespace SqlTime {
QString toSql(const QDateTime& time);   // empty for an invalid time
QDateTime fromSql(const QString& text); // invalid for empty or malformed text
QString dateToSql(const QDate& date);
QDate dateFromSql(const QString& text);
} // namespace SqlTime
