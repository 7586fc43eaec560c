// QĐ 766 4.1 from the dossier screen: the officer records where the electronic result's file
// is kept when the result is ready, and can record or correct it later; an open dossier has no
// result to record.

#include "../dossiers/SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "common/DeskSession.h"
#include "dossiers/DossierActionDialog.h"
#include "dossiers/DossierDetailDialog.h"
#include "dossiers/DossierRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

QPushButton* button(const QWidget& parent, const QString& text)
{
    for (QPushButton* b : parent.findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// Runs fill on the next modal dialog once it is shown, then accepts it.
void whenModal(const std::function<void(QDialog*)>& fill)
{
    QTimer::singleShot(50, qApp, [fill] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            whenModal(fill);
            return;
        }
        fill(dialog);
    });
}

} // namespace

class TestResultFile : public QObject
{
    Q_OBJECT

private slots:
    void recordedWhenReadyAndLater()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DeskSession session(t.db());
        const User chief = User::acting(QStringLiteral("Lãnh đạo Hùng"), Role::Supervisor);
        session.setOfficer(chief.name());
        session.setUser(chief);
        SimpleDueDateRules rules;
        DossierRepository repo(t.db(), rules);
        Dossier d;
        d.procedureCode = QStringLiteral("1.003583");
        d.applicantName = QStringLiteral("Nguyễn Văn An");
        d.receivedAt = QDateTime(QDate(2024, 3, 4), QTime(8, 15));
        QVERIFY2(repo.create(&d, chief.name(), &error), qPrintable(error));
        QVERIFY2(repo.changeStatus(d.code, DossierStatus::Processing,
                                   QDateTime(QDate(2024, 3, 4), QTime(9, 0)), chief, QString(),
                                   &error),
                 qPrintable(error));

        DossierDetailDialog dialog(session, d.code);
        QPushButton* resultFile = button(dialog, QStringLiteral("Result fi&le…"));
        QVERIFY(resultFile);
        // Still being processed: nothing to record yet.
        QVERIFY(!resultFile->isEnabled());

        // Result ready, issued electronically, with its file's reference.
        whenModal([](QDialog* modal) {
            modal->findChild<QCheckBox*>(QStringLiteral("actionEResult"))->setChecked(true);
            modal->findChild<QLineEdit*>(QStringLiteral("actionResultFile"))
                ->setText(QStringLiteral(" Số 12/KQ-UBND "));
            modal->accept();
        });
        button(dialog, QStringLiteral("Result read&y…"))->click();
        Dossier saved;
        QVERIFY2(repo.load(d.code, &saved, &error), qPrintable(error));
        QCOMPARE(saved.status, DossierStatus::Finished);
        QVERIFY(saved.eResult);
        QCOMPARE(saved.resultFile, QStringLiteral("Số 12/KQ-UBND"));

        // Corrected later from the dossier screen, and audited.
        QVERIFY(resultFile->isEnabled());
        whenModal([](QDialog* modal) {
            auto* input = qobject_cast<QInputDialog*>(modal);
            QVERIFY(input);
            QCOMPARE(input->textValue(), QStringLiteral("Số 12/KQ-UBND"));
            input->setTextValue(QStringLiteral("/luu-tru/2024/ket-qua-12.pdf"));
            input->accept();
        });
        resultFile->click();
        QVERIFY2(repo.load(d.code, &saved, &error), qPrintable(error));
        QCOMPARE(saved.resultFile, QStringLiteral("/luu-tru/2024/ket-qua-12.pdf"));
        QSqlQuery audit(t.db().connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                          "'result-file' ORDER BY id DESC")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("/luu-tru/2024/ket-qua-12.pdf"));
    }
};

QTEST_MAIN(TestResultFile)
#include "tst_resultfile.moc"
