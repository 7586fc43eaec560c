#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

// What keeps the audit log honest beyond its own file (issue 15, point 9):
//
// - The office's audit key: 32 random bytes per register (the register's id is the setting
//   audit.register in the database), kept only outside the database, in this user's protected
//   audit file (mode 0600). The chain's newest entry (the head) is sealed with it
//   (crypto_auth, HMAC-SHA-512-256), so whoever has the database file but not the key cannot
//   rewrite the chain and seal it again.
// - The anchor: the newest head this desk or command line wrote or verified, per database
//   location, in the same file. A log cut back to an older head, wiped, or replaced by an older
//   copy of the file no longer contains the anchored entry.
class AuditSeal
{
    Q_DECLARE_TR_FUNCTIONS(AuditSeal)

public:
    struct Anchor
    {
        QString registerId;
        qint64 id = 0;
        QString hash;
        bool isNull() const { return registerId.isEmpty(); }
    };

    // The protected file: MOTCUA_AUDIT_STORE when set, else motcua-audit.conf beside the
    // desk's settings file (~/.config/motcua-desk/).
    static QString storePath();

    // The register's id as kept in the database (empty when it has none yet).
    static bool registerId(const Database& db, QString* id, QString* error);
    // Gives a register without an id one, with a new key in this user's file (inside the
    // caller's write transaction). Returns the id.
    static bool ensureRegister(const Database& db, QString* id, QString* error);

    // The key of a register in this user's file; empty when this desk does not have it.
    static QByteArray key(const QString& registerId);
    // The key as the administrator writes it down and enters it on another desk: 64 hex digits
    // in groups of eight.
    static QString keyText(const QByteArray& key);
    // Reads a key as the administrator wrote it down (keyText(), dashes and spaces optional).
    static bool parseKey(const QString& text, QByteArray* key, QString* error);
    // Stores the key of a register in this user's file (AuditLog::enterKey checks it first).
    static void storeKey(const QString& registerId, const QByteArray& key);
    // Whether the key has been shown to an administrator; marks it shown.
    static bool keyShown(const QString& registerId);
    static void markKeyShown(const QString& registerId);

    // The seal of a head: hex of crypto_auth over "register:id:hash".
    static QString seal(const QByteArray& key, const QString& registerId, qint64 id,
                        const QString& hash);

    static Anchor anchor(const QString& location);
    static void setAnchor(const QString& location, const Anchor& anchor);

private:
    static QByteArray newKey();
};
