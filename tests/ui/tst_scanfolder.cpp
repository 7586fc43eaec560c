#include "KeyTyping.h"
#include "SampleOffice.h"
#include "TestDatabase.h"
#include "common/DeskSession.h"
#include "common/ScanFolderWatcher.h"
#include "dossiers/Attachments.h"
#include "dossiers/DossierDetailDialog.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/ScanOfferBar.h"
#include "reception/ReceptionPage.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// What a counter scanner does: writes a file into its folder.
QByteArray scan(const QTemporaryDir& folder, const char* name, const QByteArray& extra = {})
{
    const QByteArray bytes = "%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n" + extra + "%%EOF\n";
    QFile file(folder.filePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

// The desk's scanner folder is watched: a file the scanner saves while a dossier is on screen
// is offered for it, and attached only when the officer says so.
class TestScanFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // This desk's settings in a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("motcua-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_scanfolder"));
    }

    void init()
    {
        db = std::make_unique<TestDatabase>();
        MOTCUA_VERIFY_DB(*db);
        QString error;
        QVERIFY2(useSampleOffice(db->db(), &error), qPrintable(error));
        session = std::make_unique<DeskSession>(db->db());
        session->setOfficer(QStringLiteral("Trần Văn Bình"));
        folder = std::make_unique<QTemporaryDir>();
        ScanFolderWatcher::setConfiguredFolder(folder->path());
    }

    void cleanup()
    {
        ScanFolderWatcher::setConfiguredFolder(QString());
        session.reset();
        db.reset();
        folder.reset();
    }

    void receptionOffersANewScanAndAttachesItOnSave()
    {
        scan(*folder, "old-scan.pdf"); // there before: not offered
        ReceptionPage page(*session);
        page.setPreviewAfterSave(false);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* offer = page.findChild<ScanOfferBar*>();
        offer->watcher()->setSettleTime(50);
        QVERIFY(!offer->isVisible());

        typeText(QStringLiteral("dang ky khai sinh"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        typeText(QStringLiteral("Nguyễn Thị Hòa"));
        const QByteArray sha = scan(*folder, "scan-0001.pdf");
        QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 5000);
        const QString text = offer->findChild<QLabel*>(QStringLiteral("scanOfferText"))->text();
        QVERIFY2(text.contains(QStringLiteral("scan-0001.pdf")), qPrintable(text));
        QCOMPARE(offer->offered().size(), 1); // not the file that was there before
        // What was being typed is untouched: the focus stays in the name.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("applicantName"));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantName"))->text(),
                 QStringLiteral("Nguyễn Thị Hòa"));

        QTest::mouseClick(offer->findChild<QPushButton*>(QStringLiteral("attachScan")),
                          Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QCOMPARE(page.pendingScans().size(), 1);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("pendingScans"))
                    ->text()
                    .contains(QStringLiteral("scan-0001.pdf")));
        QVERIFY(page.hasUnsavedInput());

        QSignalSpy received(&page, &ReceptionPage::dossierReceived);
        QVERIFY(page.receive());
        const QString code = received.first().first().toString();
        QList<Attachment> attached;
        QString error;
        QVERIFY2(Attachments(db->db()).list(code, &attached, &error), qPrintable(error));
        QCOMPARE(attached.size(), 1);
        QCOMPARE(attached.first().name, QStringLiteral("scan-0001.pdf"));
        QCOMPARE(attached.first().sha256, QString::fromLatin1(sha));
        QVERIFY(page.pendingScans().isEmpty()); // the next citizen starts with none

        // Ignored: offered, and never attached.
        scan(*folder, "scan-0002.pdf");
        QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 5000);
        QTest::mouseClick(offer->findChild<QPushButton*>(QStringLiteral("ignoreScan")),
                          Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QVERIFY(page.pendingScans().isEmpty());
    }

    void openDossierOffersANewScanAndAsksForItsDocument()
    {
        Dossier d;
        d.procedureCode = QStringLiteral("1.001193");
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.applicantBirthDate = QDate(1990, 3, 5);
        d.applicantSex = QStringLiteral("Nữ");
        d.receivedAt = QDateTime::currentDateTime();
        QString error;
        QVERIFY2(
            DossierRepository(db->db(), session->rules()).create(&d, session->officer(), &error),
            qPrintable(error));
        DossierDetailDialog dialog(*session, d.code);
        dialog.setPreviewAfterAction(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* offer = dialog.findChild<ScanOfferBar*>();
        offer->watcher()->setSettleTime(50);
        // The detail shows the date of birth and sex the card gave.
        bool shown = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            shown = shown || label->text() == QStringLiteral("05/03/1990, female");
        QVERIFY(shown);

        const QByteArray sha = scan(*folder, "to-khai.pdf");
        QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 5000);
        // Offered, not attached.
        QList<Attachment> attached;
        QVERIFY2(Attachments(db->db()).list(d.code, &attached, &error), qPrintable(error));
        QVERIFY(attached.isEmpty());

        bool asked = false;
        QTimer::singleShot(0, &dialog, [&asked] {
            auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!ask)
                return;
            asked = true;
            ask->accept();
        });
        QTest::mouseClick(offer->findChild<QPushButton*>(QStringLiteral("attachScan")),
                          Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY2(Attachments(db->db()).list(d.code, &attached, &error), qPrintable(error));
        QCOMPARE(attached.size(), 1);
        QCOMPARE(attached.first().sha256, QString::fromLatin1(sha));
    }

    // A scanner still writing: the file is offered once it stops growing, once.
    void aFileIsOfferedOnceWhenComplete()
    {
        ScanFolderWatcher watcher;
        watcher.setSettleTime(300);
        watcher.setFolder(folder->path());
        QSignalSpy arrived(&watcher, &ScanFolderWatcher::fileArrived);
        QFile file(folder->filePath(QStringLiteral("growing.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
        file.flush();
        QTest::qWait(100);
        QCOMPARE(arrived.count(), 0);
        file.write(QByteArray(4096, 'x'));
        file.close();
        scan(*folder, "page.tmp"); // a scanner's temporary name: never offered
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, 5000);
        QCOMPARE(arrived.first().first().toString(),
                 folder->filePath(QStringLiteral("growing.pdf")));
        QTest::qWait(500);
        QCOMPARE(arrived.count(), 1);
    }

    // The picture of docs/screenshots, in Vietnamese: MOTCUA_SCREENSHOTS=folder.
    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("MOTCUA_SCREENSHOTS"))
            QSKIP("MOTCUA_SCREENSHOTS not set");
        QVERIFY(Translations::install(QStringLiteral("vi")));
        {
            ReceptionPage page(*session);
            page.setPreviewAfterSave(false);
            page.resize(1366, 768);
            page.show();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            auto* offer = page.findChild<ScanOfferBar*>();
            offer->watcher()->setSettleTime(50);
            typeText(QStringLiteral("dang ky khai sinh"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            typeText(QStringLiteral("Nguyễn Thị Hòa"));
            scan(*folder, "scan-0001.pdf", QByteArray(180000, 'x'));
            QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 5000);
            QApplication::processEvents();
            page.grab().save(qEnvironmentVariable("MOTCUA_SCREENSHOTS") +
                             QStringLiteral("/reception-scan-offer.png"));
        }
        Translations::install(QStringLiteral("en"));
    }

private:
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<QTemporaryDir> folder;
};

QTEST_MAIN(TestScanFolder)
#include "tst_scanfolder.moc"
