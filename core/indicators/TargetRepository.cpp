#include "TargetRepository.h"

#include "IndicatorReport.h"
#include "audit/AuditLog.h"
#include "common/SqlTime.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString targetColumns =
    QStringLiteral("year, key, target, source, note, updated_by, updated_at");

IndicatorTarget targetFromRow(const QSqlQuery& q)
{
    IndicatorTarget t;
    t.year = q.value(0).toInt();
    t.key = q.value(1).toString();
    if (!q.value(2).isNull())
        t.target = q.value(2).toDouble();
    t.source = q.value(3).toString();
    t.note = q.value(4).toString();
    t.updatedBy = q.value(5).toString();
    t.updatedAt = SqlTime::fromSql(q.value(6).toString());
    return t;
}

bool queryFailed(const QSqlQuery& query, QString* error)
{
    if (error)
        *error = TargetRepository::tr("Cannot read or save the indicator targets: %1")
                     .arg(query.lastError().text());
    return false;
}

// The supervisor's change goes into the hash-chained audit log (DOMAIN §11).
bool audit(const Database& db, const QString& officer, const QString& detail, QString* error)
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTime();
    entry.officer = officer;
    entry.action = QStringLiteral("target");
    entry.detail = detail;
    return AuditLog::append(db, entry, error);
}

// The notes Migrations seeds with the targets, word for word.
const char* const seededNotes[] = {
    QT_TRANSLATE_NOOP("TargetRepository", "The plan's table (item 3.2) says 30%."),
    QT_TRANSLATE_NOOP("TargetRepository", "The plan's table (item 4.1) says 98%."),
    QT_TRANSLATE_NOOP("TargetRepository", "An increase over the same period of 2023."),
    QT_TRANSLATE_NOOP("TargetRepository", "National target (QĐ 766, indicator 4.3)."),
};

} // namespace

TargetRepository::TargetRepository(const Database& db)
    : m_db(db)
{}

QString TargetRepository::noteText(const QString& note)
{
    for (const char* seeded : seededNotes) {
        if (note == QString::fromUtf8(seeded))
            return tr(seeded);
    }
    return note;
}

bool TargetRepository::targetsFor(int year, QHash<QString, IndicatorTarget>* targets,
                                  QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + targetColumns +
              QStringLiteral(" FROM indicator_targets t WHERE t.year = (SELECT MAX(u.year) FROM "
                             "indicator_targets u WHERE u.key = t.key AND u.year <= ?)"));
    q.addBindValue(year);
    if (!q.exec())
        return queryFailed(q, error);
    targets->clear();
    while (q.next()) {
        const IndicatorTarget t = targetFromRow(q);
        targets->insert(t.key, t);
    }
    return true;
}

bool TargetRepository::yearTargets(int year, QList<IndicatorTarget>* targets, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + targetColumns +
              QStringLiteral(" FROM indicator_targets WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return queryFailed(q, error);
    targets->clear();
    while (q.next())
        targets->append(targetFromRow(q));
    const QStringList& order = Indicators::keys();
    std::sort(targets->begin(), targets->end(),
              [&order](const IndicatorTarget& a, const IndicatorTarget& b) {
                  return order.indexOf(a.key) < order.indexOf(b.key);
              });
    return true;
}

bool TargetRepository::setTarget(const IndicatorTarget& target, const QString& officer,
                                 QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (target.year < 2000 || target.year > 2200)
        return fail(tr("Year: %1 is not a plausible plan year.").arg(target.year));
    if (!Indicators::isKey(target.key))
        return fail(tr("Indicator: \"%1\" is not one of the indicators.").arg(target.key));
    const bool countIndicator = target.key == QLatin1String("e_certified_copies");
    if (countIndicator && target.target)
        return fail(tr("Target: electronic certified copies are measured against the same "
                       "period a year earlier, not against a share."));
    // QĐ 766 2.2: the average processing time is a number of working days, not a share.
    const bool daysIndicator = target.key == QLatin1String("avg_processing_working_days");
    if (daysIndicator && (!target.target || *target.target < 0.0 || *target.target > 365.0))
        return fail(tr("Target: the average processing time needs a number of working days "
                       "from 0 to 365."));
    if (!countIndicator && !daysIndicator && !target.target)
        return fail(tr("Target: a share from 0% to 100% is required for %1.")
                        .arg(Indicators::label(target.key)));
    if (!daysIndicator && target.target && (*target.target < 0.0 || *target.target > 1.0))
        return fail(tr("Target: %1 is not a share from 0 to 1 (0% to 100%).").arg(*target.target));

    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO indicator_targets (year, key, target, source, note, updated_by, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year, key) DO UPDATE SET "
        "target = excluded.target, source = excluded.source, note = excluded.note, "
        "updated_by = excluded.updated_by, updated_at = excluded.updated_at"));
    q.addBindValue(target.year);
    q.addBindValue(target.key);
    q.addBindValue(target.target ? QVariant(*target.target)
                                 : QVariant(QMetaType(QMetaType::Double)));
    // Empty text is stored as '' (the columns are NOT NULL), never as NULL.
    q.addBindValue(QString(QStringLiteral("") + target.source.trimmed()));
    q.addBindValue(QString(QStringLiteral("") + target.note.trimmed()));
    q.addBindValue(QString(QStringLiteral("") + officer));
    q.addBindValue(SqlTime::toSql(QDateTime::currentDateTime()));
    if (!q.exec())
        return queryFailed(q, error);
    const QString detail = QStringLiteral("%1 %2 = %3")
                               .arg(target.year)
                               .arg(target.key, target.target ? QString::number(*target.target)
                                                              : QStringLiteral("increase"));
    return audit(m_db, officer, detail, error) && transaction.commit(error);
}

bool TargetRepository::removeTarget(int year, const QString& key, const QString& officer,
                                    QString* error)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM indicator_targets WHERE year = ? AND key = ?"));
    q.addBindValue(year);
    q.addBindValue(key);
    if (!q.exec())
        return queryFailed(q, error);
    return audit(m_db, officer, QStringLiteral("%1 %2 removed").arg(year).arg(key), error) &&
           transaction.commit(error);
}
