#include "DossierTerms.h"

#include "storage/Database.h"

#include <QSet>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace {
// The smallest string greater than every string starting with prefix.
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

QString likeEscaped(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

bool queryFailed(const QSqlQuery& query, QString* error)
{
    if (error)
        *error = DossierTerms::tr("Cannot search the register: %1").arg(query.lastError().text());
    return false;
}

// A word's candidate count is only compared, never shown: counting stops here.
constexpr int countCap = 2000;
// Terms waiting for flush(): about 20,000 dossiers' worth.
constexpr qsizetype pendingLimit = 200000;
} // namespace

DossierTerms::DossierTerms(const Database& db)
    : m_db(db)
    , m_insert(db.connection())
    , m_delete(db.connection())
{}

QStringList DossierTerms::of(const QString& searchKey)
{
    QStringList terms;
    QSet<QString> seen;
    auto append = [&](const QString& term) {
        if (!term.isEmpty() && !seen.contains(term)) {
            seen.insert(term);
            terms.append(term);
        }
    };
    for (const QString& word : searchKey.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        append(word);
        // A code is read off a receipt by its tail: "241231-0001" or "0001".
        for (qsizetype i = word.indexOf(QLatin1Char('-')); i >= 0;
             i = word.indexOf(QLatin1Char('-'), i + 1))
            append(word.mid(i + 1));
    }
    return terms;
}

bool DossierTerms::fail(const QSqlQuery& query, QString* error) const
{
    if (error)
        *error = tr("Cannot save the search terms: %1").arg(query.lastError().text());
    return false;
}

bool DossierTerms::prepare(QString* error)
{
    if (!m_insert.prepare(
            QStringLiteral("INSERT INTO dossier_terms (term, dossier_id) VALUES (?, ?)")))
        return fail(m_insert, error);
    if (!m_delete.prepare(
            QStringLiteral("DELETE FROM dossier_terms WHERE term = ? AND dossier_id = ?")))
        return fail(m_delete, error);
    return true;
}

bool DossierTerms::add(qint64 dossierId, const QString& searchKey, QString* error)
{
    for (const QString& term : of(searchKey))
        m_pending.append({term, dossierId});
    return m_pending.size() < pendingLimit || flush(error);
}

bool DossierTerms::flush(QString* error)
{
    std::sort(m_pending.begin(), m_pending.end());
    for (const auto& [term, dossierId] : std::as_const(m_pending)) {
        m_insert.addBindValue(term);
        m_insert.addBindValue(dossierId);
        if (!m_insert.exec()) {
            m_pending.clear();
            return fail(m_insert, error);
        }
    }
    m_pending.clear();
    return true;
}

bool DossierTerms::replace(qint64 dossierId, const QString& oldSearchKey,
                           const QString& newSearchKey, QString* error)
{
    if (!flush(error))
        return false;
    for (const QString& term : of(oldSearchKey)) {
        m_delete.addBindValue(term);
        m_delete.addBindValue(dossierId);
        if (!m_delete.exec())
            return fail(m_delete, error);
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
    QStringList words;
    for (const QString& word : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!words.contains(word))
            words.append(word);
    }
    if (words.isEmpty() || limit <= 0)
        return true;

    // The word with the fewest candidates drives (a range of the term index); the others are
    // checked on each candidate's row.
    QSqlQuery count(db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM dossier_terms WHERE "
                                 "term >= ? AND term < ? LIMIT %1)")
                      .arg(countCap));
    qsizetype driver = 0;
    int fewest = countCap + 1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        count.addBindValue(words.at(i));
        count.addBindValue(prefixEnd(words.at(i)));
        if (!count.exec() || !count.next())
            return queryFailed(count, error);
        const int n = count.value(0).toInt();
        if (n == 0)
            return true; // a word found nowhere: no dossier has them all
        if (n < fewest || (n == fewest && words.at(i).size() > words.at(driver).size())) {
            fewest = n;
            driver = i;
        }
    }
    // The other words: at the start of a word of the key, or of a code's tail after '-'
    // (the terms of of()), checked on the candidate's row.
    QString others;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i != driver)
            others += QStringLiteral(" AND (' ' || d.search_key LIKE ? ESCAPE '\\' OR "
                                     "d.search_key LIKE ? ESCAPE '\\')");
    }
    QString skip;
    for (qsizetype i = 0; i < exclude.size(); ++i)
        skip += i == 0 ? QStringLiteral(" AND t.dossier_id NOT IN (?") : QStringLiteral(", ?");
    if (!skip.isEmpty())
        skip += QLatin1Char(')');
    // The first matches in term order, then shown by search key like the name prefixes.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM dossiers WHERE id IN (SELECT DISTINCT t.dossier_id "
                             "FROM dossier_terms t CROSS JOIN dossiers d WHERE d.id = t.dossier_id "
                             "AND t.term >= ? AND t.term < ?") +
              others + skip + QStringLiteral(" LIMIT ?) ORDER BY search_key, id"));
    q.addBindValue(words.at(driver));
    q.addBindValue(prefixEnd(words.at(driver)));
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i != driver) {
            const QString word = likeEscaped(words.at(i));
            q.addBindValue(QString(QStringLiteral("% ") + word + QLatin1Char('%')));
            q.addBindValue(QString(QStringLiteral("%-") + word + QLatin1Char('%')));
        }
    }
    for (const qint64 id : exclude)
        q.addBindValue(id);
    q.addBindValue(limit);
    if (!q.exec())
        return queryFailed(q, error);
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return true;
}
