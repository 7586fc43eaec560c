#include "DossierListRepository.h"

#include "common/BoundStatement.h"
#include "common/SqlLike.h"
#include "common/SqlTime.h"
#include "common/TextFold.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool queryFailed(const QSqlQuery& query, const QString& what, QString* error)
{
    if (error)
        *error = DossierListRepository::tr("Cannot %1: %2").arg(what, query.lastError().text());
    return false;
}

// The sort column as SQL, matching an index (schema steps 4 and 5) so that a page is an index
// range: receipt time, code, the folded applicant key (name first) or the legal due date with
// dossiers without one last.
QString sortExpression(DossierListSort sort)
{
    switch (sort) {
    case DossierListSort::Code:
        return QStringLiteral("d.code");
    case DossierListSort::Applicant:
        return QStringLiteral("d.search_key");
    case DossierListSort::DueAt:
        return QStringLiteral("COALESCE(d.legal_due_at, '9999')");
    case DossierListSort::ReceivedAt:
        break;
    }
    return QStringLiteral("d.received_at");
}

// A filter as a WHERE clause with its bound values, in order.
struct Where
{
    QStringList conditions;
    QVariantList values;

    void add(const QString& condition, const QVariantList& bound = {})
    {
        conditions << condition;
        values << bound;
    }
    QString sql() const
    {
        return conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

bool looksLikeIdentifier(const QString& key)
{
    bool digits = !key.isEmpty();
    for (const QChar c : key)
        digits = digits && c.isDigit();
    return (digits && key.size() >= 9) || key.count(QLatin1Char('-')) >= 2;
}

// Text matching at most this many dossiers is looked up in the search index first.
constexpr int searchIndexCap = 2000;

bool whereOf(const Database& db, const DossierListFilter& filter,
             DossierListRepository::SearchCache* cache, Where* result, QString* error)
{
    Where& where = *result;
    if (!filter.statuses.isEmpty()) {
        for (const DossierStatus status : filter.statuses)
            where.values << int(status);
        where.conditions << QStringLiteral("d.status IN (") +
                                BoundStatement::placeholders(filter.statuses.size()) +
                                QLatin1Char(')');
    }
    if (!filter.field.isEmpty())
        where.add(
            QStringLiteral("d.procedure_code IN (SELECT code FROM procedures WHERE field = ?)"),
            {filter.field});
    if (filter.channel != 0)
        where.add(QStringLiteral("d.channel = ?"), {filter.channel});
    if (!filter.officer.isEmpty())
        where.add(QStringLiteral("d.officer = ?"), {filter.officer});
    if (filter.receivedFrom.isValid())
        where.add(QStringLiteral("d.received_at >= ?"), {SqlTime::toSql(filter.receivedFrom)});
    if (filter.receivedTo.isValid())
        where.add(QStringLiteral("d.received_at < ?"), {SqlTime::toSql(filter.receivedTo)});
    if (filter.runningOnly) {
        // Status then due date: the dossiers_status_legal_due index serves it.
        where.add(QStringLiteral("d.status IN (2, 4, 6)"));
        where.add(QStringLiteral("d.legal_due_at IS NOT NULL"));
    }
    if (filter.dueFrom.isValid())
        where.add(QStringLiteral("d.legal_due_at >= ?"), {SqlTime::toSql(filter.dueFrom)});
    if (filter.dueBefore.isValid())
        where.add(QStringLiteral("d.legal_due_at < ?"), {SqlTime::toSql(filter.dueBefore)});
    const QString key = TextFold::searchKey(filter.search);
    if (!key.isEmpty()) {
        if (looksLikeIdentifier(key)) {
            // A whole code, ID number or phone: index look-ups instead of a scan.
            const QString code = filter.search.trimmed();
            where.add(QStringLiteral("(d.code = ? OR d.code = ? OR d.applicant_id = ? OR "
                                     "d.applicant_phone = ?)"),
                      {code, code.toUpper(), key, key});
        } else {
            // Rare text: one pass over the (covering) search index finds every match, and the
            // page sorts those few. Common text: walking the sort index finds a page of
            // matches at once.
            const QString pattern = QLatin1Char('%') + SqlLike::escaped(key) + QLatin1Char('%');
            QVariantList found;
            // Names starting with the text are an index range: many of them means common
            // text, for which the walk below is the quick way.
            QSqlQuery prefix(db.connection());
            prefix.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM dossiers WHERE "
                                          "search_key >= ? AND search_key < ? LIMIT ?) AS x"));
            prefix.addBindValue(key);
            prefix.addBindValue(SqlLike::prefixEnd(key));
            prefix.addBindValue(searchIndexCap + 1);
            if (!prefix.exec() || !prefix.next())
                return queryFailed(prefix, DossierListRepository::tr("search the register"), error);
            if (prefix.value(0).toInt() > searchIndexCap) {
                for (int i = 0; i <= searchIndexCap; ++i)
                    found << QVariant(); // more than the cap: walk
            } else if (cache->valid && cache->pattern == pattern) {
                found = cache->ids;
            } else {
                QSqlQuery ids(db.connection());
                ids.setForwardOnly(true);
                ids.prepare(QStringLiteral(
                    "SELECT id FROM dossiers WHERE search_key LIKE ? ESCAPE '\\' LIMIT ?"));
                ids.addBindValue(pattern);
                ids.addBindValue(searchIndexCap + 1);
                if (!ids.exec())
                    return queryFailed(ids, DossierListRepository::tr("search the register"),
                                       error);
                while (ids.next())
                    found << ids.value(0);
                cache->valid = true;
                cache->pattern = pattern;
                cache->ids = found;
            }
            if (found.size() <= searchIndexCap) {
                if (found.isEmpty())
                    found << QVariant(qint64(0)); // no dossier has id 0
                where.add(QStringLiteral("d.id IN (") + BoundStatement::placeholders(found.size()) +
                              QLatin1Char(')'),
                          found);
            } else {
                where.add(QStringLiteral("d.search_key LIKE ? ESCAPE '\\'"), {pattern});
            }
        }
    }
    return true;
}

} // namespace

bool DossierListRepository::page(const DossierListFilter& filter, DossierListSort sort,
                                 Qt::SortOrder order, const DossierListRow* after, int limit,
                                 QList<DossierListRow>* rows, QString* error) const
{
    rows->clear();
    if (limit <= 0)
        return true;
    const QString key = sortExpression(sort);
    const bool ascending = order == Qt::AscendingOrder;
    Where where;
    if (!whereOf(m_db, filter, &m_searchCache, &where, error))
        return false;
    if (after) {
        where.add(QStringLiteral("(") + key + QStringLiteral(", d.id) ") +
                      (ascending ? QStringLiteral(">") : QStringLiteral("<")) +
                      QStringLiteral(" (?, ?)"),
                  {after->sortKey, after->id});
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, d.code, d.procedure_code, COALESCE(p.name, ''), "
                             "COALESCE(p.field, ''), d.applicant_name, d.applicant_id, d.channel, "
                             "d.status, d.received_at, d.legal_due_at, d.apology_new_due_at, "
                             "d.officer, ") +
              key +
              QStringLiteral(" FROM dossiers d LEFT JOIN procedures p ON p.code = "
                             "d.procedure_code") +
              where.sql() + QStringLiteral(" ORDER BY ") + key + direction +
              QStringLiteral(", d.id") + direction + QStringLiteral(" LIMIT ?"));
    for (const QVariant& value : where.values)
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return queryFailed(q, tr("read the dossier list"), error);
    while (q.next()) {
        DossierListRow row;
        row.id = q.value(0).toLongLong();
        row.code = q.value(1).toString();
        row.procedureCode = q.value(2).toString();
        row.procedureName = q.value(3).toString();
        row.field = q.value(4).toString();
        row.applicantName = q.value(5).toString();
        row.applicantId = q.value(6).toString();
        Channels::fromCode(q.value(7).toInt(), &row.channel);
        DossierStatuses::fromCode(q.value(8).toInt(), &row.status);
        row.receivedAt = SqlTime::fromSql(q.value(9).toString());
        row.legalDueAt = SqlTime::fromSql(q.value(10).toString());
        row.apologyNewDueAt = SqlTime::fromSql(q.value(11).toString());
        row.officer = q.value(12).toString();
        row.sortKey = q.value(13);
        rows->append(row);
    }
    return true;
}

bool DossierListRepository::count(const DossierListFilter& filter, int cap, int* count,
                                  QString* error) const
{
    Where where;
    if (!whereOf(m_db, filter, &m_searchCache, &where, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM dossiers d") + where.sql() +
              QStringLiteral(" LIMIT ?) AS x"));
    for (const QVariant& value : where.values)
        q.addBindValue(value);
    q.addBindValue(cap);
    if (!q.exec() || !q.next())
        return queryFailed(q, tr("count the dossiers"), error);
    *count = q.value(0).toInt();
    return true;
}

bool DossierListRepository::fields(QStringList* fields, QString* error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT field FROM procedures ORDER BY field")))
        return queryFailed(q, tr("read the procedure fields"), error);
    fields->clear();
    while (q.next())
        fields->append(q.value(0).toString());
    return true;
}

bool DossierListRepository::officers(QStringList* officers, QString* error) const
{
    QSqlQuery q(m_db.connection());
    // Walks the officer index one distinct value at a time.
    if (!q.exec(QStringLiteral("SELECT DISTINCT officer FROM dossiers WHERE officer <> '' "
                               "ORDER BY officer")))
        return queryFailed(q, tr("read the officers"), error);
    officers->clear();
    while (q.next())
        officers->append(q.value(0).toString());
    return true;
}
