#include "SqliteShellLock.h"
#include "storage/Database.h"
#include "storage/DatabaseDiagnosis.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

// A register one schema step behind this program: opening it must write (the upgrade), as
// after installing a new version.
bool makeOlderRegister(const QString& path, QString* error)
{
    Database db;
    return db.open(path, error) && db.migrate(error, Migrations::latestVersion() - 1);
}

// A small file system of its own (tmpfs), to make a read-only folder and a full disk that
// even root cannot write: root ignores file permissions. Needs root (as in CI).
class SmallDisk
{
public:
    explicit SmallDisk(const QString& sizeOption)
    {
        m_path = m_dir.filePath(QStringLiteral("disk"));
        QDir().mkpath(m_path);
        if (::geteuid() != 0)
            return;
        m_mounted =
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               sizeOption, QStringLiteral("tmpfs"), m_path}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    bool isMounted() const { return m_mounted; }
    QString path() const { return m_path; }
    bool makeReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path}) == 0;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
};

int dossierTableRows(const QString& path)
{
    Database db;
    QString error;
    if (!db.openExisting(path, true, &error))
        return -1;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM procedures")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestDatabaseDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A desk waits 15 s for a lock; the tests need not.
        Database::setBusyTimeout(300);
    }

    // Issue #15: a register busy with another program's write was reported as "not a usable
    // database: database is locked", and the desk offered to restore a backup over it.
    void lockedRegisterIsBusyNotDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QString error;
        QVERIFY2(makeOlderRegister(path, &error), qPrintable(error));
        SqliteShellLock holder(path, false);
        if (!holder.isHolding())
            QSKIP("the sqlite3 shell is not available");
        Database db;
        QVERIFY(!db.openAndMigrate(path, &error)); // the upgrade needs the lock
        const DatabaseDiagnosis diagnosis = DatabaseDiagnosis::diagnose(path, error);
        QCOMPARE(diagnosis.kind, DatabaseDiagnosis::Kind::Busy);
        QVERIFY(!diagnosis.mayRestore());
        // The program that holds it is named.
        QVERIFY2(diagnosis.cause.contains(QStringLiteral("sqlite3")), qPrintable(diagnosis.cause));
        QVERIFY2(diagnosis.cause.contains(QString::number(holder.pid())),
                 qPrintable(diagnosis.cause));
    }

    void exclusivelyLockedRegisterIsBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.openAndMigrate(path, &error), qPrintable(error));
        }
        SqliteShellLock holder(path, true);
        if (!holder.isHolding())
            QSKIP("the sqlite3 shell is not available");
        Database db;
        QVERIFY(!db.openAndMigrate(path, &error));
        const DatabaseDiagnosis diagnosis = DatabaseDiagnosis::diagnose(path, error);
        QCOMPARE(diagnosis.kind, DatabaseDiagnosis::Kind::Busy);
        QVERIFY(!diagnosis.mayRestore());
    }

    void readOnlyFolderIsNotDamaged()
    {
        SmallDisk disk(QStringLiteral("size=16m"));
        if (!disk.isMounted())
            QSKIP("needs root to mount a small file system");
        const QString path = disk.path() + QStringLiteral("/office.sqlite");
        QString error;
        QVERIFY2(makeOlderRegister(path, &error), qPrintable(error));
        const int procedures = dossierTableRows(path);
        QVERIFY(disk.makeReadOnly());
        Database db;
        QVERIFY(!db.openAndMigrate(path, &error));
        const DatabaseDiagnosis diagnosis = DatabaseDiagnosis::diagnose(path, error);
        QCOMPARE(diagnosis.kind, DatabaseDiagnosis::Kind::ReadOnlyFolder);
        QVERIFY(!diagnosis.mayRestore());
        QVERIFY2(diagnosis.message(path).contains(disk.path()),
                 qPrintable(diagnosis.message(path)));
        QCOMPARE(dossierTableRows(path), procedures); // still readable, untouched
    }

    void fullDiskIsNotDamaged()
    {
        SmallDisk disk(QStringLiteral("size=8m"));
        if (!disk.isMounted())
            QSKIP("needs root to mount a small file system");
        const QString path = disk.path() + QStringLiteral("/office.sqlite");
        QString error;
        QVERIFY2(makeOlderRegister(path, &error), qPrintable(error));
        // Fill the disk to the last byte.
        QFile filler(disk.path() + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        Database db;
        const bool opened = db.openAndMigrate(path, &error);
        db.close();
        if (opened)
            QSKIP("the upgrade step fitted in the space left");
        const DatabaseDiagnosis diagnosis = DatabaseDiagnosis::diagnose(path, error);
        QCOMPARE(diagnosis.kind, DatabaseDiagnosis::Kind::DiskFull);
        QVERIFY(!diagnosis.mayRestore());
    }

    void garbageAndTruncationAreDamage()
    {
        QTemporaryDir dir;
        const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const DatabaseDiagnosis notADatabase = DatabaseDiagnosis::diagnose(garbage, QString());
        QCOMPARE(notADatabase.kind, DatabaseDiagnosis::Kind::Damaged);
        QVERIFY(notADatabase.mayRestore());

        // A healthy header over pages that were overwritten: the integrity check fails.
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.openAndMigrate(path, &error), qPrintable(error));
            QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 size = damaged.size();
        QVERIFY(size > 64 * 1024);
        damaged.seek(size / 2);
        damaged.write(QByteArray(32 * 1024, '\x5a'));
        damaged.close();
        const DatabaseDiagnosis diagnosis = DatabaseDiagnosis::diagnose(path, QString());
        QCOMPARE(diagnosis.kind, DatabaseDiagnosis::Kind::Damaged);
        QVERIFY(diagnosis.mayRestore());
    }

    void healthyRegisterIsNoDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.openAndMigrate(path, &error), qPrintable(error));
        }
        const DatabaseDiagnosis diagnosis = DatabaseDiagnosis::diagnose(path, QString());
        QVERIFY(!diagnosis.mayRestore());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseDiagnosis)
#include "tst_databasediagnosis.moc"
