#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

// A fresh, migrated database of its own, removed with the object. By default a SQLite file
// in a temporary folder; when MOTCUA_TEST_BACKEND is "postgresql" (the *_pg tests), a new
// database on the server MOTCUA_TEST_POSTGRESQL names (postgresql://user@host:port/dbname,
// a role allowed to create databases; scripts/test.sh starts one), dropped at the end.
class TestDatabase
{
public:
    // migrate=false leaves an empty database at schema version 0.
    explicit TestDatabase(bool migrate = true);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    // Where the database is: a file path, or a postgresql:// address another process or
    // connection can open.
    QString path() const;
    QString folder() const { return m_dir.path(); }
    Database& db() { return m_db; }
    bool isServer() const { return !m_serverName.isEmpty(); }

    // True in the tests that run against PostgreSQL; serverLocation() is their server.
    static bool onServer();
    static QString serverLocation();
    // A location for one more database of the test's own (a second file, or a second
    // database on the server, dropped with this object).
    QString extraLocation(const QString& name);

private:
    bool createServerDatabase(const QString& name);

    QTemporaryDir m_dir;
    Database m_db;
    bool m_valid = false;
    QString m_error;
    QString m_serverName;
    QStringList m_extraServerNames;
};

// QVERIFY2 for a TestDatabase, so a failing set-up explains itself.
#define MOTCUA_VERIFY_DB(testDb) QVERIFY2((testDb).isValid(), qPrintable((testDb).error()))
