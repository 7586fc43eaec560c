#pragma once

#include "accounts/User.h"

#include <QAbstractTableModel>
#include <QList>

// The office's accounts for the Accounts tab: login, full name, role, state.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Login, Name, RoleColumn, State, ColumnCount };

    explicit AccountsModel(QObject* parent = nullptr);

    void setUsers(const QList<User>& users);
    const User& user(int row) const { return m_users.at(row); }
    // The row of the account with this id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};
