#include "TestDatabase.h"
#include "storage/Migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabaseClass : public QObject
{
    Q_OBJECT

private slots:
    void createsFileAndMigrates()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        if (!t.isServer())
            QVERIFY(QFile::exists(t.path()));
        QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
    }

    void usesWalForeignKeysAndBusyTimeout()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QSqlQuery q(t.db().connection());
        if (t.isServer()) {
            // PostgreSQL: a desk waits up to 15 s for a lock, then gets an error, never hangs.
            QVERIFY(q.exec(QStringLiteral("SHOW lock_timeout")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("15s"));
            return;
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 5000);
    }

    void newFilesGetLargePagesExistingOnesKeepTheirs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto pageSize = [](const Database& db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : -1;
        };
        QString error;
        {
            Database fresh;
            QVERIFY2(fresh.openAndMigrate(dir.filePath(QStringLiteral("new.sqlite")), &error),
                     qPrintable(error));
            QCOMPARE(pageSize(fresh), 16384);
        }
        // A register made with SQLite's default pages opens as it is.
        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            raw.setDatabaseName(older);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size=4096")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE kept (a INTEGER)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        Database existing;
        QVERIFY2(existing.openAndMigrate(older, &error), qPrintable(error));
        QCOMPARE(pageSize(existing), 4096);
        QCOMPARE(existing.schemaVersion(), Migrations::latestVersion());
    }

    void integrityCheckOfHealthyDatabaseIsClean()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QStringList problems;
        QString error;
        QVERIFY2(t.db().integrityCheck(&problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void garbageFileIsRefusedWithMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Database db;
        QString error;
        QVERIFY(!db.openAndMigrate(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error));
        QVERIFY(!error.isEmpty());
    }

    void unreachableServerGivesAClearMessageQuickly()
    {
        // Nothing listens on port 1: the desk is told at once, naming the address.
        Database db;
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!db.open(QStringLiteral("postgresql://officer@127.0.0.1:1/motcua"), &error));
        QVERIFY(clock.elapsed() < 6000);
        QVERIFY2(error.contains(QStringLiteral("postgresql://officer@127.0.0.1:1/motcua")),
                 qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void malformedServerAddressIsRefused()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(QStringLiteral("postgresql://officer@127.0.0.1:5432/"), &error));
        QVERIFY2(error.contains(QStringLiteral("postgresql://user@host:port/dbname")),
                 qPrintable(error));
    }

    void passwordIsNeverShown()
    {
        QCOMPARE(Database::displayLocation(
                     QStringLiteral("postgresql://officer:secret@db.local:5433/motcua")),
                 QStringLiteral("postgresql://officer@db.local:5433/motcua"));
        QCOMPARE(Database::displayLocation(QStringLiteral("/tmp/a.sqlite")),
                 QStringLiteral("/tmp/a.sqlite"));
    }

    void twoConnectionsSeeEachOthersWrites()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Database second;
        QString error;
        QVERIFY2(second.openAndMigrate(t.path(), &error), qPrintable(error));
        QSqlQuery w(t.db().connection());
        QVERIFY(w.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        QSqlQuery r(second.connection());
        QVERIFY(r.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")) && r.next());
        QCOMPARE(r.value(0).toString(), QStringLiteral("v"));
    }

    void newerSchemaIsRefused()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(t.db().dialect().writeSchemaVersion(t.db().connection(),
                                                    Migrations::latestVersion() + 1, &error));
        QVERIFY(!t.db().migrate(&error));
        QVERIFY(error.contains(QString::number(Migrations::latestVersion() + 1)));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseClass)
#include "tst_database.moc"
