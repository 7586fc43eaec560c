#include "TransactionGuard.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

TransactionGuard::TransactionGuard(const Database& db)
    : m_db(db)
{
    QSqlQuery query(m_db.connection());
    for (const QString& statement : m_db.dialect().beginWriteTransaction()) {
        if (!query.exec(statement)) {
            m_error = tr("Cannot start a transaction: %1").arg(query.lastError().text());
            rollback();
            return;
        }
        m_active = true;
    }
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

bool TransactionGuard::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = m_error.isEmpty() ? tr("No transaction is active.") : m_error;
        return false;
    }
    QSqlDatabase connection = m_db.connection();
    QSqlQuery query(connection);
    // PostgreSQL ends a transaction one of whose statements failed with ROLLBACK, and answers
    // COMMIT without an error: only its driver's commit reads the answer and fails then.
    const bool server = m_db.dialect().isPostgresql();
    if (!(server ? connection.commit() : query.exec(QStringLiteral("COMMIT")))) {
        const QSqlError reason = server ? connection.lastError() : query.lastError();
        m_error = tr("Cannot save the changes: %1").arg(reason.text());
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    m_active = false;
    m_db.transactionEnded(true);
    return true;
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral(
        "ROLLBACK")); // nothing more to do if this fails: the server has already rolled back
    m_active = false;
    m_db.transactionEnded(false);
}
