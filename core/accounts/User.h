#pragma once

#include <QCoreApplication>
#include <QString>

// The three roles of an office (issue: accounts and roles).
enum class Role {
    CounterOfficer, // cán bộ tiếp nhận: receives dossiers, records their progress
    Supervisor,     // lãnh đạo: targets, calendar, catalogue, apologies, audit
    Administrator   // quản trị: accounts, and everything a supervisor may do
};

namespace Roles {
QString key(Role role); // "officer" | "supervisor" | "administrator"
bool fromKey(const QString& key, Role* role);
QString label(Role role); // translated
} // namespace Roles

// One officer's account. The password never leaves the repository except as its hash.
class User
{
public:
    qint64 id = 0;
    QString login;       // what the officer types to sign in
    QString displayName; // printed as the receiving officer
    Role role = Role::CounterOfficer;
    bool active = true;
    // Set when an administrator reset the password: the officer chooses a new one at the next
    // sign-in.
    bool mustChangePassword = false;

    // The name recorded as the officer of what this user does: the display name, else the
    // login.
    QString name() const { return displayName.isEmpty() ? login : displayName; }

    // Someone acting without an account of the accounts table: the command line (the
    // operating-system user, acting as administrator) and tests.
    static User acting(const QString& name, Role role = Role::CounterOfficer)
    {
        User user;
        user.login = name;
        user.displayName = name;
        user.role = role;
        return user;
    }
};
