#pragma once

#include "calendar/CalendarEntry.h"

#include <QAbstractTableModel>
#include <QList>

// The stored calendar entries of one year (and the holidays repeated every year), for the
// list beside the year view.
class CalendarEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Basis and Checked: the law or notice the day rests on and when it was last checked
    // against it, as `motcua-cli calendar YEAR` prints them.
    enum Column { Date, Kind, Name, Checked, Basis, Notice, Note, ColumnCount };

    explicit CalendarEntryModel(QObject* parent = nullptr);

    void setEntries(const QList<CalendarEntry>& entries);
    const QList<CalendarEntry>& entries() const { return m_entries; }
    CalendarEntry entryAt(int row) const { return m_entries.value(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CalendarEntry> m_entries;
};
