#include "common/Validators.h"
#include "dossiers/Dossier.h"

#include <QTest>

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void citizenId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("Đồng Tháp, man born 1984") << "087084000999" << true << QString();
        QTest::newRow("Hà Nội, woman born 2001") << "001301012345" << true << QString();
        QTest::newRow("spaces typed") << "075 095 000 123" << true << QString();
        QTest::newRow("11 digits") << "07509500012" << false << "has 11";
        QTest::newRow("old 9-digit CMND") << "271234567" << false << "has 9";
        QTest::newRow("letters") << "07509500012a" << false << "digits";
        QTest::newRow("empty") << "" << false << "empty";
        QTest::newRow("003 is no province") << "003095000123" << false << "003";
        QTest::newRow("097 is no province") << "097095000123" << false << "097";
        // 21st-century code with year 99 would be born 2099: in the future.
        QTest::newRow("born 2099") << "075299000123" << false << "2099";
        QTest::newRow("born 2027") << "075227000123" << false << "2027";
        // 8/9 is the 24th century (TT 07/2016 Phụ lục III), never a past year.
        QTest::newRow("24th century") << "075850000123" << false << "2350";
        QTest::newRow("born this year") << "075326000123" << true << QString();
    }

    void citizenId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(QString, problemPart);
        QString problem;
        const QDate today(2026, 11, 27);
        QCOMPARE(Validators::checkCitizenId(id, &problem, today), valid);
        if (!valid)
            QVERIFY2(problem.contains(problemPart), qPrintable(problem));
    }

    void problemCountsDigits()
    {
        QString problem;
        QVERIFY(!Validators::checkCitizenId(QStringLiteral("07509500012"), &problem));
        QCOMPARE(problem, QStringLiteral("must have 12 digits, has 11"));
    }

    // Issue 20: digits 4-6 give the birth year and the sex (TT 07/2016/TT-BCA Điều 7).
    void birthDateAndSexAgainstTheId()
    {
        const QString woman1990 = QStringLiteral("075190001299");
        const QString man2005 = QStringLiteral("079205000321");
        QCOMPARE(Validators::birthYearOfId(woman1990), 1990);
        QCOMPARE(Validators::birthYearOfId(man2005), 2005);
        QCOMPARE(Validators::birthYearOfId(QStringLiteral("0751******99")), 0);
        QCOMPARE(Validators::sexOfId(woman1990), QStringLiteral("Nữ"));
        QCOMPARE(Validators::sexOfId(man2005), QStringLiteral("Nam"));
        const QDate receipt(2024, 3, 5);
        QString problem;
        QVERIFY(Validators::checkBirthDate(QDate(1990, 3, 5), woman1990, receipt, &problem));
        QVERIFY(Validators::checkBirthDate(QDate(1961, 1, 1), QString(), receipt, &problem));
        QVERIFY(!Validators::checkBirthDate(QDate(1991, 3, 5), woman1990, receipt, &problem));
        QVERIFY2(problem.contains(QStringLiteral("1990")), qPrintable(problem));
        QVERIFY(!Validators::checkBirthDate(QDate(2024, 3, 6), QString(), receipt, &problem));
        QVERIFY2(problem.contains(QStringLiteral("after the day of receipt")), qPrintable(problem));
        QVERIFY(!Validators::checkBirthDate(QDate(1899, 12, 31), QString(), receipt, &problem));
        QVERIFY(Validators::checkSex(QStringLiteral("Nữ"), woman1990, &problem));
        QVERIFY(Validators::checkSex(QStringLiteral("Nam"), QString(), &problem));
        QVERIFY(!Validators::checkSex(QStringLiteral("Nam"), woman1990, &problem));
        QVERIFY2(problem.contains(QStringLiteral("says Nữ")), qPrintable(problem));
        QVERIFY(!Validators::checkSex(QStringLiteral("khác"), QString(), &problem));
    }

    void provinceNames()
    {
        QCOMPARE(Validators::provinceOfCode(QStringLiteral("001")), QStringLiteral("Hà Nội"));
        QCOMPARE(Validators::provinceOfCode(QStringLiteral("075")), QStringLiteral("Đồng Nai"));
        QCOMPARE(Validators::provinceOfCode(QStringLiteral("096")), QStringLiteral("Cà Mau"));
        QVERIFY(Validators::provinceOfCode(QStringLiteral("099")).isEmpty());
    }

    void maskKeepsFirstFourAndLastTwo()
    {
        QCOMPARE(Validators::maskCitizenId(QStringLiteral("087012345699")),
                 QStringLiteral("0870******99"));
        QCOMPARE(Validators::maskCitizenId(QStringLiteral("087 012 345 699")),
                 QStringLiteral("0870******99"));
        QCOMPARE(Validators::maskCitizenId(QStringLiteral("123")), QStringLiteral("***"));
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("mobile 09") << "0912345678" << true << "0912345678";
        QTest::newRow("mobile 03 spaces") << "0362 123 456" << true << "0362123456";
        QTest::newRow("mobile dots") << "0987.654.321" << true << "0987654321";
        QTest::newRow("+84") << "+84 912 345 678" << true << "0912345678";
        QTest::newRow("84 no plus") << "84912345678" << true << "0912345678";
        QTest::newRow("landline 11") << "0251 3861 234" << true << "02513861234";
        QTest::newRow("landline Hà Nội") << "024 3825 1234" << true << "02438251234";
        QTest::newRow("landline 10") << "0251386123" << true << "0251386123";
        QTest::newRow("mobile 9 digits") << "091234567" << false << "091234567";
        QTest::newRow("mobile 11 digits") << "09123456789" << false << "09123456789";
        QTest::newRow("old 01x") << "01681234567" << false << "01681234567";
        QTest::newRow("04 prefix") << "0412345678" << false << "0412345678";
        QTest::newRow("no leading 0") << "912345678" << false << "912345678";
        QTest::newRow("letters") << "09123abc78" << false << "09123abc78";
        QTest::newRow("foreign") << "+1 202 555 0100" << false << "+12025550100";
        QTest::newRow("empty") << "" << false << "";
    }

    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QString problem;
        QVERIFY2(Validators::checkPhone(phone, &problem) == valid, qPrintable(problem));
        if (!valid)
            QVERIFY(!problem.isEmpty());
        QCOMPARE(Validators::normalizePhone(phone), normalized);
    }

    void phoneProblemSaysWhatIsWrong()
    {
        QString problem;
        QVERIFY(!Validators::checkPhone(QStringLiteral("091234567"), &problem));
        QCOMPARE(problem, QStringLiteral("a mobile number must have 10 digits, has 9"));
        QVERIFY(!Validators::checkPhone(QStringLiteral("0412345678"), &problem));
        QVERIFY2(problem.contains(QStringLiteral("03, 05, 07, 08 or 09")), qPrintable(problem));
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "nguyen.van.a@gmail.com" << true;
        QTest::newRow("gov subdomain") << "motcua@tanbinh.dongnai.gov.vn" << true;
        QTest::newRow("plus tag") << "a+b@example.vn" << true;
        QTest::newRow("trimmed") << "  a@b.vn " << true;
        QTest::newRow("no at") << "nguyenvana.gmail.com" << false;
        QTest::newRow("two at") << "a@b@c.vn" << false;
        QTest::newRow("no domain dot") << "a@localhost" << false;
        QTest::newRow("space") << "nguyen van@gmail.com" << false;
        QTest::newRow("empty local") << "@gmail.com" << false;
        QTest::newRow("double dot") << "a..b@gmail.com" << false;
        QTest::newRow("diacritics") << "nguyễn@gmail.com" << false;
        QTest::newRow("empty") << "" << false;
    }

    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QString problem;
        QVERIFY2(Validators::checkEmail(email, &problem) == valid, qPrintable(problem));
        if (!valid)
            QVERIFY(!problem.isEmpty());
    }

    // Issue 18: free text refuses control characters, counts invisible-only text as empty
    // and has a length limit; what it keeps is trimmed and collapsed.
    void freeText()
    {
        QString cleaned;
        QString problem;
        QVERIFY(
            Validators::checkText(QStringLiteral("  Nguyễn   Văn An "), 200, &cleaned, &problem));
        QCOMPARE(cleaned, QStringLiteral("Nguyễn Văn An"));
        QVERIFY(!Validators::checkText(QStringLiteral("An") + QChar(0), 200, &cleaned, &problem));
        QVERIFY2(problem.contains(QStringLiteral("U+0000")), qPrintable(problem));
        QVERIFY(!Validators::checkText(QStringLiteral("An\nBình"), 200, &cleaned, &problem));
        QVERIFY(Validators::checkText(QStringLiteral("Dòng một\nDòng hai"), 200, &cleaned, &problem,
                                      true));
        QCOMPARE(cleaned, QStringLiteral("Dòng một\nDòng hai"));
        QVERIFY(Validators::checkText(QString(4, QChar(0x200B)), 200, &cleaned, &problem));
        QVERIFY(cleaned.isEmpty());
        QVERIFY(!Validators::checkText(QString(201, QLatin1Char('a')), 200, &cleaned, &problem));
        QVERIFY2(problem.contains(QStringLiteral("201")) && problem.contains(QStringLiteral("200")),
                 qPrintable(problem));
        // The counter refuses the same (a 100,000-character name printed 256 pages).
        Dossier d;
        d.procedureCode = QStringLiteral("1.001193");
        d.receivedAt = QDateTime::currentDateTime();
        d.applicantName = QString(100000, QLatin1Char('a'));
        QVERIFY(!d.validate(&problem));
        QVERIFY2(problem.startsWith(QStringLiteral("Applicant name: ")), qPrintable(problem));
        d.applicantName = QString(2, QChar(0x200B));
        QVERIFY(!d.validate(&problem));
        QCOMPARE(problem, QStringLiteral("Applicant name: required."));
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
