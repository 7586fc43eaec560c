#pragma once

#include "dossiers/Feedback.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The citizen feedback register (phản ánh, kiến nghị) as a table.
class FeedbackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, Content, Dossier, Deadline, Resolved, Rating, State, ColumnCount };

    explicit FeedbackModel(QObject* parent = nullptr);

    void setItems(const QList<Feedback>& items, const QDateTime& asOf);
    const Feedback* item(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(const Feedback& item, const QDateTime& asOf);

private:
    QList<Feedback> m_items;
    QDateTime m_asOf;
};
