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

private:
    Backend m_backend;
};
