#include "CliRun.h"
#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "cli/CliContext.h"
#include "indicators/IndicatorStore.h"
#include "storage/TransactionGuard.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

namespace {
const QByteArray header =
    "code,procedure_code,channel,received_at,due_at,status,applicant_name,applicant_id,"
    "applicant_phone,applicant_address,officer,digitized,e_result,fee,paid_online,"
    "e_certified_copies,supplement_requested_at,supplement_received_at,finished_at,returned_at,"
    "rating,apology_issued_at,apology_new_due_at\n";

// rows dossiers received on 4 March 2024, with the given codes (empty: issued on import).
QByteArray smallFile(const QStringList& codes)
{
    QByteArray text = header;
    for (const QString& code : codes)
        text += code.toUtf8() +
                ",1.003583,direct,2024-03-04 09:00,,4,Nguyễn Văn An,075095000123,0912345678,"
                "\"Ấp Bình Hòa\",cb,0,0,0,0,0,,,,,,,\n";
    return text;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Every row of a table as text, in the order given.
QStringList rowsOf(const Database& db, const QString& sql)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("query failed")};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Runs motcua-cli `runs` times in a row, each with arguments(i), asynchronously.
class Chain : public QObject
{
public:
    Chain(int runs, std::function<QStringList(int)> arguments)
        : m_runs(runs)
        , m_arguments(std::move(arguments))
    {
        connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
            exits << exitCode;
            outputs << QString::fromUtf8(m_process.readAllStandardOutput());
            errors << QString::fromUtf8(m_process.readAllStandardError());
            startNext();
        });
    }
    void start() { startNext(); }
    bool done() const { return int(exits.size()) == m_runs; }

    QList<int> exits;
    QStringList outputs;
    QStringList errors;

private:
    void startNext()
    {
        if (int(exits.size()) < m_runs)
            m_process.start(QStringLiteral(MOTCUA_CLI_PATH), m_arguments(int(exits.size())));
    }

    QProcess m_process;
    int m_runs;
    std::function<QStringList(int)> m_arguments;
};

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}
} // namespace

class TestDossierCli : public QObject
{
    Q_OBJECT

private slots:
    void importReportsEveryBadLineAndExitsOne()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString bad = t.folder() + QStringLiteral("/bad.csv");
        QVERIFY(writeFile(bad, smallFile({QString(), QString()}) +
                                   ",1.003583,fax,2024-03-04 09:00,,4,An,,,,cb,0,0,0,0,0,,,,,,,\n"
                                   ",9.9,direct,2024-03-04 09:00,,4,,,,,cb,0,0,0,0,0,,,,,,,\n"));
        const CliResult r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("import"),
                                    QStringLiteral("dossiers"), bad});
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("line 4, column channel: ")), qPrintable(r.err));
        // Issue 18: the last line says that nothing was written, not an empty "motcua-cli:".
        QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("Nothing was imported.")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 5, column procedure_code: ")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 5, column applicant_name: ")),
                 qPrintable(r.err));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM dossiers")), 0);

        const QString good = t.folder() + QStringLiteral("/good.csv");
        QVERIFY(writeFile(good, smallFile({QString(), QString()})));
        const CliResult ok = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("import"),
                                     QStringLiteral("dossiers"), good});
        QVERIFY2(ok.exit == ExitSuccess, qPrintable(ok.err));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM dossiers")), 2);
    }

    void overdueAsJsonAndText()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString file = t.folder() + QStringLiteral("/f.csv");
        QVERIFY(writeFile(file, smallFile({QString()})));
        QCOMPARE(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("import"),
                         QStringLiteral("dossiers"), file})
                     .exit,
                 int(ExitSuccess));
        // Received Monday 4 March 2024 09:00, 5 working days: due Monday 11 March 09:00.
        CliResult r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("overdue"),
                              QStringLiteral("--as-of"), QStringLiteral("2024-03-13 10:00"),
                              QStringLiteral("--json")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("count")).toInt(), 1);
        const QJsonObject first =
            root.value(QStringLiteral("dossiers")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(),
                 QStringLiteral("000.00.06.H56-240304-0001"));
        QCOMPARE(first.value(QStringLiteral("legal_due_at")).toString(),
                 QStringLiteral("2024-03-11 09:00"));
        QCOMPARE(first.value(QStringLiteral("working_days_overdue")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("apology_sent")).toBool(), false);

        r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("overdue"),
                    QStringLiteral("--as-of"), QStringLiteral("2024-03-08 10:00")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("0 ")), qPrintable(r.out));
        QCOMPARE(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("overdue"),
                         QStringLiteral("--as-of"), QStringLiteral("tomorrow")})
                     .exit,
                 int(ExitUsage));
    }

    void generateIsDeterministicForASeed()
    {
        QTemporaryDir dir;
        QStringList exports;
        for (const char* name : {"a", "b"}) {
            const QString db = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".sqlite"));
            const CliResult g = runCli(
                {QStringLiteral("--db"), db, QStringLiteral("generate"),
                 QStringLiteral("--dossiers"), QStringLiteral("400"), QStringLiteral("--year"),
                 QStringLiteral("2024"), QStringLiteral("--seed"), QStringLiteral("42"),
                 QStringLiteral("--as-of"), QStringLiteral("2024-12-31 17:00")});
            QVERIFY2(g.exit == ExitSuccess, qPrintable(g.err));
            const QString csv = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".csv"));
            // --full: the copy is imported back below.
            const CliResult e = runCli({QStringLiteral("--db"), db, QStringLiteral("export"),
                                        QStringLiteral("dossiers"), QStringLiteral("--full"), csv});
            QVERIFY2(e.exit == ExitSuccess, qPrintable(e.err));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            exports << QString::fromUtf8(file.readAll());
        }
        QCOMPARE(exports.at(0), exports.at(1));
        QVERIFY(exports.at(0).count(QLatin1Char('\n')) > 350);
        // The synthetic data imports back cleanly into another register.
        const QString third = dir.filePath(QStringLiteral("c.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), third, QStringLiteral("generate"),
                         QStringLiteral("--dossiers"), QStringLiteral("0"),
                         QStringLiteral("--year"), QStringLiteral("2024")})
                     .exit,
                 int(ExitSuccess));
        const CliResult i =
            runCli({QStringLiteral("--db"), third, QStringLiteral("import"),
                    QStringLiteral("dossiers"), dir.filePath(QStringLiteral("a.csv"))});
        QVERIFY2(i.exit == ExitSuccess, qPrintable(i.err));
    }

    // Two desks (processes) saving into the same file at the same time.
    void twoProcessesSaveConcurrently()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        // On a server the processes sign in as an account.
        QVERIFY2(signInCliProcesses(t.path(), &error), qPrintable(error));
        const QString file = t.folder() + QStringLiteral("/five.csv");
        QVERIFY(
            writeFile(file, smallFile({QString(), QString(), QString(), QString(), QString()})));
        const int runs = 15;
        auto importArgs = [&](int) {
            return QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("import"),
                               QStringLiteral("dossiers"), file};
        };
        Chain a(runs, importArgs);
        Chain b(runs, importArgs);
        // And a third process generating a batch meanwhile.
        Chain c(1, [&](int) {
            return QStringList{QStringLiteral("--db"),
                               t.path(),
                               QStringLiteral("generate"),
                               QStringLiteral("--dossiers"),
                               QStringLiteral("300"),
                               QStringLiteral("--year"),
                               QStringLiteral("2024"),
                               QStringLiteral("--seed"),
                               QStringLiteral("3"),
                               QStringLiteral("--as-of"),
                               QStringLiteral("2024-03-10 17:00")};
        });
        a.start();
        b.start();
        c.start();
        QVERIFY(waitFor([&] { return a.done() && b.done() && c.done(); }, 500000));
        for (const Chain* chain : {&a, &b, &c}) {
            for (int i = 0; i < int(chain->exits.size()); ++i)
                QVERIFY2(chain->exits.at(i) == 0, qPrintable(chain->errors.at(i)));
        }
        const QString generatedLine = c.outputs.first();
        // "generated N dossiers …" (or its translation): the first number.
        const int generated =
            QRegularExpression(QStringLiteral("[0-9]+")).match(generatedLine).captured().toInt();
        QVERIFY2(generated > 0, qPrintable(generatedLine));

        const qint64 expected = 2 * runs * 5 + generated;
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM dossiers")), expected);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(DISTINCT code) FROM dossiers")),
                 expected);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM ledger_lines")), expected);
        // The imported ones share one day: numbers 0001… without a gap or a repeat.
        const qint64 sameDay = scalar(
            t.db(), QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE code LIKE '%-240304-%'"));
        QCOMPARE(scalar(t.db(), QStringLiteral(
                                    "SELECT MAX(CAST(substr(code, length(code) - 3) AS INTEGER)) "
                                    "FROM dossiers WHERE code LIKE '%-240304-%'")),
                 sameDay);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT MAX(ledger_line) FROM dossiers")), expected);
    }

    // Four desks saving at the same moment (issue #9: several desks on one PostgreSQL
    // server; the _pg variant runs it there): every dossier arrives once, the daily code
    // numbers have no gap or repeat, and the live indicator counters equal a full recount.
    void fourDesksSaveConcurrently()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        // On a server the processes sign in as an account.
        QVERIFY2(signInCliProcesses(t.path(), &error), qPrintable(error));
        const QString file = t.folder() + QStringLiteral("/five.csv");
        QVERIFY(
            writeFile(file, smallFile({QString(), QString(), QString(), QString(), QString()})));
        const int runs = 8;
        std::vector<std::unique_ptr<Chain>> desks;
        for (int desk = 0; desk < 4; ++desk) {
            desks.push_back(std::make_unique<Chain>(runs, [&](int) {
                return QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("import"),
                                   QStringLiteral("dossiers"), file};
            }));
        }
        for (auto& desk : desks)
            desk->start();
        QVERIFY(waitFor(
            [&] {
                return std::all_of(desks.begin(), desks.end(),
                                   [](const auto& desk) { return desk->done(); });
            },
            500000));
        for (const auto& desk : desks) {
            for (int i = 0; i < int(desk->exits.size()); ++i)
                QVERIFY2(desk->exits.at(i) == 0, qPrintable(desk->errors.at(i)));
        }
        const qint64 expected = 4 * runs * 5;
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM dossiers")), expected);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(DISTINCT code) FROM dossiers")),
                 expected);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT MAX(CAST(substr(code, length(code) - 3) "
                                               "AS INTEGER)) FROM dossiers")),
                 expected);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(DISTINCT ledger_line) FROM dossiers")),
                 expected);

        const QString daily =
            QStringLiteral("SELECT * FROM indicator_daily ORDER BY dim, day, grp");
        const QStringList live = rowsOf(t.db(), daily);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT SUM(p) FROM indicator_daily WHERE dim = 0")),
                 expected);
        {
            TransactionGuard transaction(t.db());
            QVERIFY2(transaction.isActive(), qPrintable(transaction.error()));
            QVERIFY2(IndicatorStore::rebuildAll(t.db(), &error), qPrintable(error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
        QCOMPARE(rowsOf(t.db(), daily), live);
    }

    // A process killed in the middle of an import or of a run of saves leaves every
    // acknowledged dossier, nothing half-written and a healthy file.
    void killedProcessesLeaveNoHalfWrites()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        // On a server the processes sign in as an account.
        QVERIFY2(signInCliProcesses(t.path(), &error), qPrintable(error));

        // A big file made by a second register.
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QCOMPARE(runCli({QStringLiteral("--db"), other, QStringLiteral("generate"),
                         QStringLiteral("--dossiers"), QStringLiteral("20000"),
                         QStringLiteral("--year"), QStringLiteral("2023"),
                         QStringLiteral("--as-of"), QStringLiteral("2023-12-31 17:00")})
                     .exit,
                 int(ExitSuccess));
        QCOMPARE(runCli({QStringLiteral("--db"), other, QStringLiteral("export"),
                         QStringLiteral("dossiers"), QStringLiteral("--full"), big})
                     .exit,
                 int(ExitSuccess));

        QProcess import;
        import.start(QStringLiteral(MOTCUA_CLI_PATH),
                     {QStringLiteral("--db"), t.path(), QStringLiteral("import"),
                      QStringLiteral("dossiers"), big});
        QVERIFY(import.waitForStarted());
        // Kill once it is writing (the write-ahead log grows) or after a while.
        waitFor([&] { return QFileInfo(t.path() + QStringLiteral("-wal")).size() > 4000000; },
                5000);
        import.kill();
        import.waitForFinished();
        const qint64 afterBig = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM dossiers"));
        QVERIFY2(afterBig == 0 || afterBig >= 19000, qPrintable(QString::number(afterBig)));
        qInfo("import killed with %lld dossiers committed", afterBig);

        // Repeated saves, each killed at a random moment or left to finish.
        QRandomGenerator random(7);
        QStringList acknowledged;
        QList<QStringList> attempted;
        qint64 slowest = 0;
        for (int i = 0; i < 24; ++i) {
            QStringList codes;
            for (int k = 1; k <= 3; ++k)
                codes << QStringLiteral("000.00.06.H56-240304-%1")
                             .arg(100 + i * 3 + k, 4, 10, QLatin1Char('0'));
            const QString file = dir.filePath(QStringLiteral("s%1.csv").arg(i));
            QVERIFY(writeFile(file, smallFile(codes)));
            attempted << codes;
            QProcess save;
            QElapsedTimer took;
            took.start();
            save.start(QStringLiteral(MOTCUA_CLI_PATH),
                       {QStringLiteral("--db"), t.path(), QStringLiteral("import"),
                        QStringLiteral("dossiers"), file});
            QVERIFY(save.waitForStarted());
            if (i % 3 != 2) {
                QTest::qWait(int(random.bounded(250)));
                save.kill();
            }
            // Until it has ended: waitForFinished() is false at once for a process that
            // ended during the wait above, and false after 30 s by default for one still
            // running on a loaded machine, whose exitCode() then still reads 0.
            const QDeadlineTimer deadline(600000);
            while (save.state() != QProcess::NotRunning && !deadline.hasExpired())
                save.waitForFinished(int(deadline.remainingTime()));
            QVERIFY2(save.state() == QProcess::NotRunning,
                     qPrintable(QStringLiteral("%1 still running after %2 ms")
                                    .arg(codes.first())
                                    .arg(took.elapsed())));
            slowest = std::max(slowest, took.elapsed());
            if (save.exitStatus() == QProcess::NormalExit && save.exitCode() == 0)
                acknowledged << codes;
        }
        QVERIFY(!acknowledged.isEmpty());
        qInfo("%d of %d saves acknowledged, the slowest took %lld ms", int(acknowledged.size() / 3),
              int(attempted.size()), slowest);
        for (const QString& code : std::as_const(acknowledged)) {
            QSqlQuery q(t.db().connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE code = ?"));
            q.addBindValue(code);
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, qPrintable(code));
        }
        // Each file is in whole or not at all.
        for (const QStringList& codes : std::as_const(attempted)) {
            int present = 0;
            for (const QString& code : codes) {
                QSqlQuery q(t.db().connection());
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE code = ?"));
                q.addBindValue(code);
                QVERIFY(q.exec() && q.next());
                present += q.value(0).toInt();
            }
            QVERIFY2(present == 0 || present == int(codes.size()), qPrintable(codes.first()));
        }
        // Nothing half-written: every dossier has its events and its ledger line.
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM dossiers d WHERE NOT "
                                               "EXISTS (SELECT 1 FROM status_events e WHERE "
                                               "e.dossier_id = d.id)")),
                 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM dossiers d WHERE NOT "
                                               "EXISTS (SELECT 1 FROM ledger_lines l WHERE "
                                               "l.dossier_id = d.id)")),
                 0);
        QStringList problems;
        QVERIFY2(t.db().integrityCheck(&problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDossierCli)
#include "tst_dossiercli.moc"
