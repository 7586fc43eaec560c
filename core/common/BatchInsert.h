#pragma once

#include "BoundStatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

// Rows for one table written many to a statement: INSERT … VALUES (…), (…), ….
// Values are added in column order, a row is closed by endRow(), and a statement runs each
// time enough rows are waiting. Qt's and the database's cost per statement, about half the
// work of writing a row to a narrow table such as the search terms, is then paid once for
// many rows.
//
// Waiting rows are not in the table yet: flush() before reading the table again or
// committing.
class BatchInsert
{
public:
    // columns: the names, in the order values are added. A statement holds rows of about
    // valuesPerStatement values.
    BatchInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                int valuesPerStatement = 512);

    void add(const QVariant& value) { m_values.append(value); }
    // Closes the row just added; false when a statement that had to run failed.
    bool endRow();
    // Writes every waiting row.
    bool flush();
    // The reason of the last failure, from the database.
    QString errorText() const { return m_error; }

private:
    // Binds the first rows' values to statement and runs it.
    bool run(BoundStatement& statement, qsizetype rows);
    QString sql(qsizetype rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    qsizetype m_rowsPerStatement;
    BoundStatement m_full;
    bool m_fullPrepared = false;
    QList<QVariant> m_values;
    QString m_error;
};
