#pragma once

#include "accounts/User.h"
#include "common/BoundStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

class Database;

// One line of the audit log (DOMAIN §11: who viewed, changed, printed or exported which dossier).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString officer;
    QString action; // "create", "status", "view", "print", "export", "edit", …
    QString dossierCode;
    QString detail;
    QString hash;
};

// Appends entries to the chain inside a write transaction the caller holds; reads the chain's
// end once, so bulk writers (imports, the generator) pay one statement per entry.
class AuditChain
{
public:
    explicit AuditChain(const Database& db);
    bool append(AuditEntry entry, QString* error);
    // Records the chain's newest entry (the head) in the settings, sealed with the office's
    // audit key (AuditSeal), and once the transaction commits, in this desk's anchor. Call
    // before committing, in the same transaction as the entries.
    bool finish(QString* error);

private:
    const Database& m_db;
    BoundStatement m_insert;
    bool m_started = false;
    bool m_dirty = false;
    qint64 m_lastId = 0;
    QString m_lastHash;
    // Bulk writers log many entries at one time: it is formatted once.
    QDateTime m_at;
    QString m_atText;
};

// The hash-chained audit log. Each entry's hash covers its own fields and the previous entry's
// hash, and the newest hash (the head) is also kept in the settings, sealed with the office's
// audit key that lives outside the database (AuditSeal), so editing, deleting or reordering
// any entry (the last one included), or rewriting the whole chain, is detected by verify().
// verifyAnchored() also compares with the newest head this desk saw, which detects a log cut
// back to an older head, wiped, or an older copy of the database put in its place.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Appends inside the caller's write transaction (the lock it holds keeps the chain linear).
    static bool append(const Database& db, AuditEntry entry, QString* error);
    // Opens its own write transaction: for actions with nothing else to write (view, print,
    // export).
    static bool record(const Database& db, const AuditEntry& entry, QString* error);

    // True when the chain is intact. Otherwise brokenId is the first entry that does not match
    // (0 when entries are missing from the end) and error says what is wrong.
    static bool verify(const Database& db, qint64* brokenId, QString* error);
    // verify(), then the anchor this desk keeps for the database's location: the entry it last
    // saw must still be there, unchanged. On success the anchor moves to the current head.
    static bool verifyAnchored(const Database& db, qint64* brokenId, QString* error);
    // The log compared with the sealed head a backup file carries (the file is only read): the
    // backup's newest entry must still be in the log, unchanged. Detects an older copy put in
    // place of the register, on a computer that never saw the newer log.
    static bool verifyAgainst(const Database& db, const QString& backupPath, QString* error);
    // After a deliberate restore: this desk's anchor for the database becomes its current
    // head (the restored, older log).
    static bool reanchor(const Database& db, QString* error);
    // Stores the office's audit key typed in on this computer, after checking it against the
    // seal of the log's newest entry (a mistyped key is refused, never stored).
    static bool enterKey(const Database& db, const QString& text, QString* error);
    // Seals the newest entry as the head (schema upgrade to the sealed log: a head left
    // behind by an older version is brought up to the last entry). Inside a write transaction.
    static bool sealHead(const Database& db, QString* error);

    struct Filter
    {
        QDateTime from;
        QDateTime to;
        QString officer;
        QString dossierCode;
        QString action;
        int limit = 1000;
        // Keyset paging: only entries older than this one (its time and id), so the next page
        // of a large log costs what the first one does.
        QDateTime beforeAt;
        qint64 beforeId = 0;
    };
    // Newest first (by time, then id). The indexes on time, (officer, time) and dossier code
    // serve the filters.
    static bool find(const Database& db, const Filter& filter, QList<AuditEntry>* entries,
                     QString* error);
    // The same for a user: refused unless the role may read the log (Permission::ViewAuditLog).
    static bool find(const Database& db, const User& reader, const Filter& filter,
                     QList<AuditEntry>* entries, QString* error);

    static QString hashOf(const QString& previousHash, const AuditEntry& entry);
    // The same with entry.at already formatted (SqlTime::toSql).
    static QString hashOf(const QString& previousHash, const AuditEntry& entry,
                          const QString& atText);
};
