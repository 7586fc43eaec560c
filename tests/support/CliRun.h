#pragma once

#include <QString>
#include <QStringList>

// What one run of motcua-cli printed and returned.
struct CliResult
{
    int exit = -1;
    QString out;
    QString err;
};

// Runs `motcua-cli arguments…` in this process (CliRunner), capturing both streams; input is
// what it reads on standard input (passwords, one a line). On a PostgreSQL server (the *_pg
// tests) the command line must sign in: unless arguments give --user, it signs in as a test
// administrator, created in the --db database when missing.
CliResult runCli(const QStringList& arguments, const QString& input = QString());
// The same without that sign-in: as a script without an account would run it.
CliResult runCliWithoutAccount(const QStringList& arguments, const QString& input = QString());

// For motcua-cli started as a separate process on a server (the *_pg tests): creates the test
// administrator in the database at location when missing and names it in this process's
// MOTCUA_USER and MOTCUA_PASSWORD, which the children inherit. Nothing for a SQLite file.
bool signInCliProcesses(const QString& location, QString* error);
