#pragma once

#include "dossiers/DossierListQuery.h"
#include "dossiers/DossierListRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

class Database;
class DueDateRules;

// The dossier list, read lazily: a page of rows at a time as the view scrolls (fetchMore),
// each page starting after the last row shown (keyset paging in DossierListRepository), so
// the list is as quick on a million dossiers as on a hundred.
class DossierListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Received,
        Applicant,
        Procedure,
        Status,
        Due,
        Remaining,
        ChannelColumn,
        Officer,
        ColumnCount
    };
    // What the deadline column says about a row, also given as Qt::UserRole on every column.
    enum class Deadline { None, Ok, DueSoon, Overdue, Paused };

    DossierListModel(const Database& db, const DueDateRules& rules, QObject* parent = nullptr);

    // Rows read per page.
    static int pageSize() { return 200; }
    // Working days ahead that make a dossier "due soon" (DOMAIN §12 sắp đến hạn).
    static int dueSoonDays() { return 2; }

    void setFilter(const DossierListFilter& filter);
    const DossierListFilter& filter() const { return m_filter; }
    // Reads the first page again (after a change elsewhere); "now" moves to the current time.
    void reload();
    // The time against which "days left" is counted (default: now, at each reload).
    void setNow(const QDateTime& now);

    QString codeAt(int row) const;
    // How many dossiers the filter matches, counting at most cap.
    bool count(int cap, int* count, QString* error) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Code, received, applicant and due sort on an index; other columns keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    Deadline deadline(const DossierListRow& row) const;
    // In working days: "3 days left", "2 days overdue", "due today", "paused (supplement)".
    QString remainingText(const DossierListRow& row) const;

signals:
    void failed(const QString& error);

private:
    bool readPage(QList<DossierListRow>* rows);

    const DueDateRules& m_rules;
    DossierListRepository m_list;
    DossierListFilter m_filter;
    DossierListSort m_sort = DossierListSort::ReceivedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<DossierListRow> m_rows;
    bool m_exhausted = false;
    bool m_changing = false; // rows are being removed or inserted
    QDateTime m_now;
    bool m_fixedNow = false;
    QString m_error;
};
