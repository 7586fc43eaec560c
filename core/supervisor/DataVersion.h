#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Tells cheaply whether another connection (another desk, or motcua-cli) has committed to the
// database since the last look: SQLite's PRAGMA data_version changes after every commit made
// by any other connection to the same file. Commits through this connection do not change it;
// pages hear of those from the session.
class DataVersion
{
    Q_DECLARE_TR_FUNCTIONS(DataVersion)

public:
    explicit DataVersion(const Database& db);

    // True when the version differs from the last call's (the first call: true).
    bool changed(QString* error = nullptr);
    // The database's write-ahead log, which a file watcher can watch ("" when not in WAL mode
    // or not a file).
    QString walPath() const;

private:
    const Database& m_db;
    qint64 m_last = -1;
};
