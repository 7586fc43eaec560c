#include "WorkCalendar.h"

#include "LunarCalendar.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <vector>

namespace {
constexpr int firstYear = 1900;
constexpr int lastYear = 2199;
constexpr int yearCount = lastYear - firstYear + 1;

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

CalendarEntry generated(const QDate& date, DayKind kind, const QString& name,
                        const QString& basis = QString())
{
    CalendarEntry entry;
    entry.date = date;
    entry.kind = kind;
    entry.name = name;
    entry.basis = basis.isEmpty() ? DayKinds::statutoryBasis(kind) : basis;
    return entry;
}

// What a day rests on: the entry's own basis, else its notice (an officer's entry may have
// neither).
QString basisOf(const CalendarEntry& entry)
{
    const QString basis = entry.basis.trimmed();
    return basis.isEmpty() ? entry.noticeNumber.trimmed() : basis;
}
} // namespace

struct WorkCalendar::Data
{
    std::vector<quint8> working;      // per day index
    std::vector<qint32> prefix;       // working days in [0, i)
    std::vector<qint32> workingDays;  // day index of each working day, in order
    QHash<int, CalendarDay> special;  // days that are not plain weekdays or weekends
    std::vector<YearStatus> statuses; // per year
    std::vector<QString> notices;     // per year

    void buildIndex()
    {
        const int count = int(working.size());
        prefix.assign(std::size_t(count) + 1, 0);
        workingDays.clear();
        workingDays.reserve(std::size_t(count));
        for (int i = 0; i < count; ++i) {
            prefix[std::size_t(i) + 1] = prefix[std::size_t(i)] + working[std::size_t(i)];
            if (working[std::size_t(i)])
                workingDays.push_back(i);
        }
    }
};

QDate WorkCalendar::firstDate()
{
    return QDate(firstYear, 1, 1);
}

QDate WorkCalendar::lastDate()
{
    return QDate(lastYear, 12, 31);
}

bool WorkCalendar::contains(const QDate& date)
{
    return indexOf(date) >= 0;
}

int WorkCalendar::dayCount()
{
    static const int count = int(firstDate().daysTo(lastDate())) + 1;
    return count;
}

WorkCalendar::WorkCalendar()
{
    static const std::shared_ptr<const Data> statutory = build({}, {});
    d = statutory;
}

WorkCalendar::WorkCalendar(const QList<CalendarEntry>& entries, const QList<CalendarYear>& years)
    : d(build(entries, years))
{}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    const int index = indexOf(date);
    if (index < 0)
        return date.isValid() && !isWeekend(date);
    return d->working[std::size_t(index)] != 0;
}

CalendarDay WorkCalendar::day(const QDate& date) const
{
    const int index = indexOf(date);
    if (index >= 0) {
        const auto it = d->special.constFind(index);
        if (it != d->special.constEnd())
            return it.value();
    }
    CalendarDay plain;
    plain.date = date;
    plain.kind = isWeekend(date) ? DayKind::Weekend : DayKind::Weekday;
    plain.working = !isWeekend(date);
    if (isWeekend(date))
        plain.basis = DayKinds::statutoryBasis(DayKind::Weekend);
    plain.provisional = index >= 0 && isProvisional(date.year());
    return plain;
}

QList<CalendarDay> WorkCalendar::specialDays(int year) const
{
    QList<CalendarDay> days;
    if (year < firstYear || year > lastYear)
        return days;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const CalendarDay info = day(date);
        if (info.kind != DayKind::Weekday)
            days.append(info);
    }
    return days;
}

YearStatus WorkCalendar::yearStatus(int year) const
{
    if (year < firstYear || year > lastYear)
        return YearStatus::Provisional;
    return d->statuses[std::size_t(year - firstYear)];
}

QString WorkCalendar::yearNotices(int year) const
{
    if (year < firstYear || year > lastYear)
        return QString();
    return d->notices[std::size_t(year - firstYear)];
}

bool WorkCalendar::isWorkingIndex(int index) const
{
    return d->working[std::size_t(index)] != 0;
}

int WorkCalendar::workingDaysBefore(int index) const
{
    return d->prefix[std::size_t(index)];
}

int WorkCalendar::workingDayIndex(int ordinal) const
{
    if (ordinal < 0 || ordinal >= int(d->workingDays.size()))
        return -1;
    return d->workingDays[std::size_t(ordinal)];
}

bool WorkCalendar::operator==(const WorkCalendar& other) const
{
    if (d == other.d)
        return true;
    if (d->working != other.d->working || d->statuses != other.d->statuses)
        return false;
    if (d->special.size() != other.d->special.size())
        return false;
    for (auto it = d->special.constBegin(); it != d->special.constEnd(); ++it) {
        const auto other_it = other.d->special.constFind(it.key());
        if (other_it == other.d->special.constEnd())
            return false;
        const CalendarDay& a = it.value();
        const CalendarDay& b = other_it.value();
        if (a.kind != b.kind || a.working != b.working || a.name != b.name)
            return false;
    }
    return true;
}

QList<CalendarEntry> WorkCalendar::statutoryEntries(int year, const QList<CalendarEntry>& recurring)
{
    QList<CalendarEntry> result;
    if (year < firstYear || year > lastYear)
        return result;

    // BLLĐ 2019 Điều 112 khoản 1: the eleven statutory days.
    std::map<QDate, QString> holidays;
    QHash<QDate, QString> bases; // holidays made law later keep their own basis
    auto add = [&holidays](const QDate& date, const QString& name) {
        if (date.isValid() && date.year() >= firstYear && date.year() <= lastYear)
            holidays.emplace(date, name);
    };
    QList<QPair<QDate, QString>> clashes; // a second holiday on a day already off
    auto addOrClash = [&](const QDate& date, const QString& name) {
        if (holidays.count(date))
            clashes.append({date, name});
        else
            add(date, name);
    };

    add(QDate(year, 1, 1), tr("New Year's Day"));
    // Tết: five days, which ones the Prime Minister decides each year; provisionally the
    // last day of the old year and the first four of the new (as in 2026).
    const QDate tet = LunarCalendar::newYear(year);
    if (tet.isValid()) {
        for (int offset = -1; offset <= 3; ++offset)
            add(tet.addDays(offset), tr("Lunar New Year (Tết)"));
    }
    addOrClash(LunarCalendar::toSolar(year, 3, 10), tr("Hùng Kings' Commemoration Day"));
    addOrClash(QDate(year, 4, 30), tr("Reunification Day"));
    addOrClash(QDate(year, 5, 1), tr("International Labour Day"));
    // 2/9 and one adjacent day (1/9 or 3/9), chosen each year by the Government;
    // provisionally the one that joins the holiday to a weekend or keeps the break short.
    const QDate nationalDay(year, 9, 2);
    add(nationalDay, tr("National Day"));
    switch (nationalDay.dayOfWeek()) {
    case Qt::Monday:
    case Qt::Thursday:
    case Qt::Sunday:
        add(QDate(year, 9, 3), tr("National Day"));
        break;
    default:
        add(QDate(year, 9, 1), tr("National Day"));
        break;
    }
    for (const CalendarEntry& entry : recurring) {
        if (entry.isRecurring() && entry.kind == DayKind::Holiday && entry.effectiveYear <= year) {
            const QDate date(year, entry.date.month(), entry.date.day());
            addOrClash(date, entry.name);
            bases.insert(date, basisOf(entry));
        }
    }

    for (const auto& [date, name] : holidays)
        result.append(generated(date, DayKind::Holiday, name, bases.value(date)));

    // BLLĐ 2019 Điều 111 khoản 3: a holiday on a weekly rest day gives the next working
    // day off; a holiday on a day already off is treated the same way.
    std::map<QDate, QString> compensatory;
    QHash<QDate, QString> compensatoryBases;
    auto compensate = [&](const QDate& from, const QString& name) {
        QDate day = from.addDays(1);
        while (isWeekend(day) || holidays.count(day) || compensatory.count(day))
            day = day.addDays(1);
        compensatory.emplace(day, tr("Compensatory day off for %1").arg(name));
        if (bases.contains(from))
            compensatoryBases.insert(day, DayKinds::statutoryBasis(DayKind::Compensatory) +
                                              QStringLiteral("; ") + bases.value(from));
    };
    QList<QPair<QDate, QString>> owed;
    for (const auto& [date, name] : holidays) {
        if (isWeekend(date))
            owed.append({date, name});
    }
    owed.append(clashes);
    std::sort(owed.begin(), owed.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [date, name] : owed)
        compensate(date, name);
    for (const auto& [date, name] : compensatory)
        result.append(generated(date, DayKind::Compensatory, name, compensatoryBases.value(date)));

    std::sort(result.begin(), result.end(),
              [](const CalendarEntry& a, const CalendarEntry& b) { return a.date < b.date; });
    return result;
}

std::shared_ptr<const WorkCalendar::Data> WorkCalendar::build(const QList<CalendarEntry>& entries,
                                                              const QList<CalendarYear>& years)
{
    auto data = std::make_shared<WorkCalendar::Data>();
    const int count = WorkCalendar::dayCount();
    data->working.assign(std::size_t(count), 0);
    data->statuses.assign(std::size_t(yearCount), YearStatus::Provisional);
    data->notices.assign(std::size_t(yearCount), QString());
    for (const CalendarYear& year : years) {
        if (year.year >= firstYear && year.year <= lastYear) {
            data->statuses[std::size_t(year.year - firstYear)] = year.status;
            data->notices[std::size_t(year.year - firstYear)] = year.noticeNumbers;
        }
    }

    // Mon–Fri works, Saturday and Sunday rest (Quyết định 188/1999/QĐ-TTg).
    int weekday = WorkCalendar::firstDate().dayOfWeek();
    for (int i = 0; i < count; ++i) {
        data->working[std::size_t(i)] = weekday < 6 ? 1 : 0;
        weekday = weekday % 7 + 1;
    }

    QList<CalendarEntry> recurring;
    QHash<int, QList<CalendarEntry>> byYear;
    for (const CalendarEntry& entry : entries) {
        if (!entry.date.isValid())
            continue;
        if (entry.isRecurring())
            recurring.append(entry);
        else
            byYear[entry.date.year()].append(entry);
    }

    auto apply = [&data](const CalendarEntry& entry, bool provisional) {
        const int index = WorkCalendar::indexOf(entry.date);
        if (index < 0)
            return;
        CalendarDay day;
        day.date = entry.date;
        day.kind = entry.kind;
        day.working = DayKinds::isWorking(entry.kind);
        day.name = entry.name;
        day.noticeNumber = entry.noticeNumber;
        day.note = entry.note;
        day.basis = basisOf(entry);
        day.checkedOn = entry.checkedOn;
        day.provisional = provisional;
        day.entryId = entry.id;
        data->working[std::size_t(index)] = day.working ? 1 : 0;
        data->special.insert(index, day);
    };

    for (int year = firstYear; year <= lastYear; ++year) {
        const YearStatus status = data->statuses[std::size_t(year - firstYear)];
        const QList<CalendarEntry> own = byYear.value(year);
        if (status == YearStatus::Provisional) {
            for (const CalendarEntry& entry : WorkCalendar::statutoryEntries(year, recurring))
                apply(entry, true);
            for (const CalendarEntry& entry : own)
                apply(entry, true);
        } else {
            for (const CalendarEntry& entry : own)
                apply(entry, false);
            // A holiday made law after the year was confirmed still applies.
            for (const CalendarEntry& entry : recurring) {
                if (entry.effectiveYear > year)
                    continue;
                CalendarEntry occurrence = entry;
                occurrence.date = QDate(year, entry.date.month(), entry.date.day());
                const int index = WorkCalendar::indexOf(occurrence.date);
                if (index >= 0 && !data->special.contains(index))
                    apply(occurrence, false);
            }
        }
    }
    data->buildIndex();
    return data;
}
