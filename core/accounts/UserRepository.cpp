#include "UserRepository.h"

#include "PasswordHasher.h"
#include "Permissions.h"
#include "common/SqlTime.h"
#include "common/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/TransactionGuard.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
User userFrom(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    Roles::fromKey(query.value(3).toString(), &user.role);
    user.active = query.value(4).toBool();
    return user;
}
} // namespace

bool UserRepository::isEmpty(bool* empty, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next()) {
        if (error)
            *error = tr("Cannot read the user accounts: %1").arg(query.lastError().text());
        return false;
    }
    *empty = query.value(0).toInt() == 0;
    return true;
}

bool UserRepository::validate(const User& user, const QString& password, QString* error) const
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    if (!loginPattern.match(user.login).hasMatch()) {
        if (error)
            *error = tr("Login: \"%1\" must be 2 to 32 lower-case letters, digits, dots, dashes "
                        "or underscores.")
                         .arg(user.login);
        return false;
    }
    if (TextFold::normalized(user.displayName).isEmpty()) {
        if (error)
            *error = tr("Full name: this field is required.");
        return false;
    }
    if (password.size() < minimumPasswordLength) {
        if (error)
            *error = tr("Password: must have at least %1 characters.").arg(minimumPasswordLength);
        return false;
    }
    return true;
}

bool UserRepository::insert(User* user, const QString& password, QString* error) const
{
    if (!validate(*user, password, error))
        return false;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        if (error)
            *error = tr("Password: it could not be protected (not enough memory).");
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, "
                                 "active, created_at) VALUES (?, ?, ?, ?, 1, ?) RETURNING id"));
    query.addBindValue(user->login);
    query.addBindValue(TextFold::normalized(user->displayName));
    query.addBindValue(Roles::key(user->role));
    query.addBindValue(hash);
    query.addBindValue(SqlTime::toSql(QDateTime::currentDateTime()));
    if (!query.exec()) {
        if (error)
            *error = tr("Login: \"%1\" cannot be created: %2")
                         .arg(user->login, query.lastError().text());
        return false;
    }
    user->id = SqlDialect::insertedId(query);
    user->displayName = TextFold::normalized(user->displayName);
    user->active = true;
    return true;
}

bool UserRepository::createFirstAdministrator(User* user, const QString& password,
                                              QString* error) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    bool empty = false;
    if (!isEmpty(&empty, error))
        return false;
    if (!empty) {
        if (error)
            *error = tr("An administrator already exists; sign in as the administrator to add "
                        "accounts.");
        return false;
    }
    user->role = Role::Administrator;
    return insert(user, password, error) && transaction.commit(error);
}

bool UserRepository::create(const User& actor, User* user, const QString& password,
                            QString* error) const
{
    if (!Permissions::check(actor, Permission::ManageUsers, error))
        return false;
    return insert(user, password, error);
}

bool UserRepository::update(qint64 userId, const QString& column, const QVariant& value,
                            QString* error) const
{
    QSqlQuery query(m_db.connection());
    // column is one of our own constant names, never user input.
    query.prepare(QStringLiteral("UPDATE users SET %1 = ? WHERE id = ?").arg(column));
    query.addBindValue(value);
    query.addBindValue(userId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        if (error)
            *error = query.lastError().isValid()
                         ? tr("Cannot change the account: %1").arg(query.lastError().text())
                         : tr("No such account.");
        return false;
    }
    return true;
}

bool UserRepository::setPassword(const User& actor, qint64 userId, const QString& password,
                                 QString* error) const
{
    if (actor.id != userId && !Permissions::check(actor, Permission::ManageUsers, error))
        return false;
    if (password.size() < minimumPasswordLength) {
        if (error)
            *error = tr("Password: must have at least %1 characters.").arg(minimumPasswordLength);
        return false;
    }
    const QString hash = PasswordHasher::hash(password);
    return !hash.isEmpty() && update(userId, QStringLiteral("password_hash"), hash, error);
}

bool UserRepository::setActive(const User& actor, qint64 userId, bool active, QString* error) const
{
    if (!Permissions::check(actor, Permission::ManageUsers, error))
        return false;
    if (actor.id == userId && !active) {
        if (error)
            *error = tr("You cannot deactivate your own account.");
        return false;
    }
    return update(userId, QStringLiteral("active"), active ? 1 : 0, error);
}

bool UserRepository::setRole(const User& actor, qint64 userId, Role role, QString* error) const
{
    if (!Permissions::check(actor, Permission::ManageUsers, error))
        return false;
    return update(userId, QStringLiteral("role"), Roles::key(role), error);
}

bool UserRepository::authenticate(const QString& login, const QString& password, User* user,
                                  QString* error) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, login, display_name, role, active, password_hash "
                                 "FROM users WHERE login = ?"));
    query.addBindValue(login.trimmed().toLower());
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the user accounts: %1").arg(query.lastError().text());
        return false;
    }
    if (!query.next() || !PasswordHasher::verify(password, query.value(5).toString())) {
        if (error)
            *error = tr("Wrong login or password.");
        return false;
    }
    const User found = userFrom(query);
    if (!found.active) {
        if (error)
            *error = tr("This account has been deactivated; ask the administrator.");
        return false;
    }
    *user = found;
    return true;
}

bool UserRepository::list(QList<User>* users, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id, login, display_name, role, active FROM users "
                                   "ORDER BY display_name"))) {
        if (error)
            *error = tr("Cannot read the user accounts: %1").arg(query.lastError().text());
        return false;
    }
    users->clear();
    while (query.next())
        users->append(userFrom(query));
    return true;
}
