#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates and times as Vietnamese administrative documents write them.
// Nghị định 30/2020/NĐ-CP, Phụ lục I: a day below 10 and a month below 3 take a leading zero
// ("ngày 05 tháng 01 năm 2024", "ngày 15 tháng 3 năm 2024"). The numeric forms follow the same
// rule so that one document never mixes two styles.
namespace VietnameseDate {
// "05" for 5, "15" for 15.
QString dayText(int day);
// "01" and "02" for January and February, "3" … "12" otherwise.
QString monthText(int month);
// "ngày 05 tháng 3 năm 2024"; "ngày … tháng … năm …" for an invalid date (a blank to fill in).
QString dateWords(const QDate& date);
// "Tân Bình, ngày 05 tháng 3 năm 2024" (the place-and-date line of the national header).
QString dateLine(const QString& place, const QDate& date);
// "05/3/2024"; "…/…/…" for an invalid date.
QString shortDate(const QDate& date);
// "08 giờ 15 phút, ngày 05/3/2024"; a blank to fill in for an invalid time.
QString timeAndDate(const QDateTime& time);
} // namespace VietnameseDate
