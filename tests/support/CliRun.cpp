#include "CliRun.h"

#include "accounts/UserRepository.h"
#include "cli/CliRunner.h"
#include "storage/Database.h"

#include <QIODevice>
#include <QTextStream>

namespace {
const QString testLogin = QStringLiteral("cli-test-admin");
const QString testPassword = QStringLiteral("Kiem-thu-2026");

// The test administrator of the server database at location, created when missing.
bool ensureTestAdministrator(const QString& location, QString* error)
{
    Database db;
    if (!db.openAndMigrate(location, error))
        return false;
    UserRepository users(db);
    User existing;
    if (users.find(testLogin, &existing, nullptr))
        return true;
    User account;
    account.login = testLogin;
    account.displayName = QStringLiteral("Quản trị kiểm thử");
    account.role = Role::Administrator;
    const User setUp = User::acting(QStringLiteral("test set-up"), Role::Administrator);
    // Created by an administrator, so "must change the password": change it as its officer.
    return users.create(setUp, &account, testPassword, error) &&
           users.setPassword(account, account.id, testPassword, error);
}
} // namespace

CliResult runCliWithoutAccount(const QStringList& arguments, const QString& input)
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QString text = input;
    QTextStream in(&text, QIODevice::ReadOnly);
    r.exit = CliRunner::run(QStringList{QStringLiteral("motcua-cli")} + arguments, out, err, &in);
    out.flush();
    err.flush();
    return r;
}

CliResult runCli(const QStringList& arguments, const QString& input)
{
    const qsizetype db = arguments.indexOf(QStringLiteral("--db"));
    const QString location = db >= 0 ? arguments.value(db + 1) : QString();
    if (!location.startsWith(QLatin1String("postgresql:")) ||
        arguments.contains(QStringLiteral("--user")))
        return runCliWithoutAccount(arguments, input);
    QString error;
    if (!ensureTestAdministrator(location, &error)) {
        CliResult r;
        r.err = QStringLiteral("test set-up: ") + error;
        return r;
    }
    // MOTCUA_PASSWORD, when signInCliProcesses() set it, wins over standard input.
    const bool passwordInEnvironment = !qEnvironmentVariableIsEmpty("MOTCUA_PASSWORD");
    return runCliWithoutAccount(QStringList{QStringLiteral("--user"), testLogin} + arguments,
                                passwordInEnvironment ? input
                                                      : testPassword + QLatin1Char('\n') + input);
}

bool signInCliProcesses(const QString& location, QString* error)
{
    if (!location.startsWith(QLatin1String("postgresql:")))
        return true;
    if (!ensureTestAdministrator(location, error))
        return false;
    qputenv("MOTCUA_USER", testLogin.toUtf8());
    qputenv("MOTCUA_PASSWORD", testPassword.toUtf8());
    return true;
}
