#pragma once

#include <QWidget>

class AccountsModel;
class DeskSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Settings › Accounts (administrators): every officer's account, and adding, renaming,
// changing the role, resetting the password and disabling one. Core checks the right and
// keeps the last active administrator; accounts are never deleted.
class AccountsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPanel(DeskSession& session, QWidget* parent = nullptr);

    void reload();

private:
    void showSelected();
    qint64 selectedId() const;
    // Shows the outcome of a change and reloads the list on success.
    void report(bool ok, const QString& done, const QString& error);
    void add();
    void rename();
    void changeRole();
    void resetPassword();
    void toggleActive();

    DeskSession& m_session;
    AccountsModel* m_model;
    QTableView* m_table;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QPushButton* m_rename;
    QPushButton* m_changeRole;
    QPushButton* m_reset;
    QPushButton* m_active;
    QLineEdit* m_newLogin;
    QLineEdit* m_newName;
    QComboBox* m_newRole;
    QLineEdit* m_newPassword;
    QPushButton* m_add;
    QLabel* m_status;
};
