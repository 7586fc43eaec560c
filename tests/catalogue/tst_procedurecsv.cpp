#include "calendar/DurationUnit.h"
#include "catalogue/ProcedureCsv.h"

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

const QByteArray header = "code,name,field,duration,unit,result_document,fee,online_level,"
                          "online_payment,sample_dossier,active,source\n";
} // namespace

class TestProcedureCsv : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryColumn()
    {
        const QByteArray file =
            header + "1.001022,Đăng ký nhận cha, mẹ, con,Hộ tịch,3,working-days,1,15.000 đ,"
                     "partial,yes,0,1,\"Luật Hộ tịch 2014, Điều 25\"\n";
        // The unquoted name holds commas: that is a field-count problem, not silent damage.
        QList<Procedure> procedures;
        QList<CsvProblem> problems;
        QVERIFY(!ProcedureCsv::readProcedures(parse(file), &procedures, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(),
                 QStringLiteral("line 2: has 14 values, the header has 12"));

        const QByteArray quoted =
            header + "1.001022,\"Đăng ký nhận cha, mẹ, con\",Hộ tịch,3,working-days,1,15.000 đ,"
                     "partial,yes,0,1,\"Luật Hộ tịch 2014, Điều 25\"\n";
        problems.clear();
        QVERIFY(ProcedureCsv::readProcedures(parse(quoted), &procedures, &problems));
        QCOMPARE(procedures.size(), 1);
        const Procedure& p = procedures.first();
        QCOMPARE(p.code, QStringLiteral("1.001022"));
        QCOMPARE(p.name, QStringLiteral("Đăng ký nhận cha, mẹ, con"));
        QCOMPARE(p.halves, 2 * 3);
        QCOMPARE(p.unit, Procedure::WorkingDays);
        QCOMPARE(p.fee, qint64(15000));
        QCOMPARE(p.onlineLevel, Procedure::OnlinePartial);
        QVERIFY(p.onlinePayment);
        QVERIFY(!p.sampleDossier);
        QVERIFY(p.active);
        QCOMPARE(p.source, QStringLiteral("Luật Hộ tịch 2014, Điều 25"));
    }

    void columnsInAnyOrderAndVietnameseValues()
    {
        const QByteArray file =
            "name,code,unit,duration,field,fee,online_level,online_payment,sample_dossier,"
            "active,result_document,source\n"
            "Đăng ký khai sinh,1.001193,Trong ngày,,Hộ tịch,0,Toàn trình,không,có,1,1,x\n"
            "Hòa giải tranh chấp đất đai,1.012812.H19,ngày,30,Đất đai,,3,0,0,1,1,y\n";
        QList<Procedure> procedures;
        QList<CsvProblem> problems;
        const bool ok = ProcedureCsv::readProcedures(parse(file), &procedures, &problems);
        QVERIFY2(ok, qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        QCOMPARE(procedures.at(0).unit, Procedure::SameDay);
        QCOMPARE(procedures.at(0).halves, 0);
        QCOMPARE(procedures.at(0).onlineLevel, Procedure::OnlineFull);
        QVERIFY(procedures.at(0).sampleDossier);
        QCOMPARE(procedures.at(1).code, QStringLiteral("1.012812.H19"));
        QCOMPARE(procedures.at(1).unit, Procedure::Days);
        QCOMPARE(procedures.at(1).onlineLevel, Procedure::OnlinePartial); // old "mức độ 3"
    }

    void everyBadValueIsReported()
    {
        const QByteArray file = header +
                                "1.001193,Đăng ký khai sinh,Hộ tịch,0,same-day,1,0,full,0,1,1,\n"
                                "abc,,Hộ tịch,-2,weeks,maybe,1.5,online,2,1,1,\n"
                                "1.001193,Trùng mã,Hộ tịch,1,days,1,0,none,0,0,1,\n";
        QList<Procedure> procedures{Procedure()};
        QList<CsvProblem> problems;
        QVERIFY(!ProcedureCsv::readProcedures(parse(file), &procedures, &problems));
        QCOMPARE(procedures.size(), 1); // untouched
        QStringList texts;
        for (const CsvProblem& p : problems)
            texts << p.toString();
        const QString all = texts.join(QLatin1Char('\n'));
        for (const char* expected :
             {"line 3, column code:", "line 3, column name: is empty",
              "line 3, column unit:", "line 3, column result_document:", "line 3, column fee:",
              "line 3, column online_level:", "line 3, column online_payment:",
              "line 4, column code: 1.001193 already appears on line 2"}) {
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(all));
        }
    }

    void moneyParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << "15000" << true << qint64(15000);
        QTest::newRow("vi grouping") << "15.000" << true << qint64(15000);
        QTest::newRow("en grouping") << "1,500,000" << true << qint64(1500000);
        QTest::newRow("currency") << "400.000 đồng" << true << qint64(400000);
        QTest::newRow("empty") << "" << true << qint64(0);
        QTest::newRow("decimal") << "1.5" << false << qint64(0);
        QTest::newRow("negative") << "-5" << false << qint64(0);
        QTest::newRow("words") << "miễn phí" << false << qint64(0);
    }

    void moneyParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        qint64 parsed = -1;
        QString reason;
        QCOMPARE(ProcedureCsv::parseMoney(text, &parsed, &reason), ok);
        if (ok)
            QCOMPARE(parsed, value);
        else
            QVERIFY(!reason.isEmpty());
    }

    void unitKeysAreTheDueDateEngineKeys()
    {
        QCOMPARE(Procedure::WorkingDays, DurationUnits::key(DurationUnit::WorkingDays));
        QCOMPARE(Procedure::Days, DurationUnits::key(DurationUnit::CalendarDays));
        QCOMPARE(Procedure::WorkingHours, DurationUnits::key(DurationUnit::WorkingHours));
        QCOMPARE(Procedure::SameDay, DurationUnits::key(DurationUnit::SameDay));
        Procedure p;
        p.unit = Procedure::Days;
        QCOMPARE(p.durationUnit(), DurationUnit::CalendarDays);
    }

    void writeThenReadIsIdentity()
    {
        Procedure p;
        p.code = QStringLiteral("2.000815");
        p.name = QStringLiteral("Chứng thực bản sao từ bản chính, \"mẫu\"");
        p.field = QStringLiteral("Chứng thực");
        p.unit = Procedure::SameDay;
        p.fee = 2000;
        p.onlineLevel = Procedure::OnlineFull;
        p.onlinePayment = true;
        p.source = QStringLiteral("NĐ 23/2015/NĐ-CP\nTT 226/2016/TT-BTC");
        p.documents = {{QStringLiteral("Bản chính, để đối chiếu"), 1, 0},
                       {QStringLiteral("Bản sao"), 0, 1}};
        QList<Procedure> back;
        QList<CsvProblem> problems;
        QVERIFY(ProcedureCsv::readProcedures(parse(ProcedureCsv::writeProcedures({p}).toUtf8()),
                                             &back, &problems));
        QList<ProcedureDocumentRows> documents;
        QVERIFY(ProcedureCsv::readDocuments(parse(ProcedureCsv::writeDocuments({p}).toUtf8()),
                                            &documents, &problems));
        QCOMPARE(documents.size(), 1);
        back[0].documents = documents.first().documents;
        QCOMPARE(back.first(), p);
    }
};

QTEST_GUILESS_MAIN(TestProcedureCsv)
#include "tst_procedurecsv.moc"
