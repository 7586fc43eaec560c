#include "TestDatabase.h"
#include "accounts/User.h"
#include "common/DeskSession.h"
#include "settings/ConnectionSettings.h"
#include "settings/DatabaseSettingsPanel.h"
#include "settings/SettingsPage.h"
#include "shell/DatabaseStart.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

// The Database settings tab: building a server address from its fields, testing a connection
// (a real server in the _pg variant), saving the choice per computer, and the start-up of the
// GUI against a server that cannot be reached.
class TestDatabaseSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("motcua-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_databasesettings"));
    }

    void tabIsForAdministrators()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        DeskSession session(t.db());
        SettingsPage page(session);
        const int tab = databaseTab(page);
        QVERIFY(tab >= 0);
        session.setUser(User::acting(QStringLiteral("Cán bộ"), Role::CounterOfficer));
        QVERIFY(!page.tabs()->isTabVisible(tab));
        session.setUser(User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor));
        QVERIFY(!page.tabs()->isTabVisible(tab));
        session.setUser(User::acting(QStringLiteral("Quản trị"), Role::Administrator));
        QVERIFY(page.tabs()->isTabVisible(tab));
        page.showDatabaseTab();
        QCOMPARE(page.tabs()->currentIndex(), tab);

        // It shows the database open now, with its kind.
        auto* current = page.findChild<QLabel*>(QStringLiteral("currentDatabase"));
        QVERIFY(current);
        QVERIFY2(current->text().contains(t.db().location()), qPrintable(current->text()));
        QVERIFY(current->text().startsWith(t.isServer() ? QLatin1String("PostgreSQL server")
                                                        : QLatin1String("SQLite file")));
    }

    void fieldsMakeTheAddress()
    {
        DatabaseSettingsPanel panel{QString()};
        child<QRadioButton>(panel, "kindServer")->setChecked(true);
        child<QLineEdit>(panel, "host")->setText(QStringLiteral("db.tanbinh.local"));
        child<QSpinBox>(panel, "port")->setValue(5433);
        child<QLineEdit>(panel, "databaseName")->setText(QStringLiteral("một cửa"));
        child<QLineEdit>(panel, "userName")->setText(QStringLiteral("cán bộ"));
        QVERIFY(!child<QLineEdit>(panel, "filePath")->isEnabled());
        const QString expected = QStringLiteral(
            "postgresql://c%C3%A1n%20b%E1%BB%99@db.tanbinh.local:5433/m%E1%BB%99t%20c%E1%BB%ADa");
        QString location;
        QString error;
        QVERIFY2(panel.location(&location, &error), qPrintable(error));
        QCOMPARE(location, expected);
        QCOMPARE(child<QLabel>(panel, "address")->text(), expected);

        // A missing field is named where the address would be.
        child<QLineEdit>(panel, "host")->clear();
        QVERIFY(!panel.location(&location, &error));
        QVERIFY2(child<QLabel>(panel, "address")->text().startsWith(QLatin1String("Server")),
                 qPrintable(child<QLabel>(panel, "address")->text()));

        // And back from an address to the fields.
        panel.setLocation(expected);
        QCOMPARE(child<QLineEdit>(panel, "host")->text(), QStringLiteral("db.tanbinh.local"));
        QCOMPARE(child<QLineEdit>(panel, "userName")->text(), QStringLiteral("cán bộ"));
        QCOMPARE(child<QSpinBox>(panel, "port")->value(), 5433);
    }

    void refusedConnectionIsReportedQuickly()
    {
        DatabaseSettingsPanel panel{QString()};
        int prompts = 0;
        panel.setPasswordPrompt([&prompts](const QString&, bool, QString*) {
            ++prompts;
            return false;
        });
        panel.setLocation(QStringLiteral("postgresql://motcua@127.0.0.1:1/motcua"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!panel.testConnection());
        // Never a hang: a refused port answers at once, a silent server after 5 s.
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(prompts, 0);
        const QString status = panel.statusText();
        QVERIFY2(status.contains(QLatin1String("Cannot connect")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("127.0.0.1:1")), qPrintable(status));
    }

    void testConnectionOpensTheDatabase()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        DatabaseSettingsPanel panel(t.db().location());
        panel.setLocation(t.path());
        QCOMPARE(child<QRadioButton>(panel, "kindServer")->isChecked(), t.isServer());
        QVERIFY2(panel.testConnection(), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(QLatin1String("schema version")),
                 qPrintable(panel.statusText()));

        // A test never creates a file.
        const QString missing = t.folder() + QStringLiteral("/new.sqlite");
        panel.setLocation(missing);
        QVERIFY2(panel.testConnection(), qPrintable(panel.statusText()));
        QVERIFY(!QFile::exists(missing));
    }

    void serverAsksForThePassword()
    {
        if (!TestDatabase::onServer())
            QSKIP("needs the PostgreSQL test server (the _pg variant)");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        // Without PGPASSWORD the server wants the password; the prompt gives a wrong one first.
        const QByteArray password = qgetenv("PGPASSWORD");
        QVERIFY2(!password.isEmpty(), "the test server's PGPASSWORD is not set");
        qunsetenv("PGPASSWORD");
        QStringList given;
        QList<bool> refused;
        DatabaseSettingsPanel panel{QString()};
        panel.setPasswordPrompt([&](const QString& location, bool wasRefused, QString* typed) {
            given << location;
            refused << wasRefused;
            *typed = refused.size() == 1 ? QStringLiteral("wrong") : QString::fromUtf8(password);
            return true;
        });
        panel.setLocation(t.path());
        const bool connected = panel.testConnection();
        qputenv("PGPASSWORD", password);
        QVERIFY2(connected, qPrintable(panel.statusText()));
        QCOMPARE(refused, (QList<bool>{false, true}));
        QVERIFY(!given.first().contains(QString::fromUtf8(password)));

        // Cancelled: the result says so, nothing hangs.
        qunsetenv("PGPASSWORD");
        panel.setPasswordPrompt([](const QString&, bool, QString*) { return false; });
        const bool cancelled = !panel.testConnection();
        qputenv("PGPASSWORD", password);
        QVERIFY(cancelled);
        QVERIFY2(panel.statusText().contains(QLatin1String("cancelled")),
                 qPrintable(panel.statusText()));
    }

    void saveKeepsTheChoiceWithoutPassword()
    {
        DatabaseSettingsPanel panel{QString()};
        QString saved;
        connect(&panel, &DatabaseSettingsPanel::saved, this,
                [&saved](const QString& location) { saved = location; });
        panel.setLocation(QStringLiteral("postgresql://motcua:secret@db.local:5432/motcua"));
        QVERIFY2(panel.save(), qPrintable(panel.statusText()));
        QCOMPARE(saved, QStringLiteral("postgresql://motcua@db.local:5432/motcua"));
        QCOMPARE(QSettings().value(ConnectionSettings::settingsKey()).toString(), saved);
        QVERIFY2(panel.statusText().contains(QLatin1String("next start")),
                 qPrintable(panel.statusText()));
        // A new panel starts from the saved choice.
        DatabaseSettingsPanel again{QString()};
        QVERIFY(child<QRadioButton>(again, "kindServer")->isChecked());
        QCOMPARE(child<QLineEdit>(again, "host")->text(), QStringLiteral("db.local"));
        QSettings().remove(ConnectionSettings::settingsKey());
    }

    void statusBarNamesTheDatabase()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        MainWindow window(t.db());
        auto* label = window.findChild<QLabel*>(QStringLiteral("databaseInUse"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(t.db().location()), qPrintable(label->text()));
        QVERIFY2(!label->text().contains(QString::fromUtf8(qgetenv("PGPASSWORD"))) ||
                     qgetenv("PGPASSWORD").isEmpty(),
                 qPrintable(label->text()));
    }

    void unreachableServerOffersRetryAndQuit()
    {
        QStringList messages;
        watchModal("serverUnreachable", [&messages](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            messages << box->text() + u'\n' + box->informativeText();
            clickButton(box, messages.size() == 1 ? "&Retry" : "&Quit");
        });
        Database db;
        QString location = QStringLiteral("postgresql://motcua@127.0.0.1:1/motcua");
        QVERIFY(!DatabaseStart::open(db, &location, true));
        stopWatching();
        QCOMPARE(messages.size(), 2); // once, then once more after Retry
        QVERIFY2(messages.first().contains(QLatin1String("127.0.0.1:1/motcua")),
                 qPrintable(messages.first()));
        QVERIFY(!db.isOpen());
    }

    void settingsFromTheMessageChangeTheDatabase()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const QString file = t.folder() + QStringLiteral("/chosen.sqlite");
        watchModal("serverUnreachable", [](QWidget* modal) { clickButton(modal, "&Settings…"); });
        watchModal("connectionDialog", [&file](QWidget* modal) {
            auto* panel = modal->findChild<DatabaseSettingsPanel*>();
            QVERIFY(panel);
            // It opens on the address that failed.
            QCOMPARE(child<QLineEdit>(*panel, "host")->text(), QStringLiteral("127.0.0.1"));
            panel->setLocation(file);
            QVERIFY2(panel->save(), qPrintable(panel->statusText()));
        });
        Database db;
        QString location = QStringLiteral("postgresql://motcua@127.0.0.1:1/motcua");
        const bool opened = DatabaseStart::open(db, &location, true);
        stopWatching();
        QVERIFY(opened);
        QCOMPARE(location, file);
        QVERIFY(db.isOpen());
        QVERIFY(!db.isServer());
        QCOMPARE(ConnectionSettings::load(), file);
        QSettings().remove(ConnectionSettings::settingsKey());
    }

    void passwordIsAskedAtStart()
    {
        if (!TestDatabase::onServer())
            QSKIP("needs the PostgreSQL test server (the _pg variant)");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const QByteArray password = qgetenv("PGPASSWORD");
        QList<bool> refusedShown;
        watchModal("serverPasswordDialog", [&](QWidget* modal) {
            refusedShown << child<QLabel>(*modal, "problem")->isVisibleTo(modal);
            child<QLineEdit>(*modal, "password")
                ->setText(refusedShown.size() == 1 ? QStringLiteral("wrong")
                                                   : QString::fromUtf8(password));
            qobject_cast<QDialog*>(modal)->accept();
        });
        qunsetenv("PGPASSWORD");
        Database db;
        QString location = t.path();
        const bool opened = DatabaseStart::open(db, &location, true);
        qputenv("PGPASSWORD", password);
        stopWatching();
        QVERIFY(opened);
        QVERIFY(db.isServer());
        QCOMPARE(refusedShown, (QList<bool>{false, true}));
        QVERIFY(!ConnectionSettings::isSaved()); // nothing written, least of all the password
    }

    void guiStartsOnTheServerOrSaysWhyNot()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        // An unreachable server: a message naming the address, no hang, no crash.
        QElapsedTimer clock;
        clock.start();
        QProcess refused;
        refused.setProcessEnvironment(guiEnvironment());
        refused.start(QStringLiteral(MOTCUA_GUI_PATH),
                      {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                       QStringLiteral("--db"),
                       QStringLiteral("postgresql://motcua@127.0.0.1:1/motcua"),
                       QStringLiteral("--screenshot"), t.folder() + QStringLiteral("/no.png")});
        QVERIFY(refused.waitForFinished(30000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        const QString message = QString::fromUtf8(refused.readAllStandardError());
        QVERIFY2(message.contains(QLatin1String("127.0.0.1:1")), qPrintable(message));

        // The test's own database (a server in the _pg variant): the Database tab renders.
        const QString png = t.folder() + QStringLiteral("/database.png");
        QProcess shot;
        shot.setProcessEnvironment(guiEnvironment());
        shot.start(QStringLiteral(MOTCUA_GUI_PATH),
                   {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                    QStringLiteral("--db"), t.path(), QStringLiteral("--screenshot"), png,
                    QStringLiteral("--area"), QStringLiteral("settings-database")});
        QVERIFY(shot.waitForFinished(60000));
        QVERIFY2(shot.exitCode() == 0, shot.readAllStandardError().constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1366, 768));
    }

private:
    // Acts on each modal window of that name when it shows: DatabaseStart runs its own
    // message boxes and dialogs.
    void watchModal(const char* name, std::function<void(QWidget*)> action)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        auto* last = new QPointer<QWidget>;
        connect(timer, &QTimer::timeout, this, [name, action, last] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == last->data() || modal->objectName() != QLatin1String(name) ||
                !modal->isVisible())
                return;
            *last = modal;
            action(modal);
        });
        connect(timer, &QObject::destroyed, this, [last] { delete last; });
        timer->start();
        m_watchers << timer;
    }

    void stopWatching()
    {
        qDeleteAll(m_watchers);
        m_watchers.clear();
    }

    static void clickButton(QWidget* box, const char* text)
    {
        for (auto* button : box->findChildren<QAbstractButton*>()) {
            if (button->text() == QString::fromUtf8(text)) {
                button->click();
                return;
            }
        }
        qFatal("no button %s", text);
    }

    template<typename T>
    static T* child(QWidget& parent, const char* name)
    {
        auto* found = parent.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    static int databaseTab(SettingsPage& page)
    {
        for (int i = 0; i < page.tabs()->count(); ++i) {
            if (page.tabs()->widget(i)->findChild<DatabaseSettingsPanel*>())
                return i;
        }
        return -1;
    }

    // The GUI child process reads its settings from this test's folder, not the user's.
    QProcessEnvironment guiEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_config.path());
        return env;
    }

    QTemporaryDir m_config;
    QList<QTimer*> m_watchers;
};

QTEST_MAIN(TestDatabaseSettings)
#include "tst_databasesettings.moc"
