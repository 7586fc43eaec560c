#include "LunarCalendar.h"

#include "Astronomy.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr int firstYear = 1900;
constexpr int lastYear = 2199;
constexpr double timeZoneDays = 7.0 / 24.0; // Vietnam: UTC+7

// Julian day number of the local (UTC+7) civil day that contains the instant jdUt.
qint64 localDay(double jdUt)
{
    return qint64(std::floor(jdUt + 0.5 + timeZoneDays));
}

// Sun's longitude at the local midnight that begins the civil day dayNumber.
double longitudeAtStartOf(qint64 dayNumber)
{
    return Astronomy::solarLongitude(double(dayNumber) - 0.5 - timeZoneDays);
}

// Which of the twelve 30° sectors (one principal term, trung khí, begins each) the Sun is
// in at the start of a day.
int sectorAtStartOf(qint64 dayNumber)
{
    return int(longitudeAtStartOf(dayNumber) / 30.0);
}

struct Month
{
    qint64 start; // Julian day number of day 1
    int year;
    int number;
    bool leap;
};

// Every lunar month overlapping 1900–2199, in order, and where each lunar year begins.
class MonthTable
{
public:
    MonthTable() { build(); }

    std::vector<Month> months;       // the last entry only closes the one before it
    std::vector<int> yearFirstMonth; // index of month 1 of lunar year (firstYear - 1 + i)

private:
    // The new moon number and start day of month 11 of Gregorian year y: the month whose
    // days contain the December solstice, i.e. the last one starting before the Sun
    // reaches 270°.
    static int month11Index(int y)
    {
        const qint64 lastDay = QDate(y, 12, 31).toJulianDay();
        int k = Astronomy::newMoonIndexNear(double(lastDay)) + 1;
        while (localDay(Astronomy::newMoonUt(k)) > lastDay ||
               longitudeAtStartOf(localDay(Astronomy::newMoonUt(k))) >= 270.0)
            --k;
        return k;
    }

    void build()
    {
        // The year of months 11 and 12 that precede 1900-01-01 starts at month 11 of 1898.
        const int firstSui = firstYear - 2;
        int k = month11Index(firstSui);
        for (int y = firstSui; y <= lastYear; ++y) {
            const int nextK = month11Index(y + 1);
            const int count = nextK - k; // 12 or 13 months from month 11 to month 11
            std::vector<qint64> starts;
            for (int i = 0; i <= count; ++i)
                starts.push_back(localDay(Astronomy::newMoonUt(k + i)));
            int leapIndex = -1;
            if (count == 13) {
                for (int i = 1; i < count; ++i) {
                    if (sectorAtStartOf(starts[i]) == sectorAtStartOf(starts[i + 1])) {
                        leapIndex = i;
                        break;
                    }
                }
            }
            int number = 10;
            int year = y;
            for (int i = 0; i < count; ++i) {
                const bool leap = i == leapIndex;
                if (!leap) {
                    number = number % 12 + 1;
                    if (number == 1)
                        year = y + 1;
                }
                months.push_back({starts[i], year, number, leap});
            }
            k = nextK;
        }
        months.push_back({localDay(Astronomy::newMoonUt(k)), lastYear + 1, 11, false});

        yearFirstMonth.assign(lastYear - firstYear + 3, -1);
        for (std::size_t i = 0; i + 1 < months.size(); ++i) {
            const Month& m = months[i];
            if (m.number == 1 && !m.leap && m.year >= firstYear - 1 && m.year <= lastYear + 1)
                yearFirstMonth[std::size_t(m.year - (firstYear - 1))] = int(i);
        }
    }
};

const MonthTable& table()
{
    static const MonthTable instance;
    return instance;
}

// Index of the month containing the given Julian day number, -1 outside the table.
int monthIndexOf(qint64 dayNumber)
{
    const auto& months = table().months;
    auto it = std::upper_bound(months.begin(), months.end(), dayNumber,
                               [](qint64 day, const Month& m) { return day < m.start; });
    if (it == months.begin() || it == months.end())
        return -1;
    return int(it - months.begin()) - 1;
}

// Index of (year, month, leap), -1 when no such month exists in the table.
int findMonth(int year, int month, bool leap)
{
    const MonthTable& t = table();
    if (year < firstYear - 1 || year > lastYear + 1)
        return -1;
    const int first = t.yearFirstMonth[std::size_t(year - (firstYear - 1))];
    if (first < 0)
        return -1;
    for (std::size_t i = std::size_t(first); i + 1 < t.months.size(); ++i) {
        const Month& m = t.months[i];
        if (m.year != year)
            break;
        if (m.number == month && m.leap == leap)
            return int(i);
    }
    return -1;
}

} // namespace

QDate LunarCalendar::firstDate()
{
    return QDate(firstYear, 1, 1);
}

QDate LunarCalendar::lastDate()
{
    return QDate(lastYear, 12, 31);
}

LunarDate LunarCalendar::toLunar(const QDate& solar)
{
    if (!solar.isValid() || solar < firstDate() || solar > lastDate())
        return LunarDate();
    const qint64 day = solar.toJulianDay();
    const int index = monthIndexOf(day);
    if (index < 0)
        return LunarDate();
    const Month& m = table().months[std::size_t(index)];
    return LunarDate{m.year, m.number, int(day - m.start) + 1, m.leap};
}

bool LunarCalendar::toLunar(const QDate& solar, LunarDate* lunar, QString* error)
{
    const LunarDate result = toLunar(solar);
    if (result.isNull()) {
        if (error)
            *error = tr("The date %1 is outside the supported range %2 to %3.")
                         .arg(solar.toString(Qt::ISODate), firstDate().toString(Qt::ISODate),
                              lastDate().toString(Qt::ISODate));
        return false;
    }
    if (lunar)
        *lunar = result;
    return true;
}

QDate LunarCalendar::toSolar(const LunarDate& lunar, QString* error)
{
    return toSolar(lunar.year, lunar.month, lunar.day, lunar.leap, error);
}

QDate LunarCalendar::toSolar(int year, int month, int day, bool leap, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QDate();
    };
    if (month < 1 || month > 12)
        return fail(tr("Lunar month %1 does not exist: months run from 1 to 12.").arg(month));
    if (day < 1 || day > 30)
        return fail(tr("Lunar day %1 does not exist: days run from 1 to 30.").arg(day));
    const int index = findMonth(year, month, leap);
    if (index < 0) {
        if (leap && findMonth(year, month, false) >= 0)
            return fail(tr("Lunar year %1 has no leap month %2.").arg(year).arg(month));
        return fail(tr("The lunar month %1/%2 is outside the supported range (solar years "
                       "%3 to %4).")
                        .arg(month)
                        .arg(year)
                        .arg(firstYear)
                        .arg(lastYear));
    }
    const auto& months = table().months;
    const Month& m = months[std::size_t(index)];
    const int length = int(months[std::size_t(index) + 1].start - m.start);
    if (day > length)
        return fail(tr("Lunar month %1%2 of year %3 has only %4 days, so day %5 does not exist.")
                        .arg(month)
                        .arg(leap ? tr(" (leap)") : QString())
                        .arg(year)
                        .arg(length)
                        .arg(day));
    const QDate solar = QDate::fromJulianDay(m.start + day - 1);
    if (solar < firstDate() || solar > lastDate())
        return fail(tr("The lunar date %1/%2/%3 falls on %4, outside the supported range %5 "
                       "to %6.")
                        .arg(day)
                        .arg(month)
                        .arg(year)
                        .arg(solar.toString(Qt::ISODate), firstDate().toString(Qt::ISODate),
                             lastDate().toString(Qt::ISODate)));
    return solar;
}

int LunarCalendar::leapMonth(int lunarYear)
{
    for (int month = 1; month <= 12; ++month) {
        if (findMonth(lunarYear, month, true) >= 0)
            return month;
    }
    return 0;
}

int LunarCalendar::monthLength(int lunarYear, int month, bool leap)
{
    const int index = findMonth(lunarYear, month, leap);
    if (index < 0)
        return 0;
    const auto& months = table().months;
    return int(months[std::size_t(index) + 1].start - months[std::size_t(index)].start);
}

QDate LunarCalendar::newYear(int lunarYear)
{
    return toSolar(lunarYear, 1, 1, false);
}
