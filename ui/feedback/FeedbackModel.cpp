#include "FeedbackModel.h"

#include <QBrush>
#include <QColor>

namespace {
QString dateTimeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}
} // namespace

FeedbackModel::FeedbackModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FeedbackModel::setItems(const QList<Feedback>& items, const QDateTime& asOf)
{
    beginResetModel();
    m_items = items;
    m_asOf = asOf;
    endResetModel();
}

const Feedback* FeedbackModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int FeedbackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FeedbackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeedbackModel::stateText(const Feedback& f, const QDateTime& asOf)
{
    // QĐ 766: handled on time when resolved by the deadline.
    if (f.resolvedAt.isValid())
        return f.resolvedAt <= f.deadlineAt ? tr("Resolved on time") : tr("Resolved late");
    return f.deadlineAt < asOf ? tr("Overdue") : tr("Open");
}

QVariant FeedbackModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const Feedback& f = m_items.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (!f.resolvedAt.isValid() && f.deadlineAt < m_asOf)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Content)
        return f.content;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Received:
        return dateTimeText(f.receivedAt);
    case Content:
        return f.content.simplified();
    case Dossier:
        return f.dossierCode;
    case Deadline:
        return dateTimeText(f.deadlineAt);
    case Resolved:
        return dateTimeText(f.resolvedAt);
    case Rating:
        switch (f.rating) {
        case ::Rating::Satisfied:
            return tr("Satisfied");
        case ::Rating::Unsatisfied:
            return tr("Unsatisfied");
        case ::Rating::None:
            return QString();
        }
        return {};
    case State:
        return stateText(f, m_asOf);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Received:
        return tr("Received");
    case Content:
        return tr("Content");
    case Dossier:
        return tr("Dossier");
    case Deadline:
        return tr("Deadline");
    case Resolved:
        return tr("Resolved");
    case Rating:
        return tr("Rating");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}
