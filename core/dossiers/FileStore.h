#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Scanned files too large for the register (Attachments::maximumSize()) are kept beside a
// SQLite register, in the folder "<register name>-files" next to its file (motcua-files/ for
// motcua.sqlite), each named by its SHA-256, which the register's row keeps. A backup carries
// the files its rows name in the same folder beside the backup file; verifying a backup and
// restoring it check every file against its hash.
class FileStore
{
    Q_DECLARE_TR_FUNCTIONS(FileStore)

public:
    // The folder beside the SQLite file databaseFile.
    static QString folderFor(const QString& databaseFile);
    static QString pathOf(const QString& folder, const QString& sha256);

    // The SHA-256 (lower-case hex) and size of a file, read a block at a time.
    static bool hashFile(const QString& path, QString* sha256, qint64* size, QString* error);
    // Copies source into folder under its hash (0600, folder 0700), hashing while copying; a
    // file already there with that hash is kept.
    static bool store(const QString& folder, const QString& source, QString* sha256, qint64* size,
                      QString* error);
    // True when folder holds the file named sha256 and its content has that hash.
    static bool verify(const QString& folder, const QString& sha256, QString* error);
    // The content of the file named sha256 in folder, read once and checked against its hash.
    static bool read(const QString& folder, const QString& sha256, QByteArray* bytes,
                     QString* error);
    // Copies the files named by hashes from one folder to another, each hashed while it is
    // copied (a file already there and intact is kept).
    static bool copy(const QString& from, const QString& to, const QStringList& hashes,
                     QString* error);

private:
    static bool missing(const QString& folder, const QString& sha256, QString* error);
    static bool changed(const QString& folder, const QString& sha256, const QString& actual,
                        QString* error);
};
