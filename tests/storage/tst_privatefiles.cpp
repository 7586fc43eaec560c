#include "backup/BackupService.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The database, its folder and its backups are readable by their owner only (SQLite files).
class TestPrivateFiles : public QObject
{
    Q_OBJECT

private:
    static int modeOf(const QString& path)
    {
        struct stat info;
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 0777);
    }

private slots:
    void initTestCase()
    {
        // Whatever the session's umask, the modes must come out owner-only.
        ::umask(022);
    }

    void newDatabaseAndFoldersAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("office/data"));
        const QString path = folder + QStringLiteral("/motcua.sqlite");
        Database db;
        QString error;
        QVERIFY2(db.openAndMigrate(path, &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("office"))), 0700);
        // SQLite gives the write-ahead log the database file's mode.
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        // A folder that existed before is not ours to change.
        QCOMPARE(modeOf(dir.path()), 0700); // QTemporaryDir's own
    }

    void olderFilesAreTightenedAtStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY2(db.openAndMigrate(path, &error), qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        Database db;
        QString error;
        QVERIFY2(db.openAndMigrate(path, &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        // A read-only copy stays read-only: only the group's and others' rights are taken.
        db.close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(PrivateFiles::tightenDatabase(path, &error));
        QCOMPARE(modeOf(path), 0400);
    }

    void backupsAreOwnerOnly()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.openAndMigrate(dir.filePath(QStringLiteral("motcua.sqlite")), &error),
                 qPrintable(error));
        const QString copy = dir.filePath(QStringLiteral("usb/copy.sqlite"));
        QVERIFY2(BackupService::backupTo(db, copy, &error), qPrintable(error));
        QCOMPARE(modeOf(copy), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("usb"))), 0700);

        // An automatic backup folder of an older version, and a copy in it, are tightened.
        const QString backups = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        QVERIFY(QFile::setPermissions(backups, QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ExeOwner | QFile::ReadOther |
                                                   QFile::ExeOther));
        const QString old = backups + QStringLiteral("/motcua-2026-01-05.sqlite");
        QVERIFY(QFile::copy(copy, old));
        QVERIFY(
            QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const QString made = BackupService::automaticBackup(db, backups, QDate(2026, 1, 6), &error);
        QVERIFY2(!made.isEmpty(), qPrintable(error));
        QCOMPARE(modeOf(backups), 0700);
        QCOMPARE(modeOf(made), 0600);
        QCOMPARE(modeOf(old), 0600);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
