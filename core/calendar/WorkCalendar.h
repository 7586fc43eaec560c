#pragma once

#include "CalendarEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

// One day as the working-day calendar sees it.
struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Weekday;
    bool working = true;
    QString name;
    QString noticeNumber;
    QString note;
    // The law or notice the day rests on ("BLLĐ 2019 Điều 112; 12729/VPCP-KGVX",
    // "Nghị quyết 28/2026/QH16"), and when shipped data was last checked against it.
    QString basis;
    QDate checkedOn;
    bool provisional = false; // the year's schedule is generated, not yet confirmed
    qint64 entryId = 0;       // the stored entry behind the day, 0 when generated or plain
};

// The working-day calendar of 1900–2199 (DOMAIN §6): Saturday and Sunday rest, the
// statutory holidays and compensatory days, the official schedules and the officer's
// entries. A value class: copies share one immutable index, so copying is cheap and a
// calendar can be handed to other threads.
//
// Besides the per-day answer it keeps a prefix count of working days and the list of
// working days, so the due-date engine finds "the N-th working day after" in constant time.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    // The statutory rules alone, every year provisional (no database needed).
    WorkCalendar();
    // The calendar an office's stored entries and year statuses describe: official and
    // confirmed years are exactly their entries; other years are generated from the
    // statutory rules with the officer's entries applied on top.
    WorkCalendar(const QList<CalendarEntry>& entries, const QList<CalendarYear>& years);

    static QDate firstDate(); // 1900-01-01
    static QDate lastDate();  // 2199-12-31
    static bool contains(const QDate& date);

    // Outside 1900–2199 the plain Monday–Friday rule answers.
    bool isWorkingDay(const QDate& date) const;
    CalendarDay day(const QDate& date) const;
    // Every date of the year whose status differs from a plain Monday–Friday working day,
    // in date order.
    QList<CalendarDay> specialDays(int year) const;

    YearStatus yearStatus(int year) const;
    bool isProvisional(int year) const { return yearStatus(year) == YearStatus::Provisional; }
    QString yearNotices(int year) const;

    // The days BLLĐ 2019 Điều 111–112 give a year when the Government has published no
    // schedule: holidays, Tết as the day before and the first four days of the lunar year,
    // 2/9 with one adjacent day, and a compensatory day for each holiday on a rest day.
    // recurring: holidays with an effective year, added from that year on.
    static QList<CalendarEntry> statutoryEntries(int year,
                                                 const QList<CalendarEntry>& recurring = {});

    // Same working days, kinds and names everywhere.
    bool operator==(const WorkCalendar& other) const;
    bool operator!=(const WorkCalendar& other) const { return !(*this == other); }

    // The fast index used by DueDateEngine. Day indexes count from firstDate() (0).
    static int dayCount();
    static int indexOf(const QDate& date) // -1 outside the range
    {
        const qint64 index = date.toJulianDay() - firstJulianDay;
        return date.isValid() && index >= 0 && index < dayCount() ? int(index) : -1;
    }
    static QDate dateAt(int index) { return QDate::fromJulianDay(firstJulianDay + index); }
    bool isWorkingIndex(int index) const;
    // Working days in the day indexes [0, index).
    int workingDaysBefore(int index) const;
    // Day index of the working day with the given ordinal (0 = the first working day of
    // 1900); -1 past the end.
    int workingDayIndex(int ordinal) const;

private:
    struct Data;
    static constexpr qint64 firstJulianDay = 2415021; // 1900-01-01
    static std::shared_ptr<const Data> build(const QList<CalendarEntry>& entries,
                                             const QList<CalendarYear>& years);
    std::shared_ptr<const Data> d;
};
