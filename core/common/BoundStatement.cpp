#include "BoundStatement.h"

#include <QSqlError>

BoundStatement::BoundStatement(const QSqlDatabase& db)
    : m_query(db)
{}

bool BoundStatement::prepare(const QString& sql)
{
    m_names.clear();
    m_next = 0;
    QString named;
    named.reserve(sql.size() * 2);
    for (const QChar c : sql) {
        if (c == QLatin1Char('?')) {
            m_names << QStringLiteral(":v%1").arg(m_names.size());
            named += m_names.last();
        } else {
            named += c;
        }
    }
    return m_query.prepare(named);
}

QString BoundStatement::placeholders(qsizetype count)
{
    return count <= 0 ? QString() : QStringLiteral("?") + QStringLiteral(", ?").repeated(count - 1);
}

bool BoundStatement::exec()
{
    const bool complete = m_next == m_names.size();
    m_next = 0;
    if (!complete) {
        m_query.finish();
        return false;
    }
    return m_query.exec();
}
