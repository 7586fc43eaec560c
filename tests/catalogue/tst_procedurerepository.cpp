#include "TestDatabase.h"
#include "catalogue/ProcedureRepository.h"
#include "common/TextFold.h"

#include <QSet>
#include <QTest>

namespace {
QList<CsvRecord> parse(const QByteArray& bytes)
{
    QList<CsvRecord> records;
    QString error;
    if (!Csv::parse(bytes, &records, &error))
        qWarning("%s", qPrintable(error));
    return records;
}

Procedure sample(const QString& code)
{
    Procedure p;
    p.code = code;
    p.name = QStringLiteral("Thủ tục thử %1").arg(code);
    p.field = QStringLiteral("Hộ tịch");
    p.halves = 2 * 3;
    p.unit = Procedure::WorkingDays;
    p.fee = 15000;
    p.documents = {{QStringLiteral("Tờ khai"), 1, 0}};
    return p;
}
} // namespace

class TestProcedureRepository : public QObject
{
    Q_OBJECT

private slots:
    void seedHasFortyActiveProceduresAcrossEightFields()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        ProcedureRepository repo(t.db());
        QString error;
        bool seeded = false;
        QVERIFY2(repo.seedIfEmpty(&error, &seeded), qPrintable(error));
        QVERIFY(seeded);

        QList<Procedure> active;
        QVERIFY2(repo.loadAll(&active, &error, ProcedureRepository::Filter::ActiveOnly),
                 qPrintable(error));
        QVERIFY2(active.size() >= 40, qPrintable(QString::number(active.size())));
        QSet<QString> fields;
        for (const Procedure& p : active) {
            fields.insert(p.field);
            QVERIFY2(p.validate(&error), qPrintable(error));
            QVERIFY2(Procedure::units().contains(p.unit), qPrintable(p.code));
            QVERIFY2(!p.source.isEmpty(), qPrintable(p.code));
            QVERIFY2(p.documents.size() >= 1 && p.documents.size() <= 4, qPrintable(p.code));
        }
        QVERIFY2(fields.size() >= 8, qPrintable(QStringList(fields.values()).join(u',')));

        Procedure birth;
        bool found = false;
        QVERIFY2(repo.load(QStringLiteral("1.001193"), &birth, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(birth.name, QStringLiteral("Đăng ký khai sinh"));
        QCOMPARE(birth.unit, Procedure::SameDay);
        QCOMPARE(birth.fee, qint64(0)); // Luật Hộ tịch 2014, Điều 11

        // A second start leaves the catalogue alone.
        QVERIFY2(repo.seedIfEmpty(&error, &seeded), qPrintable(error));
        QVERIFY(!seeded);
    }

    void searchIgnoresDiacriticsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("khai sinh");
        QTest::newRow("other accents") << QStringLiteral("khải sính");
        QTest::newRow("upper") << QStringLiteral("KHAI SINH");
        QTest::newRow("extra spaces") << QStringLiteral("  Khai   Sinh ");
    }

    void searchIgnoresDiacriticsAndCase()
    {
        QFETCH(QString, text);
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        ProcedureRepository repo(t.db());
        QString error;
        QVERIFY2(repo.seedIfEmpty(&error), qPrintable(error));
        QList<Procedure> found;
        QVERIFY2(repo.search(text, &found, &error), qPrintable(error));
        QVERIFY(found.size() >= 3); // khai sinh, lưu động, đăng ký lại, kết hợp …
        QCOMPARE(found.first().name, QStringLiteral("Đăng ký khai sinh"));
        for (const Procedure& p : found)
            QVERIFY2(TextFold::searchKey(p.name).contains(QStringLiteral("khai sinh")),
                     qPrintable(p.name));
    }

    void searchByCodeAndFieldAndWildcards()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        ProcedureRepository repo(t.db());
        QString error;
        QVERIFY2(repo.seedIfEmpty(&error), qPrintable(error));
        QList<Procedure> found;
        QVERIFY2(repo.search(QStringLiteral("2.000815"), &found, &error), qPrintable(error));
        QCOMPARE(found.size(), 1);
        QVERIFY2(repo.search(QStringLiteral("chung thuc di chuc"), &found, &error),
                 qPrintable(error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, QStringLiteral("2.001019"));
        // LIKE wildcards typed by the officer are literal characters.
        QVERIFY2(repo.search(QStringLiteral("%"), &found, &error), qPrintable(error));
        QVERIFY(found.isEmpty());
        QVERIFY2(repo.search(QStringLiteral("_"), &found, &error), qPrintable(error));
        QVERIFY(found.isEmpty());
        // Empty text lists the whole active catalogue.
        QVERIFY2(repo.search(QString(), &found, &error), qPrintable(error));
        QVERIFY(found.size() >= 40);
    }

    void addModifyDeactivate()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        ProcedureRepository repo(t.db());
        QString error;
        Procedure p = sample(QStringLiteral("9.000001"));
        QVERIFY2(repo.add(p, &error), qPrintable(error));
        QVERIFY(!repo.add(p, &error));
        QVERIFY2(error.contains(QStringLiteral("9.000001")), qPrintable(error));

        p.name = QStringLiteral("Đổi tên");
        p.documents = {{QStringLiteral("Đơn"), 1, 0}, {QStringLiteral("Bản sao"), 0, 2}};
        QVERIFY2(repo.modify(p, &error), qPrintable(error));
        Procedure back;
        bool found = false;
        QVERIFY2(repo.load(p.code, &back, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(back, p);

        QVERIFY2(repo.deactivate(p.code, &error), qPrintable(error));
        QList<Procedure> list;
        QVERIFY2(repo.search(QStringLiteral("doi ten"), &list, &error), qPrintable(error));
        QVERIFY(list.isEmpty());
        QVERIFY2(
            repo.search(QStringLiteral("doi ten"), &list, &error, ProcedureRepository::Filter::All),
            qPrintable(error));
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.first().active);

        QVERIFY(!repo.modify(sample(QStringLiteral("9.000002")), &error));
        QVERIFY(!repo.deactivate(QStringLiteral("9.000002"), &error));
        Procedure bad = sample(QStringLiteral("9.000003"));
        bad.unit = QStringLiteral("weeks");
        QVERIFY(!repo.add(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("weeks")), qPrintable(error));
    }

    void exportImportRoundTrip()
    {
        TestDatabase source;
        MOTCUA_VERIFY_DB(source);
        ProcedureRepository from(source.db());
        QString error;
        QVERIFY2(from.seedIfEmpty(&error), qPrintable(error));
        QString procedures, documents;
        int rows = 0;
        QVERIFY2(from.exportProcedures(&procedures, &rows, &error), qPrintable(error));
        QVERIFY(rows >= 40);
        QVERIFY(procedures.startsWith(
            QStringLiteral("code,name,field,duration,unit,result_document,fee,online_level,"
                           "online_payment,sample_dossier,active,source,effective_from,"
                           "verified\n")));
        QVERIFY2(from.exportDocuments(&documents, &rows, &error), qPrintable(error));

        TestDatabase target;
        MOTCUA_VERIFY_DB(target);
        ProcedureRepository to(target.db());
        ProcedureRepository::ImportCounts counts;
        QList<CsvProblem> problems;
        QVERIFY2(to.importProcedures(parse(procedures.toUtf8()), &counts, &problems, &error),
                 qPrintable(error));
        QVERIFY(counts.added >= 40);
        QCOMPARE(counts.updated, 0);
        int withDocuments = 0;
        QVERIFY2(to.importDocuments(parse(documents.toUtf8()), &withDocuments, &problems, &error),
                 qPrintable(error));
        QCOMPARE(withDocuments, counts.added);

        QList<Procedure> a, b;
        QVERIFY2(from.loadAll(&a, &error), qPrintable(error));
        QVERIFY2(to.loadAll(&b, &error), qPrintable(error));
        QCOMPARE(b, a);
        QString again;
        QVERIFY2(to.exportProcedures(&again, &rows, &error), qPrintable(error));
        QCOMPARE(again, procedures);
    }

    void importUpdatesExistingCodesAndKeepsTheirDocuments()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        ProcedureRepository repo(t.db());
        QString error;
        QVERIFY2(repo.seedIfEmpty(&error), qPrintable(error));
        const QByteArray file = "code,name,field,duration,unit,result_document,fee,online_level,"
                                "online_payment,sample_dossier,active,source\n"
                                "1.001022,Đăng ký nhận cha mẹ con,Hộ tịch,3,working-days,1,"
                                "20000,full,1,1,1,NQ HĐND tỉnh\n"
                                "9.000009,Thủ tục mới,Văn hóa,10,working-days,1,0,none,0,0,1,\n";
        ProcedureRepository::ImportCounts counts;
        QList<CsvProblem> problems;
        QVERIFY2(repo.importProcedures(parse(file), &counts, &problems, &error), qPrintable(error));
        QCOMPARE(counts.added, 1);
        QCOMPARE(counts.updated, 1);
        Procedure p;
        bool found = false;
        QVERIFY2(repo.load(QStringLiteral("1.001022"), &p, &found, &error), qPrintable(error));
        QCOMPARE(p.fee, qint64(20000));
        QCOMPARE(p.documents.size(), 2); // the seed's documents stay
    }

    void badRowsAreAllReportedAndNothingIsWritten()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        ProcedureRepository repo(t.db());
        const QByteArray file = "code,name,field,duration,unit,result_document,fee,online_level,"
                                "online_payment,sample_dossier,active,source\n"
                                "1.001193,Đăng ký khai sinh,Hộ tịch,0,same-day,1,0,full,0,1,1,\n"
                                "1.000894,Đăng ký kết hôn,Hộ tịch,0,same-day,1,free,full,0,1,1,\n"
                                "1.000656,Đăng ký khai tử,Hộ tịch,0,same-day,1,0,full,0,1,1,\n"
                                "1.001022,Nhận cha mẹ con,Hộ tịch,3,weeks,1,0,full,0,1,1,\n";
        ProcedureRepository::ImportCounts counts;
        QList<CsvProblem> problems;
        QString error;
        QVERIFY(!repo.importProcedures(parse(file), &counts, &problems, &error));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).toString().startsWith(QStringLiteral("line 3, column fee: ")),
                 qPrintable(problems.at(0).toString()));
        QVERIFY2(problems.at(1).toString().startsWith(QStringLiteral("line 5, column unit: ")),
                 qPrintable(problems.at(1).toString()));
        int n = -1;
        QVERIFY2(repo.count(&n, &error), qPrintable(error));
        QCOMPARE(n, 0);
    }

    void documentsOfUnknownProceduresAreRejected()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        ProcedureRepository repo(t.db());
        QString error;
        QVERIFY2(repo.add(sample(QStringLiteral("9.000001")), &error), qPrintable(error));
        const QByteArray file = "procedure_code,name,originals,copies\n"
                                "9.000001,Đơn mới,1,0\n"
                                "9.000404,Đơn,1,0\n";
        int n = 0;
        QList<CsvProblem> problems;
        QVERIFY(!repo.importDocuments(parse(file), &n, &problems, &error));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().toString().startsWith(
                     QStringLiteral("line 3, column procedure_code:")),
                 qPrintable(problems.first().toString()));
        Procedure p;
        bool found = false;
        QVERIFY2(repo.load(QStringLiteral("9.000001"), &p, &found, &error), qPrintable(error));
        QCOMPARE(p.documents.first().name, QStringLiteral("Tờ khai")); // unchanged
    }
};

QTEST_GUILESS_MAIN(TestProcedureRepository)
#include "tst_procedurerepository.moc"
