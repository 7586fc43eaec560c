#include "SampleOffice.h"
#include "TestDatabase.h"
#include "common/DeskSession.h"
#include "dossiers/Attachments.h"
#include "dossiers/DossierDetailDialog.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

// Stands in for the desktop's viewer: the URLs it was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls << url; }
};

// Scanned files dropped on a dossier's detail: the officer says which document they show, the
// files are stored and listed in the dossier's time line.
class TestAttachFiles : public QObject
{
    Q_OBJECT

private slots:
    void droppedFilesAreAttachedToTheChosenDocument()
    {
        TestDatabase db;
        MOTCUA_VERIFY_DB(db);
        QString error;
        QVERIFY2(useSampleOffice(db.db(), &error), qPrintable(error));
        DeskSession session(db.db());
        session.setOfficer(QStringLiteral("Trần Văn Bình"));
        Dossier d;
        d.procedureCode = QStringLiteral("1.001193");
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.receivedAt = QDateTime::currentDateTime();
        QVERIFY2(DossierRepository(db.db(), session.rules()).create(&d, session.officer(), &error),
                 qPrintable(error));
        const RequiredDocument form{QStringLiteral("Tờ khai đăng ký khai sinh"), 1, 0};
        QVERIFY2(
            DossierPaperRepository(db.db()).saveDocuments(d.code, {form}, session.actor(), &error),
            qPrintable(error));
        QTemporaryDir dir;
        const QString scan = dir.filePath(QStringLiteral("scan-0001.pdf"));
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n");
        file.close();

        DossierDetailDialog dialog(session, d.code);
        dialog.setPreviewAfterAction(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The officer picks the document the scan shows.
        QTimer::singleShot(0, &dialog, [&form] {
            auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(ask);
            QVERIFY(ask->comboBoxItems().contains(form.name));
            ask->setTextValue(form.name);
            ask->accept();
        });
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(scan)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &drop);

        QList<Attachment> stored;
        QVERIFY2(Attachments(db.db()).list(d.code, &stored, &error), qPrintable(error));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("scan-0001.pdf"));
        QCOMPARE(stored.first().document, form.name);
        QCOMPARE(stored.first().officer, QStringLiteral("Trần Văn Bình"));
        // Its only document has a file now: the dossier is digitized.
        QVERIFY(dialog.dossier().digitized);

        // Enter on its line in the time line opens it in the desktop's viewer: a copy with
        // the same name and content.
        UrlCatcher viewer;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
        auto* timeline = dialog.findChild<QTableWidget*>(QStringLiteral("timeline"));
        int row = -1;
        for (int r = 0; r < timeline->rowCount(); ++r) {
            if (!timeline->item(r, 0)->data(Qt::UserRole).toString().isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        timeline->setFocus();
        timeline->setCurrentCell(row, 1);
        QTest::keyClick(timeline, Qt::Key_Return);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(viewer.urls.size(), 1);
        const QString opened = viewer.urls.first().toLocalFile();
        QCOMPARE(QFileInfo(opened).fileName(), QStringLiteral("scan-0001.pdf"));
        QFile copy(opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256).toHex()),
                 stored.first().sha256);
    }
};

QTEST_MAIN(TestAttachFiles)
#include "tst_attachfiles.moc"
