#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Everything that differs between database servers lives here, so the rest of the core
// writes portable SQL. Today: SQLite (one desk). Later: PostgreSQL through QPSQL.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    enum class Backend { Sqlite };

    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    {}

    Backend backend() const { return m_backend; }
    QString driverName() const;

    // Statements run once on every new connection (journal mode, foreign keys, busy timeout).
    QStringList connectionSetupStatements() const;

    // Starts a write transaction that takes the write lock at once, so two desks writing at
    // the same moment queue behind the busy timeout instead of failing on lock upgrade.
    QString beginWriteTransaction() const;

    // Column type of an auto-incrementing integer primary key.
    QString autoIncrementPrimaryKey() const;

    // Replaces the {{pk}} placeholder in portable schema text.
    QString adapt(QString statement) const;

    int readSchemaVersion(const QSqlDatabase& db, QString* error) const;
    bool writeSchemaVersion(const QSqlDatabase& db, int version, QString* error) const;

    // Runs the backend's own consistency check; problems are the lines it reports.
    bool integrityCheck(const QSqlDatabase& db, QStringList* problems, QString* error) const;

    // Tuning for one large write transaction (an import, generated data), run after it began:
    // a page cache large enough to keep the pages it changes in memory until commit. restore
    // receives the statements that put the connection's settings back; run them after the
    // transaction ends.
    bool beginBulkWrite(const QSqlDatabase& db, QStringList* restore, QString* error) const;

    // The indexes of table that a bulk write may drop and build again inside its transaction
    // (not those behind a PRIMARY KEY or UNIQUE constraint): their names and the statements
    // that create them as they are now.
    bool rebuildableIndexes(const QSqlDatabase& db, const QString& table, QStringList* names,
                            QStringList* createStatements, QString* error) const;

private:
    Backend m_backend;
};
