#pragma once

#include "accounts/User.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// On the very first start: the administrator's account, before anyone can sign in.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(const Database& db, QWidget* parent = nullptr);

    User user() const { return m_user; }
    void accept() override;

private:
    const Database& m_db;
    User m_user;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
};
