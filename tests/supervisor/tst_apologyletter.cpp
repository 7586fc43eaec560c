#include "CliRun.h"
#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "dossiers/DossierRepository.h"
#include "supervisor/ApologyService.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The text of a PDF as poppler's pdftotext reads it (what a reader of the file sees).
QString pdfText(const QString& pdf, QString* error)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
        return QString();
    }
    // Collapse the layout's runs of spaces and line breaks.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

// Mẫu 04 as printed: addressee, dossier code, original and new due dates, reason and signer
// reach the PDF that `motcua-cli print apology` writes.
class TestApologyLetter : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

private slots:
    void letterCarriesItsContentIntoThePdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: run scripts/setup.sh");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        Dossier d;
        d.procedureCode = QStringLiteral("1.003583");
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.applicantId = QStringLiteral("075190001299");
        d.applicantPhone = QStringLiteral("0912345678");
        d.applicantAddress = QStringLiteral("Ấp Bình Chánh, xã Tân Bình");
        d.receivedAt = at("2024-03-05 08:15");
        QVERIFY2(repo.create(&d, QStringLiteral("Trần Văn Bình"), &error), qPrintable(error));
        QVERIFY2(repo.changeStatus(d.code, DossierStatus::Processing, at("2024-03-05 09:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error),
                 qPrintable(error));

        User supervisor;
        supervisor.login = QStringLiteral("lanhdao");
        supervisor.displayName = QStringLiteral("Lê Văn Chính");
        supervisor.role = Role::Supervisor;
        ApologyLetter letter;
        letter.issuedAt = at("2024-03-11 09:00");
        letter.reason = QStringLiteral("Cần xác minh thêm thông tin tại nơi cư trú trước đây");
        letter.newDueAt = at("2024-03-15 08:15");
        QVERIFY2(ApologyService(t.db(), rules).issue(supervisor, d.code, &letter, &error),
                 qPrintable(error));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("apology.pdf"));
        // runCli: on a server the command line signs in as an account.
        const CliResult printed =
            runCli({QStringLiteral("--db"), t.path(), QStringLiteral("print"),
                    QStringLiteral("apology"), d.code, QStringLiteral("--out"), pdf});
        QVERIFY2(printed.exit == 0, qPrintable(printed.err));
        const QString text = pdfText(pdf, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        for (const QString& expected :
             {QStringLiteral("Nguyễn Thị Hòa"), d.code, QStringLiteral("12/3/2024"),
              QStringLiteral("15/3/2024"),
              QStringLiteral("Cần xác minh thêm thông tin tại nơi cư trú trước đây"),
              QStringLiteral("Lê Văn Chính"), QStringLiteral("Đăng ký kết hôn")})
            QVERIFY2(text.contains(expected),
                     qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(expected, text)));

        // The control sheet and the ledger print headless too.
        const QString sheet = dir.filePath(QStringLiteral("control.pdf"));
        QCOMPARE(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("print"),
                         QStringLiteral("control-sheet"), d.code, QStringLiteral("--out"), sheet})
                     .exit,
                 0);
        QVERIFY(pdfText(sheet, &error).contains(d.code));
        const QString ledger = dir.filePath(QStringLiteral("ledger.pdf"));
        QCOMPARE(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("print"),
                         QStringLiteral("ledger"), QStringLiteral("--from"),
                         QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                         QStringLiteral("2024-03-31"), QStringLiteral("--out"), ledger})
                     .exit,
                 0);
        QVERIFY(pdfText(ledger, &error).contains(d.code));
    }
};

QTEST_MAIN(TestApologyLetter)
#include "tst_apologyletter.moc"
