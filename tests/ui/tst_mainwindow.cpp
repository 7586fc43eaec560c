#include "TestDatabase.h"
#include "accounts/User.h"
#include "common/DeskSession.h"
#include "settings/FirstRunDialog.h"
#include "settings/OfficeSettingsStore.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    // Issue #15: closing the main window while a print preview was open left the process
    // running without a window (a second desk could then start beside it).
    void closingTheWindowEndsTheDeskEvenFromAPreview()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool previewReturned = false;
        QTimer::singleShot(0, &window, [&previewReturned] {
            // A window of its own (no parent, as a dialog opened from a detail window that has
            // gone, or by a plug-in): closing the main window must still end the desk.
            QPrinter printer;
            QPrintPreviewDialog preview(&printer);
            preview.exec(); // its own event loop, as PrintService::preview runs it
            previewReturned = true;
        });
        QTimer::singleShot(500, &window, [&window] { window.close(); });
        // Without the fix the application's loop would still be running here.
        QTimer::singleShot(15000, qApp, [] { QCoreApplication::exit(99); });
        QCOMPARE(QApplication::exec(), 0);
        QVERIFY(previewReturned);
        for (QWidget* top : QApplication::topLevelWidgets())
            QVERIFY2(!top->isVisible(), top->metaObject()->className());
    }

    void hasEveryWorkArea()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        MainWindow window(t.db());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 7);
        window.showArea(MainWindow::Area::Settings);
        QCOMPARE(navigation->currentRow(), int(MainWindow::Area::Settings));
        // The audit log is there for a supervisor only.
        QListWidgetItem* audit = navigation->item(int(MainWindow::Area::AuditLog));
        QVERIFY(audit->isHidden());
        window.session().setUser(User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor));
        QVERIFY(!audit->isHidden());
        window.session().setUser(User::acting(QStringLiteral("Cán bộ"), Role::CounterOfficer));
        QVERIFY(audit->isHidden());
    }

    void firstRunStoresValidIdentityOnly()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        FirstRunDialog dialog(t.db());
        auto field = [&dialog](const char* name) {
            return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
        };
        field("agencyName")->setText(QStringLiteral("UBND XÃ TÂN BÌNH"));
        field("parentAgency")->setText(QStringLiteral("UBND HUYỆN VĨNH CỬU"));
        field("agencyCode")->setText(QStringLiteral("000.06.H56"));
        field("placeName")->setText(QStringLiteral("Tân Bình"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // bad code: still open, nothing saved
        OfficeSettings loaded;
        QString error;
        QVERIFY(OfficeSettingsStore(t.db()).load(&loaded, &error));
        QVERIFY(!loaded.isConfigured());

        field("agencyCode")->setText(QStringLiteral("000.00.06.H56"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(OfficeSettingsStore(t.db()).load(&loaded, &error));
        QVERIFY(loaded.isConfigured());
        QCOMPARE(loaded.placeName, QStringLiteral("Tân Bình"));
    }

    void screenshotOptionWritesTheWindow()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const QString png = t.folder() + QStringLiteral("/shot.png");
        QProcess p;
        p.start(QStringLiteral(MOTCUA_GUI_PATH),
                {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--db"),
                 t.path(), QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1366, 768));
    }

    void damagedDatabaseIsReportedNotCrashed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray(20000, 'z');
        QByteArray truncated("SQLite format 3", 16);
        truncated += QByteArray(84, '\0');
        truncated[16] = 0x10; // page size 4096
        truncated[31] = 100;  // header says 100 pages; the file has 1
        QTest::newRow("truncated") << truncated;
    }

    void damagedDatabaseIsReportedNotCrashed()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QProcess p;
        p.start(QStringLiteral(MOTCUA_GUI_PATH),
                {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--db"),
                 path, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("s.png"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains(path.toUtf8()));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), content); // left as it was
    }

    void withoutDisplayExplainsInsteadOfCrashing()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOTCUA_GUI_PATH), {});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("-platform offscreen"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
