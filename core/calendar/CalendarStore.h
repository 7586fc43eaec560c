#pragma once

#include "CalendarEntry.h"
#include "accounts/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class WorkCalendar;

// Reads and writes the working-day calendar (tables calendar_entries and calendar_years),
// so every desk sharing the database computes the same due dates.
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    explicit CalendarStore(const Database& db)
        : m_db(db)
    {}

    // The whole calendar 1900–2199: stored entries and year statuses on top of the
    // statutory rules.
    bool loadCalendar(WorkCalendar* calendar, QString* error) const;

    // Every stored entry in date order (year 0 = all years).
    bool loadEntries(QList<CalendarEntry>* entries, QString* error, int year = 0) const;
    bool loadYears(QList<CalendarYear>* years, QString* error) const;

    // Every write needs an actor allowed to change the calendar (Permission::ChangeCalendar):
    // a counter officer is refused here, in core.

    // Validates, refuses a second entry on the same date, stores and sets entry->id.
    bool addEntry(const User& actor, CalendarEntry* entry, QString* error) const;
    // Changes the stored entry with entry.id.
    bool updateEntry(const User& actor, const CalendarEntry& entry, QString* error) const;
    bool removeEntry(const User& actor, qint64 id, QString* error) const;

    // An officer has checked a provisional year: its generated days become stored entries
    // (editable from now on) and the year is marked confirmed, in one transaction.
    bool confirmYear(const User& actor, int year, const QString& noticeNumbers,
                     QString* error) const;

private:
    bool dateTaken(const CalendarEntry& entry, bool* taken, QString* error) const;

    const Database& m_db;
};
