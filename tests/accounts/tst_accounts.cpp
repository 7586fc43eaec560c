#include "TestDatabase.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Permissions.h"
#include "accounts/UserRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    static User make(const QString& login, Role role)
    {
        User u;
        u.login = login;
        u.displayName = login.toUpper();
        u.role = role;
        return u;
    }

private slots:
    void passwordsAreArgon2idAndVerify()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("mật khẩu 2026"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.contains(QStringLiteral("mật khẩu")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("mật khẩu 2026"), hash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("mật khẩu 2027"), hash));
        // Salted: the same password hashes differently each time.
        QVERIFY(PasswordHasher::hash(QStringLiteral("mật khẩu 2026")) != hash);
    }

    void firstStartCreatesTheAdministratorOnce()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        UserRepository users(t.db());
        bool empty = false;
        QString error;
        QVERIFY2(users.isEmpty(&empty, &error), qPrintable(error));
        QVERIFY(empty);
        User admin = make(QStringLiteral("admin"), Role::CounterOfficer);
        QVERIFY2(users.createFirstAdministrator(&admin, QStringLiteral("secret-123"), &error),
                 qPrintable(error));
        QVERIFY(admin.role == Role::Administrator);
        User second = make(QStringLiteral("admin2"), Role::Administrator);
        QVERIFY(!users.createFirstAdministrator(&second, QStringLiteral("secret-123"), &error));

        User signedIn;
        QVERIFY2(users.authenticate(QStringLiteral("admin"), QStringLiteral("secret-123"),
                                    &signedIn, &error),
                 qPrintable(error));
        QCOMPARE(signedIn.id, admin.id);
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-pass"),
                                    &signedIn, &error));
        const QString wrongPassword = error;
        QVERIFY(!users.authenticate(QStringLiteral("nobody"), QStringLiteral("secret-123"),
                                    &signedIn, &error));
        QCOMPARE(error, wrongPassword); // does not reveal which logins exist

        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users")) && q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("secret-123")));
    }

    void onlyTheAdministratorManagesAccounts()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        UserRepository users(t.db());
        QString error;
        User admin = make(QStringLiteral("admin"), Role::Administrator);
        QVERIFY(users.createFirstAdministrator(&admin, QStringLiteral("secret-123"), &error));
        User officer = make(QStringLiteral("canbo"), Role::CounterOfficer);
        QVERIFY2(users.create(admin, &officer, QStringLiteral("canbo-pass"), &error),
                 qPrintable(error));
        User supervisor = make(QStringLiteral("lanhdao"), Role::Supervisor);
        QVERIFY2(users.create(admin, &supervisor, QStringLiteral("lanhdao-pass"), &error),
                 qPrintable(error));

        User intruder = make(QStringLiteral("x"), Role::Administrator);
        QVERIFY(!users.create(officer, &intruder, QStringLiteral("whatever-1"), &error));
        QVERIFY2(error.contains(QStringLiteral("CANBO")), qPrintable(error));
        QVERIFY(!users.create(supervisor, &intruder, QStringLiteral("whatever-1"), &error));
        QVERIFY(!users.setRole(officer, officer.id, Role::Administrator, &error));
        QVERIFY(!users.setActive(supervisor, officer.id, false, &error));

        // Officers change their own password, not others'.
        QVERIFY2(users.setPassword(officer, officer.id, QStringLiteral("new-pass-1"), &error),
                 qPrintable(error));
        QVERIFY(!users.setPassword(officer, supervisor.id, QStringLiteral("new-pass-1"), &error));

        QVERIFY2(users.setActive(admin, officer.id, false, &error), qPrintable(error));
        User signedIn;
        QVERIFY(!users.authenticate(QStringLiteral("canbo"), QStringLiteral("new-pass-1"),
                                    &signedIn, &error));
        QVERIFY(!users.setActive(admin, admin.id, false, &error));
    }

    void badAccountsAreRefusedWithTheField()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        UserRepository users(t.db());
        QString error;
        User admin = make(QStringLiteral("Admin Tân Bình"), Role::Administrator);
        QVERIFY(!users.createFirstAdministrator(&admin, QStringLiteral("secret-123"), &error));
        QVERIFY(error.startsWith(QStringLiteral("Login")));
        admin.login = QStringLiteral("admin");
        QVERIFY(!users.createFirstAdministrator(&admin, QStringLiteral("short"), &error));
        QVERIFY(error.startsWith(QStringLiteral("Password")));
    }

    void permissionsPerRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        const int officer = int(Role::CounterOfficer);
        const int supervisor = int(Role::Supervisor);
        const int admin = int(Role::Administrator);
        QTest::newRow("officer receives") << officer << int(Permission::ReceiveDossier) << true;
        QTest::newRow("officer targets") << officer << int(Permission::ChangeTargets) << false;
        QTest::newRow("officer calendar") << officer << int(Permission::ChangeCalendar) << false;
        QTest::newRow("officer catalogue") << officer << int(Permission::ChangeCatalogue) << false;
        QTest::newRow("officer users") << officer << int(Permission::ManageUsers) << false;
        QTest::newRow("officer closed") << officer << int(Permission::ChangeClosedDossier) << false;
        QTest::newRow("supervisor targets") << supervisor << int(Permission::ChangeTargets) << true;
        QTest::newRow("supervisor apology") << supervisor << int(Permission::IssueApology) << true;
        QTest::newRow("supervisor users") << supervisor << int(Permission::ManageUsers) << false;
        QTest::newRow("admin users") << admin << int(Permission::ManageUsers) << true;
        QTest::newRow("admin audit") << admin << int(Permission::ViewAuditLog) << true;
        // Which database a computer opens: the administrator's, not a supervisor's.
        QTest::newRow("supervisor connection")
            << supervisor << int(Permission::ChangeConnection) << false;
        QTest::newRow("admin connection") << admin << int(Permission::ChangeConnection) << true;
    }

    void permissionsPerRole()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(Role(role), Permission(permission)), allowed);
    }

    void officerMayChangeOnlyOwnClosedDossiers()
    {
        User officer;
        officer.login = QStringLiteral("canbo");
        officer.displayName = QStringLiteral("Lê Thị Cán Bộ");
        QString error;
        QVERIFY(Permissions::checkClosedDossier(officer, QStringLiteral("Lê Thị Cán Bộ"), &error));
        QVERIFY(!Permissions::checkClosedDossier(officer, QStringLiteral("Trần Văn Khác"), &error));
        QVERIFY(!error.isEmpty());
        User inactive = officer;
        inactive.active = false;
        QVERIFY(!Permissions::check(inactive, Permission::ReceiveDossier, &error));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
