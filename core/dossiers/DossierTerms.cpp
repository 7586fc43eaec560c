#include "DossierTerms.h"

#include "common/SqlLike.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace {

bool queryFailed(const QSqlQuery& query, QString* error)
{
    if (error)
        *error = DossierTerms::tr("Cannot search the register: %1").arg(query.lastError().text());
    return false;
}

// A term is the key from a word start on, cut to this length: long enough for a name.
constexpr qsizetype termLength = 24;
// Terms waiting for flush(): about 115,000 dossiers' worth (some 20 MB, kept as UTF-8 one after
// another; as a list of QString they took 60 MB, issue 18). Each flush writes in term order, and
// every statement of it saves the index pages it changes in SQLite's statement journal (the
// table has a foreign key): one flush for a whole 100,000-dossier import journals each page of
// a large index once instead of five times (683 MB -> 526 MB of journal writes).
constexpr qsizetype pendingLimit = 500000;
} // namespace

DossierTerms::DossierTerms(const Database& db)
    : m_db(db)
    , m_insert(db.connection(), QStringLiteral("dossier_terms"),
               {QStringLiteral("term"), QStringLiteral("dossier_id")})
    , m_delete(db.connection())
{}

QStringList DossierTerms::of(const QString& searchKey)
{
    QStringList terms;
    QSet<QString> seen;
    // From the second word on: the key's own start (the name) is a range of the dossiers'
    // search_key index (DossierRepository::search), so it gets no term.
    for (qsizetype i = 1; i < searchKey.size(); ++i) {
        // A word follows a space; a code's tail follows a '-' ("241231-0001" or "0001", as
        // read off a receipt).
        // Numbers (ID number, phone, the code itself) are found from their start by their
        // own indexes (DossierRepository::search), so words starting with a digit get no term:
        // fewer rows for every dossier written.
        const bool dash = searchKey.at(i - 1) == QLatin1Char('-');
        const bool start = searchKey.at(i - 1) == QLatin1Char(' ') || dash;
        if (!start || searchKey.at(i) == QLatin1Char(' ') || (!dash && searchKey.at(i).isDigit()))
            continue;
        const QString term = searchKey.mid(i, termLength);
        if (!seen.contains(term)) {
            seen.insert(term);
            terms.append(term);
        }
    }
    return terms;
}

bool DossierTerms::fail(const QString& reason, QString* error) const
{
    if (error)
        *error = tr("Cannot save the search terms: %1").arg(reason);
    return false;
}

bool DossierTerms::fail(const QSqlQuery& query, QString* error) const
{
    return fail(query.lastError().text(), error);
}

bool DossierTerms::prepare(QString* error)
{
    if (!m_delete.prepare(
            QStringLiteral("DELETE FROM dossier_terms WHERE term = ? AND dossier_id = ?")))
        return fail(m_delete.query(), error);
    return true;
}

bool DossierTerms::add(qint64 dossierId, const QString& searchKey, QString* error)
{
    for (const QString& term : of(searchKey)) {
        const QByteArray utf8 = term.toUtf8();
        m_pending.push_back({dossierId, quint32(m_pendingText.size()), quint32(utf8.size())});
        m_pendingText.append(utf8);
    }
    return qsizetype(m_pending.size()) < pendingLimit || flush(error);
}

bool DossierTerms::flush(QString* error)
{
    const char* text = m_pendingText.constData();
    auto term = [text](const Pending& p) {
        return QByteArrayView(text + p.offset, p.size);
    };
    // In the index's order (SQLite compares text as UTF-8 bytes), then by dossier.
    std::sort(m_pending.begin(), m_pending.end(), [&term](const Pending& a, const Pending& b) {
        const int order = term(a).compare(term(b));
        return order < 0 || (order == 0 && a.dossierId < b.dossierId);
    });
    bool ok = true;
    for (const Pending& pending : m_pending) {
        m_insert.add(QString::fromUtf8(term(pending)));
        m_insert.add(pending.dossierId);
        if (!m_insert.endRow()) {
            ok = false;
            break;
        }
    }
    // Given back: an import's last flush comes before the indexes are built again.
    std::vector<Pending>().swap(m_pending);
    m_pendingText = QByteArray();
    return (ok && m_insert.flush()) || fail(m_insert.errorText(), error);
}

bool DossierTerms::replace(qint64 dossierId, const QString& oldSearchKey,
                           const QString& newSearchKey, QString* error)
{
    if (!flush(error))
        return false;
    for (const QString& term : of(oldSearchKey)) {
        m_delete.add(term);
        m_delete.add(dossierId);
        if (!m_delete.exec())
            return fail(m_delete.query(), error);
    }
    return add(dossierId, newSearchKey, error);
}

bool DossierTerms::rebuildAll(const Database& db, QString* error)
{
    DossierTerms terms(db);
    if (!terms.prepare(error))
        return false;
    QSqlQuery clear(db.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM dossier_terms")))
        return terms.fail(clear, error);
    QSqlQuery keys(db.connection());
    keys.setForwardOnly(true);
    if (!keys.exec(QStringLiteral("SELECT id, search_key FROM dossiers ORDER BY id")))
        return terms.fail(keys, error);
    while (keys.next()) {
        if (!terms.add(keys.value(0).toLongLong(), keys.value(1).toString(), error))
            return false;
    }
    return terms.flush(error);
}

bool DossierTerms::match(const Database& db, const QString& key, int limit,
                         const QList<qint64>& exclude, QList<qint64>* ids, QString* error)
{
    ids->clear();
    if (key.isEmpty() || limit <= 0)
        return true;
    // One range of the term index. A text longer than a term is checked on the row.
    const bool longer = key.size() > termLength;
    const QString start = key.left(termLength);
    const QString skip = exclude.isEmpty()
                             ? QString()
                             : QStringLiteral(" AND t.dossier_id NOT IN (") +
                                   BoundStatement::placeholders(exclude.size()) + QLatin1Char(')');
    // The first matches in term order, then shown by search key like the name prefixes.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM dossiers WHERE id IN (SELECT DISTINCT t.dossier_id "
                             "FROM dossier_terms t") +
              (longer ? QStringLiteral(" CROSS JOIN dossiers d WHERE d.id = t.dossier_id AND "
                                       "(' ' || d.search_key LIKE ? ESCAPE '\\' OR "
                                       "d.search_key LIKE ? ESCAPE '\\') AND")
                      : QStringLiteral(" WHERE")) +
              QStringLiteral(" t.term >= ? AND t.term < ?") + skip +
              QStringLiteral(" LIMIT ?) ORDER BY search_key, id"));
    if (longer) {
        const QString escaped = SqlLike::escaped(key);
        q.addBindValue(QString(QStringLiteral("% ") + escaped + QLatin1Char('%')));
        q.addBindValue(QString(QStringLiteral("%-") + escaped + QLatin1Char('%')));
    }
    q.addBindValue(start);
    q.addBindValue(SqlLike::prefixEnd(start));
    for (const qint64 id : exclude)
        q.addBindValue(id);
    q.addBindValue(limit);
    if (!q.exec())
        return queryFailed(q, error);
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return true;
}
