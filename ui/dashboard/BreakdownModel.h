#pragma once

#include "indicators/IndicatorReport.h"

#include <QAbstractTableModel>

// The dashboard's breakdown of a grouped report (by field or by officer): one row per group.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Group,
        Received,
        OnTime,
        Satisfaction,
        Digitized,
        Online,
        OnlinePayment,
        Apology,
        ColumnCount
    };

    explicit BreakdownModel(QObject* parent = nullptr);

    void setReport(const IndicatorReport& report);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString keyOf(Column column);
    const IndicatorValue* value(int row, Column column) const;

    QList<IndicatorGroupReport> m_groups;
    IndicatorGrouping m_grouping = IndicatorGrouping::Field;
};
