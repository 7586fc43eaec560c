#pragma once

#include "User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Officers' accounts. Every change is checked against the acting user's role here, in core.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(const Database& db)
        : m_db(db)
    {}

    static constexpr int minimumPasswordLength = 8;

    // True when no account exists yet (the first start creates the administrator).
    bool isEmpty(bool* empty, QString* error) const;
    // Only while no account exists.
    bool createFirstAdministrator(User* user, const QString& password, QString* error) const;

    bool create(const User& actor, User* user, const QString& password, QString* error) const;
    bool setPassword(const User& actor, qint64 userId, const QString& password,
                     QString* error) const;
    bool setActive(const User& actor, qint64 userId, bool active, QString* error) const;
    bool setRole(const User& actor, qint64 userId, Role role, QString* error) const;

    // False with a message that does not reveal whether the login exists.
    bool authenticate(const QString& login, const QString& password, User* user,
                      QString* error) const;

    bool list(QList<User>* users, QString* error) const;

private:
    bool insert(User* user, const QString& password, QString* error) const;
    bool validate(const User& user, const QString& password, QString* error) const;
    bool update(qint64 userId, const QString& column, const QVariant& value, QString* error) const;

    const Database& m_db;
};
