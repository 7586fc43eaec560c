#include "BatchInsert.h"

#include <QSqlError>

BatchInsert::BatchInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                         int valuesPerStatement)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(std::max<qsizetype>(1, valuesPerStatement / columns.size()))
    , m_full(db)
{}

QString BatchInsert::sql(qsizetype rows) const
{
    const QString row =
        QLatin1Char('(') + BoundStatement::placeholders(m_columns.size()) + QLatin1Char(')');
    QString text = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") +
                   m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") + row;
    for (qsizetype i = 1; i < rows; ++i)
        text += QStringLiteral(", ") + row;
    return text;
}

bool BatchInsert::run(BoundStatement& statement, qsizetype rows)
{
    const qsizetype count = rows * m_columns.size();
    for (qsizetype i = 0; i < count; ++i)
        statement.add(m_values.at(i));
    if (!statement.exec()) {
        m_error = statement.query().lastError().text();
        return false;
    }
    return true;
}

bool BatchInsert::endRow()
{
    if (m_values.size() < m_rowsPerStatement * m_columns.size())
        return true;
    if (!m_fullPrepared) {
        if (!m_full.prepare(sql(m_rowsPerStatement))) {
            m_error = m_full.query().lastError().text();
            m_values.clear();
            return false;
        }
        m_fullPrepared = true;
    }
    const bool ok = run(m_full, m_rowsPerStatement);
    m_values.clear();
    return ok;
}

bool BatchInsert::flush()
{
    const qsizetype rows = m_values.size() / m_columns.size();
    if (rows == 0)
        return true;
    BoundStatement rest(m_db);
    bool ok = rest.prepare(sql(rows));
    if (ok)
        ok = run(rest, rows);
    else
        m_error = rest.query().lastError().text();
    m_values.clear();
    return ok;
}
