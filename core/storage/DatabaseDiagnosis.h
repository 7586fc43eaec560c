#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Why a SQLite database file could not be opened, told apart so that a busy, read-only or
// full file is never mistaken for a damaged one: only real damage (not a database, integrity
// check failed, schema unreadable) may lead a desk to offer restoring a backup over it.
// Run after open or migrate failed; it only reads the file (and writes a small probe file
// beside it, removed at once, to learn whether the folder is writable and has room).
class DatabaseDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseDiagnosis)

public:
    enum class Kind {
        Busy,           // another program holds the write lock
        ReadOnlyFolder, // the folder cannot be written (a read-only medium, permissions)
        ReadOnlyFile,   // the file itself cannot be written
        DiskFull,       // no room left on the disk
        Unreadable,     // the file cannot be read at all (permissions)
        Damaged,        // not a database, integrity check failed, schema unreadable
        TooNew,         // made by a newer version of the program
        Unknown,        // none of the above: the original error stands
    };

    Kind kind = Kind::Unknown;
    // The cause in the officer's words, naming the programs that hold the file when known.
    QString cause;
    // The lower-level detail (SQLite's or the system's message).
    QString detail;

    // Only real damage may lead to an offer to restore a backup.
    bool mayRestore() const { return kind == Kind::Damaged; }
    // Cause and detail as one message for a dialog or the command line.
    QString message(const QString& path) const;

    static DatabaseDiagnosis diagnose(const QString& path, const QString& openError);

    // The other processes of this computer that have the file (or its -wal) open, each as
    // "command line (tiến trình PID)"; empty where /proc cannot tell (another user's process).
    static QStringList holders(const QString& path);
};
