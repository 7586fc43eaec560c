#include "CalendarReview.h"

#include "calendar/CalendarChange.h"
#include "calendar/CalendarStore.h"
#include "common/SqlTime.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

bool CalendarReview::affectedDossiers(const Database& db, const WorkCalendar& before,
                                      const WorkCalendar& after, const WorkingWindows& windows,
                                      QList<Affected>* affected, QString* error)
{
    // Open dossiers whose clock has started: accepted, in processing, waiting for a supplement
    // or for fees. The received time is where their appointment was computed from.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT code, applicant_name, received_at, duration, unit, "
                                   "due_at FROM dossiers WHERE status IN (2, 4, 5, 6) AND due_at "
                                   "IS NOT NULL ORDER BY due_at"))) {
        if (error)
            *error = tr("Cannot read the open dossiers: %1").arg(query.lastError().text());
        return false;
    }
    affected->clear();
    while (query.next()) {
        DurationUnit unit;
        if (!DurationUnits::fromKey(query.value(4).toString(), &unit))
            continue;
        const QDateTime received = SqlTime::fromSql(query.value(2).toString());
        const QDateTime printed = SqlTime::fromSql(query.value(5).toString());
        const CalendarChange::Review review = CalendarChange::appointment(
            before, after, windows, received, query.value(3).toInt(), unit, printed);
        if (review.moves)
            affected->append({query.value(0).toString(), query.value(1).toString(), received,
                              printed, review.newDue});
    }
    return true;
}

bool CalendarReview::shippedDataReview(const Database& db, const WorkingWindows& windows,
                                       bool* pending, QList<Affected>* affected, QString* error)
{
    *pending = false;
    affected->clear();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(shippedReviewKey());
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the settings: %1").arg(query.lastError().text());
        return false;
    }
    if (!query.next())
        return true;
    const QStringList added = query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    *pending = true;
    QList<CalendarEntry> entries;
    QList<CalendarYear> years;
    const CalendarStore store(db);
    if (!store.loadEntries(&entries, error) || !store.loadYears(&years, error))
        return false;
    QList<CalendarEntry> without;
    for (const CalendarEntry& entry : qAsConst(entries)) {
        if (!(entry.isRecurring() && added.contains(entry.date.toString(Qt::ISODate))))
            without.append(entry);
    }
    return affectedDossiers(db, WorkCalendar(without, years), WorkCalendar(entries, years), windows,
                            affected, error);
}

bool CalendarReview::finishShippedDataReview(const Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(shippedReviewKey());
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot save the settings: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}
