#pragma once

#include "accounts/User.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Sign-in at start, and unlocking a locked screen (then only the password is asked).
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
    const Database& m_db;
    User m_user;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_problem;
};
