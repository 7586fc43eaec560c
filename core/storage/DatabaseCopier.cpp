#include "DatabaseCopier.h"

#include "Database.h"
#include "TransactionGuard.h"
#include "common/BatchInsert.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace {

// PostgreSQL takes at most 65,535 parameters per statement; rows go in batches well below.
constexpr int maxParameters = 30000;
constexpr int maxBatchRows = 500;

bool columnsOf(const Database& db, const QString& table, QStringList* columns, QString* error)
{
    const QSqlRecord record = db.connection().record(table);
    if (record.isEmpty()) {
        *error = DatabaseCopier::tr("Cannot read the columns of table %1.").arg(table);
        return false;
    }
    columns->clear();
    for (int i = 0; i < record.count(); ++i)
        *columns << record.fieldName(i);
    return true;
}

// Empties the target's tables (newest first, for their references). On PostgreSQL in one
// TRUNCATE, which the append-only trigger of status_events does not stop; on SQLite the
// target is a new file whose only rows are the seeds of the migrations.
bool emptyTables(const Database& target, const QStringList& tables, QString* error)
{
    QSqlQuery query(target.connection());
    if (target.isServer()) {
        if (!query.exec(QStringLiteral("TRUNCATE %1").arg(tables.join(QStringLiteral(", "))))) {
            *error = DatabaseCopier::tr("Cannot empty the target database: %1")
                         .arg(query.lastError().text());
            return false;
        }
        return true;
    }
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(*it))) {
            *error = DatabaseCopier::tr("Cannot empty table %1 of the target database: %2")
                         .arg(*it, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool copyTable(const Database& source, const Database& target, const QString& table, qint64* copied,
               QString* error)
{
    QStringList sourceColumns;
    QStringList targetColumns;
    if (!columnsOf(source, table, &sourceColumns, error) ||
        !columnsOf(target, table, &targetColumns, error))
        return false;
    QStringList columns;
    for (const QString& column : std::as_const(targetColumns)) {
        if (sourceColumns.contains(column))
            columns << column;
    }
    if (columns.size() != sourceColumns.size()) {
        *error = DatabaseCopier::tr("Table %1 has columns the target database lacks: the two "
                                    "databases have different schemas.")
                     .arg(table);
        return false;
    }
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    // In the order of the primary key where there is one, so ids keep their order.
    const bool hasId = columns.contains(QStringLiteral("id"));
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                       .arg(columns.join(QStringLiteral(", ")), table,
                            hasId ? QStringLiteral(" ORDER BY id") : QString()))) {
        *error = DatabaseCopier::tr("Cannot read table %1: %2").arg(table, read.lastError().text());
        return false;
    }
    const int batchRows = std::max(1, std::min<int>(maxBatchRows, maxParameters / columns.size()));
    BatchInsert insert(target.connection(), table, columns, batchRows * int(columns.size()));
    const auto writeFailed = [&] {
        *error = DatabaseCopier::tr("Cannot write table %1: %2").arg(table, insert.errorText());
        return false;
    };
    qint64 rows = 0;
    while (read.next()) {
        for (int c = 0; c < columns.size(); ++c)
            insert.add(read.value(c));
        ++rows;
        if (!insert.endRow())
            return writeFailed();
    }
    if (read.lastError().isValid()) {
        *error = DatabaseCopier::tr("Cannot read table %1: %2").arg(table, read.lastError().text());
        return false;
    }
    if (!insert.flush())
        return writeFailed();
    *copied = rows;
    return target.dialect().resetIdentity(target.connection(), table, error);
}

// A consistent picture of the source while other desks go on writing: one read transaction.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database& db)
        : m_db(db)
    {
        QSqlQuery query(m_db.connection());
        m_active = query.exec(
            m_db.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN"));
        if (!m_active)
            m_error = query.lastError().text();
    }
    ~ReadSnapshot()
    {
        if (m_active)
            QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    }
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }

private:
    const Database& m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace

bool DatabaseCopier::copy(const Database& source, const Database& target, QList<TableCount>* counts,
                          QString* error, const Progress& progress)
{
    QString problem;
    const int sourceVersion = source.schemaVersion(&problem);
    const int targetVersion = target.schemaVersion(&problem);
    if (sourceVersion < 0 || targetVersion < 0) {
        *error = problem;
        return false;
    }
    if (sourceVersion != targetVersion) {
        *error = tr("The two databases have different schema versions (%1 and %2); upgrade "
                    "both first.")
                     .arg(sourceVersion)
                     .arg(targetVersion);
        return false;
    }
    QStringList tables;
    if (!source.dialect().tableNames(source.connection(), &tables, error))
        return false;
    QStringList targetTables;
    if (!target.dialect().tableNames(target.connection(), &targetTables, error))
        return false;
    for (const QString& table : std::as_const(tables)) {
        if (!targetTables.contains(table)) {
            *error = tr("The target database has no table %1: the two databases have different "
                        "schemas.")
                         .arg(table);
            return false;
        }
    }
    ReadSnapshot snapshot(source);
    if (!snapshot.isActive()) {
        *error = tr("Cannot read the source database: %1").arg(snapshot.error());
        return false;
    }
    TransactionGuard transaction(target);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    if (!emptyTables(target, targetTables, error))
        return false;
    QList<TableCount> copied;
    for (const QString& table : std::as_const(tables)) {
        qint64 rows = 0;
        if (!copyTable(source, target, table, &rows, error))
            return false;
        copied.append({table, rows});
        if (progress)
            progress(table, rows);
    }
    if (!transaction.commit(error))
        return false;
    // After a bulk load the server's planner knows nothing of the tables yet: tell it now
    // rather than when autovacuum gets round to it.
    if (target.isServer()) {
        QSqlQuery analyze(target.connection());
        if (!analyze.exec(QStringLiteral("ANALYZE"))) {
            *error = tr("Cannot update the statistics of the target database: %1")
                         .arg(analyze.lastError().text());
            return false;
        }
    }
    if (counts)
        *counts = copied;
    return true;
}

bool DatabaseCopier::countRows(const Database& db, QList<TableCount>* counts, QString* error)
{
    QStringList tables;
    if (!db.dialect().tableNames(db.connection(), &tables, error))
        return false;
    counts->clear();
    QSqlQuery query(db.connection());
    for (const QString& table : std::as_const(tables)) {
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next()) {
            *error =
                tr("Cannot count the rows of table %1: %2").arg(table, query.lastError().text());
            return false;
        }
        counts->append({table, query.value(0).toLongLong()});
    }
    return true;
}

bool DatabaseCopier::sameCounts(const Database& a, const Database& b, QString* error)
{
    QList<TableCount> first;
    QList<TableCount> second;
    if (!countRows(a, &first, error) || !countRows(b, &second, error))
        return false;
    for (const TableCount& count : std::as_const(first)) {
        const auto other = std::find_if(second.cbegin(), second.cend(), [&](const TableCount& c) {
            return c.table == count.table;
        });
        if (other == second.cend()) {
            *error = tr("Table %1 is missing from %2.").arg(count.table, b.location());
            return false;
        }
        if (other->rows != count.rows) {
            *error = tr("Table %1 has %2 rows in %3 but %4 rows in %5.")
                         .arg(count.table)
                         .arg(count.rows)
                         .arg(a.location())
                         .arg(other->rows)
                         .arg(b.location());
            return false;
        }
    }
    return true;
}
