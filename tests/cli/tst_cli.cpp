#include "CliRun.h"
#include "TestDatabase.h"
#include "cli/CliContext.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
// check looks at a database as it is and never creates one (issue #15).
bool makeDatabase(const QString& path)
{
    Database db;
    QString error;
    return db.openAndMigrate(path, &error);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void checkOnNewDatabaseIsHealthy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        QVERIFY(makeDatabase(path));
        const CliResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY(r.out.contains(QString::number(Migrations::latestVersion())));
        QVERIFY(QFile::exists(path));
    }

    void dbOptionAfterTheCommandWorksToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("y.sqlite"));
        QVERIFY(makeDatabase(path));
        const CliResult r = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY(QFile::exists(path));
    }

    void checkOnGarbageFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x7f'));
        f.close();
        const CliResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.err.contains(path));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(runCli({}).exit, int(ExitUsage));
        QCOMPARE(runCli({QStringLiteral("no-such-command")}).exit, int(ExitUsage));
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--bogus")}).exit, int(ExitUsage));
        QCOMPARE(runCli({QStringLiteral("version"), QStringLiteral("extra")}).exit, int(ExitUsage));
    }

    void helpListsCommands()
    {
        const CliResult r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exit, int(ExitSuccess));
        QVERIFY(r.out.contains(QStringLiteral("check")));
        QVERIFY(r.out.contains(QStringLiteral("version")));
    }

    void versionPrintsVersion()
    {
        const CliResult r = runCli({QStringLiteral("version")});
        QCOMPARE(r.exit, int(ExitSuccess));
        QVERIFY(r.out.contains(QStringLiteral(MOTCUA_VERSION)));
    }

    void realBinaryExitCodes()
    {
        QTemporaryDir dir;
        QVERIFY(makeDatabase(dir.filePath(QStringLiteral("z.sqlite"))));
        QProcess p;
        p.start(QStringLiteral(MOTCUA_CLI_PATH),
                {QStringLiteral("--db"), dir.filePath(QStringLiteral("z.sqlite")),
                 QStringLiteral("check")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        p.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
