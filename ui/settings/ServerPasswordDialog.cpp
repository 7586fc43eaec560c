#include "ServerPasswordDialog.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ServerPasswordDialog::ServerPasswordDialog(const QString& location, bool refused, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("serverPasswordDialog"));
    setWindowTitle(tr("Database server password"));
    QString socketFolder;
    const QString user = Database::serverUrl(location, &socketFolder).userName();
    auto* intro = new QLabel(
        tr("The database server %1 asks for the password of the database user %2.")
            .arg(Database::displayLocation(location), user.isEmpty() ? tr("(this computer's "
                                                                          "user)")
                                                                     : user),
        this);
    intro->setWordWrap(true);
    auto* problem = new QLabel(tr("The server did not accept that password. Try again."), this);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setVisible(refused);

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(problem);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
    setMinimumWidth(460);
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

bool ServerPasswordDialog::ask(QWidget* parent, const QString& location, bool refused,
                               QString* password)
{
    ServerPasswordDialog dialog(location, refused, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = dialog.password();
    return true;
}
