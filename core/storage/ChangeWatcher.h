#pragma once

#include <QObject>
#include <QString>

class Database;
class QFileSystemWatcher;
class QTimer;

// Tells a desk that another desk (or motcua-cli) has committed a change to the office
// database, so the dashboard and the overdue list follow within a second or two.
// - SQLite: PRAGMA data_version changes after every commit made by any other connection to
//   the file; it is looked at every second and at once when the -wal file changes.
// - PostgreSQL: the schema's triggers NOTIFY on every committed change of the register
//   (SqlDialect::changeChannel()); the watcher LISTENs on the desk's own connection, so
//   nothing is polled.
// Commits through the watched connection itself are not reported: the desk knows of them.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(const Database& db, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    // Starts watching; false (with the reason) when the database cannot be watched.
    bool start(QString* error);
    void stop();
    bool isActive() const { return m_active; }

signals:
    void changed();
    // Watching the database failed (for example the server went away).
    void failed(const QString& error);

private:
    void checkDataVersion();
    void watchWal();

    const Database& m_db;
    bool m_active = false;
    qint64 m_lastVersion = -1;
    QTimer* m_timer = nullptr;
    QFileSystemWatcher* m_walWatcher = nullptr;
};
