#include "SampleOffice.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "common/DeskSession.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/ReceiptCorrection.h"
#include "dossiers/ReceiptCorrectionDialog.h"
#include "forms/DossierForms.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// An officer corrects a printed receipt: the wrong name and procedure, with a reason. The old
// values stay in the history and the audit log, the receipt prints again as a new version.
class TestReceiptCorrection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        db = std::make_unique<TestDatabase>();
        MOTCUA_VERIFY_DB(*db);
        QString error;
        QVERIFY2(useSampleOffice(db->db(), &error), qPrintable(error));
        session = std::make_unique<DeskSession>(db->db());
        session->setOfficer(QStringLiteral("Trần Văn Bình"));
        Dossier d;
        d.procedureCode = QStringLiteral("1.004746"); // the wrong one, 5 working days
        d.applicantName = QStringLiteral("Nguyễn Thi Hoa");
        d.applicantId = QStringLiteral("075190001299");
        d.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
        QVERIFY2(
            DossierRepository(db->db(), session->rules()).create(&d, session->officer(), &error),
            qPrintable(error));
        code = d.code;
        printedDue = d.dueAt;
    }

    void cleanup()
    {
        session.reset();
        db.reset();
    }

    void correctionKeepsTheOldValuesAndReprintsAVersion()
    {
        ReceiptCorrectionDialog dialog(*session, code);
        QVERIFY2(dialog.isReady(), qPrintable(dialog.error()));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("correctName"));
        QCOMPARE(name->text(), QStringLiteral("Nguyễn Thi Hoa"));
        name->setText(QStringLiteral("Nguyễn Thị Hòa"));
        auto* procedure = dialog.findChild<QComboBox*>(QStringLiteral("correctProcedure"));
        const int khaiSinh = procedure->findData(QStringLiteral("1.001193"));
        QVERIFY(khaiSinh >= 0);
        auto* due = dialog.findChild<QDateTimeEdit*>(QStringLiteral("correctDue"));
        procedure->setCurrentIndex(khaiSinh);
        // The appointment follows the right procedure at once.
        QVERIFY(due->dateTime() != printedDue);
        auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("correctConfirm"));
        // Without a reason nothing changes.
        confirm->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.error().contains(QStringLiteral("Reason")));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("correctReason"))
            ->setPlainText(QStringLiteral("Chọn nhầm thủ tục, ghi sai dấu họ tên"));
        confirm->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.version(), 2);
        const QDateTime newDue = due->dateTime();

        Dossier d;
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules()).load(code, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.applicantName, QStringLiteral("Nguyễn Thị Hòa"));
        QCOMPARE(d.procedureCode, QStringLiteral("1.001193"));
        QCOMPARE(d.dueAt, newDue);

        // The old values are in the history and in the audit log.
        QList<ReceiptCorrection> corrections;
        QVERIFY2(ReceiptCorrections(db->db(), session->rules()).list(code, &corrections, &error),
                 qPrintable(error));
        QCOMPARE(corrections.size(), 1);
        QVERIFY(corrections.first().oldValues.contains(
            QStringLiteral("name: Nguyễn Thi Hoa → Nguyễn Thị Hòa")));
        QVERIFY(corrections.first().oldValues.contains(
            QStringLiteral("procedure: 1.004746 → 1.001193")));
        AuditLog::Filter filter;
        filter.dossierCode = code;
        filter.action = QStringLiteral("correct");
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(db->db(), filter, &entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().detail.contains(QStringLiteral("Nguyễn Thi Hoa")));
        QVERIFY(entries.first().detail.contains(QStringLiteral("Chọn nhầm thủ tục")));

        // The receipt prints again as version 2, with the reason and the new values.
        FormDocument receipt;
        QVERIFY2(DossierForms::render(db->db(), code, FormKind::Receipt, &receipt, &error),
                 qPrintable(error));
        const QString plain = receipt.toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("Corrected receipt, version 2")), qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("Chọn nhầm thủ tục")));
        QVERIFY(plain.contains(QStringLiteral("Nguyễn Thị Hòa")));
        QVERIFY(!plain.contains(QStringLiteral("Nguyễn Thi Hoa")));
    }

    void closedDossierIsNotCorrected()
    {
        QString error;
        DossierRepository dossiers(db->db(), session->rules());
        QVERIFY2(dossiers.changeStatus(code, DossierStatus::Withdrawn,
                                       QDateTime(QDate(2026, 3, 3), QTime(9, 0)),
                                       User::acting(session->officer()), QString(), &error),
                 qPrintable(error));
        ReceiptCorrection c;
        QVERIFY2(ReceiptCorrections(db->db(), session->rules()).start(code, &c, &error),
                 qPrintable(error));
        c.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        c.reason = QStringLiteral("ghi sai");
        QVERIFY(!ReceiptCorrections(db->db(), session->rules())
                     .apply(code, &c, User::acting(session->officer()), &error));
        QVERIFY(error.contains(QStringLiteral("open")));
    }

    void unreceiptedReceiptHasNoCorrectionLine()
    {
        FormDocument receipt;
        QString error;
        QVERIFY2(DossierForms::render(db->db(), code, FormKind::Receipt, &receipt, &error),
                 qPrintable(error));
        QVERIFY(!receipt.toPlainText().contains(QStringLiteral("Corrected receipt")));
        QVERIFY(!receipt.toPlainText().contains(QStringLiteral("{{")));
    }

    void screenshots()
    {
        if (!shooting())
            QSKIP("MOTCUA_SCREENSHOTS not set");
        QVERIFY(Translations::install(QStringLiteral("vi")));
        {
            ReceiptCorrectionDialog dialog(*session, code);
            dialog.findChild<QLineEdit*>(QStringLiteral("correctName"))
                ->setText(QStringLiteral("Nguyễn Thị Hòa"));
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("correctReason"))
                ->setPlainText(QStringLiteral("Ghi sai dấu họ tên người nộp hồ sơ"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, "receipt-correction");
        }
        Translations::install(QStringLiteral("en"));
    }

    // The pictures of docs/screenshots, in Vietnamese: MOTCUA_SCREENSHOTS=folder.
    static bool shooting() { return qEnvironmentVariableIsSet("MOTCUA_SCREENSHOTS"); }
    static void save(QWidget* widget, const char* name)
    {
        QApplication::processEvents();
        widget->grab().save(qEnvironmentVariable("MOTCUA_SCREENSHOTS") + QLatin1Char('/') +
                            QLatin1String(name) + QStringLiteral(".png"));
    }

private:
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<DeskSession> session;
    QString code;
    QDateTime printedDue;
};

QTEST_MAIN(TestReceiptCorrection)
#include "tst_receiptcorrection.moc"
