#pragma once

#include "calendar/WorkCalendar.h"

#include <QAbstractTableModel>
#include <QDate>

// A year planner: one row per month, one column per day of the month (1–31). Each cell
// shows the solar day and the lunar date; rest days and holidays are shaded, swapped
// working days marked, and the tooltip names the day and its notice.
class CalendarYearModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { DateRole = Qt::UserRole + 1, WorkingRole, KindRole };

    explicit CalendarYearModel(QObject* parent = nullptr);

    void setCalendar(const WorkCalendar& calendar);
    void setYear(int year);
    int year() const { return m_year; }
    const WorkCalendar& calendar() const { return m_calendar; }

    QModelIndex indexOf(const QDate& date) const;
    QDate dateAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    WorkCalendar m_calendar;
    int m_year;
};
