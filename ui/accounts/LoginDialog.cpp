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
    , m_newPassword(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_newLabel(new QLabel(tr("&New password:"), this))
    , m_repeatLabel(new QLabel(tr("&Repeat it:"), this))
{
    setWindowTitle(tr("Sign in to Một Cửa Desk"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_newLabel->setBuddy(m_newPassword);
    m_repeatLabel->setBuddy(m_repeat);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_newLabel, m_newPassword);
    form->addRow(m_repeatLabel, m_repeat);
    for (QWidget* widget : {static_cast<QWidget*>(m_newLabel), static_cast<QWidget*>(m_newPassword),
                            static_cast<QWidget*>(m_repeatLabel), static_cast<QWidget*>(m_repeat)})
        widget->hide();
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

void LoginDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->show();
}

void LoginDialog::askNewPassword(const User& user)
{
    m_changing = user;
    m_login->setReadOnly(true);
    m_password->setEnabled(false);
    for (QWidget* widget : {static_cast<QWidget*>(m_newLabel), static_cast<QWidget*>(m_newPassword),
                            static_cast<QWidget*>(m_repeatLabel), static_cast<QWidget*>(m_repeat)})
        widget->show();
    showProblem(tr("Your password was reset by the administrator: choose a new one (at least %1 "
                   "characters) to go on.")
                    .arg(UserRepository::minimumPasswordLength));
    m_newPassword->setFocus();
}

void LoginDialog::accept()
{
    QString error;
    if (m_changing.id != 0) {
        if (m_newPassword->text() != m_repeat->text()) {
            showProblem(tr("New password: the two entries differ."));
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
        if (!UserRepository(m_db).setPassword(m_changing, m_changing.id, m_newPassword->text(),
                                              &error)) {
            showProblem(error);
            m_newPassword->clear();
            m_repeat->clear();
            m_newPassword->setFocus();
            return;
        }
        m_user = m_changing;
        m_user.mustChangePassword = false;
        m_newPassword->clear();
        m_repeat->clear();
        QDialog::accept();
        return;
    }
    User user;
    if (!UserRepository(m_db).authenticate(m_login->text(), m_password->text(), &user, &error)) {
        showProblem(error);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    if (user.mustChangePassword) {
        askNewPassword(user);
        return;
    }
    m_user = user;
    QDialog::accept();
}
