#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// What a day is in the working-day calendar (DOMAIN §6).
enum class DayKind {
    Weekday,      // Monday–Friday, working
    Weekend,      // Saturday or Sunday, rest (Quyết định 188/1999/QĐ-TTg)
    Holiday,      // statutory holiday (BLLĐ 2019 Điều 112) or one the officer adds
    Compensatory, // nghỉ bù: a holiday fell on a weekend (BLLĐ 2019 Điều 111 khoản 3)
    DayOff,       // hoán đổi: a weekday off, worked on another day by government notice
    WorkingDay    // làm bù: a Saturday (or other rest day) worked by government notice
};

namespace DayKinds {
// "weekday", "weekend", "holiday", "compensatory", "day-off", "working-day": the spelling
// in the database and in the command line's output.
QString key(DayKind kind);
bool fromKey(const QString& key, DayKind* kind);
// Whether a day of this kind is worked.
bool isWorking(DayKind kind);
// The rule a day of this kind comes from when no notice is recorded: BLLĐ 2019 Điều 112
// for a holiday, Điều 111 khoản 3 for a compensatory day, the weekly rest for a weekend.
QString statutoryBasis(DayKind kind);
// Translated name for the user interface.
QString label(DayKind kind);
} // namespace DayKinds

// One row of the calendar the officer maintains: a date that differs from the plain
// Monday–Friday week, with the government notice it comes from.
struct CalendarEntry
{
    qint64 id = 0; // 0 until stored
    QDate date;
    DayKind kind = DayKind::Holiday; // Holiday, Compensatory, DayOff or WorkingDay
    QString name;
    QString noticeNumber; // e.g. "2450/VPCP-KGVX"
    QString note;
    // The legal basis (law, decree or notice) when it is more than the notice number, and
    // the day it was last checked against that source (shipped data carries both).
    QString basis;
    QDate checkedOn;
    // Non-zero: a holiday repeated every year on date's day and month from this year on
    // (for example 24/11, Ngày Văn hóa Việt Nam, once it becomes law). date's year is then
    // the effective year.
    int effectiveYear = 0;

    bool isRecurring() const { return effectiveYear != 0; }
    bool isWorking() const { return DayKinds::isWorking(kind); }

    // Checks every field; the message names the field and the problem.
    bool validate(QString* error) const;

    bool operator==(const CalendarEntry& other) const;

    Q_DECLARE_TR_FUNCTIONS(CalendarEntry)
};

// Where a year's calendar comes from.
enum class YearStatus {
    Provisional, // generated from the statutory rules, not yet confirmed by an officer
    Official,    // the Government's civil-service schedule, entered with its notices
    Confirmed    // generated, then checked and confirmed by an officer
};

namespace YearStatuses {
QString key(YearStatus status); // "provisional", "official", "confirmed"
bool fromKey(const QString& key, YearStatus* status);
QString label(YearStatus status);
} // namespace YearStatuses

struct CalendarYear
{
    int year = 0;
    YearStatus status = YearStatus::Provisional;
    QString noticeNumbers; // the notices the year's schedule comes from
};
