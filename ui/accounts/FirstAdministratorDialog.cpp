#include "FirstAdministratorDialog.h"

#include "accounts/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdministratorDialog::FirstAdministratorDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Create the administrator account"));
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_login->setText(QStringLiteral("admin"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* intro = new QLabel(tr("No account exists yet. Create the administrator, who then adds "
                                "the accounts of the counter officers and supervisors."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(
        tr("&Password (at least %1 characters):").arg(UserRepository::minimumPasswordLength),
        m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void FirstAdministratorDialog::accept()
{
    auto showProblem = [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
    };
    if (m_password->text() != m_repeat->text()) {
        showProblem(tr("Repeat the password: the two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    User user;
    user.login = m_login->text().trimmed().toLower();
    user.displayName = m_name->text();
    QString error;
    if (!UserRepository(m_db).createFirstAdministrator(&user, m_password->text(), &error)) {
        showProblem(error);
        return;
    }
    m_user = user;
    QDialog::accept();
}
