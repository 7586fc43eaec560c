#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One open connection to the office database. Owns a uniquely named QSqlDatabase
// connection, so several Database objects (desks, threads, tests) never share state.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) the database at location: a SQLite file path.
    // Does not migrate; call migrate() next.
    bool open(const QString& location, QString* error);
    // open() followed by migrate(): what every program does at start.
    bool openAndMigrate(const QString& location, QString* error);
    void close();

    bool isOpen() const;
    QString location() const { return m_location; }
    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return m_dialect; }

    // -1 when it cannot be read.
    int schemaVersion(QString* error = nullptr) const;
    // Brings the schema to targetVersion (default: the newest) through the ordered steps.
    bool migrate(QString* error, int targetVersion = -1);

    // True when the check ran; problems lists what it found (empty when healthy).
    bool integrityCheck(QStringList* problems, QString* error) const;

    // The GUI's and the command line's default database file (created on first start).
    static QString defaultLocation();

private:
    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
};
