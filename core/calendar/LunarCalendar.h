#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A date of the Vietnamese lunar calendar (âm lịch). year is the lunar year, named after
// the Gregorian year in which its first day (Tết) falls; month 1–12; leap marks the
// intercalary month (tháng nhuận) that repeats the number of the month before it.
struct LunarDate
{
    int year = 0;
    int month = 0;
    int day = 0;
    bool leap = false;

    bool isNull() const { return year == 0; }
    bool operator==(const LunarDate& other) const
    {
        return year == other.year && month == other.month && day == other.day && leap == other.leap;
    }
    bool operator!=(const LunarDate& other) const { return !(*this == other); }
};

// The Vietnamese lunar calendar, computed for UTC+7 (meridian 105°E) from the new-moon
// series and the Sun's longitude (DOMAIN §6, after Hồ Ngọc Đức's method built on Meeus):
// a month starts on the local civil day containing the new moon; month 11 contains the
// December solstice; in a year of thirteen months the first month after month 11 in which
// no principal solar term begins is the leap month.
//
// Valid for every solar day from 1900-01-01 to 2199-12-31. The month starts are computed
// once, on first use, so every conversion afterwards is a table look-up. Thread-safe.
class LunarCalendar
{
    Q_DECLARE_TR_FUNCTIONS(LunarCalendar)

public:
    static QDate firstDate(); // 1900-01-01
    static QDate lastDate();  // 2199-12-31

    // Null LunarDate outside the supported range.
    static LunarDate toLunar(const QDate& solar);
    static bool toLunar(const QDate& solar, LunarDate* lunar, QString* error);

    // Invalid QDate with error set when the lunar date does not exist (a leap flag on a
    // month that is not leap, day 30 of a 29-day month, …) or is outside the range.
    static QDate toSolar(const LunarDate& lunar, QString* error = nullptr);
    static QDate toSolar(int year, int month, int day, bool leap = false, QString* error = nullptr);

    // The leap month of a lunar year, 0 when the year has none.
    static int leapMonth(int lunarYear);
    // 29 or 30; 0 when the month does not exist in the supported range.
    static int monthLength(int lunarYear, int month, bool leap = false);
    // Tết Nguyên đán, the first day of the lunar year; invalid outside the range.
    static QDate newYear(int lunarYear);
};
