#include "OverdueModel.h"

#include <QBrush>
#include <QColor>

namespace {
// Two-digit years keep the column narrow enough for 1366 px; exports write the full year.
QString dateTimeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yy HH:mm")) : QString();
}
} // namespace

OverdueModel::OverdueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OverdueModel::setItems(const QList<OverdueItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const OverdueItem* OverdueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int OverdueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OverdueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverdueModel::stateKey(const OverdueItem& item)
{
    if (item.kind == OverdueItem::Kind::Feedback)
        return QStringLiteral("feedback");
    return item.state == OverdueItem::State::Overdue ? QStringLiteral("overdue")
                                                     : QStringLiteral("due-soon");
}

QVariant OverdueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const OverdueItem& item = m_items.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case State:
            return OverdueList::stateText(item);
        case Code:
            return item.code;
        case Subject:
            return item.subject;
        case Field:
            return item.field;
        case Officer:
            return item.officer;
        case Applicant:
            return item.applicantName;
        case IdNumber:
            return item.maskedId;
        case LegalDue:
            return dateTimeText(item.legalDueAt);
        case DaysOverdue:
            return item.state == OverdueItem::State::Overdue ? QVariant(item.workingDaysOverdue)
                                                             : QVariant();
        case Apology:
            return OverdueList::apologyText(item);
        case PromisedDate:
            return dateTimeText(item.apologyNewDueAt);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DaysOverdue)
            return tr("Working days past the legal due date");
        if (column == LegalDue)
            return item.legalDueAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        if (column == Code || column == Subject || column == Officer || column == Applicant ||
            column == Apology)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysOverdue)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Colour backs up the words of the State and Apology columns, never replaces them.
        if (column == State && item.state == OverdueItem::State::Overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (column == State && item.state == OverdueItem::State::DueSoon)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        if (column == Apology && item.apologyMissing())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case StateKeyRole:
        return stateKey(item);
    case SortRole:
        switch (column) {
        case LegalDue:
            return item.legalDueAt;
        case PromisedDate:
            return item.apologyNewDueAt;
        case DaysOverdue:
            return item.workingDaysOverdue;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant OverdueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case State:
        return tr("State");
    case Code:
        return tr("Dossier code");
    case Subject:
        return tr("Procedure / feedback");
    case Field:
        return tr("Field");
    case Officer:
        return tr("Officer");
    case Applicant:
        return tr("Applicant");
    case IdNumber:
        return tr("ID number");
    case LegalDue:
        return tr("Legal due date");
    case DaysOverdue:
        return tr("Days late");
    case Apology:
        return tr("Apology");
    case PromisedDate:
        return tr("Promised date");
    case ColumnCount:
        break;
    }
    return {};
}
