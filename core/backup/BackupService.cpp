#include "BackupService.h"

#include "BackupRotation.h"
#include "audit/AuditLog.h"
#include "dossiers/Attachments.h"
#include "dossiers/FileStore.h"
#include "storage/Database.h"
#include "storage/DatabaseCopier.h"
#include "storage/DatabaseDiagnosis.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"
#include "storage/SchemaCheck.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMultiHash>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>

namespace {
const QString folderKey = QStringLiteral("backup/folder");
const QRegularExpression backupName(QStringLiteral("^motcua-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));

// Reading a WAL-mode file creates its -wal and -shm companions, which a read-only connection
// cannot remove again: those it created and left empty are removed when this goes out of
// scope (declare it before the connection), so the folder is left as it was found.
class CompanionsLeftAsFound
{
public:
    explicit CompanionsLeftAsFound(const QString& path)
        : m_wal(path + QStringLiteral("-wal"))
        , m_shm(path + QStringLiteral("-shm"))
        , m_walCreated(!QFileInfo::exists(m_wal))
        , m_shmCreated(!QFileInfo::exists(m_shm))
    {}
    ~CompanionsLeftAsFound()
    {
        if (!m_walCreated || QFileInfo(m_wal).size() != 0)
            return;
        QFile::remove(m_wal);
        if (m_shmCreated)
            QFile::remove(m_shm);
    }
    CompanionsLeftAsFound(const CompanionsLeftAsFound&) = delete;
    CompanionsLeftAsFound& operator=(const CompanionsLeftAsFound&) = delete;

private:
    QString m_wal;
    QString m_shm;
    bool m_walCreated;
    bool m_shmCreated;
};

// The day a backup stands for: the date in its name, unless that lies after today (a clock set
// wrong, a file copied in): then the day it was written. Such a file is neither kept for ever
// by the rotation nor taken for the newest.
QDate backupDay(const QFileInfo& file, const QDate& today)
{
    const auto match = backupName.match(file.fileName());
    if (!match.hasMatch())
        return QDate();
    const QDate named = QDate::fromString(match.captured(1), Qt::ISODate);
    if (named.isValid() && named <= today)
        return named;
    return std::min(file.lastModified().date(), today);
}

// A name for the replaced register that no earlier restore used (two in one second).
QString freePath(const QString& stem, const QString& suffix)
{
    QString path = stem + suffix;
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = stem + QStringLiteral("-%1").arg(i) + suffix;
    return path;
}

// The audit entry of a restore: from which backup, and where the replaced register is kept.
AuditEntry restoreEntry(const QString& backupPath, const QString& kept)
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTime();
    entry.officer = QString::fromLocal8Bit(qgetenv("USER"));
    entry.action = QStringLiteral("restore");
    entry.detail = BackupService::tr("restored from the backup %1; the replaced register is kept "
                                     "as %2")
                       .arg(QFileInfo(backupPath).fileName(), kept);
    return entry;
}

quint32 bigEndian(const QByteArray& bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}
} // namespace

bool BackupService::backupTo(const Database& db, const QString& path, QString* error)
{
    if (QFileInfo::exists(path)) {
        if (error)
            *error = tr("Backup file %1 already exists; choose another name.").arg(path);
        return false;
    }
    if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath(), nullptr)) {
        if (error)
            *error = tr("Cannot create the backup folder %1.").arg(QFileInfo(path).absolutePath());
        return false;
    }
    // A backup holds every ID number: it is created readable by its owner only (VACUUM INTO
    // and a new database both take an empty file).
    if (!PrivateFiles::createFile(path, error))
        return false;
    if (db.isServer()) {
        // A server's backup is the application's own export: a SQLite file with every row,
        // which verifyFile() checks like any other backup and restore() can load back.
        {
            Database file;
            QString problem;
            if (!file.openAndMigrate(path, &problem) ||
                !DatabaseCopier::copy(db, file, nullptr, &problem)) {
                file.close();
                QFile::remove(path);
                if (error)
                    *error = tr("The backup to %1 failed: %2").arg(path, problem);
                return false;
            }
            // One file, without -wal beside it, like VACUUM INTO writes.
            QSqlQuery(file.connection()).exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
        return verifyFile(path, error);
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!query.exec()) {
        if (error)
            *error = tr("The backup to %1 failed: %2").arg(path, query.lastError().text());
        QFile::remove(path);
        return false;
    }
    // Scanned files kept beside the register go beside the backup, each checked on the way.
    QStringList hashes;
    QString problem;
    if (!Attachments::besideFiles(db, &hashes, &problem) ||
        !FileStore::copy(FileStore::folderFor(db.location()), FileStore::folderFor(path), hashes,
                         &problem)) {
        QFile::remove(path);
        if (error)
            *error = tr("The backup to %1 failed: %2").arg(path, problem);
        return false;
    }
    return verifyFile(path, error);
}

bool BackupService::verifyFile(const QString& path, QString* error)
{
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = tr("Backup file %1 does not exist.").arg(path);
        return false;
    }
    if (!quickCheckFile(path, error))
        return false;
    const CompanionsLeftAsFound companions(path);
    Database file;
    QString problem;
    if (!file.openExisting(path, true, &problem)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, problem);
        return false;
    }
    QSqlQuery query(file.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
        if (error)
            *error = tr("%1 is not a readable database: %2").arg(path, query.lastError().text());
        return false;
    }
    if (query.value(0).toString() != QLatin1String("ok")) {
        if (error)
            *error = tr("%1 is damaged: %2").arg(path, query.value(0).toString());
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = tr("%1 is not a readable database: %2").arg(path, query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version < 1 || version > Migrations::latestVersion()) {
        if (error)
            *error = tr("%1 is not a Một Cửa Desk database of a version this program can read "
                        "(schema version %2).")
                         .arg(path)
                         .arg(version);
        return false;
    }
    // Exactly the application's schema: an extra trigger or a changed table would act on
    // every desk once the file is in use.
    QStringList differences;
    if (!SchemaCheck::compare(file.connection(), version, &differences, &problem)) {
        if (error)
            *error = tr("Cannot check the schema of %1: %2").arg(path, problem);
        return false;
    }
    if (!differences.isEmpty()) {
        if (error)
            *error = tr("%1 does not hold the schema of Một Cửa Desk (version %2): %3.")
                         .arg(path)
                         .arg(version)
                         .arg(differences.join(QStringLiteral("; ")));
        return false;
    }
    // The audit chain of a file of this program's version (an older file's chain is checked
    // after its copy is upgraded, when it is loaded).
    qint64 broken = 0;
    if (version == Migrations::latestVersion() && !AuditLog::verify(file, &broken, &problem)) {
        if (error)
            *error = tr("The audit log of %1 does not verify: %2").arg(path, problem);
        return false;
    }
    // The scanned files its rows keep beside it, each as its SHA-256 says.
    QStringList hashes;
    if (!Attachments::besideFiles(file, &hashes, &problem)) {
        if (error)
            *error = tr("Cannot check the files beside %1: %2").arg(path, problem);
        return false;
    }
    for (const QString& sha256 : std::as_const(hashes)) {
        if (!FileStore::verify(FileStore::folderFor(path), sha256, &problem)) {
            if (error)
                *error = tr("The backup %1 is incomplete: %2").arg(path, problem);
            return false;
        }
    }
    return true;
}

bool BackupService::quickCheckFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true; // a new database is created there
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        if (error)
            *error = tr("%1 is not a database file (its header is wrong or missing).").arg(path);
        return false;
    }
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (countValid && qint64(pageSize) * pageCount > file.size()) {
        if (error)
            *error = tr("%1 is truncated: it should hold %2 bytes but has %3.")
                         .arg(path)
                         .arg(qint64(pageSize) * pageCount)
                         .arg(file.size());
        return false;
    }
    return true;
}

QString BackupService::automaticBackup(const Database& db, const QString& folder,
                                       const QDate& today, QString* error)
{
    const QDir dir(folder);
    if (!PrivateFiles::makeFolder(folder, nullptr)) {
        if (error)
            *error = tr("Cannot create the backup folder %1.").arg(folder);
        return QString();
    }
    // Backups made by older versions, readable by everyone, are tightened.
    QString problem;
    bool tight = PrivateFiles::tightenFolder(folder, &problem);
    for (const QString& file : dir.entryList({QStringLiteral("motcua-*.sqlite")}, QDir::Files))
        tight = PrivateFiles::tightenFile(dir.filePath(file), &problem) && tight;
    if (!tight)
        qWarning("%s", qPrintable(problem));
    const QString name = QStringLiteral("motcua-%1.sqlite").arg(today.toString(Qt::ISODate));
    const QString target = dir.filePath(name);
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!backupTo(db, partial, error)) {
        QFile::remove(partial);
        return QString();
    }
    // Replace today's copy only once the new one is verified, with the files beside it.
    QFile::remove(target);
    QDir(FileStore::folderFor(target)).removeRecursively();
    if (!QFile::rename(partial, target) ||
        (QFileInfo::exists(FileStore::folderFor(partial)) &&
         !QDir().rename(FileStore::folderFor(partial), FileStore::folderFor(target)))) {
        if (error)
            *error = tr("Cannot move the backup into place at %1.").arg(target);
        return QString();
    }

    QList<QDate> dates;
    QMultiHash<QDate, QString> filesOf;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("motcua-*.sqlite")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QDate day = backupDay(file, today);
        if (!day.isValid())
            continue;
        if (!filesOf.contains(day))
            dates << day;
        filesOf.insert(day, file.absoluteFilePath());
    }
    const QList<QDate> keep = BackupRotation::keep(dates);
    for (const QDate& date : std::as_const(dates)) {
        const QStringList paths = filesOf.values(date);
        // Of one day, today's own file (or else the newest name) stays.
        const QString kept =
            paths.contains(QFileInfo(target).absoluteFilePath())
                ? QFileInfo(target).absoluteFilePath()
                : *std::min_element(paths.cbegin(), paths.cend(), std::greater<QString>());
        for (const QString& path : paths) {
            if (!keep.contains(date) || path != kept) {
                QFile::remove(path);
                QDir(FileStore::folderFor(path)).removeRecursively();
            }
        }
    }
    return target;
}

QString BackupService::newestGoodBackup(const QString& folder, const QDate& today)
{
    QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("motcua-*.sqlite")}, QDir::Files);
    // Newest first by the day each stands for (a name dated after today does not come first).
    std::sort(files.begin(), files.end(), [&today](const QFileInfo& a, const QFileInfo& b) {
        const QDate dayA = backupDay(a, today);
        const QDate dayB = backupDay(b, today);
        return dayA != dayB ? dayA > dayB : a.fileName() > b.fileName();
    });
    for (const QFileInfo& file : std::as_const(files)) {
        if (backupDay(file, today).isValid() && verifyFile(file.absoluteFilePath(), nullptr))
            return file.absoluteFilePath();
    }
    return QString();
}

bool BackupService::snapshotFile(const QString& path, const QString& copyPath, QString* error)
{
    const CompanionsLeftAsFound companions(path);
    bool copied = false;
    Database file;
    QString problem;
    if (!file.openExisting(path, true, &problem)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, problem);
    } else {
        QSqlQuery query(file.connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(QFileInfo(copyPath).absoluteFilePath());
        copied = query.exec();
        if (!copied && error)
            *error = tr("Cannot copy %1: %2").arg(path, query.lastError().text());
    }
    return copied;
}

bool BackupService::loadInto(const QString& path, const Database& target, QString* error)
{
    // A copy of the file, upgraded to this program's schema, is what gets loaded: the file
    // itself is never changed.
    QTemporaryDir work;
    if (!work.isValid()) {
        if (error)
            *error = tr("Cannot create a temporary folder: %1").arg(work.errorString());
        return false;
    }
    const QString copyPath = work.filePath(QStringLiteral("snapshot.sqlite"));
    if (!snapshotFile(path, copyPath, error))
        return false;
    Database snapshot;
    QString problem;
    qint64 broken = 0;
    if (!snapshot.openAndMigrate(copyPath, &problem) ||
        !DatabaseCopier::copy(snapshot, target, nullptr, &problem) ||
        !DatabaseCopier::sameCounts(snapshot, target, &problem) ||
        !AuditLog::verify(target, &broken, &problem)) {
        if (error)
            *error = tr("Loading %1 into %2 failed: %3").arg(path, target.location(), problem);
        return false;
    }
    return true;
}

bool BackupService::migrateToServer(const QString& filePath, const QString& serverLocation,
                                    QList<QPair<QString, qint64>>* counts, QString* error)
{
    if (SqlDialect::isServerLocation(filePath) || !SqlDialect::isServerLocation(serverLocation)) {
        if (error)
            *error = tr("Migration goes from a SQLite file to a PostgreSQL server "
                        "(postgresql://user@host:port/dbname).");
        return false;
    }
    if (!verifyFile(filePath, error) || !refuseFilesBeside(filePath, error))
        return false;
    Database server;
    if (!server.openAndMigrate(serverLocation, error))
        return false;
    QSqlQuery query(server.connection());
    if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM dossiers) + (SELECT COUNT(*) "
                                   "FROM audit_log) + (SELECT COUNT(*) FROM users)")) ||
        !query.next()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (query.value(0).toLongLong() > 0) {
        if (error)
            *error = tr("The database %1 already holds dossiers, audit entries or accounts; "
                        "migrate only into a new, empty database.")
                         .arg(server.location());
        return false;
    }
    if (!loadInto(filePath, server, error))
        return false;
    QList<DatabaseCopier::TableCount> rows;
    if (!DatabaseCopier::countRows(server, &rows, error))
        return false;
    if (counts) {
        counts->clear();
        for (const auto& row : std::as_const(rows))
            counts->append({row.table, row.rows});
    }
    return true;
}

bool BackupService::refuseFilesBeside(const QString& path, QString* error)
{
    const CompanionsLeftAsFound companions(path);
    Database file;
    QStringList hashes;
    QString problem;
    if (!file.openExisting(path, true, &problem) ||
        !Attachments::besideFiles(file, &hashes, &problem)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, problem);
        return false;
    }
    if (hashes.isEmpty())
        return true;
    if (error)
        *error = tr("%1 keeps %n scanned file(s) over 64 MB beside it, and a server register "
                    "keeps no files beside it: nothing was copied. Keep those files in the "
                    "office's document system first.",
                    nullptr, int(hashes.size()))
                     .arg(path);
    return false;
}

bool BackupService::restoreServer(const QString& backupPath, const QString& location,
                                  QString* keptPath, QString* error)
{
    if (!verifyFile(backupPath, error) || !refuseFilesBeside(backupPath, error))
        return false;
    Database server;
    if (!server.openAndMigrate(location, error))
        return false;
    // A desk or an import writing now holds the office's write lock: refuse, naming it,
    // rather than wait behind it (loading takes the same lock, so none can start meanwhile).
    QSqlQuery query(server.connection());
    if (!query.exec(
            QStringLiteral(
                "SELECT a.application_name, a.usename, COALESCE(host(a.client_addr), ''), a.pid "
                "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = "
                "'advisory' AND l.granted AND a.pid <> pg_backend_pid() AND l.database = (SELECT "
                "oid "
                "FROM pg_database WHERE datname = current_database()) AND l.classid = 0 AND "
                "l.objsubid = 1 AND l.objid = %1")
                .arg(SqlDialect::writeLockId()))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QStringList writers;
    while (query.next())
        writers << tr("%1 of %2 %3 (server process %4)")
                       .arg(query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toString());
    if (!writers.isEmpty()) {
        if (error)
            *error = tr("Nothing was restored: the database %1 is being written by %2. Try "
                        "again when it has finished.")
                         .arg(server.location(), writers.join(QStringLiteral("; ")));
        return false;
    }
    // Keep what is replaced: a backup of the server as it is now.
    const QString folder = backupFolder(location);
    const QString kept = freePath(
        QDir(folder).filePath(
            QStringLiteral("motcua-replaced-%1")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))),
        QStringLiteral(".sqlite"));
    if (!backupTo(server, kept, error))
        return false;
    if (!loadInto(backupPath, server, error))
        return false;
    if (!AuditLog::record(server, restoreEntry(backupPath, kept), error))
        return false;
    if (keptPath)
        *keptPath = kept;
    return true;
}

bool BackupService::restore(const QString& backupPath, const QString& databasePath,
                            QString* keptPath, QString* error)
{
    if (SqlDialect::isServerLocation(databasePath))
        return restoreServer(backupPath, databasePath, keptPath, error);
    if (!verifyFile(backupPath, error))
        return false;
    // The backup's files beside it, checked, join the register's before its rows name them
    // (files are named by their hash: those already there stay).
    {
        const CompanionsLeftAsFound companions(backupPath);
        Database backup;
        QStringList hashes;
        QString problem;
        if (!backup.openExisting(backupPath, true, &problem) ||
            !Attachments::besideFiles(backup, &hashes, &problem) ||
            !FileStore::copy(FileStore::folderFor(backupPath), FileStore::folderFor(databasePath),
                             hashes, &problem)) {
            if (error)
                *error = tr("Nothing was restored: %1").arg(problem);
            return false;
        }
    }
    if (QFileInfo::exists(databasePath)) {
        // A healthy register is replaced inside one write transaction, so no other desk or
        // import can write beside the restore, and every open connection sees the result.
        Database target;
        QString openError;
        if (quickCheckFile(databasePath, &openError) &&
            target.openAndMigrate(databasePath, &openError))
            return restoreInto(backupPath, target, databasePath, keptPath, error);
        target.close();
        // Only real damage lets the file itself be replaced; a busy, read-only or full one
        // is not damaged, and replacing it would lose the register.
        const DatabaseDiagnosis diagnosis = DatabaseDiagnosis::diagnose(databasePath, openError);
        if (!diagnosis.mayRestore()) {
            if (error)
                *error = tr("Nothing was restored. %1").arg(diagnosis.message(databasePath));
            return false;
        }
    }
    const QStringList holders = DatabaseDiagnosis::holders(databasePath);
    if (!holders.isEmpty()) {
        if (error)
            *error = tr("Nothing was restored: the database %1 is open in %2. Close it there "
                        "first.")
                         .arg(databasePath, holders.join(QStringLiteral("; ")));
        return false;
    }
    return replaceFile(backupPath, databasePath, keptPath, error);
}

bool BackupService::replaceFile(const QString& backupPath, const QString& databasePath,
                                QString* keptPath, QString* error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        if (error)
            *error = tr("Cannot copy %1 next to the database.").arg(backupPath);
        return false;
    }
    QString kept;
    if (QFileInfo::exists(databasePath)) {
        kept = databasePath + QStringLiteral(".replaced-") + stamp;
        if (!QFile::rename(databasePath, kept)) {
            QFile::remove(incoming);
            if (error)
                *error = tr("Cannot set the current database %1 aside; nothing was changed.")
                             .arg(databasePath);
            return false;
        }
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(databasePath + suffix))
                QFile::rename(databasePath + suffix, kept + suffix);
        }
    }
    if (!QFile::rename(incoming, databasePath)) {
        if (!kept.isEmpty())
            QFile::rename(kept, databasePath); // put the old one back
        if (error)
            *error = tr("Cannot put the restored database in place at %1.").arg(databasePath);
        return false;
    }
    if (keptPath)
        *keptPath = kept;
    return true;
}

bool BackupService::restoreInto(const QString& backupPath, const Database& target,
                                const QString& databasePath, QString* keptPath, QString* error)
{
    // The backup's rows come from an upgraded copy, whose audit chain is checked first.
    QTemporaryDir work;
    if (!work.isValid()) {
        if (error)
            *error = tr("Cannot create a temporary folder: %1").arg(work.errorString());
        return false;
    }
    const QString copyPath = work.filePath(QStringLiteral("restoring.sqlite"));
    if (!snapshotFile(backupPath, copyPath, error))
        return false;
    {
        Database copy;
        QString problem;
        qint64 broken = 0;
        if (!copy.openAndMigrate(copyPath, &problem) ||
            !AuditLog::verify(copy, &broken, &problem) ||
            !QSqlQuery(copy.connection()).exec(QStringLiteral("PRAGMA journal_mode=DELETE"))) {
            if (error)
                *error = tr("Nothing was restored: %1 cannot be used: %2").arg(backupPath, problem);
            return false;
        }
    }
    QSqlQuery query(target.connection());
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS restored"));
    query.addBindValue(copyPath);
    if (!query.exec()) {
        if (error)
            *error = tr("Nothing was restored: cannot read %1: %2")
                         .arg(backupPath, query.lastError().text());
        return false;
    }
    const bool restored = loadAttached(target, databasePath, backupPath, keptPath, error);
    QSqlQuery(target.connection()).exec(QStringLiteral("DETACH DATABASE restored"));
    return restored;
}

bool BackupService::loadAttached(const Database& target, const QString& databasePath,
                                 const QString& backupPath, QString* keptPath, QString* error)
{
    // The office's write lock, held to the end: an import or a desk that writes either
    // finishes first or waits for the restored register.
    TransactionGuard transaction(target);
    if (!transaction.isActive()) {
        const QStringList holders = DatabaseDiagnosis::holders(databasePath);
        if (error)
            *error = holders.isEmpty()
                         ? tr("Nothing was restored: the database %1 is being written by another "
                              "program (%2). Try again when it has finished.")
                               .arg(databasePath, transaction.error())
                         : tr("Nothing was restored: the database %1 is being written by %2. "
                              "Try again when it has finished.")
                               .arg(databasePath, holders.join(QStringLiteral("; ")));
        return false;
    }
    // What is replaced is kept, read while the lock holds it still.
    const QString kept =
        freePath(databasePath + QStringLiteral(".replaced-") +
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 QString());
    {
        Database reader;
        QString problem;
        QSqlQuery copy;
        // Only its owner reads it, like the register itself (issue 15, item 7).
        if (PrivateFiles::createFile(kept, &problem) &&
            reader.openExisting(databasePath, true, &problem)) {
            copy = QSqlQuery(reader.connection());
            copy.prepare(QStringLiteral("VACUUM INTO ?"));
            copy.addBindValue(QFileInfo(kept).absoluteFilePath());
            if (!copy.exec())
                problem = copy.lastError().text();
            else
                problem.clear();
        }
        if (!problem.isEmpty()) {
            if (error)
                *error = tr("Nothing was restored: the current database cannot be kept as %1: %2")
                             .arg(kept, problem);
            return false;
        }
    }
    QSqlQuery query(target.connection());
    const auto failed = [&](const QString& what) {
        if (error)
            *error = tr("Nothing was restored: %1: %2").arg(what, query.lastError().text());
        return false;
    };
    // The triggers (append-only history) would refuse emptying the tables: they are set aside
    // and put back in the same transaction.
    QStringList triggers;
    QStringList triggerNames;
    if (!query.exec(QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = "
                                   "'trigger' ORDER BY name")))
        return failed(tr("cannot read the triggers"));
    while (query.next()) {
        triggerNames << query.value(0).toString();
        triggers << query.value(1).toString();
    }
    for (const QString& name : std::as_const(triggerNames)) {
        if (!query.exec(QStringLiteral("DROP TRIGGER main.\"%1\"").arg(name)))
            return failed(tr("cannot set trigger %1 aside").arg(name));
    }
    if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON")))
        return failed(tr("cannot defer the foreign keys"));
    QStringList tables;
    QString problem;
    if (!target.dialect().tableNames(target.connection(), &tables, &problem)) {
        if (error)
            *error = tr("Nothing was restored: %1").arg(problem);
        return false;
    }
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!query.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(*it)))
            return failed(tr("cannot empty table %1").arg(*it));
    }
    for (const QString& table : std::as_const(tables)) {
        const QSqlRecord record = target.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << u'"' + record.fieldName(i) + u'"';
        const QString list = columns.join(QStringLiteral(", "));
        if (!query.exec(QStringLiteral("INSERT INTO main.\"%1\" (%2) SELECT %2 FROM "
                                       "restored.\"%1\"")
                            .arg(table, list)))
            return failed(tr("cannot load table %1").arg(table));
    }
    if (query.exec(QStringLiteral("SELECT 1 FROM restored.sqlite_master WHERE name = "
                                  "'sqlite_sequence'")) &&
        query.next()) {
        if (!query.exec(QStringLiteral("DELETE FROM main.sqlite_sequence")) ||
            !query.exec(QStringLiteral("INSERT INTO main.sqlite_sequence SELECT * FROM "
                                       "restored.sqlite_sequence")))
            return failed(tr("cannot load the id counters"));
    }
    for (const QString& trigger : std::as_const(triggers)) {
        if (!query.exec(trigger))
            return failed(tr("cannot put a trigger back"));
    }
    if (!AuditLog::append(target, restoreEntry(backupPath, kept), &problem) ||
        !transaction.commit(&problem)) {
        if (error)
            *error = tr("Nothing was restored: %1").arg(problem);
        return false;
    }
    if (keptPath)
        *keptPath = kept;
    return true;
}

QString BackupService::backupFolder(const QString& databasePath)
{
    const QString configured = QSettings().value(folderKey).toString();
    if (!configured.isEmpty())
        return configured;
    if (SqlDialect::isServerLocation(databasePath)) // this desk's own copies of the server's
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/backups");
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

void BackupService::setBackupFolder(const QString& folder)
{
    QSettings().setValue(folderKey, folder);
}
