#include "../dossiers/SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "common/DeskSession.h"
#include "dossiers/DossierActionDialog.h"
#include "dossiers/DossierDetailDialog.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/LeaderApprovals.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// Where the officer decides it, from the dossier's detail: the stop of processing with who
// asked for it and the fee refunded (Mẫu 05), and the leadership's approval of the result
// (the "lãnh đạo" step of the control sheet). Set MOTCUA_SCREENSHOTS to keep the dialogs as
// pictures.
class TestStopAndApproval : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<DeskSession> session;
    SimpleDueDateRules rules;
    QString code;

    static QPushButton* button(const QWidget& parent, const QString& text)
    {
        for (QPushButton* b : parent.findChildren<QPushButton*>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

    // Clicks the action and fills its dialog with fill, then confirms it.
    template<typename Fill>
    static void run(QPushButton* action, Fill fill)
    {
        QTimer::singleShot(0, qApp, [fill] {
            auto* dialog = qobject_cast<DossierActionDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
        });
        action->click();
    }

    static void keep(QWidget* widget, const char* name)
    {
        const QString folder = qEnvironmentVariable("MOTCUA_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name));
    }

private slots:
    void init()
    {
        db = std::make_unique<TestDatabase>();
        QVERIFY2(db->isValid(), qPrintable(db->error()));
        QString error;
        QVERIFY2(RegisterFixture::prepare(db->db(), &error), qPrintable(error));
        session = std::make_unique<DeskSession>(db->db());
        session->setOfficer(QStringLiteral("Phạm Thị Lan"));
        session->setUser(User::acting(QStringLiteral("Phạm Thị Lan"), Role::Supervisor));
        Dossier d;
        d.procedureCode = QStringLiteral("1.003583");
        d.applicantName = QStringLiteral("Nguyễn Văn An");
        d.receivedAt = QDateTime::currentDateTime().addSecs(-7200);
        d.fee = 50000;
        DossierRepository repo(db->db(), rules);
        QVERIFY2(repo.create(&d, QStringLiteral("Trần Thị Nhận"), &error) &&
                     repo.changeStatus(d.code, DossierStatus::Processing,
                                       QDateTime::currentDateTime().addSecs(-3600),
                                       User::acting(QStringLiteral("Phạm Thị Lan")), QString(),
                                       &error),
                 qPrintable(error));
        code = d.code;
    }

    void cleanup()
    {
        session.reset();
        db.reset();
    }

    void stopRecordsWhoAskedAndTheRefund()
    {
        DossierDetailDialog detail(*session, code);
        detail.setPreviewAfterAction(false);
        QPushButton* stop = button(detail, QStringLiteral("S&top processing (Mẫu 05)…"));
        QVERIFY(stop && !stop->isHidden() && stop->isEnabled());
        run(stop, [](DossierActionDialog* dialog) {
            auto* requester = dialog->findChild<QLineEdit*>(QStringLiteral("actionRequester"));
            auto* refund = dialog->findChild<QSpinBox*>(QStringLiteral("actionRefund"));
            QVERIFY(requester && refund);
            // The applicant proposed; at most the fee paid.
            QCOMPARE(requester->text(), QStringLiteral("Nguyễn Văn An"));
            QCOMPARE(refund->maximum(), 50000);
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("actionReason"))
                ->setPlainText(QStringLiteral("Người nộp hồ sơ đề nghị dừng."));
            requester->clear();
            dialog->accept();
            auto* problem = dialog->findChild<QLabel*>(QStringLiteral("actionProblem"));
            QVERIFY2(problem->text().contains(QStringLiteral("Asked to stop by")),
                     qPrintable(problem->text()));
            QVERIFY(dialog->isVisible());
            requester->setText(QStringLiteral("Nguyễn Văn An (người nộp hồ sơ)"));
            refund->setValue(90000); // more than paid: held at the fee
            QCOMPARE(refund->value(), 50000);
            refund->setValue(20000);
            keep(dialog, "stop-dialog.png");
            dialog->accept();
        });
        DossierNotice notice;
        bool found = false;
        QString error;
        QVERIFY2(DossierPaperRepository(db->db()).latestNotice(code, QStringLiteral("stop"),
                                                               &notice, &found, &error),
                 qPrintable(error));
        QVERIFY(found);
        QCOMPARE(notice.requester, QStringLiteral("Nguyễn Văn An (người nộp hồ sơ)"));
        QCOMPARE(notice.feeRefund, qint64(20000));
    }

    void leadershipApprovalIsRecorded()
    {
        DossierDetailDialog detail(*session, code);
        detail.setPreviewAfterAction(false);
        QPushButton* approve = button(detail, QStringLiteral("Leadership appro&val…"));
        QVERIFY(approve && !approve->isHidden() && approve->isEnabled());
        run(approve, [](DossierActionDialog* dialog) {
            auto* leader = dialog->findChild<QLineEdit*>(QStringLiteral("actionLeader"));
            QVERIFY(leader);
            leader->clear();
            dialog->accept();
            QVERIFY(dialog->isVisible()); // a leader's name is required
            leader->setText(QStringLiteral("Lê Văn Tâm, Chủ tịch UBND xã"));
            dialog->findChild<QLineEdit*>(QStringLiteral("actionNote"))
                ->setText(QStringLiteral("Đồng ý"));
            keep(dialog, "approval-dialog.png");
            dialog->accept();
        });
        QList<LeaderApproval> approvals;
        QString error;
        QVERIFY2(LeaderApprovals(db->db()).list(code, &approvals, &error), qPrintable(error));
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().leader, QStringLiteral("Lê Văn Tâm, Chủ tịch UBND xã"));
        QCOMPARE(approvals.first().officer, QStringLiteral("Phạm Thị Lan"));
        QCOMPARE(approvals.first().note, QStringLiteral("Đồng ý"));
        // The time line of the detail shows it.
        QVERIFY(detail.reload());
        bool shown = false;
        for (QTableWidget* table : detail.findChildren<QTableWidget*>()) {
            for (int row = 0; row < table->rowCount(); ++row) {
                const QTableWidgetItem* item = table->item(row, 1);
                if (item && item->text().contains(QStringLiteral("Lê Văn Tâm")))
                    shown = true;
            }
        }
        QVERIFY(shown);
        // The status has not changed: the result is still to be marked ready.
        Dossier d;
        QVERIFY2(DossierRepository(db->db(), rules).load(code, &d, &error), qPrintable(error));
        QCOMPARE(d.status, DossierStatus::Processing);
    }
};

QTEST_MAIN(TestStopAndApproval)
#include "tst_stopandapproval.moc"
