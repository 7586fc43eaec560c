#pragma once

#include "accounts/Permissions.h"
#include "accounts/User.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

class Database;

// Exit codes of motcua-cli, a contract with offices' scripts.
enum CliExit { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command needs from its surroundings: the output streams, standard input (passwords,
// one line each) and the database, opened and migrated on first use.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream& out, QTextStream& err, QTextStream* in = nullptr);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    QString databaseLocation() const;
    void setDatabaseLocation(const QString& location) { m_databaseLocation = location; }
    // The account to sign in as on a server (--user), else MOTCUA_USER.
    void setUserName(const QString& login) { m_userName = login; }
    static QString userOptionHelp();

    // Opens and migrates the database; nullptr after printing the reason on err(). On a
    // PostgreSQL server it also signs in (see actor()) and refuses without a valid account.
    Database* database();
    // Opens the database as it is, for commands that only look at it (check, audit verify):
    // a SQLite file must exist already and is opened read-only, neither created nor
    // migrated; a server is opened as by database(). nullptr after printing the reason.
    Database* existingDatabase();
    // The same, refused (nullptr after printing why) unless actor() may do what is needed.
    Database* database(Permission needed);

    // For commands that do not keep the database open (restore): on a server, signs in for a
    // moment and checks that the account may do what is needed; a server database without any
    // account yet (a new one being filled) is open to whoever may reach it. True on a file.
    bool allowedOnServer(Permission needed);

    // Who the command acts as. On a server: the signed-in account with its role. On a SQLite
    // file the file's permissions are the boundary (whoever may run motcua-cli on the file
    // may read and write it directly): the operating-system user, as administrator.
    User actor() const;
    // The actor of the command running now (the one CliContext of this process).
    static User currentActor();

    // The next line of standard input (a password), without its line end; false at its end.
    // At a terminal, prompt is shown first and the typed line is not echoed.
    bool readLine(QString* line, const QString& prompt);

    // Prints "motcua-cli: message" on the error stream.
    void reportError(const QString& message);

private:
    bool signIn(const Database& db);

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream* m_in;
    std::unique_ptr<QTextStream> m_stdin;
    QString m_databaseLocation;
    QString m_userName;
    bool m_signedIn = false;
    User m_account;
    std::unique_ptr<Database> m_database;
};
