#pragma once

#include <QProcess>
#include <QString>

// Another program holding a SQLite file's write lock: the sqlite3 shell inside a write
// transaction, until release() or the end of the object. exclusive adds
// PRAGMA locking_mode=EXCLUSIVE, which keeps even readers out.
class SqliteShellLock
{
public:
    explicit SqliteShellLock(const QString& path, bool exclusive = false);
    ~SqliteShellLock();
    SqliteShellLock(const SqliteShellLock&) = delete;
    SqliteShellLock& operator=(const SqliteShellLock&) = delete;

    // False when the shell is missing or did not take the lock.
    bool isHolding() const { return m_holding; }
    qint64 pid() const { return m_process.processId(); }
    void release();

private:
    QProcess m_process;
    bool m_holding = false;
};
