#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <vector>

// One open connection to the office database. Owns a uniquely named QSqlDatabase
// connection, so several Database objects (desks, threads, tests) never share state.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the database at location: a SQLite file path (created if needed), or a PostgreSQL
    // server as postgresql://user@host:port/dbname (the password from PGPASSWORD or
    // ~/.pgpass, or given here). Gives up on a server that does not answer within a few
    // seconds. Does not migrate; call migrate() next.
    bool open(const QString& location, QString* error, const QString& password = QString());
    // open() followed by migrate(): what every program does at start.
    bool openAndMigrate(const QString& location, QString* error);
    // Opens a SQLite file that must already exist, as it is: nothing is created, migrated or
    // switched to WAL, so a check never changes what it checks. readOnly opens it without
    // write access (a copy on a read-only medium can be checked). A server location is opened
    // as by open().
    bool openExisting(const QString& location, bool readOnly, QString* error);
    void close();

    bool isOpen() const;
    // The location as opened, without any password: for messages and the status bar.
    QString location() const { return m_location; }
    bool isServer() const { return m_dialect.isPostgresql(); }
    QSqlDatabase connection() const;
    // Runs action once the current write transaction has committed (TransactionGuard), and
    // drops it on rollback: for what is kept outside the database about a committed write.
    void afterCommit(std::function<void()> action) const;
    // Called by TransactionGuard.
    void transactionEnded(bool committed) const;
    const SqlDialect& dialect() const { return m_dialect; }

    // -1 when it cannot be read.
    int schemaVersion(QString* error = nullptr) const;
    // Brings the schema to targetVersion (default: the newest) through the ordered steps.
    bool migrate(QString* error, int targetVersion = -1);

    // True when the check ran; problems lists what it found (empty when healthy).
    bool integrityCheck(QStringList* problems, QString* error) const;

    // How long new connections wait for another connection's write lock (default
    // SqlDialect::defaultBusyTimeoutMs). Tests and short-lived probes shorten it.
    static void setBusyTimeout(int milliseconds);
    static int busyTimeout();

    // The GUI's and the command line's default database file (created on first start).
    static QString defaultLocation();
    // A location fit to show: a server address loses its password.
    static QString displayLocation(const QString& location);
    // True when opening failed because the server wants a password that was not given.
    static bool needsPassword(const QString& error);
    // A server location parsed. QUrl refuses a '/' in a host even percent-encoded, so a
    // Unix-socket folder given as the host (postgresql://user@%2Fvar%2Frun%2Fpostgresql/db, as
    // libpq writes it) is taken out first and returned in socketFolder (empty otherwise).
    static QUrl serverUrl(const QString& location, QString* socketFolder);

private:
    bool openFile(const QString& location, QString* error, bool mustExist = false,
                  bool readOnly = false);
    bool openServer(const QString& location, const QString& password, QString* error);
    bool setUpConnection(const QString& location, QString* error);

    QString m_connectionName;
    QString m_location;
    mutable std::vector<std::function<void()>> m_afterCommit;
    SqlDialect m_dialect;
};
