#include "CliRun.h"
#include "TestDatabase.h"
#include "cli/CliContext.h"
#include "storage/DatabaseCopier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QTextStream>

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}
} // namespace

// Moving an office from its SQLite file to PostgreSQL (issue #9): `motcua-cli migrate` copies
// everything, checks counts and the audit chain, leaves the file untouched, and the server then
// gives the same indicators, the same export and an intact audit chain.
class TestServerMigration : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!TestDatabase::onServer())
            QSKIP("needs a PostgreSQL server: runs as tst_servermigration_pg");
    }

    void migrateCopiesEverythingAndLeavesTheFileUntouched()
    {
        TestDatabase server(false);
        MOTCUA_VERIFY_DB(server);
        server.db().close();
        const QString file = server.folder() + QStringLiteral("/office.sqlite");
        const QString year = QStringLiteral("2024");
        CliResult r = runCli(
            {QStringLiteral("--db"), file, QStringLiteral("generate"), QStringLiteral("--dossiers"),
             QStringLiteral("400"), QStringLiteral("--year"), year, QStringLiteral("--seed"),
             QStringLiteral("9"), QStringLiteral("--as-of"), QStringLiteral("2024-12-31 17:00")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QByteArray before = fileHash(file);
        QVERIFY(!before.isEmpty());

        r = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                    QStringLiteral("--to"), server.path()});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("dossiers\t400")), qPrintable(r.out));
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));

        // Same rows everywhere, same audit chain, same numbers, same export.
        {
            Database copy;
            QString error;
            QVERIFY2(copy.open(server.path(), &error), qPrintable(error));
            Database original;
            QVERIFY2(original.open(file, &error), qPrintable(error));
            QVERIFY2(DatabaseCopier::sameCounts(original, copy, &error), qPrintable(error));
        }
        r = runCli({QStringLiteral("--db"), server.path(), QStringLiteral("audit"),
                    QStringLiteral("verify")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err + r.out));
        const QStringList report{QStringLiteral("report"),           QStringLiteral("--from"),
                                 QStringLiteral("2024-01-01"),       QStringLiteral("--to"),
                                 QStringLiteral("2024-12-31"),       QStringLiteral("--as-of"),
                                 QStringLiteral("2024-12-31 17:00"), QStringLiteral("--by"),
                                 QStringLiteral("procedure"),        QStringLiteral("--json")};
        const CliResult fromFile = runCli(QStringList{QStringLiteral("--db"), file} + report);
        const CliResult fromServer =
            runCli(QStringList{QStringLiteral("--db"), server.path()} + report);
        QVERIFY2(fromFile.exit == ExitSuccess, qPrintable(fromFile.err));
        QVERIFY2(fromServer.exit == ExitSuccess, qPrintable(fromServer.err));
        QVERIFY(fromFile.out.contains(QStringLiteral("on_time_rate")));
        QCOMPARE(fromServer.out, fromFile.out);
        const QString csvFile = server.folder() + QStringLiteral("/file.csv");
        const QString csvServer = server.folder() + QStringLiteral("/server.csv");
        QCOMPARE(runCli({QStringLiteral("--db"), file, QStringLiteral("export"),
                         QStringLiteral("dossiers"), QStringLiteral("--full"), csvFile})
                     .exit,
                 int(ExitSuccess));
        QCOMPARE(runCli({QStringLiteral("--db"), server.path(), QStringLiteral("export"),
                         QStringLiteral("dossiers"), QStringLiteral("--full"), csvServer})
                     .exit,
                 int(ExitSuccess));
        QFile a(csvFile);
        QFile b(csvServer);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());

        // New dossiers on the server continue the ids and codes (the sequences moved along).
        r = runCli({QStringLiteral("--db"), server.path(), QStringLiteral("generate"),
                    QStringLiteral("--dossiers"), QStringLiteral("20"), QStringLiteral("--year"),
                    year, QStringLiteral("--seed"), QStringLiteral("10"), QStringLiteral("--as-of"),
                    QStringLiteral("2024-12-31 17:00")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));

        // A second migration into a database that holds an office is refused.
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                    QStringLiteral("--to"), server.path()});
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("empty")), qPrintable(r.err));
    }

    void wrongDirectionsAreRefused()
    {
        CliResult r = runCli(
            {QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("a.sqlite")});
        QCOMPARE(r.exit, int(ExitUsage));
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("a.sqlite"),
                    QStringLiteral("--to"), QStringLiteral("b.sqlite")});
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("postgresql://")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestServerMigration)
#include "tst_servermigration.moc"
