#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

// A fresh, migrated database in its own temporary folder, removed with the object.
class TestDatabase
{
public:
    // migrate=false leaves an empty file at schema version 0.
    explicit TestDatabase(bool migrate = true);

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString path() const;
    QString folder() const { return m_dir.path(); }
    Database& db() { return m_db; }

private:
    QTemporaryDir m_dir;
    Database m_db;
    bool m_valid = false;
    QString m_error;
};

// QVERIFY2 for a TestDatabase, so a failing set-up explains itself.
#define MOTCUA_VERIFY_DB(testDb) QVERIFY2((testDb).isValid(), qPrintable((testDb).error()))
