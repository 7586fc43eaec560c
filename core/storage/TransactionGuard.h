#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// RAII write transaction: begins on construction, rolls back on destruction unless
// commit() succeeded. Every multi-statement write goes through one of these.
class TransactionGuard
{
    Q_DECLARE_TR_FUNCTIONS(TransactionGuard)

public:
    explicit TransactionGuard(const Database& db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    // False when the transaction could not begin (for example the database stayed locked
    // by another desk longer than the busy timeout); error() says why.
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }

    bool commit(QString* error);
    void rollback();

private:
    const Database& m_db;
    bool m_active = false;
    QString m_error;
};
