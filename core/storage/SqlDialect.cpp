#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QString SqlDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QStringList SqlDialect::connectionSetupStatements() const
{
    // WAL lets readers (the dashboard, the lists) go on while a desk writes;
    // busy_timeout makes a second desk wait for the lock instead of failing at once.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA busy_timeout=15000"),
            QStringLiteral("PRAGMA synchronous=NORMAL")};
}

QString SqlDialect::beginWriteTransaction() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::autoIncrementPrimaryKey() const
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QString SqlDialect::adapt(QString statement) const
{
    // A table that is only its primary key needs no separate rowid tree (SQLite).
    return statement.replace(QStringLiteral("{{pk}}"), autoIncrementPrimaryKey())
        .replace(QStringLiteral("{{without_rowid}}"), QStringLiteral(" WITHOUT ROWID"));
}

int SqlDialect::readSchemaVersion(const QSqlDatabase& db, QString* error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error =
                tr("Cannot read the database schema version: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

bool SqlDialect::writeSchemaVersion(const QSqlDatabase& db, int version, QString* error) const
{
    QSqlQuery query(db);
    // PRAGMA takes no bound parameters; the value is an integer we produced ourselves.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        if (error)
            *error =
                tr("Cannot record the database schema version: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool SqlDialect::integrityCheck(const QSqlDatabase& db, QStringList* problems, QString* error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        if (error)
            *error = tr("The integrity check could not run: %1").arg(query.lastError().text());
        return false;
    }
    QStringList found;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            found << line;
    }
    QSqlQuery fk(db);
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            found << tr("Broken reference in table %1, row %2")
                         .arg(fk.value(0).toString(), fk.value(1).toString());
    }
    if (problems)
        *problems = found;
    return true;
}

bool SqlDialect::beginBulkWrite(const QSqlDatabase& db, QStringList* restore, QString* error) const
{
    restore->clear();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next()) {
        if (error)
            *error = tr("Cannot read the database settings: %1").arg(query.lastError().text());
        return false;
    }
    const int cacheSize = query.value(0).toInt();
    query.finish();
    // 512 MiB (negative: KiB), allocated only as pages are used: a 100,000-dossier import
    // into a register of a million changes pages all over its search indexes; spilling them
    // to the WAL file before commit and reading them back costs more than the memory. Index
    // builds sort within the same limit, without temporary files. (A memory map of the file,
    // PRAGMA mmap_size, was measured too: no gain worth its SIGBUS on an I/O error.)
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -524288"))) {
        if (error)
            *error = tr("Cannot change the database settings: %1").arg(query.lastError().text());
        return false;
    }
    // An integer read from the database itself. (PostgreSQL needs no such setting.)
    *restore << QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize);
    return true;
}

bool SqlDialect::rebuildableIndexes(const QSqlDatabase& db, const QString& table,
                                    QStringList* names, QStringList* createStatements,
                                    QString* error) const
{
    names->clear();
    createStatements->clear();
    QSqlQuery query(db);
    // Constraint indexes (sqlite_autoindex_*) have no SQL text and cannot be dropped.
    // (PostgreSQL: indexname and indexdef of pg_indexes, without the indexes that back a
    // constraint, pg_constraint.conindid.)
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
    query.addBindValue(table);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the indexes of %1: %2").arg(table, query.lastError().text());
        return false;
    }
    while (query.next()) {
        *names << query.value(0).toString();
        *createStatements << query.value(1).toString();
    }
    return true;
}
