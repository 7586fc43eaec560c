#include "CliRun.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "backup/BackupRotation.h"
#include "backup/BackupService.h"
#include "catalogue/ProcedureRepository.h"
#include "cli/CliContext.h"
#include "settings/OfficeSettingsStore.h"

#include "CliRun.h"
#include "storage/Migrations.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
OfficeSettings office(const QString& name)
{
    OfficeSettings s;
    s.agencyName = name;
    s.parentAgency = QStringLiteral("UBND HUYỆN VĨNH CỬU");
    s.agencyCode = QStringLiteral("000.00.06.H56");
    s.placeName = QStringLiteral("Tân Bình");
    return s;
}

QString agencyNameIn(const QString& path)
{
    Database db;
    QString error;
    if (!db.openAndMigrate(path, &error))
        return QStringLiteral("<%1>").arg(error);
    OfficeSettings s;
    OfficeSettingsStore(db).load(&s, &error);
    return s.agencyName;
}

qint64 rowsIn(const QString& location, const QString& table)
{
    Database db;
    QString error;
    if (!db.openAndMigrate(location, &error))
        return -1;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Changes a backup file behind the program's back (an attacker, or a tool).
bool tamper(const QString& path, const QString& statement, QString* error)
{
    Database db;
    if (!db.openExisting(path, false, error))
        return false;
    QSqlQuery query(db.connection());
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// True once another process holds the file's write lock.
bool writeLockTaken(const QString& path)
{
    Database probe;
    QString error;
    if (!probe.openExisting(path, false, &error))
        return false;
    QSqlQuery query(probe.connection());
    query.exec(QStringLiteral("PRAGMA busy_timeout=0"));
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    query.exec(QStringLiteral("ROLLBACK"));
    return false;
}

QString cliProgram()
{
    return QStringLiteral(MOTCUA_CLI_PATH);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A desk waits 15 s for another's lock; these tests need not.
        Database::setBusyTimeout(500);
    }

    void rotationKeepsDailyWeeklyMonthly()
    {
        QList<QDate> dates;
        const QDate today(2026, 11, 27);
        for (int i = 0; i < 500; ++i)
            dates << today.addDays(-i);
        const QList<QDate> kept = BackupRotation::keep(dates);
        // The last 7 days…
        for (int i = 0; i < 7; ++i)
            QVERIFY2(kept.contains(today.addDays(-i)), qPrintable(today.addDays(-i).toString()));
        // …the newest of each of the last 4 weeks (Sunday 22/11 for the week before)…
        QVERIFY(kept.contains(QDate(2026, 11, 22)));
        QVERIFY(!kept.contains(QDate(2026, 11, 19)));
        // …and the newest of each of the last 12 months.
        QVERIFY(kept.contains(QDate(2026, 10, 31)));
        QVERIFY(kept.contains(QDate(2025, 12, 31)));
        QVERIFY(!kept.contains(QDate(2025, 11, 30))); // the 13th month back
        QVERIFY(kept.size() <= 7 + 4 + 12);
        QVERIFY(kept.size() >= 12);
    }

    void rotationOfFewBackupsKeepsAll()
    {
        const QList<QDate> dates{QDate(2026, 1, 1), QDate(2026, 3, 1)};
        QCOMPARE(BackupRotation::keep(dates), dates);
    }

    void backupThenRestoreRoundTrips()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ A")), &error),
                 qPrintable(error));
        const QString backup = t.folder() + QStringLiteral("/b/copy.sqlite");
        QVERIFY2(BackupService::backupTo(t.db(), backup, &error), qPrintable(error));
        QVERIFY(!BackupService::backupTo(t.db(), backup, &error)); // never overwrites

        QVERIFY2(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ B")), &error),
                 qPrintable(error));
        const QString live = t.path();
        t.db().close();

        QString kept;
        QVERIFY2(BackupService::restore(backup, live, &kept, &error), qPrintable(error));
        QCOMPARE(agencyNameIn(live), QStringLiteral("UBND XÃ A"));
        QCOMPARE(agencyNameIn(kept), QStringLiteral("UBND XÃ B"));
        // The kept register holds every ID number: only its owner reads it.
        QCOMPARE(QFile::permissions(kept) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions()); // the replaced one is kept
    }

    void restoreRefusesABadBackupAndChangesNothing()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ A")), &error));
        t.db().close();
        const QString garbage = t.folder() + QStringLiteral("/garbage.sqlite");
        writeFile(garbage, QByteArray(5000, 'g'));
        QString kept;
        QVERIFY(!BackupService::restore(garbage, t.path(), &kept, &error));
        QVERIFY(error.contains(garbage));
        QCOMPARE(agencyNameIn(t.path()), QStringLiteral("UBND XÃ A"));
    }

    void quickCheckCatchesTruncationAndGarbage()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ A")), &error));
        const QString copy = t.folder() + QStringLiteral("/copy.sqlite");
        QVERIFY2(BackupService::backupTo(t.db(), copy, &error), qPrintable(error));
        QVERIFY2(BackupService::quickCheckFile(copy, &error), qPrintable(error));

        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        QVERIFY(!BackupService::quickCheckFile(copy, &error));
        QVERIFY2(error.contains(copy), qPrintable(error));
        QVERIFY(!BackupService::verifyFile(copy, &error));

        const QString garbage = t.folder() + QStringLiteral("/garbage.sqlite");
        writeFile(garbage, QByteArray("this is not a database at all, just some text"));
        QVERIFY(!BackupService::quickCheckFile(garbage, &error));
    }

    void automaticBackupRotatesAndNewestGoodSkipsDamaged()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const QString folder = t.folder() + QStringLiteral("/auto");
        QString error;
        const QDate start(2026, 1, 1);
        for (int i = 0; i < 40; ++i)
            QVERIFY2(
                !BackupService::automaticBackup(t.db(), folder, start.addDays(i), &error).isEmpty(),
                qPrintable(error));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        QVERIFY2(files.size() < 40 && files.size() >= 7, qPrintable(files.join(u',')));
        // Today's backup is replaced, not duplicated.
        QVERIFY(
            !BackupService::automaticBackup(t.db(), folder, start.addDays(39), &error).isEmpty());
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files).size(),
                 files.size());

        const QString newest = QDir(folder).filePath(QStringLiteral("motcua-2026-02-09.sqlite"));
        QVERIFY(QFile::exists(newest));
        QCOMPARE(BackupService::newestGoodBackup(folder), newest);
        writeFile(newest, QByteArray(3000, 'x'));
        QCOMPARE(BackupService::newestGoodBackup(folder),
                 QDir(folder).filePath(QStringLiteral("motcua-2026-02-08.sqlite")));
    }

    // Issue #15: a backup carrying a trigger that rewrites every dossier was restored, and
    // `check` called it healthy. The schema must be exactly the application's.
    void restoreRefusesABackupWhoseSchemaIsNotOurs()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ A")), &error));
        const QString good = t.folder() + QStringLiteral("/good.sqlite");
        QVERIFY2(BackupService::backupTo(t.db(), good, &error), qPrintable(error));
        QVERIFY2(BackupService::verifyFile(good, &error), qPrintable(error));

        const QString trigger = t.folder() + QStringLiteral("/trigger.sqlite");
        QVERIFY(QFile::copy(good, trigger));
        QVERIFY2(tamper(trigger,
                        QStringLiteral("CREATE TRIGGER rewrite_all AFTER INSERT ON dossiers BEGIN "
                                       "UPDATE dossiers SET applicant_name = 'X'; END"),
                        &error),
                 qPrintable(error));
        const QString missing = t.folder() + QStringLiteral("/missing.sqlite");
        QVERIFY(QFile::copy(good, missing));
        QVERIFY2(tamper(missing, QStringLiteral("DROP TABLE feedback"), &error), qPrintable(error));
        const QString changed = t.folder() + QStringLiteral("/changed.sqlite");
        QVERIFY(QFile::copy(good, changed));
        QVERIFY2(tamper(changed, QStringLiteral("DROP INDEX audit_log_dossier"), &error),
                 qPrintable(error));

        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ B")), &error));
        for (const QString& bad : {trigger, missing, changed}) {
            QVERIFY(!BackupService::verifyFile(bad, &error));
            QString kept;
            QVERIFY(!BackupService::restore(bad, t.path(), &kept, &error));
            QVERIFY2(error.contains(QStringLiteral("schema")) ||
                         error.contains(QStringLiteral("lược đồ")),
                     qPrintable(error));
            QCOMPARE(agencyNameIn(t.path()), QStringLiteral("UBND XÃ B")); // nothing replaced
        }
        QVERIFY(error.contains(QStringLiteral("audit_log_dossier")));
        QVERIFY(!BackupService::verifyFile(trigger, &error));
        QVERIFY2(error.contains(QStringLiteral("rewrite_all")), qPrintable(error));

        // `check` compares the schema too, and reads the file without changing it.
        const CliResult checked =
            runCli({QStringLiteral("--db"), trigger, QStringLiteral("check")});
        QCOMPARE(checked.exit, int(ExitFailure));
        QVERIFY2(checked.err.contains(QStringLiteral("rewrite_all")), qPrintable(checked.err));
        const CliResult healthy = runCli({QStringLiteral("--db"), good, QStringLiteral("check")});
        QVERIFY2(healthy.exit == int(ExitSuccess), qPrintable(healthy.err));
    }

    // Issue #15: `check` and `audit verify` on a path that does not exist created a 900 KB
    // database and called it healthy.
    void checkOnAMissingPathCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/office.sqlite"));
        for (const QStringList& command :
             {QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("audit"), QStringLiteral("verify")}}) {
            const CliResult result = runCli(QStringList{QStringLiteral("--db"), path} + command);
            QCOMPARE(result.exit, int(ExitFailure));
            QVERIFY2(result.err.contains(path), qPrintable(result.err));
            QVERIFY(!QFileInfo::exists(path));
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
        }
    }

    // A copy on a read-only medium can be checked: the file is opened read-only.
    void checkReadsAReadOnlyCopy()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        const QString copy = t.folder() + QStringLiteral("/copy.sqlite");
        QVERIFY2(BackupService::backupTo(t.db(), copy, &error), qPrintable(error));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray before = [&copy] {
            QFile f(copy);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const CliResult result = runCli({QStringLiteral("--db"), copy, QStringLiteral("check")});
        QVERIFY2(result.exit == int(ExitSuccess), qPrintable(result.err));
        QFile after(copy);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
    }

    // Issue #15: `restore` one second after an import started left the import reporting
    // success while its rows went to the replaced file. Restore now takes the write lock:
    // beside a running import it refuses, naming the program; after it, it replaces.
    void restoreNeverRunsBesideAnImport()
    {
        if (TestDatabase::onServer())
            QSKIP("the server case: restoreWaitsForTheServersWriteLock");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(ProcedureRepository(t.db()).seedIfEmpty(&error), qPrintable(error));
        const QString backup = t.folder() + QStringLiteral("/before-import.sqlite");
        QVERIFY2(BackupService::backupTo(t.db(), backup, &error), qPrintable(error));

        // A file of 20,000 dossiers to import, from a register of another year.
        const QString source = t.folder() + QStringLiteral("/source.sqlite");
        const QString csv = t.folder() + QStringLiteral("/dossiers.csv");
        CliResult made =
            runCli({QStringLiteral("--db"), source, QStringLiteral("generate"),
                    QStringLiteral("--dossiers"), QStringLiteral("20000"), QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(made.exit == 0, qPrintable(made.err));
        made = runCli({QStringLiteral("--db"), source, QStringLiteral("export"),
                       QStringLiteral("dossiers"), csv, QStringLiteral("--full")});
        QVERIFY2(made.exit == 0, qPrintable(made.err));
        t.db().close();

        QProcess import;
        import.start(cliProgram(), {QStringLiteral("--db"), t.path(), QStringLiteral("import"),
                                    QStringLiteral("dossiers"), csv});
        QVERIFY(import.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (!writeLockTaken(t.path()) && import.state() == QProcess::Running &&
               waited.elapsed() < 60000)
            QTest::qWait(20);
        QVERIFY2(import.state() == QProcess::Running, "the import ended before it was caught");

        QString kept;
        QVERIFY(!BackupService::restore(backup, t.path(), &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("motcua-cli")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(import.processId())), qPrintable(error));

        QVERIFY(import.waitForFinished(120000));
        QCOMPARE(import.exitCode(), 0);
        QCOMPARE(rowsIn(t.path(), QStringLiteral("dossiers")), 20000); // nothing lost

        // With the import done, the restore goes through and keeps what it replaced.
        QVERIFY2(BackupService::restore(backup, t.path(), &kept, &error), qPrintable(error));
        QCOMPARE(rowsIn(t.path(), QStringLiteral("dossiers")), 0);
        QCOMPARE(rowsIn(kept, QStringLiteral("dossiers")), 20000);
    }

    // Another desk in the middle of a write: the restore refuses and changes nothing; once the
    // desk has committed, it goes through.
    void restoreWaitsForTheServersWriteLock()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ A")), &error));
        const QString backup = t.folder() + QStringLiteral("/a.sqlite");
        QVERIFY2(BackupService::backupTo(t.db(), backup, &error), qPrintable(error));
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ B")), &error));
        QString kept;
        {
            TransactionGuard writing(t.db());
            QVERIFY2(writing.isActive(), qPrintable(writing.error()));
            QVERIFY(!BackupService::restore(backup, t.path(), &kept, &error));
            QVERIFY2(error.contains(QStringLiteral("being written")) ||
                         error.contains(QStringLiteral("đang được")),
                     qPrintable(error));
        }
        QCOMPARE(agencyNameIn(t.path()), QStringLiteral("UBND XÃ B"));
        QVERIFY2(BackupService::restore(backup, t.path(), &kept, &error), qPrintable(error));
        QCOMPARE(agencyNameIn(t.path()), QStringLiteral("UBND XÃ A"));
    }

    // A desk that has the register open sees the restored one without reopening it, and
    // the restore is in the audit log, whose chain still verifies.
    void openDeskSeesTheRestoredRegister()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ A")), &error));
        const QString backup = t.folder() + QStringLiteral("/a.sqlite");
        QVERIFY2(BackupService::backupTo(t.db(), backup, &error), qPrintable(error));
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ B")), &error));
        QString kept;
        QVERIFY2(BackupService::restore(backup, t.path(), &kept, &error), qPrintable(error));
        OfficeSettings seen;
        QVERIFY(OfficeSettingsStore(t.db()).load(&seen, &error)); // the desk's own connection
        QCOMPARE(seen.agencyName, QStringLiteral("UBND XÃ A"));
        QCOMPARE(agencyNameIn(kept), QStringLiteral("UBND XÃ B"));
        // The kept register holds every ID number: only its owner reads it.
        QCOMPARE(QFile::permissions(kept) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QList<AuditEntry> entries;
        AuditLog::Filter filter;
        filter.action = QStringLiteral("restore");
        QVERIFY2(AuditLog::find(t.db(), filter, &entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().detail.contains(QStringLiteral("a.sqlite")));
        qint64 broken = 0;
        QVERIFY2(AuditLog::verify(t.db(), &broken, &error), qPrintable(error));
    }

    void backupNamedInTheFutureIsNeitherKeptForeverNorFirst()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const QString folder = t.folder() + QStringLiteral("/auto");
        QString error;
        const QDate today(2026, 12, 6);
        for (int i = 5; i >= 0; --i)
            QVERIFY2(!BackupService::automaticBackup(t.db(), folder, today.addDays(-i), &error)
                          .isEmpty(),
                     qPrintable(error));
        // A copy named for 2031, written long ago (a wrong clock, a file copied in).
        const QString future = QDir(folder).filePath(QStringLiteral("motcua-2031-01-01.sqlite"));
        QVERIFY(
            QFile::copy(QDir(folder).filePath(QStringLiteral("motcua-2026-12-01.sqlite")), future));
        QFile stamp(future);
        QVERIFY(stamp.open(QIODevice::ReadWrite));
        QVERIFY(stamp.setFileTime(QDateTime(QDate(2024, 1, 1), QTime(8, 0)),
                                  QFileDevice::FileModificationTime));
        stamp.close();
        QCOMPARE(BackupService::newestGoodBackup(folder, today),
                 QDir(folder).filePath(QStringLiteral("motcua-2026-12-06.sqlite")));
        // A year of daily backups later it is gone, like any copy of early 2024.
        for (int i = 1; i <= 400; i += 7)
            QVERIFY(!BackupService::automaticBackup(t.db(), folder, today.addDays(i), &error)
                         .isEmpty());
        QVERIFY(!QFileInfo::exists(future));
    }

    void commandLineBackupAndRestore()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ A")), &error));
        const QString db = t.path();
        const QString out = t.folder() + QStringLiteral("/cli-backup.sqlite");
        // runCli: on a server the command line signs in as an account.
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"),
                         QStringLiteral("--out"), out})
                     .exit,
                 int(ExitSuccess));
        QVERIFY(QFile::exists(out));
        QVERIFY(OfficeSettingsStore(t.db()).save(office(QStringLiteral("UBND XÃ B")), &error));
        t.db().close();
        const CliResult restored =
            runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), out});
        QVERIFY2(restored.exit == int(ExitSuccess), qPrintable(restored.err));
        QCOMPARE(agencyNameIn(db), QStringLiteral("UBND XÃ A"));
        QCOMPARE(runCli({QStringLiteral("restore")}).exit, int(ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
