#include "UsersCommand.h"

#include "accounts/UserRepository.h"
#include "common/Csv.h"

namespace {
// The role names of the command line (a contract with offices' scripts).
QString roleName(Role role)
{
    switch (role) {
    case Role::CounterOfficer:
        return QStringLiteral("counter");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return QString();
}

bool roleFromName(const QString& name, Role* role)
{
    for (Role candidate : {Role::CounterOfficer, Role::Supervisor, Role::Administrator}) {
        if (roleName(candidate) == name) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString usage()
{
    return CliContext::tr("usage: motcua-cli users list | add LOGIN --name \"FULL NAME\" --role "
                          "counter|supervisor|administrator | set-role LOGIN ROLE | "
                          "reset-password LOGIN | disable LOGIN");
}

int fail(CliContext& context, const QString& error)
{
    context.reportError(error);
    return ExitFailure;
}

// The new password: one line of standard input, never an argument (it would show in the
// process list and the shell's history).
bool readPassword(CliContext& context, const QString& login, QString* password)
{
    if (context.readLine(password, CliContext::tr("New password of %1: ").arg(login)) &&
        !password->isEmpty())
        return true;
    context.reportError(
        CliContext::tr("account %1: give the new password as one line on standard input.")
            .arg(login));
    return false;
}
} // namespace

QString UsersCommand::summary() const
{
    return CliContext::tr("Officers' accounts: users list | add | set-role | reset-password | "
                          "disable (passwords are read from standard input).");
}

int UsersCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        CliContext::tr("add: the officer's full name."),
                                        QStringLiteral("FULL NAME"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"), CliContext::tr("add: counter, supervisor or administrator."),
        QStringLiteral("ROLE"));
    parser.addOption(nameOption);
    parser.addOption(roleOption);
    if (const int exit = parse(parser, context, arguments,
                               QStringLiteral("list|add|set-role|reset-password|disable [LOGIN]"));
        exit >= 0)
        return exit;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    const int expected = verb == QLatin1String("list")       ? 1
                         : verb == QLatin1String("set-role") ? 3
                         : verb == QLatin1String("add") || verb == QLatin1String("disable") ||
                                 verb == QLatin1String("reset-password")
                             ? 2
                             : -1;
    const bool addOptions = parser.isSet(nameOption) || parser.isSet(roleOption);
    if (expected < 0 || words.size() != expected || (addOptions && verb != QLatin1String("add")) ||
        (verb == QLatin1String("add") &&
         (!parser.isSet(nameOption) || !parser.isSet(roleOption)))) {
        context.reportError(usage());
        return ExitUsage;
    }
    Role role = Role::CounterOfficer;
    const QString roleText =
        verb == QLatin1String("add") ? parser.value(roleOption) : words.value(2);
    if (!roleText.isEmpty() && !roleFromName(roleText, &role)) {
        context.reportError(
            CliContext::tr("role: \"%1\" is not counter, supervisor or administrator.")
                .arg(roleText));
        return ExitUsage;
    }

    Database* db = context.database(Permission::ManageUsers);
    if (!db)
        return ExitFailure;
    const User actor = context.actor();
    UserRepository users(*db);
    QString error;

    if (verb == QLatin1String("list")) {
        QList<User> all;
        if (!users.list(&all, &error))
            return fail(context, error);
        context.out() << Csv::encodeRecord({QStringLiteral("login"), QStringLiteral("name"),
                                            QStringLiteral("role"), QStringLiteral("active")});
        for (const User& user : all)
            context.out() << Csv::encodeRecord(
                {user.login, user.displayName, roleName(user.role),
                 user.active ? QStringLiteral("1") : QStringLiteral("0")});
        return ExitSuccess;
    }

    const QString login = words.at(1);
    QString password;
    if (verb == QLatin1String("add")) {
        User user;
        user.login = login;
        user.displayName = parser.value(nameOption);
        user.role = role;
        if (!readPassword(context, login, &password))
            return ExitFailure;
        if (!users.create(actor, &user, password, &error))
            return fail(context, error);
        context.out() << CliContext::tr("account %1 added (%2); the password must be changed at "
                                        "the first sign-in")
                             .arg(login, Roles::label(role))
                      << Qt::endl;
        return ExitSuccess;
    }
    User target;
    if (!users.find(login, &target, &error))
        return fail(context, error);
    if (verb == QLatin1String("set-role")) {
        if (!users.setRole(actor, target.id, role, &error))
            return fail(context, error);
        context.out() << CliContext::tr("account %1: role %2").arg(login, Roles::label(role))
                      << Qt::endl;
    } else if (verb == QLatin1String("reset-password")) {
        if (!readPassword(context, login, &password) ||
            !users.setPassword(actor, target.id, password, &error))
            return error.isEmpty() ? ExitFailure : fail(context, error);
        context.out() << CliContext::tr("account %1: password reset; it must be changed at the "
                                        "next sign-in")
                             .arg(login)
                      << Qt::endl;
    } else {
        if (!users.setActive(actor, target.id, false, &error))
            return fail(context, error);
        context.out() << CliContext::tr("account %1: disabled").arg(login) << Qt::endl;
    }
    return ExitSuccess;
}
