#pragma once

#include "supervisor/OverdueList.h"

#include <QAbstractTableModel>
#include <QList>

// The overdue list (DOMAIN §8) as a table: overdue and due-soon dossiers and overdue feedback,
// ID numbers masked. Filled from OverdueList; no SQL here.
class OverdueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        State,
        Code,
        Subject,
        Field,
        Officer,
        Applicant,
        IdNumber,
        LegalDue,
        DaysOverdue,
        Apology,
        PromisedDate,
        ColumnCount
    };
    // Data roles beyond Qt's: the state key ("overdue", "due-soon", "feedback") for filters.
    enum Role { StateKeyRole = Qt::UserRole + 1, SortRole };

    explicit OverdueModel(QObject* parent = nullptr);

    void setItems(const QList<OverdueItem>& items);
    const QList<OverdueItem>& items() const { return m_items; }
    const OverdueItem* item(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateKey(const OverdueItem& item);

private:
    QList<OverdueItem> m_items;
};
