#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// Secondary indexes set aside during a bulk write (an import, generated data) into a table
// that the write at least doubles: building an index once from the finished table (one sort)
// costs less than inserting each new row into it at a random place. Everything happens
// inside the caller's write transaction, so a rollback or a crash leaves the indexes as they
// were, and other desks keep reading the committed tables with their indexes meanwhile.
class BulkIndexes
{
    Q_DECLARE_TR_FUNCTIONS(BulkIndexes)

public:
    explicit BulkIndexes(const Database& db);

    // rows: about how many rows the write adds to table. Drops the table's rebuildable
    // indexes (SqlDialect::rebuildableIndexes) when it holds no more rows than that and the
    // database lets it (SQLite does not while another statement of the connection reads).
    bool suspend(const QString& table, qint64 rows, QString* error);
    // Builds the dropped indexes again; call it before the transaction commits and before
    // anything in it reads the table by one of them.
    bool restore(QString* error);

    // The tables whose indexes are set aside now, for the benchmarks.
    QStringList suspendedTables() const { return m_tables; }

private:
    const Database& m_db;
    QStringList m_tables;
    QStringList m_createStatements;
};
