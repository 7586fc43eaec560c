#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Everything that differs between database servers lives here, so the rest of the core
// writes portable SQL: SQLite for one desk (the default), PostgreSQL through Qt's QPSQL
// driver for an office whose desks share one server.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    enum class Backend { Sqlite, Postgresql };

    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    {}

    // A location naming a PostgreSQL server (postgresql://user@host:port/dbname).
    static bool isServerLocation(const QString& location);
    static Backend backendFor(const QString& location);

    Backend backend() const { return m_backend; }
    bool isPostgresql() const { return m_backend == Backend::Postgresql; }
    QString driverName() const;

    // How long a desk waits for another desk's write lock before giving up (15 s).
    static constexpr int defaultBusyTimeoutMs = 15000;

    // Statements run once on every new connection (busy timeout first, so that changing the
    // journal mode waits for a writer like any other statement; journal mode, foreign keys).
    QStringList connectionSetupStatements(int busyTimeoutMs = defaultBusyTimeoutMs) const;

    // Starts a write transaction that takes the office's write lock at once, so two desks
    // writing at the same moment queue one behind the other (for up to 15 s) instead of
    // failing; one writer at a time also keeps the audit chain linear.
    QStringList beginWriteTransaction() const;

    // Column type of an auto-incrementing integer primary key.
    QString autoIncrementPrimaryKey() const;

    // Portable schema text made concrete: the {{pk}} and {{without_rowid}} placeholders, and
    // on PostgreSQL SQLite's 64-bit INTEGER, REAL and byte-ordered TEXT. A statement marked
    // "sqlite:" or "postgresql:" is for that backend only; for the other one this returns an
    // empty string, meaning nothing to run.
    QString adapt(QString statement) const;

    int readSchemaVersion(const QSqlDatabase& db, QString* error) const;
    bool writeSchemaVersion(const QSqlDatabase& db, int version, QString* error) const;

    // Runs the backend's own consistency check; problems are the lines it reports.
    bool integrityCheck(const QSqlDatabase& db, QStringList* problems, QString* error) const;

    // After rows were copied in with their ids: the next id the table hands out follows the
    // largest one (PostgreSQL's identity sequences do not see explicit ids; SQLite does).
    bool resetIdentity(const QSqlDatabase& db, const QString& table, QString* error) const;

    // The user tables of the schema, in an order that respects their references.
    bool tableNames(const QSqlDatabase& db, QStringList* tables, QString* error) const;

    // Tunes the connection for one large write transaction (an import) and returns the
    // statements that undo the tuning afterwards.
    // cacheKiB: the page cache for the duration (SQLite).
    QStringList beginBulkWrite(const QSqlDatabase& db, int cacheKiB = 524288) const;

    // The indexes of table that a bulk write may drop and build again inside its transaction
    // (not those behind a PRIMARY KEY or UNIQUE constraint): their names and the statements
    // that create them as they are now. None on PostgreSQL (not measured there).
    bool rebuildableIndexes(const QSqlDatabase& db, const QString& table, QStringList* names,
                            QStringList* createStatements, QString* error) const;

    // What ends an INSERT whose new id is wanted: " RETURNING id" on PostgreSQL (QPSQL has no
    // lastInsertId()); nothing on SQLite, which would first copy RETURNING rows into a
    // temporary table, a cost bulk writes feel.
    QString returningId() const;

    // The id an executed INSERT made: the row of its "RETURNING id", or, without one, the
    // connection's last row id (0 when there is none).
    static qint64 insertedId(QSqlQuery& insert);

    // The key of the office's write lock on PostgreSQL (pg_advisory_xact_lock): a restore
    // names the server process holding it.
    static qint64 writeLockId();

    // The channel PostgreSQL desks hear about each committed change of the register.
    static QString changeChannel();

private:
    Backend m_backend;
};
