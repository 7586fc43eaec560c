#include "CliRun.h"
#include "catalogue/ProcedureRepository.h"
#include "cli/CliContext.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int procedureCount(const QString& databasePath)
{
    Database db;
    QString error;
    int n = -1;
    if (db.openAndMigrate(databasePath, &error))
        ProcedureRepository(db).count(&n, &error);
    return n;
}

// The header before effective_from and verified were appended: such files still import.
const QByteArray header = "code,name,field,duration,unit,result_document,fee,online_level,"
                          "online_payment,sample_dossier,active,source\n";
// What export writes.
const QByteArray exportHeader = "code,name,field,duration,unit,result_document,fee,online_level,"
                                "online_payment,sample_dossier,active,source,effective_from,"
                                "verified\n";
} // namespace

class TestCatalogueCli : public QObject
{
    Q_OBJECT

private slots:
    void importThenExportRoundTrips()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("a.sqlite"));
        const QString in = dir.filePath(QStringLiteral("in.csv"));
        const QByteArray body =
            header + "1.001193,Đăng ký khai sinh,Hộ tịch,0,same-day,1,0,full,0,1,1,"
                     "\"Luật Hộ tịch 2014, Điều 16\"\n"
                     "2.000815,Chứng thực bản sao từ bản chính,Chứng thực,0,same-day,1,2000,"
                     "full,1,1,1,NĐ 23/2015/NĐ-CP\n";
        QVERIFY(writeBytes(in, body));
        CliResult r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                              QStringLiteral("procedures"), in});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 added, 0 updated")), qPrintable(r.out));

        const QString out = dir.filePath(QStringLiteral("out.csv"));
        r = runCli({QStringLiteral("export"), QStringLiteral("procedures"), out,
                    QStringLiteral("--db"), dbPath});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        // Sorted by field then name: Chứng thực before Hộ tịch.
        const QByteArray exported = readBytes(out);
        QVERIFY(exported.startsWith(exportHeader));
        QVERIFY(exported.contains("\"Luật Hộ tịch 2014, Điều 16\""));

        // Re-importing the export updates both and changes nothing.
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                    QStringLiteral("procedures"), out});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 added, 2 updated")), qPrintable(r.out));
        const QString again = dir.filePath(QStringLiteral("again.csv"));
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("export"),
                    QStringLiteral("procedures"), again});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(readBytes(again), exported);

        // "-" writes to standard output.
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("export"),
                    QStringLiteral("procedures"), QStringLiteral("-")});
        QCOMPARE(r.exit, int(ExitSuccess));
        QCOMPARE(r.out.toUtf8(), exported);
    }

    void twoBadRowsAreReportedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("b.sqlite"));
        const QString in = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeBytes(in, header +
                                   "1.001193,Đăng ký khai sinh,Hộ tịch,0,same-day,1,0,full,0,1,1,\n"
                                   "1.000894,Đăng ký kết hôn,Hộ tịch,0,same-day,1,0,sometimes,0,1,"
                                   "1,\n"
                                   "1.000656,Đăng ký khai tử,Hộ tịch,0,same-day,1,0,full,0,1,1,\n"
                                   "1.001022,,Hộ tịch,3,working-days,1,0,none,0,1,1,\n"));
        const CliResult r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                                    QStringLiteral("procedures"), in});
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("line 3, column online_level: ")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 5, column name: is empty")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(procedureCount(dbPath), 0);
    }

    void fileWithByteOrderMarkAndCrlfImports()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("c.sqlite"));
        const QString in = dir.filePath(QStringLiteral("excel.csv"));
        QByteArray body =
            header + "1.001193,Đăng ký khai sinh,Hộ tịch,0,same-day,1,0,full,0,1,1,\n";
        body.replace("\n", "\r\n");
        QVERIFY(writeBytes(in, QByteArray("\xEF\xBB\xBF") + body));
        const CliResult r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                                    QStringLiteral("procedures"), in});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(procedureCount(dbPath), 1);

        const QString out = dir.filePath(QStringLiteral("for-excel.csv"));
        QCOMPARE(runCli({QStringLiteral("--db"), dbPath, QStringLiteral("export"),
                         QStringLiteral("procedures"), out, QStringLiteral("--bom")})
                     .exit,
                 int(ExitSuccess));
        QVERIFY(readBytes(out).startsWith(QByteArray(QByteArray("\xEF\xBB\xBF") + exportHeader)));
    }

    void documentsRoundTrip()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("d.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY2(db.openAndMigrate(dbPath, &error), qPrintable(error));
            QVERIFY2(ProcedureRepository(db).seedIfEmpty(&error), qPrintable(error));
        }
        const QString docs = dir.filePath(QStringLiteral("docs.csv"));
        CliResult r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("export"),
                              QStringLiteral("procedure-documents"), docs});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                    QStringLiteral("procedure-documents"), docs});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QString again = dir.filePath(QStringLiteral("docs2.csv"));
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("export"),
                    QStringLiteral("procedure-documents"), again});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(readBytes(again), readBytes(docs));
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("e.sqlite"));
        CliResult r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import")});
        QCOMPARE(r.exit, int(ExitUsage));
        QVERIFY(r.err.contains(QStringLiteral("procedures")));
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                    QStringLiteral("nonsense"), QStringLiteral("x.csv")});
        QCOMPARE(r.exit, int(ExitUsage));
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                    QStringLiteral("procedures")});
        QCOMPARE(r.exit, int(ExitUsage));
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("export"),
                    QStringLiteral("procedures"), QStringLiteral("a.csv"),
                    QStringLiteral("b.csv")});
        QCOMPARE(r.exit, int(ExitUsage));
        // A missing file is bad input, not a usage error.
        r = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                    QStringLiteral("procedures"), dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.err.contains(QStringLiteral("missing.csv")));

        r = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(r.exit, int(ExitSuccess));
        QVERIFY(r.out.contains(QStringLiteral("procedures")));
        QVERIFY(r.out.contains(QStringLiteral("updated")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueCli)
#include "tst_cataloguecli.moc"
