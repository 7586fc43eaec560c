#pragma once

#include <QCoreApplication>
#include <QString>

// The office's database and its backups hold every applicant's ID number: only their owner
// (the operating-system account the desk runs as) may read them. Files are created 0600,
// folders 0700; files and folders made by older versions are tightened at start.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    // Creates path and any missing parent folders; the folders it creates are 0700.
    static bool makeFolder(const QString& path, QString* error);
    // Creates an empty file, 0600, unless it exists (SQLite and VACUUM INTO take an empty file
    // as a new database), so it never exists with wider permissions.
    static bool createFile(const QString& path, QString* error);
    // Takes the group's and others' permissions from an existing file or folder (the owner's
    // stay); nothing for a missing one.
    static bool tightenFile(const QString& path, QString* error);
    static bool tightenFolder(const QString& path, QString* error);
    // A SQLite database file with its -wal and -shm companions.
    static bool tightenDatabase(const QString& path, QString* error);
};
