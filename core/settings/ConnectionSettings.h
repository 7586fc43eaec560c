#pragma once

#include <QCoreApplication>
#include <QString>

// Where this desk's database is, as the administrator chooses it on the Database tab: a SQLite
// file on this computer (one desk), or the office's PostgreSQL server (several desks). The
// choice belongs to the machine, so it is kept in the application's settings file, never in
// the database it points to, and never with a password. `--db` on the command line overrides it.
class ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    enum class Kind { SqliteFile, PostgresqlServer };
    static constexpr int defaultPort = 5432;

    Kind kind = Kind::SqliteFile;
    QString filePath;
    // A host name, an IP address, or the folder of the server's Unix socket (starts with '/').
    QString host;
    int port = defaultPort;
    QString databaseName;
    // Empty: libpq uses the operating-system user's name.
    QString userName;

    bool isServer() const { return kind == Kind::PostgresqlServer; }

    // Splits a location (a file path, or postgresql://user@host:port/dbname with its parts
    // percent-encoded) into its parts; a password in it is dropped.
    static bool fromLocation(const QString& location, ConnectionSettings* settings, QString* error);
    // The location Database::open() takes, every part percent-encoded where it needs to be;
    // false with a message naming the missing or wrong field.
    bool toLocation(QString* location, QString* error) const;

    // The location the GUI opens when --db is not given: the saved choice, or else
    // Database::defaultLocation().
    static QString load();
    // Saves the location for the next start (its password, if any, is left out).
    static bool save(const QString& location, QString* error);
    // True when a location was saved (otherwise load() gives the default file).
    static bool isSaved();
    static QString settingsKey();
    // A short description for the status bar and the About box: "PostgreSQL server …".
    static QString describe(const QString& location);
};
