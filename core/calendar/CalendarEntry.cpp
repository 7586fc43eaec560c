#include "CalendarEntry.h"

#include "LunarCalendar.h"

namespace {
constexpr DayKind allKinds[] = {DayKind::Weekday,      DayKind::Weekend, DayKind::Holiday,
                                DayKind::Compensatory, DayKind::DayOff,  DayKind::WorkingDay};
constexpr YearStatus allStatuses[] = {YearStatus::Provisional, YearStatus::Official,
                                      YearStatus::Confirmed};
} // namespace

QString DayKinds::key(DayKind kind)
{
    switch (kind) {
    case DayKind::Weekday:
        return QStringLiteral("weekday");
    case DayKind::Weekend:
        return QStringLiteral("weekend");
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    case DayKind::Compensatory:
        return QStringLiteral("compensatory");
    case DayKind::DayOff:
        return QStringLiteral("day-off");
    case DayKind::WorkingDay:
        return QStringLiteral("working-day");
    }
    return QString();
}

bool DayKinds::fromKey(const QString& key, DayKind* kind)
{
    for (DayKind candidate : allKinds) {
        if (DayKinds::key(candidate) == key) {
            if (kind)
                *kind = candidate;
            return true;
        }
    }
    return false;
}

bool DayKinds::isWorking(DayKind kind)
{
    return kind == DayKind::Weekday || kind == DayKind::WorkingDay;
}

QString DayKinds::statutoryBasis(DayKind kind)
{
    switch (kind) {
    case DayKind::Holiday:
        return QStringLiteral("BLLĐ 2019 Điều 112");
    case DayKind::Compensatory:
        return QStringLiteral("BLLĐ 2019 Điều 111 khoản 3");
    case DayKind::Weekend:
        return QStringLiteral("QĐ 188/1999/QĐ-TTg");
    case DayKind::Weekday:
    case DayKind::DayOff:
    case DayKind::WorkingDay:
        break;
    }
    return QString();
}

QString DayKinds::label(DayKind kind)
{
    switch (kind) {
    case DayKind::Weekday:
        return CalendarEntry::tr("Working day");
    case DayKind::Weekend:
        return CalendarEntry::tr("Weekend");
    case DayKind::Holiday:
        return CalendarEntry::tr("Holiday");
    case DayKind::Compensatory:
        return CalendarEntry::tr("Compensatory day off");
    case DayKind::DayOff:
        return CalendarEntry::tr("Swapped day off");
    case DayKind::WorkingDay:
        return CalendarEntry::tr("Swapped working day");
    }
    return QString();
}

bool CalendarEntry::validate(QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!date.isValid())
        return fail(tr("Date: enter the date of the day."));
    if (date < LunarCalendar::firstDate() || date > LunarCalendar::lastDate())
        return fail(tr("Date: %1 is outside the supported years %2 to %3.")
                        .arg(date.toString(Qt::ISODate))
                        .arg(LunarCalendar::firstDate().year())
                        .arg(LunarCalendar::lastDate().year()));
    if (kind == DayKind::Weekday || kind == DayKind::Weekend)
        return fail(tr("Kind: choose holiday, compensatory day off, swapped day off or swapped "
                       "working day."));
    // Swapped days exist only by a government notice: its number is part of the record.
    if ((kind == DayKind::DayOff || kind == DayKind::WorkingDay) &&
        noticeNumber.trimmed().isEmpty())
        return fail(tr("Notice number: a swapped day needs the number of the notice that "
                       "announced it."));
    if (kind == DayKind::DayOff && date.dayOfWeek() >= 6)
        return fail(tr("Date: %1 is already a weekend day; a swapped day off is a weekday.")
                        .arg(date.toString(Qt::ISODate)));
    if (effectiveYear != 0) {
        if (kind != DayKind::Holiday)
            return fail(tr("Effective year: only a holiday can repeat every year."));
        if (effectiveYear != date.year())
            return fail(tr("Effective year: %1 does not match the year of the date %2.")
                            .arg(effectiveYear)
                            .arg(date.toString(Qt::ISODate)));
        if (date.month() == 2 && date.day() == 29)
            return fail(tr("Date: a holiday repeated every year cannot fall on 29 February."));
    }
    if (name.size() > 200)
        return fail(tr("Name: at most 200 characters."));
    if (noticeNumber.size() > 200)
        return fail(tr("Notice number: at most 200 characters."));
    if (basis.size() > 300)
        return fail(tr("Legal basis: at most 300 characters."));
    return true;
}

bool CalendarEntry::operator==(const CalendarEntry& other) const
{
    return id == other.id && date == other.date && kind == other.kind && name == other.name &&
           noticeNumber == other.noticeNumber && note == other.note && basis == other.basis &&
           checkedOn == other.checkedOn && effectiveYear == other.effectiveYear;
}

QString YearStatuses::key(YearStatus status)
{
    switch (status) {
    case YearStatus::Provisional:
        return QStringLiteral("provisional");
    case YearStatus::Official:
        return QStringLiteral("official");
    case YearStatus::Confirmed:
        return QStringLiteral("confirmed");
    }
    return QString();
}

bool YearStatuses::fromKey(const QString& key, YearStatus* status)
{
    for (YearStatus candidate : allStatuses) {
        if (YearStatuses::key(candidate) == key) {
            if (status)
                *status = candidate;
            return true;
        }
    }
    return false;
}

QString YearStatuses::label(YearStatus status)
{
    switch (status) {
    case YearStatus::Provisional:
        return CalendarEntry::tr("Provisional");
    case YearStatus::Official:
        return CalendarEntry::tr("Official");
    case YearStatus::Confirmed:
        return CalendarEntry::tr("Confirmed");
    }
    return QString();
}
