#include "AccountsModel.h"

#include <QBrush>
#include <QColor>

AccountsModel::AccountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccountsModel::setUsers(const QList<User>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int AccountsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id)
            return row;
    }
    return -1;
}

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const User& user = m_users.at(index.row());
    if (role == Qt::ForegroundRole && !user.active)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case Login:
        return user.login;
    case Name:
        return user.displayName;
    case RoleColumn:
        return Roles::label(user.role);
    case State:
        if (!user.active)
            return tr("Disabled");
        return user.mustChangePassword ? tr("Active, must change password") : tr("Active");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return QVariant();
}
