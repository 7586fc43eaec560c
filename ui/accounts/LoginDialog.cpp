#include "LoginDialog.h"

#include "accounts/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Một Cửa Desk"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void LoginDialog::lockTo(const User& user)
{
    setWindowTitle(tr("Screen locked — %1").arg(user.displayName));
    m_login->setText(user.login);
    m_login->setReadOnly(true);
    m_password->setFocus();
}

void LoginDialog::accept()
{
    QString error;
    User user;
    if (!UserRepository(m_db).authenticate(m_login->text(), m_password->text(), &user, &error)) {
        m_problem->setText(error);
        m_problem->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = user;
    m_password->clear();
    QDialog::accept();
}
