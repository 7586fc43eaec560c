#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// Consistent copies of the live database (SQLite's VACUUM INTO, safe while other desks work;
// for a PostgreSQL server, the application's own export into a SQLite file, read in one
// snapshot), the rotation of automatic backups, and restoring a verified copy.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Writes a consistent copy of db to path (which must not exist yet) and verifies it.
    static bool backupTo(const Database& db, const QString& path, QString* error);

    // A file is a good backup when it opens, passes PRAGMA integrity_check, holds exactly the
    // schema the migrations create for its version (SchemaCheck), and, at this program's
    // version, its audit chain verifies.
    static bool verifyFile(const QString& path, QString* error);

    // Cheap start-up check of a database file: it must be a SQLite file no shorter than its
    // header says (catches truncation without reading every page).
    static bool quickCheckFile(const QString& path, QString* error);

    // The automatic backup: today's file motcua-YYYY-MM-DD.sqlite in folder (replaced if it
    // exists, so closing the application keeps the latest state of the day), then old files
    // pruned by BackupRotation. Returns the path written, or an empty string with error set.
    static QString automaticBackup(const Database& db, const QString& folder, const QDate& today,
                                   QString* error);

    // The newest backup in folder that passes verifyFile(), or an empty string. A file whose
    // name is dated after today counts by the day it was written.
    static QString newestGoodBackup(const QString& folder,
                                    const QDate& today = QDate::currentDate());

    // Replaces the database at databasePath with a verified copy of backupPath; the replaced
    // content is kept beside it as "<name>.replaced-<time>" (returned in keptPath).
    // A healthy database is replaced in place, inside one write transaction: an import or a
    // desk writing at the time makes the restore wait (15 s), then refuse, naming the program;
    // desks that have it open see the restored register at once. A damaged file is replaced
    // as a file, and only when no other program has it open. A busy, read-only or full file is
    // never replaced.
    // For a server (postgresql://…), its current content is first backed up into the backup
    // folder (motcua-replaced-<time>.sqlite, returned in keptPath), then replaced in one
    // transaction by the backup's rows; the desks should be closed meanwhile.
    static bool restore(const QString& backupPath, const QString& databasePath, QString* keptPath,
                        QString* error);

    // Copies a SQLite database file, read-only and consistent, to copyPath (VACUUM INTO).
    // The file itself is not changed; callers check it with verifyFile() first.
    static bool snapshotFile(const QString& path, const QString& copyPath, QString* error);

    // Loads every row of the database file at path (checked with verifyFile() by the caller)
    // into target (replacing its rows), through an upgraded copy of the file, then checks the
    // row counts and the audit chain.
    static bool loadInto(const QString& path, const Database& target, QString* error);

    // Moves an office from its SQLite file to a new PostgreSQL database: every row copied
    // with its id, then the row counts of every table and the audit chain checked. The target
    // must hold no dossiers, audit entries or accounts yet; the file is left untouched.
    // counts receives the rows of each table of the server.
    static bool migrateToServer(const QString& filePath, const QString& serverLocation,
                                QList<QPair<QString, qint64>>* counts, QString* error);

    // Per-desk backup folder (local settings), by default "backups" beside the database.
    static QString backupFolder(const QString& databasePath);
    static void setBackupFolder(const QString& folder);

private:
    static bool replaceFile(const QString& backupPath, const QString& databasePath,
                            QString* keptPath, QString* error);
    static bool restoreInto(const QString& backupPath, const Database& target,
                            const QString& databasePath, QString* keptPath, QString* error);
    static bool loadAttached(const Database& target, const QString& databasePath,
                             const QString& backupPath, QString* keptPath, QString* error);
    static bool restoreServer(const QString& backupPath, const QString& location, QString* keptPath,
                              QString* error);
    // False when the SQLite file at path names scanned files kept beside it: a server
    // register has no folder beside it to take them.
    static bool refuseFilesBeside(const QString& path, QString* error);
};
