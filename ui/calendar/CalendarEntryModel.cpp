#include "CalendarEntryModel.h"

CalendarEntryModel::CalendarEntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CalendarEntryModel::setEntries(const QList<CalendarEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CalendarEntryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int CalendarEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CalendarEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const CalendarEntry& entry = m_entries.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (Column(index.column())) {
    case Date:
        return entry.isRecurring() ? tr("%1 every year from %2")
                                         .arg(entry.date.toString(QStringLiteral("dd/MM")))
                                         .arg(entry.effectiveYear)
                                   : entry.date.toString(QStringLiteral("dd/MM/yyyy"));
    case Kind:
        return DayKinds::label(entry.kind);
    case Name:
        return entry.name;
    case Notice:
        return entry.noticeNumber;
    case Note:
        return entry.note;
    case Basis:
        // An officer's entry may name only its notice (WorkCalendar does the same).
        return entry.basis.trimmed().isEmpty() ? entry.noticeNumber : entry.basis;
    case Checked:
        return entry.checkedOn.toString(QStringLiteral("dd/MM/yyyy"));
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant CalendarEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Notice:
        return tr("Notice number");
    case Note:
        return tr("Note");
    case Basis:
        return tr("Legal basis");
    case Checked:
        return tr("Checked on");
    case ColumnCount:
        break;
    }
    return QVariant();
}
