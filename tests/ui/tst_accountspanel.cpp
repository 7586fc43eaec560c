#include "TestDatabase.h"
#include "accounts/AccountsModel.h"
#include "accounts/AccountsPanel.h"
#include "accounts/LoginDialog.h"
#include "accounts/UserRepository.h"
#include "common/DeskSession.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// Settings › Accounts, driven as an administrator would; the sign-in that follows a reset; the
// toolbar that shows who is signed in.
class TestAccountsPanel : public QObject
{
    Q_OBJECT

private:
    static User administrator(const Database& db)
    {
        User admin;
        admin.login = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Trần Văn Quản");
        QString error;
        if (!UserRepository(db).createFirstAdministrator(&admin, QStringLiteral("secret-123"),
                                                         &error))
            qWarning("%s", qPrintable(error));
        return admin;
    }

    template<typename T>
    static T* child(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    static int rowOf(const QAbstractItemModel* model, const QString& login)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AccountsModel::Login).data().toString() == login)
                return row;
        }
        return -1;
    }

private slots:
    void administratorManagesAccounts()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const User admin = administrator(t.db());
        DeskSession session(t.db());
        session.setUser(admin);
        AccountsPanel panel(session);
        panel.show();
        auto* table = child<QTableView>(&panel, "accounts");
        QAbstractItemModelTester tester(table->model());
        auto* status = child<QLabel>(&panel, "accountsStatus");
        QCOMPARE(table->model()->rowCount(), 1);

        // Add, from the keyboard.
        QTest::keyClicks(child<QLineEdit>(&panel, "newLogin"), QStringLiteral("lan.nt"));
        child<QLineEdit>(&panel, "newName")->setText(QStringLiteral("Nguyễn Thị Lan"));
        auto* newRole = child<QComboBox>(&panel, "newRole");
        newRole->setCurrentIndex(newRole->findData(int(Role::CounterOfficer)));
        auto* newPassword = child<QLineEdit>(&panel, "newPassword");
        QTest::keyClicks(newPassword, QStringLiteral("aaaaaaaa"));
        QTest::keyClick(newPassword, Qt::Key_Return);
        QVERIFY2(status->text().contains(QStringLiteral("one character repeated")),
                 qPrintable(status->text()));
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClicks(newPassword, QStringLiteral("Mot-cua-2026"));
        QTest::keyClick(newPassword, Qt::Key_Return);
        QCOMPARE(table->model()->rowCount(), 2);
        const int lan = rowOf(table->model(), QStringLiteral("lan.nt"));
        QVERIFY(lan >= 0);
        QCOMPARE(table->currentIndex().row(), lan); // the new account is selected
        QCOMPARE(table->model()->index(lan, AccountsModel::State).data().toString(),
                 QStringLiteral("Active, must change password"));

        // Rename, change the role.
        auto* name = child<QLineEdit>(&panel, "name");
        QCOMPARE(name->text(), QStringLiteral("Nguyễn Thị Lan"));
        name->setText(QStringLiteral("Nguyễn Thị Lan Anh"));
        QTest::mouseClick(child<QPushButton>(&panel, "rename"), Qt::LeftButton);
        QCOMPARE(table->model()->index(lan, AccountsModel::Name).data().toString(),
                 QStringLiteral("Nguyễn Thị Lan Anh"));
        auto* role = child<QComboBox>(&panel, "role");
        role->setCurrentIndex(role->findData(int(Role::Supervisor)));
        QTest::mouseClick(child<QPushButton>(&panel, "changeRole"), Qt::LeftButton);
        QCOMPARE(table->model()->index(lan, AccountsModel::RoleColumn).data().toString(),
                 Roles::label(Role::Supervisor));

        // Reset the password: the officer must change it at the next sign-in.
        QTest::keyClicks(child<QLineEdit>(&panel, "password"), QStringLiteral("Dat-lai-2026"));
        QTest::mouseClick(child<QPushButton>(&panel, "resetPassword"), Qt::LeftButton);
        User signedIn;
        QString error;
        QVERIFY2(UserRepository(t.db()).authenticate(
                     QStringLiteral("lan.nt"), QStringLiteral("Dat-lai-2026"), &signedIn, &error),
                 qPrintable(error));
        QVERIFY(signedIn.mustChangePassword);

        // Disable (never delete): the row stays, disabled.
        auto* toggle = child<QPushButton>(&panel, "toggleActive");
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(lan, AccountsModel::State).data().toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(toggle->text(), QStringLiteral("&Enable account"));

        // The administrator is now the last active one: not demoted, not disabled.
        table->setCurrentIndex(
            table->model()->index(rowOf(table->model(), QStringLiteral("admin")), 0));
        role->setCurrentIndex(role->findData(int(Role::CounterOfficer)));
        QTest::mouseClick(child<QPushButton>(&panel, "changeRole"), Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("last active administrator")),
                 qPrintable(status->text()));
        QCOMPARE(role->currentData().toInt(), int(Role::Administrator));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("own account")),
                 qPrintable(status->text()));
    }

    void onlyAdministratorsSeeTheTab()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        DeskSession session(t.db());
        session.setUser(User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor));
        SettingsPage settings(session);
        QTabWidget* tabs = settings.tabs();
        int accounts = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == QLatin1String("accountsPanel"))
                accounts = i;
        }
        QVERIFY(accounts >= 0);
        QVERIFY(!tabs->isTabVisible(accounts));
        session.setUser(administrator(t.db()));
        QVERIFY(tabs->isTabVisible(accounts));
    }

    void aResetPasswordIsChangedAtSignIn()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const User admin = administrator(t.db());
        UserRepository users(t.db());
        User officer;
        officer.login = QStringLiteral("canbo");
        officer.displayName = QStringLiteral("Lê Thị Cán Bộ");
        QString error;
        QVERIFY2(users.create(admin, &officer, QStringLiteral("Tam-thoi-2026"), &error),
                 qPrintable(error));

        LoginDialog login(t.db());
        login.show();
        QTest::keyClicks(child<QLineEdit>(&login, "login"), QStringLiteral("canbo"));
        auto* password = child<QLineEdit>(&login, "password");
        QTest::keyClicks(password, QStringLiteral("Tam-thoi-2026"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(login.isVisible()); // not signed in yet: a new password first
        auto* fresh = child<QLineEdit>(&login, "newPassword");
        auto* repeat = child<QLineEdit>(&login, "repeatPassword");
        QVERIFY(fresh->isVisible());
        QTest::keyClicks(fresh, QStringLiteral("12345678"));
        QTest::keyClicks(repeat, QStringLiteral("12345678"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(login.isVisible()); // a sequence is refused
        QTest::keyClicks(fresh, QStringLiteral("Cua-so-mot-9"));
        QTest::keyClicks(repeat, QStringLiteral("Cua-so-mot-9"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(login.user().login, QStringLiteral("canbo"));
        User again;
        QVERIFY2(users.authenticate(QStringLiteral("canbo"), QStringLiteral("Cua-so-mot-9"), &again,
                                    &error),
                 qPrintable(error));
        QVERIFY(!again.mustChangePassword);
    }

    void toolbarAndReceptionNameTheSignedInOfficer()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const User admin = administrator(t.db());
        MainWindow window(t.db());
        // As GuiMain does after the sign-in, once the pages exist.
        window.session().setUser(admin);
        window.session().setOfficer(admin.displayName);
        auto* signedIn = window.findChild<QLabel*>(QStringLiteral("signedIn"));
        QVERIFY(signedIn);
        QVERIFY2(signedIn->text().contains(QStringLiteral("Trần Văn Quản")),
                 qPrintable(signedIn->text()));
        auto* reception = window.findChild<QLabel*>(QStringLiteral("receptionTitle"));
        QVERIFY(reception);
        QVERIFY2(reception->text().contains(QStringLiteral("Trần Văn Quản")),
                 qPrintable(reception->text()));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("lock")));
        QSignalSpy signOut(&window, &MainWindow::signOutRequested);
        window.findChild<QAction*>(QStringLiteral("signOut"))->trigger();
        QCOMPARE(signOut.count(), 1);
    }
};

QTEST_MAIN(TestAccountsPanel)
#include "tst_accountspanel.moc"
