#include "AuditLog.h"

#include "accounts/Permissions.h"
#include "common/SqlTime.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString headKey = QStringLiteral("audit.head");

bool readHead(const Database& db, QString* head, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(headKey);
    if (!query.exec()) {
        if (error)
            *error = AuditLog::tr("Cannot read the audit log: %1").arg(query.lastError().text());
        return false;
    }
    *head = query.next() ? query.value(0).toString() : QString();
    return true;
}
} // namespace

QString AuditLog::hashOf(const QString& previousHash, const AuditEntry& entry)
{
    return hashOf(previousHash, entry, SqlTime::toSql(entry.at));
}

QString AuditLog::hashOf(const QString& previousHash, const AuditEntry& entry,
                         const QString& atText)
{
    const QChar separator(0x1f);
    const QString text = previousHash + separator + QString::number(entry.id) + separator + atText +
                         separator + entry.officer + separator + entry.action + separator +
                         entry.dossierCode + separator + entry.detail;
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuditChain::AuditChain(const Database& db)
    : m_db(db)
    , m_insert(db.connection())
{}

bool AuditChain::append(AuditEntry entry, QString* error)
{
    if (!m_started) {
        QSqlQuery last(m_db.connection());
        if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
            if (error)
                *error = AuditLog::tr("Cannot read the audit log: %1").arg(last.lastError().text());
            return false;
        }
        if (last.next()) {
            m_lastId = last.value(0).toLongLong();
            m_lastHash = last.value(1).toString();
        }
        if (!m_insert.prepare(
                QStringLiteral("INSERT INTO audit_log (id, at, officer, action, "
                               "dossier_code, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
            if (error)
                *error = AuditLog::tr("Cannot write the audit log: %1")
                             .arg(m_insert.query().lastError().text());
            return false;
        }
        m_started = true;
    }
    entry.id = m_lastId + 1;
    if (m_atText.isNull() || entry.at != m_at || entry.at.timeSpec() != m_at.timeSpec() ||
        entry.at.offsetFromUtc() != m_at.offsetFromUtc()) {
        m_at = entry.at;
        m_atText = SqlTime::toSql(entry.at);
    }
    entry.hash = AuditLog::hashOf(m_lastHash, entry, m_atText);
    BoundStatement& insert = m_insert;
    insert.add(entry.id);
    insert.add(m_atText);
    insert.add(entry.officer.isNull() ? QStringLiteral("") : entry.officer);
    insert.add(entry.action);
    insert.add(entry.dossierCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(entry.dossierCode));
    insert.add(entry.detail.isNull() ? QStringLiteral("") : entry.detail);
    insert.add(entry.hash);
    if (!insert.exec()) {
        if (error)
            *error = AuditLog::tr("Cannot write the audit log: %1")
                         .arg(insert.query().lastError().text());
        return false;
    }
    m_lastId = entry.id;
    m_lastHash = entry.hash;
    m_dirty = true;
    return true;
}

bool AuditChain::finish(QString* error)
{
    if (!m_dirty)
        return true;
    QSqlQuery head(m_db.connection());
    head.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    head.addBindValue(headKey);
    head.addBindValue(QString(QString::number(m_lastId) + QLatin1Char(':') + m_lastHash));
    if (!head.exec()) {
        if (error)
            *error = AuditLog::tr("Cannot write the audit log: %1").arg(head.lastError().text());
        return false;
    }
    m_dirty = false;
    return true;
}

bool AuditLog::append(const Database& db, AuditEntry entry, QString* error)
{
    AuditChain chain(db);
    return chain.append(std::move(entry), error) && chain.finish(error);
}

bool AuditLog::record(const Database& db, const AuditEntry& entry, QString* error)
{
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return append(db, entry, error) && transaction.commit(error);
}

bool AuditLog::verify(const Database& db, qint64* brokenId, QString* error)
{
    *brokenId = 0;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, at, officer, action, COALESCE(dossier_code, ''), "
                                   "detail, hash FROM audit_log ORDER BY id"))) {
        if (error)
            *error = tr("Cannot read the audit log: %1").arg(query.lastError().text());
        return false;
    }
    QString previousHash;
    qint64 lastId = 0;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = SqlTime::fromSql(query.value(1).toString());
        entry.officer = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.dossierCode = query.value(4).toString();
        entry.detail = query.value(5).toString();
        const QString stored = query.value(6).toString();
        if (hashOf(previousHash, entry) != stored) {
            *brokenId = entry.id;
            if (error)
                *error = tr("Audit entry %1 (%2, %3) does not match the chain: it, or an entry "
                            "before it, was changed, removed or moved.")
                             .arg(entry.id)
                             .arg(query.value(1).toString(), entry.action);
            return false;
        }
        previousHash = stored;
        lastId = entry.id;
    }
    QString head;
    if (!readHead(db, &head, error))
        return false;
    const QString expected =
        lastId == 0 ? QString() : QString::number(lastId) + QLatin1Char(':') + previousHash;
    if (head != expected) {
        if (error)
            *error = tr("The newest audit entries are missing: the log ends at entry %1, but "
                        "entry %2 was written.")
                         .arg(lastId)
                         .arg(head.section(QLatin1Char(':'), 0, 0));
        return false;
    }
    return true;
}

bool AuditLog::find(const Database& db, const User& reader, const Filter& filter,
                    QList<AuditEntry>* entries, QString* error)
{
    return Permissions::check(reader, Permission::ViewAuditLog, error) &&
           find(db, filter, entries, error);
}

bool AuditLog::find(const Database& db, const Filter& filter, QList<AuditEntry>* entries,
                    QString* error)
{
    QString sql = QStringLiteral("SELECT id, at, officer, action, COALESCE(dossier_code, ''), "
                                 "detail, hash FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << SqlTime::toSql(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at <= ?");
        values << SqlTime::toSql(filter.to);
    }
    if (!filter.officer.isEmpty()) {
        sql += QStringLiteral(" AND officer = ?");
        values << filter.officer;
    }
    if (!filter.dossierCode.isEmpty()) {
        sql += QStringLiteral(" AND dossier_code = ?");
        values << filter.dossierCode;
    }
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << filter.action;
    }
    if (filter.beforeAt.isValid()) {
        const QString at = SqlTime::toSql(filter.beforeAt);
        // The range on time uses the index; the id breaks ties within one second.
        sql += QStringLiteral(" AND at <= ? AND (at < ? OR id < ?)");
        values << at << at << filter.beforeId;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    values << filter.limit;
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the audit log: %1").arg(query.lastError().text());
        return false;
    }
    entries->clear();
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = SqlTime::fromSql(query.value(1).toString());
        entry.officer = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.dossierCode = query.value(4).toString();
        entry.detail = query.value(5).toString();
        entry.hash = query.value(6).toString();
        entries->append(entry);
    }
    return true;
}
