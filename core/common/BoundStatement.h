#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// A prepared statement written with '?' placeholders whose values are added in order, as with
// QSqlQuery::addBindValue, but bound by name underneath. Qt 6.4 formats a placeholder name
// for every value bound by position (QSqlResult::bindValue(int) calls fieldSerial), which
// was about a third of the instructions of a bulk import; a named value is a hash look-up.
// The statement text is unchanged for the database: Qt turns the names back into positions
// for drivers without named placeholders (SQLite, PostgreSQL).
class BoundStatement
{
public:
    explicit BoundStatement(const QSqlDatabase& db);

    // sql with '?' placeholders (none inside quoted text).
    bool prepare(const QString& sql);
    void add(const QVariant& value)
    {
        if (m_next < m_names.size())
            m_query.bindValue(m_names.at(m_next), value);
        ++m_next;
    }
    // Runs with the values added since the last exec(); false when their number is wrong.
    bool exec();

    // "?, ?, ?": count placeholders for a row or an IN list.
    static QString placeholders(qsizetype count);

    QSqlQuery& query() { return m_query; }
    const QSqlQuery& query() const { return m_query; }

private:
    QSqlQuery m_query;
    QStringList m_names;
    qsizetype m_next = 0;
};
