#include "BulkIndexes.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

BulkIndexes::BulkIndexes(const Database& db)
    : m_db(db)
{}

bool BulkIndexes::suspend(const QString& table, qint64 rows, QString* error)
{
    if (rows <= 0 || m_tables.contains(table))
        return true;
    QStringList names;
    QStringList statements;
    if (!m_db.dialect().rebuildableIndexes(m_db.connection(), table, &names, &statements, error))
        return false;
    if (names.isEmpty())
        return true;
    // Counts no further than the threshold: cheap on a large table.
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM ") + table +
                  QStringLiteral(" LIMIT ?) t"));
    count.addBindValue(rows + 1);
    if (!count.exec() || !count.next()) {
        if (error)
            *error = tr("Cannot count the rows of %1: %2").arg(table, count.lastError().text());
        return false;
    }
    const qint64 existing = count.value(0).toLongLong();
    count.finish(); // a table read by an open statement cannot lose an index
    if (existing > rows)
        return true;
    QSqlQuery drop(m_db.connection());
    for (qsizetype i = 0; i < names.size(); ++i) {
        // A unique index also checks the rows while they are written: it stays.
        if (statements.at(i).startsWith(QLatin1String("CREATE UNIQUE"), Qt::CaseInsensitive))
            continue;
        // Index names come from the schema itself, never from a user. SQLite refuses to drop
        // an index while another statement of this connection is still reading (a list on
        // screen): the write then keeps the indexes, which is only slower.
        if (!drop.exec(QStringLiteral("DROP INDEX ") + names.at(i)))
            break;
        m_createStatements << statements.at(i);
    }
    m_tables << table;
    return true;
}

bool BulkIndexes::restore(QString* error)
{
    QSqlQuery create(m_db.connection());
    for (const QString& statement : std::as_const(m_createStatements)) {
        if (!create.exec(statement)) {
            if (error)
                *error = tr("Cannot build the index again (%1): %2")
                             .arg(statement, create.lastError().text());
            return false;
        }
    }
    m_createStatements.clear();
    m_tables.clear();
    return true;
}
