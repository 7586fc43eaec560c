#include "CalendarStore.h"

#include "WorkCalendar.h"
#include "accounts/Permissions.h"
#include "audit/AuditLog.h"
#include "common/SqlTime.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Calendar changes go into the audit log in their transaction (issue 15); the detail is
// "add|update|remove DATE KIND NAME" or "confirm YEAR NOTICES" (AuditDetail describes it).
bool audit(const Database& db, const User& actor, const QString& detail, QString* error)
{
    return AuditLog::append(db,
                            {0, QDateTime::currentDateTime(), actor.name(),
                             QStringLiteral("calendar"), QString(), detail, QString()},
                            error);
}

QString entryDetail(const char* verb, const CalendarEntry& entry)
{
    return QLatin1String(verb) + QLatin1Char(' ') + entry.date.toString(Qt::ISODate) +
           QLatin1Char(' ') + DayKinds::key(entry.kind) + QLatin1Char(' ') + entry.name;
}

QString queryError(const QSqlQuery& query)
{
    return query.lastError().text();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

void bindEntry(QSqlQuery& query, const CalendarEntry& entry)
{
    query.bindValue(QStringLiteral(":day"), SqlTime::dateToSql(entry.date));
    query.bindValue(QStringLiteral(":kind"), DayKinds::key(entry.kind));
    query.bindValue(QStringLiteral(":working"), entry.isWorking() ? 1 : 0);
    query.bindValue(QStringLiteral(":name"), text(entry.name));
    query.bindValue(QStringLiteral(":notice"), text(entry.noticeNumber));
    query.bindValue(QStringLiteral(":note"), text(entry.note));
    query.bindValue(QStringLiteral(":basis"), text(entry.basis));
    query.bindValue(QStringLiteral(":checked"), text(SqlTime::dateToSql(entry.checkedOn)));
    query.bindValue(QStringLiteral(":effective"),
                    entry.isRecurring() ? QVariant(entry.effectiveYear) : QVariant());
}

} // namespace

bool CalendarStore::loadCalendar(WorkCalendar* calendar, QString* error) const
{
    QList<CalendarEntry> entries;
    QList<CalendarYear> years;
    if (!loadEntries(&entries, error) || !loadYears(&years, error))
        return false;
    if (calendar)
        *calendar = WorkCalendar(entries, years);
    return true;
}

bool CalendarStore::loadEntries(QList<CalendarEntry>* entries, QString* error, int year) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, day, kind, name, notice_number, note, effective_year, basis, checked_on FROM "
        "calendar_entries "
        "WHERE (:all = 1 OR day LIKE :prefix) ORDER BY day, id"));
    query.bindValue(QStringLiteral(":all"), year == 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":prefix"),
                    QStringLiteral("%1-%").arg(year, 4, 10, QLatin1Char('0')));
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the calendar entries: %1").arg(queryError(query));
        return false;
    }
    QList<CalendarEntry> result;
    while (query.next()) {
        CalendarEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.date = SqlTime::dateFromSql(query.value(1).toString());
        if (!DayKinds::fromKey(query.value(2).toString(), &entry.kind) || !entry.date.isValid()) {
            if (error)
                *error = tr("The calendar entry %1 is damaged (date \"%2\", kind \"%3\").")
                             .arg(entry.id)
                             .arg(query.value(1).toString(), query.value(2).toString());
            return false;
        }
        entry.name = query.value(3).toString();
        entry.noticeNumber = query.value(4).toString();
        entry.note = query.value(5).toString();
        entry.effectiveYear = query.value(6).isNull() ? 0 : query.value(6).toInt();
        entry.basis = query.value(7).toString();
        entry.checkedOn = SqlTime::dateFromSql(query.value(8).toString());
        result.append(entry);
    }
    if (entries)
        *entries = result;
    return true;
}

bool CalendarStore::loadYears(QList<CalendarYear>* years, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT year, status, notice_numbers FROM calendar_years ORDER BY year"))) {
        if (error)
            *error = tr("Cannot read the calendar years: %1").arg(queryError(query));
        return false;
    }
    QList<CalendarYear> result;
    while (query.next()) {
        CalendarYear year;
        year.year = query.value(0).toInt();
        if (!YearStatuses::fromKey(query.value(1).toString(), &year.status)) {
            if (error)
                *error = tr("The calendar year %1 has an unknown status \"%2\".")
                             .arg(year.year)
                             .arg(query.value(1).toString());
            return false;
        }
        year.noticeNumbers = query.value(2).toString();
        result.append(year);
    }
    if (years)
        *years = result;
    return true;
}

bool CalendarStore::dateTaken(const CalendarEntry& entry, bool* taken, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (entry.isRecurring()) {
        // One repeated holiday per day and month.
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM calendar_entries WHERE effective_year "
                                     "IS NOT NULL AND substr(day, 6) = :monthDay AND id <> :id"));
        query.bindValue(QStringLiteral(":monthDay"), entry.date.toString(QStringLiteral("MM-dd")));
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM calendar_entries WHERE effective_year "
                                     "IS NULL AND day = :day AND id <> :id"));
        query.bindValue(QStringLiteral(":day"), SqlTime::dateToSql(entry.date));
    }
    query.bindValue(QStringLiteral(":id"), entry.id);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("Cannot read the calendar entries: %1").arg(queryError(query));
        return false;
    }
    *taken = query.value(0).toInt() > 0;
    return true;
}

bool CalendarStore::addEntry(const User& actor, CalendarEntry* entry, QString* error) const
{
    if (!Permissions::check(actor, Permission::ChangeCalendar, error))
        return false;
    if (!entry->validate(error))
        return false;
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    CalendarEntry candidate = *entry;
    candidate.id = 0;
    bool taken = false;
    if (!dateTaken(candidate, &taken, error))
        return false;
    if (taken) {
        if (error)
            *error = tr("Date: %1 already has a calendar entry; edit that one instead.")
                         .arg(entry->date.toString(Qt::ISODate));
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO calendar_entries (day, kind, working, name, notice_number, note, "
        "effective_year, basis, checked_on) VALUES (:day, :kind, :working, :name, :notice, :note, "
        ":effective, :basis, :checked) RETURNING id"));
    bindEntry(query, candidate);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot save the calendar entry for %1: %2")
                         .arg(entry->date.toString(Qt::ISODate), queryError(query));
        return false;
    }
    const qint64 id = SqlDialect::insertedId(query);
    if (!audit(m_db, actor, entryDetail("add", *entry), error) || !transaction.commit(error))
        return false;
    entry->id = id;
    return true;
}

bool CalendarStore::updateEntry(const User& actor, const CalendarEntry& entry, QString* error) const
{
    if (!Permissions::check(actor, Permission::ChangeCalendar, error))
        return false;
    if (entry.id <= 0) {
        if (error)
            *error = tr("The calendar entry has not been saved yet.");
        return false;
    }
    if (!entry.validate(error))
        return false;
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    bool taken = false;
    if (!dateTaken(entry, &taken, error))
        return false;
    if (taken) {
        if (error)
            *error = tr("Date: %1 already has another calendar entry.")
                         .arg(entry.date.toString(Qt::ISODate));
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE calendar_entries SET day = :day, kind = :kind, working = :working, name = :name, "
        "notice_number = :notice, note = :note, effective_year = :effective, basis = :basis, "
        "checked_on = :checked WHERE id = :id"));
    bindEntry(query, entry);
    query.bindValue(QStringLiteral(":id"), entry.id);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot save the calendar entry for %1: %2")
                         .arg(entry.date.toString(Qt::ISODate), queryError(query));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("The calendar entry %1 no longer exists; another desk may have removed "
                        "it.")
                         .arg(entry.id);
        return false;
    }
    return audit(m_db, actor, entryDetail("update", entry), error) && transaction.commit(error);
}

bool CalendarStore::removeEntry(const User& actor, qint64 id, QString* error) const
{
    if (!Permissions::check(actor, Permission::ChangeCalendar, error))
        return false;
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QList<CalendarEntry> entries;
    if (!loadEntries(&entries, error))
        return false;
    CalendarEntry removed;
    for (const CalendarEntry& e : std::as_const(entries)) {
        if (e.id == id)
            removed = e;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM calendar_entries WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot remove the calendar entry %1: %2").arg(id).arg(queryError(query));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("The calendar entry %1 no longer exists.").arg(id);
        return false;
    }
    return audit(m_db, actor, entryDetail("remove", removed), error) && transaction.commit(error);
}

bool CalendarStore::confirmYear(const User& actor, int year, const QString& noticeNumbers,
                                QString* error) const
{
    if (!Permissions::check(actor, Permission::ChangeCalendar, error))
        return false;
    if (year < WorkCalendar::firstDate().year() || year > WorkCalendar::lastDate().year()) {
        if (error)
            *error = tr("Year: %1 is outside the supported years %2 to %3.")
                         .arg(year)
                         .arg(WorkCalendar::firstDate().year())
                         .arg(WorkCalendar::lastDate().year());
        return false;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QList<CalendarYear> years;
    if (!loadYears(&years, error))
        return false;
    for (const CalendarYear& known : years) {
        if (known.year == year && known.status != YearStatus::Provisional) {
            if (error)
                *error = tr("The calendar of %1 is already %2.")
                             .arg(year)
                             .arg(YearStatuses::label(known.status).toLower());
            return false;
        }
    }
    QList<CalendarEntry> all;
    if (!loadEntries(&all, error))
        return false;
    QList<CalendarEntry> recurring;
    QSet<QDate> taken;
    for (const CalendarEntry& entry : all) {
        if (entry.isRecurring())
            recurring.append(entry);
        else
            taken.insert(entry.date);
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO calendar_entries (day, kind, working, name, notice_number, note, "
        "effective_year, basis, checked_on) VALUES (:day, :kind, :working, :name, :notice, "
        ":note, :effective, :basis, :checked)"));
    for (CalendarEntry entry : WorkCalendar::statutoryEntries(year, recurring)) {
        if (taken.contains(entry.date))
            continue; // the officer's own entry for that day stands
        // A repeated holiday keeps applying through its own row.
        bool fromRecurring = false;
        for (const CalendarEntry& r : recurring) {
            if (entry.kind == DayKind::Holiday && r.date.month() == entry.date.month() &&
                r.date.day() == entry.date.day())
                fromRecurring = true;
        }
        if (fromRecurring)
            continue;
        entry.note = tr("Generated from BLLĐ 2019 Điều 111–112, confirmed");
        entry.effectiveYear = 0;
        bindEntry(insert, entry);
        if (!insert.exec()) {
            if (error)
                *error = tr("Cannot save the calendar entry for %1: %2")
                             .arg(entry.date.toString(Qt::ISODate), queryError(insert));
            return false;
        }
    }
    QSqlQuery status(m_db.connection());
    status.prepare(QStringLiteral(
        "INSERT INTO calendar_years (year, status, notice_numbers) VALUES (:year, 'confirmed', "
        ":notices) ON CONFLICT (year) DO UPDATE SET status = 'confirmed', notice_numbers = "
        "excluded.notice_numbers"));
    status.bindValue(QStringLiteral(":year"), year);
    status.bindValue(QStringLiteral(":notices"), text(noticeNumbers));
    if (!status.exec()) {
        if (error)
            *error = tr("Cannot mark the calendar of %1 as confirmed: %2")
                         .arg(year)
                         .arg(queryError(status));
        return false;
    }
    return audit(m_db, actor,
                 QStringLiteral("confirm %1 %2").arg(year).arg(noticeNumbers.trimmed()), error) &&
           transaction.commit(error);
}
