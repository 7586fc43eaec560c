#include "CliRun.h"
#include "TestDatabase.h"
#include "backup/BackupRotation.h"
#include "backup/BackupService.h"
#include "cli/CliContext.h"
#include "settings/OfficeSettingsStore.h"

#include <QDir>
#include <QFile>
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
        QCOMPARE(agencyNameIn(kept), QStringLiteral("UBND XÃ B")); // the replaced one is kept
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
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), out}).exit,
                 int(ExitSuccess));
        QCOMPARE(agencyNameIn(db), QStringLiteral("UBND XÃ A"));
        QCOMPARE(runCli({QStringLiteral("restore")}).exit, int(ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
