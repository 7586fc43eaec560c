#include "BreakdownModel.h"

#include "IndicatorTile.h"

#include <QBrush>
#include <QColor>

BreakdownModel::BreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BreakdownModel::setReport(const IndicatorReport& report)
{
    beginResetModel();
    m_groups = report.groups;
    m_grouping = report.grouping;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Group, Group);
}

int BreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int BreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BreakdownModel::keyOf(Column column)
{
    switch (column) {
    case Received:
    case OnTime:
        return QStringLiteral("on_time_rate");
    case Satisfaction:
        return QStringLiteral("satisfaction_rate");
    case Digitized:
        return QStringLiteral("digitized_rate");
    case Online:
        return QStringLiteral("online_rate");
    case OnlinePayment:
        return QStringLiteral("online_payment_rate");
    case Apology:
        return QStringLiteral("apology_rate");
    case Group:
    case ColumnCount:
        break;
    }
    return QString();
}

const IndicatorValue* BreakdownModel::value(int row, Column column) const
{
    const QString key = keyOf(column);
    for (const IndicatorValue& v : m_groups.at(row).indicators) {
        if (v.key == key)
            return &v;
    }
    return nullptr;
}

QVariant BreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size() || index.column() >= ColumnCount)
        return {};
    const auto column = Column(index.column());
    if (column == Group) {
        if (role != Qt::DisplayRole)
            return {};
        const QString group = m_groups.at(index.row()).group;
        return group.isEmpty() ? tr("(none)") : group;
    }
    const IndicatorValue* v = value(index.row(), column);
    if (!v)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (column == Received)
            return v->denominator;
        if (!v->value)
            return QStringLiteral("—");
        // The word stays with the number so the table reads without colour.
        return v->met && !*v->met ? IndicatorTile::percent(*v->value) + tr(" ✘")
                                  : IndicatorTile::percent(*v->value);
    case Qt::ToolTipRole:
        return tr("%1 of %2").arg(v->numerator).arg(v->denominator);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column != Received && v->met && !*v->met)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    default:
        return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Group:
        return m_grouping == IndicatorGrouping::Officer ? tr("Officer") : tr("Field");
    case Received:
        return tr("Number of dossiers");
    case OnTime:
        return tr("On time");
    case Satisfaction:
        return tr("Satisfied");
    case Digitized:
        return tr("Digitized");
    case Online:
        return tr("Online");
    case OnlinePayment:
        return tr("Paid online");
    case Apology:
        return tr("Apologised");
    case ColumnCount:
        break;
    }
    return {};
}
