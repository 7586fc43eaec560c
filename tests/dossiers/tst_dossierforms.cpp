#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "cli/CliRunner.h"
#include "dossiers/DossierActions.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "forms/DossierForms.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

// The adapter from the register to the printed forms, and `motcua-cli print` on top of it.
class TestDossierForms : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

    QString receive(const Database& db, QString* error)
    {
        DossierRepository repo(db, rules);
        Dossier d;
        d.procedureCode = QStringLiteral("1.003583"); // Đăng ký kết hôn, 5 working days
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.applicantId = QStringLiteral("075190001299");
        d.applicantPhone = QStringLiteral("0912 345 678");
        d.applicantAddress = QStringLiteral("Ấp Bình Chánh, xã Tân Bình");
        d.applicantBirthDate = QDate(1990, 3, 5);
        d.applicantSex = QStringLiteral("Nữ");
        d.receivedAt = at("2024-03-05 08:15");
        d.fee = 10000;
        if (!repo.create(&d, QStringLiteral("Trần Văn Bình"), error))
            return QString();
        const QList<RequiredDocument> documents{
            {QStringLiteral("Tờ khai đăng ký kết hôn"), 1, 0},
            {QStringLiteral("Giấy xác nhận tình trạng hôn nhân"), 1, 1}};
        if (!DossierPaperRepository(db).saveDocuments(
                d.code, documents, User::acting(QStringLiteral("Trần Văn Bình")), error))
            return QString();
        return d.code;
    }

private slots:
    void receiptCarriesCodeTimesApplicantAndDocuments()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString code = receive(t.db(), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));

        DossierFormSource source;
        QVERIFY2(DossierForms::load(t.db(), code, FormKind::Receipt, &source, &error),
                 qPrintable(error));
        const FormData data = DossierForms::build(FormKind::Receipt, source);
        QCOMPARE(data.field(QStringLiteral("dossier_code")), code);
        QCOMPARE(data.field(QStringLiteral("received_at")),
                 QStringLiteral("08 giờ 15 phút, ngày 05/3/2024"));
        QCOMPARE(data.field(QStringLiteral("due_at")),
                 QStringLiteral("08 giờ 15 phút, ngày 12/3/2024")); // 5 working days
        QCOMPARE(data.field(QStringLiteral("applicant_name")), QStringLiteral("Nguyễn Thị Hòa"));
        QCOMPARE(data.field(QStringLiteral("applicant_id")), QStringLiteral("075190001299"));
        QCOMPARE(data.field(QStringLiteral("applicant_phone")), QStringLiteral("0912345678"));
        // For an office's own templates: the legal forms have no such lines.
        QCOMPARE(data.field(QStringLiteral("applicant_birth_date")), QStringLiteral("05/03/1990"));
        QCOMPARE(data.field(QStringLiteral("applicant_sex")), QStringLiteral("Nữ"));
        QCOMPARE(data.field(QStringLiteral("procedure_name")), QStringLiteral("Đăng ký kết hôn"));
        QCOMPARE(data.field(QStringLiteral("time_limit")), QStringLiteral("05 ngày làm việc"));
        QCOMPARE(data.field(QStringLiteral("fees")), QStringLiteral("10.000 đồng"));
        QCOMPARE(data.field(QStringLiteral("officer_name")), QStringLiteral("Trần Văn Bình"));
        QCOMPARE(data.field(QStringLiteral("ledger_line")), QStringLiteral("1"));
        const QList<QStringList> rows = data.tables.value(QStringLiteral("documents"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("Giấy xác nhận tình trạng hôn nhân"),
                                          QStringLiteral("1"), QStringLiteral("1")}));

        // Through the renderer: the template gets the same values.
        FormDocument document;
        QVERIFY2(DossierForms::render(t.db(), code, FormKind::Receipt, &document, &error),
                 qPrintable(error));
        QVERIFY(document.toPlainText().contains(code));
        QVERIFY(document.toPlainText().contains(QStringLiteral("Nguyễn Thị Hòa")));
    }

    void noticesCarryTheirReasonAndRefuseWrongForms()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString code = receive(t.db(), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));

        DossierFormSource source;
        QVERIFY(!DossierForms::load(t.db(), code, FormKind::Supplement, &source, &error));
        QVERIFY2(error.contains(code), qPrintable(error));
        QVERIFY(!DossierForms::load(t.db(), code, FormKind::Stop, &source, &error));

        DossierRepository repo(t.db(), rules);
        QVERIFY2(repo.changeStatus(code, DossierStatus::Processing, at("2024-03-05 09:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error),
                 qPrintable(error));
        const DossierActions actions(t.db(), rules);
        QVERIFY2(actions.requestSupplement(
                     code, at("2024-03-06 10:00"), User::acting(QStringLiteral("Phạm Thị Lan")),
                     QStringLiteral("Thiếu giấy xác nhận"),
                     {QStringLiteral("Giấy xác nhận tình trạng hôn nhân | hết hạn")},
                     at("2024-03-13 17:00"), false, &error),
                 qPrintable(error));
        QVERIFY2(DossierForms::load(t.db(), code, FormKind::Supplement, &source, &error),
                 qPrintable(error));
        FormData data = DossierForms::build(FormKind::Supplement, source);
        QCOMPARE(data.field(QStringLiteral("supplement_reason")),
                 QStringLiteral("Thiếu giấy xác nhận"));
        QCOMPARE(data.field(QStringLiteral("supplement_deadline")),
                 QStringLiteral("trước 17 giờ 00 phút, ngày 13/3/2024"));
        QCOMPARE(data.field(QStringLiteral("officer_name")), QStringLiteral("Phạm Thị Lan"));
        QCOMPARE(data.tables.value(QStringLiteral("requirements")).value(0),
                 (QStringList{QStringLiteral("Giấy xác nhận tình trạng hôn nhân"),
                              QStringLiteral("hết hạn")}));

        QVERIFY2(repo.receiveSupplement(code, at("2024-03-07 08:00"),
                                        User::acting(QStringLiteral("cb")), &error),
                 qPrintable(error));
        QVERIFY2(actions.stop(code, at("2024-03-08 10:00"), User::acting(QStringLiteral("cb")),
                              QStringLiteral("Người yêu cầu đề nghị dừng"),
                              QStringLiteral("Đơn ngày 07/3/2024"), QStringLiteral("Nguyễn Văn An"),
                              0, &error),
                 qPrintable(error));
        QVERIFY2(DossierForms::load(t.db(), code, FormKind::Stop, &source, &error),
                 qPrintable(error));
        data = DossierForms::build(FormKind::Stop, source);
        QCOMPARE(data.field(QStringLiteral("stop_reason")),
                 QStringLiteral("Người yêu cầu đề nghị dừng"));
        QCOMPARE(data.field(QStringLiteral("stopped_at")),
                 QStringLiteral("10 giờ 00 phút, ngày 08/3/2024"));

        // Every action is in the audit log with its officer.
        QSqlQuery audit(t.db().connection());
        audit.prepare(QStringLiteral(
            "SELECT action, officer FROM audit_log WHERE dossier_code = ? ORDER BY id"));
        audit.addBindValue(code);
        QVERIFY(audit.exec());
        QStringList actionsSeen;
        while (audit.next())
            actionsSeen << audit.value(0).toString();
        QVERIFY2(actionsSeen.contains(QStringLiteral("notice")),
                 qPrintable(actionsSeen.join(QLatin1Char(','))));
        QVERIFY(actionsSeen.contains(QStringLiteral("documents")));
        QVERIFY(actionsSeen.count(QStringLiteral("status")) >= 4);
    }

    void ledgerListsTheDossiersOfThePeriod()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString code = receive(t.db(), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        FormDocument ledger;
        QVERIFY2(DossierForms::renderLedger(t.db(), QDate(2024, 3, 1), QDate(2024, 3, 31), &ledger,
                                            &error),
                 qPrintable(error));
        QVERIFY(ledger.toPlainText().contains(code));
        QVERIFY(!DossierForms::renderLedger(t.db(), QDate(2024, 3, 31), QDate(2024, 3, 1), &ledger,
                                            &error));
    }

    void cliPrintsAReceiptToPdf()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString code = receive(t.db(), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        const int exit =
            CliRunner::run({QStringLiteral("motcua-cli"), QStringLiteral("--db"), t.path(),
                            QStringLiteral("print"), QStringLiteral("receipt"), code,
                            QStringLiteral("--out"), pdf},
                           out, err);
        QVERIFY2(exit == 0, qPrintable(errText));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        // A refusal for an accepted dossier is bad input (exit 1), a missing code a usage error.
        errText.clear();
        QCOMPARE(CliRunner::run({QStringLiteral("motcua-cli"), QStringLiteral("--db"), t.path(),
                                 QStringLiteral("print"), QStringLiteral("refusal"), code,
                                 QStringLiteral("--out"), pdf},
                                out, err),
                 1);
        QCOMPARE(CliRunner::run({QStringLiteral("motcua-cli"), QStringLiteral("--db"), t.path(),
                                 QStringLiteral("print"), QStringLiteral("receipt"),
                                 QStringLiteral("--out"), pdf},
                                out, err),
                 2);
    }
};

QTEST_MAIN(TestDossierForms)
#include "tst_dossierforms.moc"
