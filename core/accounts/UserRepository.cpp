#include "UserRepository.h"

#include "PasswordHasher.h"
#include "PasswordPolicy.h"
#include "Permissions.h"
#include "audit/AuditLog.h"
#include "common/SqlTime.h"
#include "common/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/TransactionGuard.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString userColumns = QStringLiteral(
    "id, login, display_name, role, active, must_change_password, failed_attempts, locked_until");

User userFrom(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    Roles::fromKey(query.value(3).toString(), &user.role);
    user.active = query.value(4).toBool();
    user.mustChangePassword = query.value(5).toBool();
    return user;
}

// A guard that reports its failure to begin.
bool begin(const TransactionGuard& transaction, QString* error)
{
    if (transaction.isActive())
        return true;
    if (error)
        *error = transaction.error();
    return false;
}

QString accountLabel(const User& user)
{
    return QStringLiteral("%1 (%2)").arg(user.name(), user.login);
}
} // namespace

int UserRepository::delaySeconds(int failures)
{
    if (failures < freeAttempts)
        return 0;
    const int doublings = qMin(failures - freeAttempts, 7); // 30 s · 2^7 > 1 h
    return qMin(30 << doublings, 3600);
}

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
    return PasswordPolicy::check(password, user.login, user.displayName, error);
}

bool UserRepository::audit(const QString& officer, const QString& action, const QString& detail,
                           QString* error) const
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTime();
    entry.officer = officer;
    entry.action = action;
    entry.detail = detail;
    return AuditLog::append(m_db, entry, error);
}

bool UserRepository::insert(User* user, const QString& password, bool mustChange,
                            QString* error) const
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
                                 "active, must_change_password, created_at) VALUES (?, ?, ?, ?, "
                                 "1, ?, ?) RETURNING id"));
    query.addBindValue(user->login);
    query.addBindValue(TextFold::normalized(user->displayName));
    query.addBindValue(Roles::key(user->role));
    query.addBindValue(hash);
    query.addBindValue(mustChange ? 1 : 0);
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
    user->mustChangePassword = mustChange;
    return true;
}

bool UserRepository::createFirstAdministrator(User* user, const QString& password,
                                              QString* error) const
{
    TransactionGuard transaction(m_db);
    if (!begin(transaction, error))
        return false;
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
    return insert(user, password, false, error) &&
           audit(user->name(), QStringLiteral("account"),
                 tr("created the first administrator account %1").arg(accountLabel(*user)),
                 error) &&
           transaction.commit(error);
}

bool UserRepository::create(const User& actor, User* user, const QString& password,
                            QString* error) const
{
    if (!Permissions::check(actor, Permission::ManageUsers, error))
        return false;
    TransactionGuard transaction(m_db);
    return begin(transaction, error) && insert(user, password, true, error) &&
           audit(
               actor.name(), QStringLiteral("account"),
               tr("created account %1, role %2").arg(accountLabel(*user), Roles::label(user->role)),
               error) &&
           transaction.commit(error);
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

bool UserRepository::findBy(const QString& column, const QVariant& value, const QString& notFound,
                            User* user, QString* error) const
{
    QSqlQuery query(m_db.connection());
    // column is one of our own constant names, never user input.
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2 = ?").arg(userColumns, column));
    query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the user accounts: %1").arg(query.lastError().text());
        return false;
    }
    if (!query.next()) {
        if (error)
            *error = notFound;
        return false;
    }
    *user = userFrom(query);
    return true;
}

bool UserRepository::findById(qint64 userId, User* user, QString* error) const
{
    return findBy(QStringLiteral("id"), userId, tr("No such account."), user, error);
}

bool UserRepository::find(const QString& login, User* user, QString* error) const
{
    return findBy(QStringLiteral("login"), login.trimmed().toLower(),
                  tr("Login: there is no account \"%1\".").arg(login.trimmed()), user, error);
}

bool UserRepository::keepsAnAdministrator(qint64 userId, QString* error) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND "
                                 "active = 1 AND id <> ?"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("Cannot read the user accounts: %1").arg(query.lastError().text());
        return false;
    }
    if (query.value(0).toInt() > 0)
        return true;
    if (error)
        *error = tr("This is the last active administrator: make another account administrator "
                    "first.");
    return false;
}

bool UserRepository::setPassword(const User& actor, qint64 userId, const QString& password,
                                 QString* error) const
{
    const bool own = actor.id == userId && actor.id != 0;
    if (!own && !Permissions::check(actor, Permission::ManageUsers, error))
        return false;
    TransactionGuard transaction(m_db);
    User target;
    if (!begin(transaction, error) || !findById(userId, &target, error) ||
        !PasswordPolicy::check(password, target.login, target.displayName, error))
        return false;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        if (error)
            *error = tr("Password: it could not be protected (not enough memory).");
        return false;
    }
    const QString detail = own ? tr("changed own password")
                               : tr("reset the password of %1 (to be changed at the next "
                                    "sign-in)")
                                     .arg(accountLabel(target));
    return update(userId, QStringLiteral("password_hash"), hash, error) &&
           update(userId, QStringLiteral("must_change_password"), own ? 0 : 1, error) &&
           audit(actor.name(), QStringLiteral("account"), detail, error) &&
           transaction.commit(error);
}

bool UserRepository::setDisplayName(const User& actor, qint64 userId, const QString& displayName,
                                    QString* error) const
{
    if (!Permissions::check(actor, Permission::ManageUsers, error))
        return false;
    const QString name = TextFold::normalized(displayName);
    if (name.isEmpty()) {
        if (error)
            *error = tr("Full name: this field is required.");
        return false;
    }
    TransactionGuard transaction(m_db);
    User target;
    return begin(transaction, error) && findById(userId, &target, error) &&
           update(userId, QStringLiteral("display_name"), name, error) &&
           audit(actor.name(), QStringLiteral("account"),
                 tr("renamed account %1 from \"%2\" to \"%3\"")
                     .arg(target.login, target.displayName, name),
                 error) &&
           transaction.commit(error);
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
    TransactionGuard transaction(m_db);
    User target;
    if (!begin(transaction, error) || !findById(userId, &target, error))
        return false;
    if (!active && target.role == Role::Administrator && !keepsAnAdministrator(userId, error))
        return false;
    const QString detail = active ? tr("enabled account %1").arg(accountLabel(target))
                                  : tr("disabled account %1").arg(accountLabel(target));
    return update(userId, QStringLiteral("active"), active ? 1 : 0, error) &&
           audit(actor.name(), QStringLiteral("account"), detail, error) &&
           transaction.commit(error);
}

bool UserRepository::setRole(const User& actor, qint64 userId, Role role, QString* error) const
{
    if (!Permissions::check(actor, Permission::ManageUsers, error))
        return false;
    TransactionGuard transaction(m_db);
    User target;
    if (!begin(transaction, error) || !findById(userId, &target, error))
        return false;
    if (target.role == role)
        return true;
    if (target.role == Role::Administrator && target.active && !keepsAnAdministrator(userId, error))
        return false;
    return update(userId, QStringLiteral("role"), Roles::key(role), error) &&
           audit(actor.name(), QStringLiteral("account"),
                 tr("changed the role of %1 from %2 to %3")
                     .arg(accountLabel(target), Roles::label(target.role), Roles::label(role)),
                 error) &&
           transaction.commit(error);
}

bool UserRepository::authenticate(const QString& login, const QString& password, User* user,
                                  QString* error, const QDateTime& now) const
{
    const QString key = login.trimmed().toLower();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT %1, password_hash FROM users WHERE login = ?").arg(userColumns));
    query.addBindValue(key);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the user accounts: %1").arg(query.lastError().text());
        return false;
    }
    const QString wrong = tr("Wrong login or password.");
    if (!query.next()) {
        query.finish();
        // Hash anyway, so the answer takes as long as for an existing login.
        PasswordHasher::verify(password, PasswordHasher::hash(QStringLiteral("-")));
        QString auditError;
        TransactionGuard transaction(m_db);
        if (!begin(transaction, &auditError) ||
            !audit(key, QStringLiteral("sign-in-failed"), tr("sign-in refused: unknown login"),
                   &auditError) ||
            !transaction.commit(&auditError))
            qWarning("%s", qPrintable(auditError));
        if (error)
            *error = wrong;
        return false;
    }
    const User found = userFrom(query);
    const QDateTime lockedUntil = SqlTime::fromSql(query.value(7).toString());
    const QString storedHash = query.value(8).toString();
    query.finish(); // no statement may stay open while the transaction below commits
    if (lockedUntil.isValid() && lockedUntil > now) {
        if (error)
            *error = tr("Too many failed sign-ins: wait %n second(s) before trying again.", nullptr,
                        int(qMax<qint64>(1, (now.msecsTo(lockedUntil) + 999) / 1000)));
        return false;
    }
    const bool verified = PasswordHasher::verify(password, storedHash);

    TransactionGuard transaction(m_db);
    if (!begin(transaction, error))
        return false;
    if (!verified) {
        // Counted in the database so that a restart does not start the count again.
        QSqlQuery count(m_db.connection());
        count.prepare(QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 "
                                     "WHERE id = ? RETURNING failed_attempts"));
        count.addBindValue(found.id);
        if (!count.exec() || !count.next()) {
            if (error)
                *error = tr("Cannot change the account: %1").arg(count.lastError().text());
            return false;
        }
        const int failures = count.value(0).toInt();
        count.finish();
        const int delay = delaySeconds(failures);
        bool ok = audit(found.name(), QStringLiteral("sign-in-failed"),
                        tr("wrong password (%n failure(s) in a row)", nullptr, failures), error);
        if (ok && delay > 0) {
            ok = update(found.id, QStringLiteral("locked_until"),
                        SqlTime::toSql(now.addSecs(delay)), error) &&
                 audit(found.name(), QStringLiteral("account-locked"),
                       tr("sign-in of %1 held for %n second(s) after repeated failures", nullptr,
                          delay)
                           .arg(found.login),
                       error);
        }
        if (!ok || !transaction.commit(error))
            return false;
        if (error)
            *error = delay > 0 ? wrong + QLatin1Char(' ') +
                                     tr("Too many failed sign-ins: wait %n second(s) before "
                                        "trying again.",
                                        nullptr, delay)
                               : wrong;
        return false;
    }
    if (!found.active) {
        if (!audit(found.name(), QStringLiteral("sign-in-failed"),
                   tr("sign-in refused: account disabled"), error) ||
            !transaction.commit(error))
            return false;
        if (error)
            *error = tr("This account has been deactivated; ask the administrator.");
        return false;
    }
    QSqlQuery reset(m_db.connection());
    reset.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    reset.addBindValue(found.id);
    if (!reset.exec()) {
        if (error)
            *error = tr("Cannot change the account: %1").arg(reset.lastError().text());
        return false;
    }
    if (!audit(found.name(), QStringLiteral("sign-in"),
               tr("signed in as %1").arg(Roles::label(found.role)), error) ||
        !transaction.commit(error))
        return false;
    *user = found;
    return true;
}

bool UserRepository::recordSession(const User& user, SessionEvent event, QString* error) const
{
    QString detail;
    QString action;
    switch (event) {
    case SessionEvent::Lock:
        action = QStringLiteral("lock");
        detail = tr("locked the desk");
        break;
    case SessionEvent::Unlock:
        action = QStringLiteral("unlock");
        detail = tr("unlocked the desk");
        break;
    case SessionEvent::SignOut:
        action = QStringLiteral("sign-out");
        detail = tr("signed out");
        break;
    }
    TransactionGuard transaction(m_db);
    return begin(transaction, error) && audit(user.name(), action, detail, error) &&
           transaction.commit(error);
}

bool UserRepository::list(QList<User>* users, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(userColumns))) {
        if (error)
            *error = tr("Cannot read the user accounts: %1").arg(query.lastError().text());
        return false;
    }
    users->clear();
    while (query.next())
        users->append(userFrom(query));
    return true;
}
