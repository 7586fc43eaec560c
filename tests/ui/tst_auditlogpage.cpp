#include "../dossiers/SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "audit/AuditDetail.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditLogPage.h"
#include "audit/AuditSeal.h"
#include "common/DeskSession.h"
#include "dossiers/DossierDetailDialog.h"
#include "dossiers/DossierRepository.h"
#include "privacy/PersonRecordsDialog.h"
#include "storage/TransactionGuard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The supervisor's audit log page, the audit of detail views and the person's-records dialog.
class TestAuditLogPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<DeskSession> session;
    SimpleDueDateRules rules;

    QString receive(const QString& id)
    {
        Dossier d;
        d.procedureCode = QStringLiteral("1.003583");
        d.applicantName = QStringLiteral("Nguyễn Văn An");
        d.applicantId = id;
        d.receivedAt = QDateTime(QDate(2024, 3, 4), QTime(8, 15));
        QString error;
        if (!DossierRepository(db->db(), rules).create(&d, QStringLiteral("Trần Thị Nhận"), &error))
            qWarning("%s", qPrintable(error));
        return d.code;
    }

    // count entries of action by officer, in one transaction.
    bool log(int count, const QString& officer, const QString& action, const QString& code)
    {
        TransactionGuard transaction(db->db());
        AuditChain chain(db->db());
        QString error;
        for (int i = 0; i < count; ++i) {
            AuditEntry entry;
            entry.at = QDateTime(QDate(2024, 5, 1 + i % 28), QTime(9, 0));
            entry.officer = officer;
            entry.action = action;
            entry.dossierCode = code;
            entry.detail = QString::number(i);
            if (!chain.append(entry, &error))
                return false;
        }
        return chain.finish(&error) && transaction.commit(&error);
    }

private slots:
    void init()
    {
        db = std::make_unique<TestDatabase>();
        QVERIFY2(db->isValid(), qPrintable(db->error()));
        QString error;
        QVERIFY2(RegisterFixture::prepare(db->db(), &error), qPrintable(error));
        session = std::make_unique<DeskSession>(db->db());
        session->setOfficer(QStringLiteral("Lãnh đạo Hùng"));
        session->setUser(User::acting(QStringLiteral("Lãnh đạo Hùng"), Role::Supervisor));
    }

    void cleanup()
    {
        session.reset();
        db.reset();
    }

    void detailViewIsAudited()
    {
        const QString code = receive(QStringLiteral("087095000199"));
        {
            DossierDetailDialog dialog(*session, code);
        }
        AuditLog::Filter filter;
        filter.action = QStringLiteral("view");
        QList<AuditEntry> views;
        QString error;
        QVERIFY2(AuditLog::find(db->db(), filter, &views, &error), qPrintable(error));
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first().dossierCode, code);
        QCOMPARE(views.first().officer, QStringLiteral("Lãnh đạo Hùng"));
        qint64 broken = 0;
        QVERIFY2(AuditLog::verify(db->db(), &broken, &error), qPrintable(error));
    }

    void othersClosedDossierIsReadOnlyForAnOfficer()
    {
        const QString code = receive(QStringLiteral("087095000199"));
        DossierRepository repo(db->db(), rules);
        const User receiver = User::acting(QStringLiteral("Trần Thị Nhận"));
        QString error;
        QVERIFY2(repo.changeStatus(code, DossierStatus::Processing,
                                   QDateTime(QDate(2024, 3, 4), QTime(9, 0)), receiver, QString(),
                                   &error),
                 qPrintable(error));
        QVERIFY2(repo.markResultReady(code, QDateTime(QDate(2024, 3, 5), QTime(9, 0)), receiver,
                                      false, 0, &error),
                 qPrintable(error));
        auto handOver = [](const DossierDetailDialog& dialog) -> QPushButton* {
            for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
                if (button->text() == QStringLiteral("&Hand over result…"))
                    return button;
            }
            return nullptr;
        };
        session->setOfficer(QStringLiteral("Lê Văn Khác"));
        session->setUser(User::acting(QStringLiteral("Lê Văn Khác"), Role::CounterOfficer));
        {
            DossierDetailDialog dialog(*session, code);
            QPushButton* button = handOver(dialog);
            QVERIFY(button);
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QStringLiteral("Trần Thị Nhận")),
                     qPrintable(button->toolTip()));
        }
        session->setUser(User::acting(QStringLiteral("Lê Văn Khác"), Role::Supervisor));
        DossierDetailDialog dialog(*session, code);
        QVERIFY(handOver(dialog)->isEnabled());
    }

    void filtersAndPages()
    {
        QVERIFY(log(450, QStringLiteral("Trần Thị Nhận"), QStringLiteral("view"),
                    QStringLiteral("H56-240304-0001")));
        QVERIFY(log(3, QStringLiteral("Lê Văn Khác"), QStringLiteral("print"),
                    QStringLiteral("H56-240304-0002")));
        QVERIFY(log(2, QStringLiteral("Lê Văn Khác"), QStringLiteral("export"), QString()));
        AuditLogPage page(*session);
        QAbstractItemModelTester tester(page.model());
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        AuditLogModel* model = page.model();
        // Shown: the first page only, newest first; the next one when the table reaches its
        // end.
        QCOMPARE(model->rowCount(), AuditLogModel::pageSize);
        QVERIFY(model->hasMore());
        auto* table = page.findChild<QTableView*>(QStringLiteral("auditTable"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(model->rowCount() > AuditLogModel::pageSize);
        QSet<qint64> seen;
        while (model->hasMore())
            QVERIFY2(model->fetchNextPage(), qPrintable(model->lastError()));
        // 455 and the setting up of the office (RegisterFixture), which is audited too.
        QCOMPARE(model->rowCount(), 456);
        for (int row = 0; row < model->rowCount(); ++row)
            seen.insert(model->entry(row)->id);
        QCOMPARE(seen.size(), 456);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->entry(row - 1)->at >= model->entry(row)->at);

        // Officer, then action, typed and chosen at the keyboard.
        auto* officer = page.findChild<QComboBox*>(QStringLiteral("auditOfficer"));
        officer->setEditText(QStringLiteral("Lê Văn Khác"));
        QTest::keyClick(officer->lineEdit(), Qt::Key_Return);
        QCOMPARE(model->rowCount(), 5);
        auto* action = page.findChild<QComboBox*>(QStringLiteral("auditAction"));
        action->setCurrentIndex(action->findData(QStringLiteral("print")));
        page.search();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(0, AuditLogModel::Action)).toString(),
                 AuditLogModel::actionLabel(QStringLiteral("print")));
        // Dossier code and dates.
        officer->setEditText(QString());
        action->setCurrentIndex(0);
        auto* dossier = page.findChild<QLineEdit*>(QStringLiteral("auditDossier"));
        dossier->setText(QStringLiteral("H56-240304-0001"));
        QTest::keyClick(dossier, Qt::Key_Return);
        QCOMPARE(model->rowCount(), AuditLogModel::pageSize);
        auto* from = page.findChild<QDateEdit*>(QStringLiteral("auditFrom"));
        auto* to = page.findChild<QDateEdit*>(QStringLiteral("auditTo"));
        from->setDate(QDate(2024, 5, 2));
        to->setDate(QDate(2024, 5, 2));
        page.search();
        // 450 entries over 28 days: day 2 has 17 (i = 1, 29, …, 449).
        QCOMPARE(model->rowCount(), 17);
        QCOMPARE(page.filter().from, QDateTime(QDate(2024, 5, 2), QTime(0, 0)));

        // The chain verifies from the page.
        page.verifyChain();
        auto* chain = page.findChild<QLabel*>(QStringLiteral("auditChain"));
        QVERIFY2(chain->text().contains(QStringLiteral("intact")), qPrintable(chain->text()));
    }

    // Issue 15: the office's audit key is shown to an administrator until written down, never
    // to a supervisor; the shown log details are Vietnamese-ready (print: the form's name).
    void auditKeyIsShownOnceToTheAdministrator()
    {
        const QString code = receive(QStringLiteral("075095000123"));
        QString error;
        QVERIFY2(
            AuditLog::record(db->db(),
                             {0, QDateTime::currentDateTime(), QStringLiteral("Lãnh đạo Hùng"),
                              QStringLiteral("print"), code, QStringLiteral("receipt"), QString()},
                             &error),
            qPrintable(error));
        QString registerId;
        QVERIFY2(AuditSeal::registerId(db->db(), &registerId, &error), qPrintable(error));
        const QString key = AuditSeal::keyText(AuditSeal::key(registerId));
        {
            AuditLogPage page(*session);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(!page.findChild<QLabel*>(QStringLiteral("auditKeyBanner"))->isVisible());
            QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("auditKey"))->isVisible());
        }
        session->setUser(User::acting(QStringLiteral("Quản trị"), Role::Administrator));
        AuditLogPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* banner = page.findChild<QLabel*>(QStringLiteral("auditKeyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(key), qPrintable(banner->text()));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("auditKey"))->isVisible());
        page.findChild<QPushButton*>(QStringLiteral("auditKeyWritten"))->click();
        QVERIFY(!banner->isVisible());
        QVERIFY(AuditSeal::keyShown(registerId));
        const QModelIndex detail = page.model()->index(0, AuditLogModel::Detail);
        QCOMPARE(detail.data().toString(), AuditDetail::formName(QStringLiteral("receipt")));
    }

    void counterOfficerIsRefused()
    {
        QVERIFY(log(3, QStringLiteral("Trần Thị Nhận"), QStringLiteral("view"), QString()));
        session->setUser(User::acting(QStringLiteral("Trần Thị Nhận"), Role::CounterOfficer));
        AuditLogPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 0);
        auto* summary = page.findChild<QLabel*>(QStringLiteral("auditSummary"));
        QVERIFY2(summary->text().contains(Roles::label(Role::CounterOfficer)),
                 qPrintable(summary->text()));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("personRecords"))->isEnabled());
    }

    void personRecordsDialog()
    {
        const QString first = receive(QStringLiteral("087095000199"));
        receive(QStringLiteral("079199000321"));
        const QString second = receive(QStringLiteral("087095000199"));
        PersonRecordsDialog dialog(*session);
        dialog.findChild<QLineEdit*>(QStringLiteral("personId"))
            ->setText(QStringLiteral("087095000199"));
        QVERIFY(dialog.find());
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("personDossiers"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), first);
        QCOMPARE(table->item(1, 0)->text(), second);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("person.json"));
        QVERIFY(dialog.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("applicant_id"))
                     .toString(),
                 QStringLiteral("087095000199"));

        // A counter officer gets core's refusal.
        session->setUser(User::acting(QStringLiteral("Trần Thị Nhận"), Role::CounterOfficer));
        QVERIFY(!dialog.find());
        QCOMPARE(table->rowCount(), 0);
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"
