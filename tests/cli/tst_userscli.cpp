#include "CliRun.h"
#include "TestDatabase.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "cli/CliContext.h"

#include <QTest>

// motcua-cli users, and the command line's sign-in on a PostgreSQL server.
class TestUsersCli : public QObject
{
    Q_OBJECT

private:
    static QStringList db(const TestDatabase& t, const QStringList& arguments)
    {
        return QStringList{QStringLiteral("--db"), t.path()} + arguments;
    }

    // An account that may sign in (its own password chosen, not the administrator's).
    static bool addAccount(const Database& db, const QString& login, Role role,
                           const QString& password, QString* error)
    {
        UserRepository users(db);
        User account;
        account.login = login;
        account.displayName = login.toUpper();
        account.role = role;
        bool empty = false;
        if (!users.isEmpty(&empty, error))
            return false;
        if (empty)
            return users.createFirstAdministrator(&account, password, error);
        return users.create(User::acting(QStringLiteral("set-up"), Role::Administrator), &account,
                            password, error) &&
               users.setPassword(account, account.id, password, error);
    }

private slots:
    void manageAccountsFromScripts()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(addAccount(t.db(), QStringLiteral("admin"), Role::Administrator,
                            QStringLiteral("secret-123"), &error),
                 qPrintable(error));

        CliResult r =
            runCli(db(t, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("lan.nt"),
                          QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Lan"),
                          QStringLiteral("--role"), QStringLiteral("counter")}),
                   QStringLiteral("Mot-cua-2026\n"));
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        User lan;
        QVERIFY2(UserRepository(t.db()).authenticate(QStringLiteral("lan.nt"),
                                                     QStringLiteral("Mot-cua-2026"), &lan, &error),
                 qPrintable(error));
        QVERIFY(lan.mustChangePassword);
        QVERIFY(lan.role == Role::CounterOfficer);

        r = runCli(db(t, {QStringLiteral("users"), QStringLiteral("set-role"),
                          QStringLiteral("lan.nt"), QStringLiteral("supervisor")}));
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        r = runCli(db(t, {QStringLiteral("users"), QStringLiteral("reset-password"),
                          QStringLiteral("lan.nt")}),
                   QStringLiteral("Doi-mat-khau-7\n"));
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY2(UserRepository(t.db()).authenticate(
                     QStringLiteral("lan.nt"), QStringLiteral("Doi-mat-khau-7"), &lan, &error),
                 qPrintable(error));
        r = runCli(
            db(t, {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("lan.nt")}));
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));

        r = runCli(db(t, {QStringLiteral("users"), QStringLiteral("list")}));
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // On a server the test administrator of the command line is listed too.
        lines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("cli-")); });
        QCOMPARE(lines, (QStringList{QStringLiteral("login,name,role,active"),
                                     QStringLiteral("admin,ADMIN,administrator,1"),
                                     QStringLiteral("lan.nt,Nguyễn Thị Lan,supervisor,0")}));

        // Every change is in the audit log.
        AuditLog::Filter filter;
        filter.action = QStringLiteral("account");
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(t.db(), filter, &entries, &error), qPrintable(error));
        int aboutLan = 0;
        for (const AuditEntry& entry : entries)
            aboutLan += entry.detail.contains(QStringLiteral("lan.nt")) ? 1 : 0;
        QCOMPARE(aboutLan, 4);
    }

    void badInputIsRefused()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(addAccount(t.db(), QStringLiteral("admin"), Role::Administrator,
                            QStringLiteral("secret-123"), &error),
                 qPrintable(error));
        const QStringList add{QStringLiteral("users"),  QStringLiteral("add"),
                              QStringLiteral("lan.nt"), QStringLiteral("--name"),
                              QStringLiteral("Lan"),    QStringLiteral("--role")};
        // A role that does not exist; the password as an argument; no password at all.
        CliResult r = runCli(db(t, add + QStringList{QStringLiteral("officer")}),
                             QStringLiteral("Mot-cua-2026\n"));
        QCOMPARE(r.exit, int(ExitUsage));
        QVERIFY2(r.err.contains(QStringLiteral("counter, supervisor or administrator")),
                 qPrintable(r.err));
        r = runCli(
            db(t, add + QStringList{QStringLiteral("counter"), QStringLiteral("Mot-cua-2026")}));
        QCOMPARE(r.exit, int(ExitUsage));
        r = runCli(db(t, add + QStringList{QStringLiteral("counter")}));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("standard input")), qPrintable(r.err));
        // A weak password names its rule.
        r = runCli(db(t, add + QStringList{QStringLiteral("counter")}),
                   QStringLiteral("aaaaaaaa\n"));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("one character repeated")), qPrintable(r.err));
        // The last active administrator stays (on a server the command line's own test
        // administrator is a second one: the repository's test covers it there).
        if (!TestDatabase::onServer()) {
            r = runCli(db(
                t, {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("admin")}));
            QCOMPARE(r.exit, int(ExitFailure));
            QVERIFY2(r.err.contains(QStringLiteral("last active administrator")),
                     qPrintable(r.err));
            r = runCli(db(t, {QStringLiteral("users"), QStringLiteral("set-role"),
                              QStringLiteral("admin"), QStringLiteral("counter")}));
            QCOMPARE(r.exit, int(ExitFailure));
            QVERIFY2(r.err.contains(QStringLiteral("last active administrator")),
                     qPrintable(r.err));
        }
        r = runCli(
            db(t, {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("nobody")}));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("nobody")), qPrintable(r.err));
    }

    void serverRefusesACommandLineWithoutAnAccount()
    {
        if (!TestDatabase::onServer())
            QSKIP("the command line signs in on a PostgreSQL server only (the _pg variant)");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(addAccount(t.db(), QStringLiteral("admin"), Role::Administrator,
                            QStringLiteral("secret-123"), &error),
                 qPrintable(error));
        QVERIFY2(addAccount(t.db(), QStringLiteral("canbo"), Role::CounterOfficer,
                            QStringLiteral("mat-khau-cb1"), &error),
                 qPrintable(error));
        QVERIFY2(addAccount(t.db(), QStringLiteral("lanhdao"), Role::Supervisor,
                            QStringLiteral("mat-khau-ld1"), &error),
                 qPrintable(error));
        const QString file = t.folder() + QStringLiteral("/full.csv");
        const QStringList exportFull{QStringLiteral("export"), QStringLiteral("dossiers"), file,
                                     QStringLiteral("--full")};

        // No account at all.
        qunsetenv("MOTCUA_USER");
        qunsetenv("MOTCUA_PASSWORD");
        CliResult r = runCliWithoutAccount(db(t, exportFull));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("--user")) &&
                     r.err.contains(QStringLiteral("MOTCUA_USER")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
        r = runCliWithoutAccount(db(t, {QStringLiteral("users"), QStringLiteral("list")}));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY(r.out.isEmpty());
        // A wrong password.
        r = runCliWithoutAccount(
            db(t, QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + exportFull),
            QStringLiteral("wrong-pass\n"));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("Wrong login or password")), qPrintable(r.err));
        // A counter officer has a counter officer's rights: no full ID numbers, no accounts.
        r = runCliWithoutAccount(
            db(t, QStringList{QStringLiteral("--user"), QStringLiteral("canbo")} + exportFull),
            QStringLiteral("mat-khau-cb1\n"));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("export personal data in full")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
        r = runCliWithoutAccount(db(t, {QStringLiteral("--user"), QStringLiteral("canbo"),
                                        QStringLiteral("users"), QStringLiteral("list")}),
                                 QStringLiteral("mat-khau-cb1\n"));
        QCOMPARE(r.exit, int(ExitFailure));
        // Nor replace the server's content, nor fill it with synthetic dossiers.
        r = runCliWithoutAccount(
            db(t, {QStringLiteral("--user"), QStringLiteral("canbo"), QStringLiteral("restore"),
                   t.folder() + QStringLiteral("/any.sqlite")}),
            QStringLiteral("mat-khau-cb1\n"));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("manage user accounts")), qPrintable(r.err));
        r = runCliWithoutAccount(
            db(t, {QStringLiteral("restore"), t.folder() + QStringLiteral("/any.sqlite")}));
        QCOMPARE(r.exit, int(ExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("MOTCUA_USER")), qPrintable(r.err));
        // A supervisor may, named by MOTCUA_USER and MOTCUA_PASSWORD.
        qputenv("MOTCUA_USER", "lanhdao");
        qputenv("MOTCUA_PASSWORD", "mat-khau-ld1");
        r = runCliWithoutAccount(db(t, exportFull));
        qunsetenv("MOTCUA_USER");
        qunsetenv("MOTCUA_PASSWORD");
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY(QFile::exists(file));
        // The export is recorded under the supervisor's name.
        AuditLog::Filter filter;
        filter.action = QStringLiteral("export");
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(t.db(), filter, &entries, &error), qPrintable(error));
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().officer, QStringLiteral("LANHDAO"));
    }

    void localFileNeedsNoAccount()
    {
        if (TestDatabase::onServer())
            QSKIP("a SQLite file only");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        // The file's permission is the boundary: the system user acts as administrator.
        const CliResult r =
            runCliWithoutAccount(db(t, {QStringLiteral("users"), QStringLiteral("list")}));
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("login,name,role,active\n"));
    }
};

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_userscli.moc"
