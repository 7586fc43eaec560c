#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

class Database;

// Exit codes of motcua-cli, a contract with offices' scripts.
enum CliExit { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command needs from its surroundings: the output streams and the database,
// opened and migrated on first use.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream& out, QTextStream& err);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    QString databaseLocation() const;
    void setDatabaseLocation(const QString& location) { m_databaseLocation = location; }

    // Opens and migrates the database; nullptr after printing the reason on err().
    Database* database();
    // Opens the database as it is, for commands that only look at it (check, audit verify):
    // a SQLite file must exist already and is opened read-only, neither created nor
    // migrated; a server is opened as by database(). nullptr after printing the reason.
    Database* existingDatabase();

    // Prints "motcua-cli: message" on the error stream.
    void reportError(const QString& message);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databaseLocation;
    std::unique_ptr<Database> m_database;
};
