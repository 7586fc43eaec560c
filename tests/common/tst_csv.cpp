#include "common/Csv.h"

#include <QBuffer>
#include <QFile>

#include <QTemporaryDir>
#include <QTest>
#include <cerrno>

class TestCsv : public QObject
{
    Q_OBJECT

private:
    static QList<CsvRecord> parseOk(const QByteArray& bytes)
    {
        QList<CsvRecord> records;
        QString error;
        const bool ok = Csv::parse(bytes, &records, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok ? records : QList<CsvRecord>{};
    }

private slots:
    void plainRecordsWithLineNumbers()
    {
        const auto records = parseOk("code,name\n1.001193,Đăng ký khai sinh\n2.000908,x\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[0].fields, (QStringList{QStringLiteral("code"), QStringLiteral("name")}));
        QCOMPARE(records[1].fields.at(1), QStringLiteral("Đăng ký khai sinh"));
        QCOMPARE(records[2].line, 3);
    }

    void quotedFieldsHoldCommasQuotesAndNewlines()
    {
        const auto records =
            parseOk("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].fields,
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines")}));
        QCOMPARE(records[1].line, 2);
        // The record after a field spanning two lines starts on physical line 4.
        QCOMPARE(records[2].line, 4);
        QCOMPARE(records[2].fields, (QStringList{QStringLiteral("last"), QString(), QString()}));
    }

    void byteOrderMarkAndMissingFinalNewline()
    {
        const auto records = parseOk("\xEF\xBB\xBF"
                                     "code,name\n1,a");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields.at(0), QStringLiteral("code"));
        QCOMPARE(records[1].fields, (QStringList{QStringLiteral("1"), QStringLiteral("a")}));
    }

    void blankLinesAreSkippedButCounted()
    {
        const auto records = parseOk("h\n\n\nx\n\"\"\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].line, 4);
        QCOMPARE(records[2].fields, QStringList{QString()}); // "" is one empty field
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("linePart");
        QTest::newRow("unterminated") << QByteArray("h\nok\n\"open,\nmore\n") << "line 3";
        QTest::newRow("invalid utf-8") << QByteArray("h\nok\nbad \xC3\x28 byte\n") << "line 3";
        QTest::newRow("latin-1 file") << QByteArray("h\nTr\xE1n\n") << "line 2";
        QTest::newRow("truncated sequence") << QByteArray("h\nx\xE1\xBB\n") << "line 2";
        QTest::newRow("stray quote") << QByteArray("h\nab\"c\n") << "line 2";
        QTest::newRow("text after quote") << QByteArray("h\n\"a\"b\n") << "line 2";
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, linePart);
        QList<CsvRecord> records{CsvRecord{7, {QStringLiteral("kept")}}};
        QString error;
        QVERIFY(!Csv::parse(bytes, &records, &error));
        QVERIFY2(error.contains(linePart), qPrintable(error));
        QCOMPARE(records.size(), 1); // untouched on failure
    }

    void encodeQuotesOnlyWhenNeeded()
    {
        QCOMPARE(Csv::encodeField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(Csv::encodeField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(Csv::encodeField(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(Csv::encodeField(QStringLiteral("x\ny")), QStringLiteral("\"x\ny\""));
        QCOMPARE(Csv::encodeField(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QCOMPARE(Csv::encodeRecord({QStringLiteral("a"), QString(), QStringLiteral("b,c")}),
                 QStringLiteral("a,,\"b,c\"\n"));
    }

    void encodeThenParseRoundTrips()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("code"), QStringLiteral("name")},
            {QStringLiteral("1.000656"), QStringLiteral("Chứng thực \"bản sao\", từ bản chính")},
            {QStringLiteral("multi\nline"), QString()},
        };
        QString text;
        for (const QStringList& row : rows)
            text += Csv::encodeRecord(row);
        const auto records = parseOk(text.toUtf8());
        QCOMPARE(records.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(records[i].fields, rows[i]);
        QCOMPARE(records[2].line, 3);
    }

    void headerMapsColumnsInAnyOrder()
    {
        const QStringList expected = {QStringLiteral("code"), QStringLiteral("name"),
                                      QStringLiteral("fee")};
        QList<int> index;
        QList<CsvProblem> problems;
        QVERIFY(Csv::mapHeader(
            {1, {QStringLiteral("name"), QStringLiteral(" fee"), QStringLiteral("code")}}, expected,
            &index, &problems));
        QCOMPARE(index, (QList<int>{2, 0, 1}));
        QVERIFY(problems.isEmpty());

        QVERIFY(!Csv::mapHeader(
            {1, {QStringLiteral("code"), QStringLiteral("nmae"), QStringLiteral("code")}}, expected,
            &index, &problems));
        QStringList texts;
        for (const CsvProblem& p : problems)
            texts << p.toString();
        QVERIFY2(texts.size() == 4, qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.contains(QStringLiteral("line 1, column code: the column appears twice")));
        QVERIFY(texts.contains(QStringLiteral("line 1, column name: the column is missing")));
        QVERIFY(texts.contains(QStringLiteral("line 1, column fee: the column is missing")));
    }

    void problemText()
    {
        QCOMPARE(
            (CsvProblem{12, QStringLiteral("fee"), QStringLiteral("must be a number")}).toString(),
            QStringLiteral("line 12, column fee: must be a number"));
        QCOMPARE((CsvProblem{3, QString(), QStringLiteral("too few values")}).toString(),
                 QStringLiteral("line 3: too few values"));
    }

    // OWASP CSV injection: what a spreadsheet would run gets an apostrophe; numbers keep
    // their sign; the parser takes the apostrophe away again.
    void formulasAreNeutralizedAndRestored_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+84 912") << QStringLiteral("'+84 912");
        QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                               << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("apostrophe already") << QStringLiteral("'=1") << QStringLiteral("''=1");
        QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("decimal") << QStringLiteral("-0.25") << QStringLiteral("-0.25");
        QTest::newRow("date") << QStringLiteral("2024-03-04 09:00")
                              << QStringLiteral("2024-03-04 09:00");
        QTest::newRow("plain apostrophe") << QStringLiteral("'tis") << QStringLiteral("'tis");
        QTest::newRow("Vietnamese") << QStringLiteral("Hộ tịch") << QStringLiteral("Hộ tịch");
    }

    void formulasAreNeutralizedAndRestored()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        const QString line = Csv::encodeRecord({value, QStringLiteral("x")});
        QCOMPARE(line, written + QStringLiteral(",x\n"));
        QList<CsvRecord> records;
        QString error;
        QVERIFY2(Csv::parse(line.toUtf8(), &records, &error), qPrintable(error));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().fields.first(), value);
    }

    // The block reader gives the same records as parsing the whole file, with a quoted
    // field across the cut between blocks and the lines counted on.
    void readerStreamsLargeFiles()
    {
        QByteArray data = "\xEF\xBB\xBF"
                          "a,b\n";
        for (int i = 0; i < 40000; ++i)
            data += "Nguyễn Văn An,\"Ấp Bình Hòa\n tổ " + QByteArray::number(i) + "\"\n\n";
        QList<CsvRecord> whole;
        QString error;
        QVERIFY2(Csv::parse(data, &whole, &error), qPrintable(error));
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        CsvRecord record;
        qsizetype index = 0;
        while (reader.next(&record)) {
            QVERIFY(index < whole.size());
            QCOMPARE(record.line, whole.at(index).line);
            QCOMPARE(record.fields, whole.at(index).fields);
            ++index;
        }
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(index, whole.size());
        QCOMPARE(whole.last().line, 2 + 39999 * 3);

        QByteArray bad = data + "x,\"open\n";
        QBuffer badBuffer(&bad);
        QVERIFY(badBuffer.open(QIODevice::ReadOnly));
        CsvReader badReader(&badBuffer);
        while (badReader.next(&record)) {
        }
        QVERIFY2(badReader.error().contains(QStringLiteral("line %1").arg(2 + 40000 * 3)),
                 qPrintable(badReader.error()));
    }

    void writeFailureNamesTheCause()
    {
        QCOMPARE(Csv::writeFailure(ENOSPC, QStringLiteral("Unknown error")),
                 QStringLiteral("the disk is full"));
        QCOMPARE(Csv::writeFailure(EROFS, QStringLiteral("Unknown error")),
                 QStringLiteral("the disk is read-only"));
        QString error;
        QVERIFY(!Csv::writeFile(QStringLiteral("/proc/version/x.csv"), QStringLiteral("a\n"), false,
                                &error));
        QVERIFY(!error.contains(QStringLiteral("Unknown error")));
    }

    void fileRoundTripWithByteOrderMark()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY2(Csv::writeFile(path, Csv::encodeRecord({QStringLiteral("Hộ tịch")}), true, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
        QList<CsvRecord> records;
        QVERIFY2(Csv::readFile(path, &records, &error), qPrintable(error));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields.at(0), QStringLiteral("Hộ tịch"));
        QVERIFY(!Csv::readFile(dir.filePath(QStringLiteral("missing.csv")), &records, &error));
        QVERIFY(error.contains(QStringLiteral("missing.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
