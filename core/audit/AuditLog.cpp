#include "AuditLog.h"

#include "AuditSeal.h"
#include "accounts/Permissions.h"
#include "common/SqlTime.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString headKey = QStringLiteral("audit.head");

// The head as stored: "id:hash:seal" (the seal is empty when the desk that wrote it lacked the
// office's key; versions before the sealed log wrote "id:hash").
struct Head
{
    bool present = false;
    qint64 id = 0;
    QString hash;
    QString seal;
};

bool readHead(const Database& db, Head* head, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(headKey);
    if (!query.exec()) {
        if (error)
            *error = AuditLog::tr("Cannot read the audit log: %1").arg(query.lastError().text());
        return false;
    }
    *head = Head();
    if (query.next()) {
        const QStringList parts = query.value(0).toString().split(QLatin1Char(':'));
        head->present = true;
        head->id = parts.value(0).toLongLong();
        head->hash = parts.value(1);
        head->seal = parts.value(2);
    }
    return true;
}

bool hashAt(const Database& db, qint64 id, QString* hash, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = AuditLog::tr("Cannot read the audit log: %1").arg(query.lastError().text());
        return false;
    }
    *hash = query.next() ? query.value(0).toString() : QString();
    return true;
}

// Writes the sealed head and, once the transaction commits, moves this desk's anchor to it,
// unless the anchor shows the log was cut or rewritten: then it stays, for verifyAnchored().
bool writeHead(const Database& db, qint64 id, const QString& hash, QString* error)
{
    QString registerId;
    if (!AuditSeal::ensureRegister(db, &registerId, error))
        return false;
    const QString seal = AuditSeal::seal(AuditSeal::key(registerId), registerId, id, hash);
    QSqlQuery head(db.connection());
    head.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    head.addBindValue(headKey);
    head.addBindValue(
        QString(QString::number(id) + QLatin1Char(':') + hash + QLatin1Char(':') + seal));
    if (!head.exec()) {
        if (error)
            *error = AuditLog::tr("Cannot write the audit log: %1").arg(head.lastError().text());
        return false;
    }
    const AuditSeal::Anchor anchor = AuditSeal::anchor(db.location());
    bool follows = anchor.isNull() || anchor.id == 0;
    if (!follows && anchor.registerId == registerId && anchor.id <= id) {
        QString seen;
        if (!hashAt(db, anchor.id, &seen, error))
            return false;
        follows = seen == anchor.hash;
    }
    if (follows) {
        const QString location = db.location();
        db.afterCommit([location, registerId, id, hash] {
            AuditSeal::setAnchor(location, {registerId, id, hash});
        });
    }
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
    if (!writeHead(m_db, m_lastId, m_lastHash, error))
        return false;
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

namespace {
struct ChainEnd
{
    QString registerId;
    qint64 lastId = 0;
    QString lastHash;
};

// Schema version 12 gave every register an id and sealed its log: a log without one is
// either older (not upgraded: read-only checks of a backup) or had its seal removed.
bool unsealedBeforeVersion12(const Database& db, QString* error)
{
    if (db.schemaVersion() < 12)
        return true;
    if (error)
        *error = AuditLog::tr("The audit log has lost its register id: its seal was removed from "
                              "the database.");
    return false;
}

bool verifyChain(const Database& db, qint64* brokenId, ChainEnd* end, QString* error)
{
    *brokenId = 0;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, at, officer, action, COALESCE(dossier_code, ''), "
                                   "detail, hash FROM audit_log ORDER BY id"))) {
        if (error)
            *error = AuditLog::tr("Cannot read the audit log: %1").arg(query.lastError().text());
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
        if (AuditLog::hashOf(previousHash, entry) != stored) {
            *brokenId = entry.id;
            if (error)
                *error = AuditLog::tr("Audit entry %1 (%2, %3) does not match the chain: it, or "
                                      "an entry before it, was changed, removed or moved.")
                             .arg(entry.id)
                             .arg(query.value(1).toString(), entry.action);
            return false;
        }
        previousHash = stored;
        lastId = entry.id;
    }
    end->lastId = lastId;
    end->lastHash = previousHash;

    Head head;
    if (!readHead(db, &head, error) || !AuditSeal::registerId(db, &end->registerId, error))
        return false;
    if (!head.present && lastId == 0) // a new, empty log
        return !end->registerId.isEmpty() || unsealedBeforeVersion12(db, error);
    if (!head.present) {
        if (error)
            *error = AuditLog::tr("The audit log holds %1 entries, but the record of its newest "
                                  "entry was removed from the database.")
                         .arg(lastId);
        return false;
    }
    if (head.id > lastId) {
        if (error)
            *error = AuditLog::tr("The newest audit entries are missing: the log ends at entry "
                                  "%1, but entry %2 was written.")
                         .arg(lastId)
                         .arg(head.id);
        return false;
    }
    if (head.id < lastId) {
        if (error)
            *error = AuditLog::tr("Audit entries %1 to %2 were added after the recorded newest "
                                  "entry %3, outside this program.")
                         .arg(head.id + 1)
                         .arg(lastId)
                         .arg(head.id);
        return false;
    }
    if (head.hash != previousHash) {
        if (error)
            *error = AuditLog::tr("The recorded newest audit entry %1 does not match the log: "
                                  "the log was rewritten.")
                         .arg(head.id);
        return false;
    }
    if (end->registerId.isEmpty())
        return unsealedBeforeVersion12(db, error);
    const QByteArray key = AuditSeal::key(end->registerId);
    if (key.isEmpty()) {
        if (error)
            *error = AuditLog::tr("This computer does not have the office's audit key (register "
                                  "%1), so it cannot tell whether the log was rewritten. Enter "
                                  "the key the administrator wrote down: motcua-cli audit key "
                                  "set, or Audit log > Audit key.")
                         .arg(end->registerId);
        return false;
    }
    if (head.seal.isEmpty()) {
        if (error)
            *error = AuditLog::tr("The newest audit entry %1 is not sealed with the office's "
                                  "audit key: it was written by a computer that lacks the key, "
                                  "or the log was rewritten.")
                         .arg(head.id);
        return false;
    }
    if (AuditSeal::seal(key, end->registerId, head.id, head.hash) != head.seal) {
        if (error)
            *error = AuditLog::tr("The seal of the newest audit entry %1 does not match the "
                                  "office's audit key: the log was rewritten, or the database "
                                  "belongs to another office.")
                         .arg(head.id);
        return false;
    }
    return true;
}
} // namespace

bool AuditLog::verify(const Database& db, qint64* brokenId, QString* error)
{
    ChainEnd end;
    return verifyChain(db, brokenId, &end, error);
}

bool AuditLog::verifyAnchored(const Database& db, qint64* brokenId, QString* error)
{
    ChainEnd end;
    if (!verifyChain(db, brokenId, &end, error))
        return false;
    const AuditSeal::Anchor anchor = AuditSeal::anchor(db.location());
    if (!anchor.isNull()) {
        if (anchor.registerId != end.registerId) {
            if (error)
                *error = tr("This is not the register this computer last saw at %1 (its audit "
                            "log then reached entry %2): the database was replaced, or its log "
                            "was wiped.")
                             .arg(Database::displayLocation(db.location()))
                             .arg(anchor.id);
            return false;
        }
        if (anchor.id > end.lastId) {
            if (error)
                *error = tr("The audit log ends at entry %1, but this computer saw entry %2: "
                            "entries were cut off, or an older copy of the database was put in "
                            "its place.")
                             .arg(end.lastId)
                             .arg(anchor.id);
            return false;
        }
        QString seen;
        if (anchor.id > 0 && (!hashAt(db, anchor.id, &seen, error) || seen != anchor.hash)) {
            if (error && seen != anchor.hash)
                *error = tr("Audit entry %1 is not the one this computer saw: the log was "
                            "rewritten.")
                             .arg(anchor.id);
            return false;
        }
    }
    AuditSeal::setAnchor(db.location(), {end.registerId, end.lastId, end.lastHash});
    return true;
}

bool AuditLog::verifyAgainst(const Database& db, const QString& backupPath, QString* error)
{
    if (!QFileInfo(backupPath).isFile()) {
        if (error)
            *error = tr("Backup file %1 does not exist.").arg(backupPath);
        return false;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("motcua-audit-%1").arg(counter.fetchAndAddRelaxed(1));
    QString backupRegister;
    QString headText;
    bool read = false;
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        backup.setDatabaseName(backupPath);
        backup.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (backup.open()) {
            QSqlQuery query(backup);
            read = query.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                             "('audit.register', 'audit.head')"));
            while (read && query.next()) {
                if (query.value(0).toString() == QLatin1String("audit.register"))
                    backupRegister = query.value(1).toString();
                else
                    headText = query.value(1).toString();
            }
        }
        backup.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!read) {
        if (error)
            *error = tr("Cannot read the audit log of the backup %1.").arg(backupPath);
        return false;
    }
    ChainEnd end;
    qint64 broken = 0;
    if (!verifyChain(db, &broken, &end, error))
        return false;
    const QStringList head = headText.split(QLatin1Char(':'));
    const qint64 id = head.value(0).toLongLong();
    const QByteArray key = AuditSeal::key(backupRegister);
    if (backupRegister != end.registerId ||
        (!key.isEmpty() &&
         AuditSeal::seal(key, backupRegister, id, head.value(1)) != head.value(2))) {
        if (error)
            *error = tr("The backup %1 is not a sealed copy of this register's audit log.")
                         .arg(backupPath);
        return false;
    }
    QString hash;
    if (id > end.lastId || (id > 0 && (!hashAt(db, id, &hash, error) || hash != head.value(1)))) {
        if (error)
            *error = tr("The audit log ends at entry %1 or differs from it, but the backup %2 "
                        "holds entry %3: entries were cut off or rewritten, or an older copy of "
                        "the database was put in its place.")
                         .arg(end.lastId)
                         .arg(backupPath)
                         .arg(id);
        return false;
    }
    return true;
}

bool AuditLog::reanchor(const Database& db, QString* error)
{
    ChainEnd end;
    qint64 broken = 0;
    if (!verifyChain(db, &broken, &end, error))
        return false;
    AuditSeal::setAnchor(db.location(), {end.registerId, end.lastId, end.lastHash});
    return true;
}

bool AuditLog::enterKey(const Database& db, const QString& text, QString* error)
{
    QString registerId;
    QByteArray key;
    Head head;
    if (!AuditSeal::registerId(db, &registerId, error) || !AuditSeal::parseKey(text, &key, error) ||
        !readHead(db, &head, error))
        return false;
    if (registerId.isEmpty()) {
        if (error)
            *error = tr("This database has no sealed audit log yet: there is no key to enter.");
        return false;
    }
    if (!head.seal.isEmpty() && AuditSeal::seal(key, registerId, head.id, head.hash) != head.seal) {
        if (error)
            *error = tr("This key does not match the seal of the office's audit log (register "
                        "%1): check what was typed, or whether it is the key of this office.")
                         .arg(registerId);
        return false;
    }
    AuditSeal::storeKey(registerId, key);
    return true;
}

bool AuditLog::sealHead(const Database& db, QString* error)
{
    QString registerId;
    if (!AuditSeal::ensureRegister(db, &registerId, error))
        return false;
    QSqlQuery last(db.connection());
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        if (error)
            *error = tr("Cannot read the audit log: %1").arg(last.lastError().text());
        return false;
    }
    return !last.next() ||
           writeHead(db, last.value(0).toLongLong(), last.value(1).toString(), error);
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
