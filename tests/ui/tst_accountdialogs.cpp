#include "TestDatabase.h"
#include "accounts/FirstAdministratorDialog.h"
#include "accounts/LoginDialog.h"
#include "accounts/UserRepository.h"

#include <QLineEdit>
#include <QTest>

class TestAccountDialogs : public QObject
{
    Q_OBJECT

private slots:
    void firstAdministratorThenSignInByKeyboard()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        FirstAdministratorDialog first(t.db());
        first.show();
        auto* name = first.findChild<QLineEdit*>(QStringLiteral("name"));
        auto* password = first.findChild<QLineEdit*>(QStringLiteral("password"));
        auto* repeat = first.findChild<QLineEdit*>(QStringLiteral("repeat"));
        name->setText(
            QStringLiteral("Trần Văn Bình")); // Vietnamese arrives through the input method
        QTest::keyClicks(password, QStringLiteral("mat-khau-1"));
        QTest::keyClicks(repeat, QStringLiteral("mat-khau-2"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(first.isVisible()); // the passwords differ: nothing created
        bool empty = false;
        QString error;
        QVERIFY(UserRepository(t.db()).isEmpty(&empty, &error) && empty);
        QTest::keyClicks(repeat, QStringLiteral("mat-khau-1"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QCOMPARE(first.result(), int(QDialog::Accepted));
        QVERIFY(first.user().role == Role::Administrator);

        LoginDialog login(t.db());
        login.show();
        auto* loginField = login.findChild<QLineEdit*>(QStringLiteral("login"));
        auto* passwordField = login.findChild<QLineEdit*>(QStringLiteral("password"));
        QTest::keyClicks(loginField, QStringLiteral("admin"));
        QTest::keyClicks(passwordField, QStringLiteral("wrong-password"));
        QTest::keyClick(passwordField, Qt::Key_Return);
        QVERIFY(login.isVisible());
        QVERIFY(passwordField->text().isEmpty());
        QTest::keyClicks(passwordField, QStringLiteral("mat-khau-1"));
        QTest::keyClick(passwordField, Qt::Key_Return);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(login.user().displayName, QStringLiteral("Trần Văn Bình"));
    }

    void unlockKeepsTheSameOfficer()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        User admin;
        admin.login = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Quản trị");
        QString error;
        QVERIFY(UserRepository(t.db()).createFirstAdministrator(
            &admin, QStringLiteral("secret-123"), &error));
        LoginDialog unlock(t.db());
        unlock.lockTo(admin);
        auto* loginField = unlock.findChild<QLineEdit*>(QStringLiteral("login"));
        QVERIFY(loginField->isReadOnly());
        QCOMPARE(loginField->text(), QStringLiteral("admin"));
    }
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
