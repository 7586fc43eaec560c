#include "AccountsPanel.h"

#include "AccountsModel.h"
#include "accounts/UserRepository.h"
#include "common/DeskSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QComboBox* roleBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (Role role : {Role::CounterOfficer, Role::Supervisor, Role::Administrator})
        box->addItem(Roles::label(role), int(role));
    return box;
}

QLineEdit* passwordEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

AccountsPanel::AccountsPanel(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AccountsModel(this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_role(roleBox(this))
    , m_password(passwordEdit(this))
    , m_rename(new QPushButton(tr("Rena&me"), this))
    , m_changeRole(new QPushButton(tr("Change role"), this))
    , m_reset(new QPushButton(tr("&Reset password"), this))
    , m_active(new QPushButton(tr("D&isable account"), this))
    , m_newLogin(new QLineEdit(this))
    , m_newName(new QLineEdit(this))
    , m_newRole(roleBox(this))
    , m_newPassword(passwordEdit(this))
    , m_add(new QPushButton(tr("Add account"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsPanel"));
    m_table->setObjectName(QStringLiteral("accounts"));
    m_name->setObjectName(QStringLiteral("name"));
    m_role->setObjectName(QStringLiteral("role"));
    m_password->setObjectName(QStringLiteral("password"));
    m_rename->setObjectName(QStringLiteral("rename"));
    m_changeRole->setObjectName(QStringLiteral("changeRole"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_active->setObjectName(QStringLiteral("toggleActive"));
    m_newLogin->setObjectName(QStringLiteral("newLogin"));
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_add->setObjectName(QStringLiteral("add"));
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    m_status->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AccountsModel::Name, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPanel::showSelected);

    m_password->setPlaceholderText(
        tr("new password, at least %1 characters").arg(UserRepository::minimumPasswordLength));
    auto* selected = new QGroupBox(tr("Selected account"), this);
    auto* selectedForm = new QFormLayout(selected);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_changeRole);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reset);
    // Rows of a field and its button: the label needs its buddy for the Alt shortcut.
    auto label = [selected](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, selected);
        label->setBuddy(buddy);
        return label;
    };
    selectedForm->addRow(label(tr("Full &name:"), m_name), nameRow);
    selectedForm->addRow(label(tr("Rol&e:"), m_role), roleRow);
    selectedForm->addRow(label(tr("New pass&word:"), m_password), passwordRow);
    selectedForm->addRow(QString(), m_active);
    auto* hint = new QLabel(tr("After a reset the officer must choose a new password at the next "
                               "sign-in. Accounts are disabled, never deleted: the audit log "
                               "keeps their names."),
                            selected);
    hint->setWordWrap(true);
    selectedForm->addRow(hint);

    m_newLogin->setPlaceholderText(tr("e.g. lan.nt"));
    auto* added = new QGroupBox(tr("New account"), this);
    auto* addedForm = new QFormLayout(added);
    addedForm->addRow(tr("&Login:"), m_newLogin);
    addedForm->addRow(tr("F&ull name:"), m_newName);
    addedForm->addRow(tr("Role:"), m_newRole);
    addedForm->addRow(tr("First pa&ssword:"), m_newPassword);
    addedForm->addRow(QString(), m_add);

    connect(m_add, &QPushButton::clicked, this, &AccountsPanel::add);
    connect(m_newPassword, &QLineEdit::returnPressed, this, &AccountsPanel::add);
    connect(m_rename, &QPushButton::clicked, this, &AccountsPanel::rename);
    connect(m_name, &QLineEdit::returnPressed, this, &AccountsPanel::rename);
    connect(m_changeRole, &QPushButton::clicked, this, &AccountsPanel::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPanel::resetPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &AccountsPanel::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &AccountsPanel::toggleActive);

    // Wide enough for a field beside its button in both languages (the wrapped hint would
    // otherwise squeeze the buttons).
    selected->setMinimumWidth(480);
    added->setMinimumWidth(480);
    auto* side = new QVBoxLayout;
    side->addWidget(selected);
    side->addWidget(added);
    side->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_table, 1);
    columns->addLayout(side); // as wide as its buttons need
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);

    reload();
}

void AccountsPanel::reload()
{
    const qint64 keep = selectedId();
    QList<User> users;
    QString error;
    if (!UserRepository(m_session.db()).list(&users, &error)) {
        m_status->setText(error);
        return;
    }
    m_model->setUsers(users);
    m_table->resizeColumnToContents(AccountsModel::Login);
    m_table->resizeColumnToContents(AccountsModel::RoleColumn);
    const int row = m_model->rowOf(keep);
    m_table->setCurrentIndex(m_model->index(row < 0 ? 0 : row, 0));
    showSelected();
}

qint64 AccountsPanel::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->user(current.row()).id : 0;
}

void AccountsPanel::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const bool any = current.isValid();
    for (QWidget* widget : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_role),
                            static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_rename),
                            static_cast<QWidget*>(m_changeRole), static_cast<QWidget*>(m_reset),
                            static_cast<QWidget*>(m_active)})
        widget->setEnabled(any);
    if (!any)
        return;
    const User& user = m_model->user(current.row());
    m_name->setText(user.displayName);
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    m_password->clear();
    m_active->setText(user.active ? tr("D&isable account") : tr("&Enable account"));
}

void AccountsPanel::report(bool ok, const QString& done, const QString& error)
{
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_status->setText(ok ? done : error);
    if (ok)
        reload();
}

void AccountsPanel::add()
{
    User user;
    user.login = m_newLogin->text().trimmed();
    user.displayName = m_newName->text();
    user.role = Role(m_newRole->currentData().toInt());
    QString error;
    const bool ok = UserRepository(m_session.db())
                        .create(m_session.user(), &user, m_newPassword->text(), &error);
    m_newPassword->clear();
    if (ok) {
        m_newLogin->clear();
        m_newName->clear();
    }
    report(ok,
           tr("Account %1 added; %2 chooses a new password at the first sign-in.")
               .arg(user.login, user.displayName),
           error);
    if (ok)
        m_table->setCurrentIndex(m_model->index(m_model->rowOf(user.id), 0));
}

void AccountsPanel::rename()
{
    QString error;
    const bool ok = UserRepository(m_session.db())
                        .setDisplayName(m_session.user(), selectedId(), m_name->text(), &error);
    report(ok, tr("Full name changed."), error);
}

void AccountsPanel::changeRole()
{
    QString error;
    const Role role = Role(m_role->currentData().toInt());
    const bool ok =
        UserRepository(m_session.db()).setRole(m_session.user(), selectedId(), role, &error);
    report(ok, tr("Role changed to %1.").arg(Roles::label(role)), error);
    if (!ok)
        showSelected(); // back to the role it has
}

void AccountsPanel::resetPassword()
{
    QString error;
    const bool ok = UserRepository(m_session.db())
                        .setPassword(m_session.user(), selectedId(), m_password->text(), &error);
    m_password->clear();
    report(ok, tr("Password reset; it must be changed at the next sign-in."), error);
}

void AccountsPanel::toggleActive()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const User user = m_model->user(current.row());
    QString error;
    const bool ok =
        UserRepository(m_session.db()).setActive(m_session.user(), user.id, !user.active, &error);
    report(ok,
           user.active ? tr("Account %1 disabled.").arg(user.login)
                       : tr("Account %1 enabled.").arg(user.login),
           error);
}
