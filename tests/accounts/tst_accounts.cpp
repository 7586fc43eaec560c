#include "TestDatabase.h"
#include "accounts/PasswordHasher.h"
#include "accounts/PasswordPolicy.h"
#include "accounts/Permissions.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"

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
        QVERIFY2(users.create(admin, &officer, QStringLiteral("mat-khau-cb1"), &error),
                 qPrintable(error));
        User supervisor = make(QStringLiteral("lanhdao"), Role::Supervisor);
        QVERIFY2(users.create(admin, &supervisor, QStringLiteral("mat-khau-ld1"), &error),
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

    void lastActiveAdministratorStays()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        UserRepository users(t.db());
        QString error;
        User admin = make(QStringLiteral("admin"), Role::Administrator);
        QVERIFY(users.createFirstAdministrator(&admin, QStringLiteral("secret-123"), &error));
        User second = make(QStringLiteral("admin2"), Role::Administrator);
        QVERIFY2(users.create(admin, &second, QStringLiteral("second-pass-9"), &error),
                 qPrintable(error));
        // Two administrators: one may be demoted, then the other is the last one.
        QVERIFY2(users.setRole(admin, second.id, Role::Supervisor, &error), qPrintable(error));
        const User acting = User::acting(QStringLiteral("script"), Role::Administrator);
        QVERIFY(!users.setRole(acting, admin.id, Role::Supervisor, &error));
        QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
        QVERIFY(!users.setActive(acting, admin.id, false, &error));
        QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
        // A disabled administrator does not count.
        QVERIFY2(users.setRole(admin, second.id, Role::Administrator, &error), qPrintable(error));
        QVERIFY2(users.setActive(admin, second.id, false, &error), qPrintable(error));
        QVERIFY(!users.setRole(acting, admin.id, Role::CounterOfficer, &error));
        QList<User> all;
        QVERIFY2(users.list(&all, &error), qPrintable(error));
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(0).role == Role::Administrator && all.at(0).active); // admin
        QVERIFY(!all.at(1).active);                                         // admin2, kept
    }

    void weakPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("rule");
        QTest::newRow("short") << QStringLiteral("ab1-x") << QStringLiteral("at least 8");
        QTest::newRow("one character") << QStringLiteral("aaaaaaaa") << QStringLiteral("repeated");
        QTest::newRow("digits up") << QStringLiteral("12345678") << QStringLiteral("sequence");
        QTest::newRow("letters") << QStringLiteral("abcdefgh") << QStringLiteral("sequence");
        QTest::newRow("digits down") << QStringLiteral("98765432") << QStringLiteral("sequence");
        QTest::newRow("keyboard") << QStringLiteral("QWERTYUI") << QStringLiteral("sequence");
        QTest::newRow("login") << QStringLiteral("lanhdao2026") << QStringLiteral("login");
        QTest::newRow("name") << QStringLiteral("Nguyễn Lan!") << QStringLiteral("full name");
        QTest::newRow("common") << QStringLiteral("MatKhau123") << QStringLiteral("commonest");
        QTest::newRow("common en") << QStringLiteral("password") << QStringLiteral("commonest");
    }

    void weakPasswordsAreRefused()
    {
        QFETCH(QString, password);
        QFETCH(QString, rule);
        QString error;
        QVERIFY(!PasswordPolicy::check(password, QStringLiteral("lanhdao"),
                                       QStringLiteral("Nguyễn Lan"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Password")) && error.contains(rule),
                 qPrintable(error));
        QVERIFY2(PasswordPolicy::check(QStringLiteral("secret-123"), QStringLiteral("lanhdao"),
                                       QStringLiteral("Nguyễn Lan"), &error),
                 qPrintable(error));
        // The repository applies it to every new password.
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        User admin = make(QStringLiteral("lanhdao"), Role::Administrator);
        admin.displayName = QStringLiteral("Nguyễn Lan");
        QVERIFY(!UserRepository(t.db()).createFirstAdministrator(&admin, password, &error));
        QVERIFY(error.contains(rule));
    }

    void failedSignInsSlowDownAcrossRestarts()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        User admin = make(QStringLiteral("admin"), Role::Administrator);
        QVERIFY(UserRepository(t.db()).createFirstAdministrator(
            &admin, QStringLiteral("secret-123"), &error));
        QDateTime start = QDateTime::currentDateTime();
        start.setTime(QTime(start.time().hour(), start.time().minute(), start.time().second()));
        User signedIn;
        for (int attempt = 1; attempt <= 4; ++attempt) {
            QVERIFY(!UserRepository(t.db()).authenticate(
                QStringLiteral("admin"), QStringLiteral("wrong-pass"), &signedIn, &error, start));
            QCOMPARE(error, QStringLiteral("Wrong login or password."));
        }
        // Four failures cost nothing yet; the fifth holds the account for 30 seconds.
        QVERIFY(UserRepository(t.db()).authenticate(
            QStringLiteral("admin"), QStringLiteral("secret-123"), &signedIn, &error, start));
        for (int attempt = 1; attempt <= 5; ++attempt)
            UserRepository(t.db()).authenticate(
                QStringLiteral("admin"), QStringLiteral("nope-nope"), &signedIn, &error, start);
        QVERIFY2(error.contains(QStringLiteral("wait 30 second")), qPrintable(error));

        // A restart (a new connection) does not start the count again.
        const QString location = t.path();
        t.db().close();
        Database reopened;
        QVERIFY2(reopened.open(location, &error), qPrintable(error));
        UserRepository users(reopened);
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("secret-123"),
                                    &signedIn, &error, start.addSecs(10)));
        QVERIFY2(error.contains(QStringLiteral("wait 20 second")), qPrintable(error));
        // The sixth failure waits twice as long.
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("nope-nope"), &signedIn,
                                    &error, start.addSecs(31)));
        QVERIFY2(error.contains(QStringLiteral("wait 60 second")), qPrintable(error));
        QCOMPARE(UserRepository::delaySeconds(4), 0);
        QCOMPARE(UserRepository::delaySeconds(7), 120);
        QCOMPARE(UserRepository::delaySeconds(50), 3600);
        // After the wait the right password signs in and clears the count.
        QVERIFY2(users.authenticate(QStringLiteral("admin"), QStringLiteral("secret-123"),
                                    &signedIn, &error, start.addSecs(92)),
                 qPrintable(error));
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("nope-nope"), &signedIn,
                                    &error, start.addSecs(93)));
        QCOMPARE(error, QStringLiteral("Wrong login or password."));

        // Every sign-in, failure and hold is in the audit log, which still verifies.
        AuditLog::Filter filter;
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(reopened, filter, &entries, &error), qPrintable(error));
        QMap<QString, int> actions;
        for (const AuditEntry& entry : entries)
            ++actions[entry.action];
        QCOMPARE(actions.value(QStringLiteral("sign-in")), 2);
        QCOMPARE(actions.value(QStringLiteral("sign-in-failed")), 4 + 5 + 1 + 1);
        QCOMPARE(actions.value(QStringLiteral("account-locked")), 2);
        qint64 broken = 0;
        QVERIFY2(AuditLog::verify(reopened, &broken, &error), qPrintable(error));
    }

    void resetPasswordMustBeChangedAndEveryChangeIsAudited()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        UserRepository users(t.db());
        QString error;
        User admin = make(QStringLiteral("admin"), Role::Administrator);
        admin.displayName = QStringLiteral("Quản Trị");
        QVERIFY(users.createFirstAdministrator(&admin, QStringLiteral("secret-123"), &error));
        User officer = make(QStringLiteral("lan.nt"), Role::CounterOfficer);
        officer.displayName = QStringLiteral("Nguyễn Thị Lan");
        QVERIFY2(users.create(admin, &officer, QStringLiteral("first-pass-7"), &error),
                 qPrintable(error));
        User signedIn;
        QVERIFY2(users.authenticate(QStringLiteral("lan.nt"), QStringLiteral("first-pass-7"),
                                    &signedIn, &error),
                 qPrintable(error));
        QVERIFY(signedIn.mustChangePassword); // chosen by the administrator
        QVERIFY2(users.setPassword(signedIn, signedIn.id, QStringLiteral("own-choice-5"), &error),
                 qPrintable(error));
        QVERIFY(users.authenticate(QStringLiteral("lan.nt"), QStringLiteral("own-choice-5"),
                                   &signedIn, &error));
        QVERIFY(!signedIn.mustChangePassword);

        QVERIFY2(
            users.setDisplayName(admin, officer.id, QStringLiteral("Nguyễn Thị  Lan Anh"), &error),
            qPrintable(error));
        QVERIFY2(users.setRole(admin, officer.id, Role::Supervisor, &error), qPrintable(error));
        QVERIFY2(users.setPassword(admin, officer.id, QStringLiteral("reset-pass-3"), &error),
                 qPrintable(error));
        QVERIFY(users.authenticate(QStringLiteral("lan.nt"), QStringLiteral("reset-pass-3"),
                                   &signedIn, &error));
        QVERIFY(signedIn.mustChangePassword);
        QCOMPARE(signedIn.displayName, QStringLiteral("Nguyễn Thị Lan Anh"));
        QVERIFY(signedIn.role == Role::Supervisor);
        QVERIFY2(users.setActive(admin, officer.id, false, &error), qPrintable(error));

        AuditLog::Filter filter;
        filter.action = QStringLiteral("account");
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(t.db(), filter, &entries, &error), qPrintable(error));
        QStringList details;
        for (const AuditEntry& entry : entries)
            details.prepend(entry.officer + QStringLiteral(": ") + entry.detail);
        QCOMPARE(details.size(), 7);
        QVERIFY2(details.at(1).startsWith(QStringLiteral("Quản Trị: created account")) &&
                     details.at(1).contains(QStringLiteral("lan.nt")),
                 qPrintable(details.at(1)));
        QVERIFY2(details.at(2).startsWith(QStringLiteral("Nguyễn Thị Lan: changed own password")),
                 qPrintable(details.at(2)));
        QVERIFY2(details.at(3).contains(QStringLiteral("renamed account lan.nt")),
                 qPrintable(details.at(3)));
        QVERIFY2(details.at(4).contains(QStringLiteral("Counter officer")) &&
                     details.at(4).contains(QStringLiteral("Supervisor")),
                 qPrintable(details.at(4)));
        QVERIFY2(details.at(5).contains(QStringLiteral("reset the password")),
                 qPrintable(details.at(5)));
        QVERIFY2(details.at(6).contains(QStringLiteral("disabled account")),
                 qPrintable(details.at(6)));
    }

    void lockUnlockAndSignOutAreAudited()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        UserRepository users(t.db());
        QString error;
        User admin = make(QStringLiteral("admin"), Role::Administrator);
        admin.displayName = QStringLiteral("Quản Trị");
        QVERIFY(users.createFirstAdministrator(&admin, QStringLiteral("secret-123"), &error));
        QVERIFY2(users.recordSession(admin, UserRepository::SessionEvent::Lock, &error),
                 qPrintable(error));
        QVERIFY2(users.recordSession(admin, UserRepository::SessionEvent::Unlock, &error),
                 qPrintable(error));
        QVERIFY2(users.recordSession(admin, UserRepository::SessionEvent::SignOut, &error),
                 qPrintable(error));
        AuditLog::Filter filter;
        filter.officer = QStringLiteral("Quản Trị");
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(t.db(), filter, &entries, &error), qPrintable(error));
        QStringList actions;
        for (const AuditEntry& entry : entries)
            actions.prepend(entry.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("account"), QStringLiteral("lock"),
                                       QStringLiteral("unlock"), QStringLiteral("sign-out")}));
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
