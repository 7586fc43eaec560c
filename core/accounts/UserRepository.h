#pragma once

#include "User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Officers' accounts. Every change is checked against the acting user's role here, in core,
// and written to the audit log in the same transaction. Accounts are never deleted (the audit
// log names them): they are disabled.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(const Database& db)
        : m_db(db)
    {}

    static constexpr int minimumPasswordLength = 8;
    // Sign-in throttling: from this many failures in a row, each further attempt waits.
    static constexpr int freeAttempts = 5;
    // The wait after `failures` failed sign-ins in a row: 0 below freeAttempts, then 30 s,
    // doubling with each further failure, at most one hour.
    static int delaySeconds(int failures);

    // True when no account exists yet (the first start creates the administrator).
    bool isEmpty(bool* empty, QString* error) const;
    // Only while no account exists.
    bool createFirstAdministrator(User* user, const QString& password, QString* error) const;

    // A new account; its officer chooses their own password at the first sign-in.
    bool create(const User& actor, User* user, const QString& password, QString* error) const;
    // The actor's own password (clears "must change"), or an administrator's reset of
    // another's (the officer must change it at the next sign-in).
    bool setPassword(const User& actor, qint64 userId, const QString& password,
                     QString* error) const;
    bool setDisplayName(const User& actor, qint64 userId, const QString& displayName,
                        QString* error) const;
    // The last active administrator can be neither disabled nor given another role.
    bool setActive(const User& actor, qint64 userId, bool active, QString* error) const;
    bool setRole(const User& actor, qint64 userId, Role role, QString* error) const;

    // False with a message that does not reveal whether the login exists. Failures are
    // counted per account in the database; from freeAttempts on, the account waits
    // delaySeconds() before the next try. Every success and failure is audited.
    bool authenticate(const QString& login, const QString& password, User* user, QString* error,
                      const QDateTime& now = QDateTime::currentDateTime()) const;

    // The desk's lock, unlock and sign-out, for the audit log.
    enum class SessionEvent { Lock, Unlock, SignOut };
    bool recordSession(const User& user, SessionEvent event, QString* error) const;

    bool find(const QString& login, User* user, QString* error) const;
    bool list(QList<User>* users, QString* error) const;

private:
    bool findById(qint64 userId, User* user, QString* error) const;
    bool findBy(const QString& column, const QVariant& value, const QString& notFound, User* user,
                QString* error) const;
    bool insert(User* user, const QString& password, bool mustChange, QString* error) const;
    bool validate(const User& user, const QString& password, QString* error) const;
    bool update(qint64 userId, const QString& column, const QVariant& value, QString* error) const;
    // Refuses when userId is the last active administrator.
    bool keepsAnAdministrator(qint64 userId, QString* error) const;
    bool audit(const QString& officer, const QString& action, const QString& detail,
               QString* error) const;

    const Database& m_db;
};
