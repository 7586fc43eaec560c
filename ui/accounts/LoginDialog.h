#pragma once

#include "accounts/User.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Sign-in at start, and unlocking a locked screen (then only the password is asked). An
// account whose password was reset chooses a new one here before it is signed in.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(const Database& db, QWidget* parent = nullptr);

    // Unlock mode: the login is fixed to user's and cannot be changed.
    void lockTo(const User& user);

    User user() const { return m_user; }
    void accept() override;

private:
    // After an administrator's reset: the officer chooses a new password before going on.
    void askNewPassword(const User& user);
    void showProblem(const QString& problem);

    const Database& m_db;
    User m_user;
    User m_changing; // signed in, but the password must be changed first
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_newPassword;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QLabel* m_newLabel;
    QLabel* m_repeatLabel;
};
