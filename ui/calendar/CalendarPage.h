#pragma once

#include "accounts/User.h"
#include "calendar/CalendarEntry.h"
#include "calendar/WorkCalendar.h"

#include <QWidget>

class CalendarEntryModel;
class CalendarYearModel;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// Settings → Calendar: the year planner with rest days, holidays and lunar dates, the
// year's status (official, provisional with a Confirm action, confirmed), and the form for
// holidays and swapped days with their notice numbers. Keyboard: Ctrl+PgUp/PgDown change
// the year, arrows move in the planner, Enter there goes to the form, Enter in the form
// adds or saves.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    // user: who changes the calendar; core refuses a role without Permission::ChangeCalendar.
    CalendarPage(const Database& db, const User& user, QWidget* parent = nullptr);
    void setUser(const User& user) { m_user = user; }

    // Reads the calendar again (another desk may have changed it).
    void reload();
    void showYear(int year);
    int year() const;
    const WorkCalendar& calendar() const { return m_calendar; }

signals:
    // After every saved change. The lead checks open dossiers against the two calendars
    // with CalendarChange::appointment and lists those whose appointment would move.
    void calendarChanged(const WorkCalendar& before, const WorkCalendar& after);

private:
    QWidget* createYearBar();
    QWidget* createForm();
    void refreshYear();
    void selectDate(const QDate& date);
    void editEntry(const CalendarEntry& entry);
    void clearForm(const QDate& date);
    CalendarEntry formEntry() const;
    void addEntry();
    void saveEntry();
    void removeEntry();
    void confirmYear();
    void changed(const WorkCalendar& before, const QString& message);
    void showMessage(const QString& message, bool problem);

    const Database& m_db;
    User m_user;
    WorkCalendar m_calendar;
    qint64 m_editingId = 0;

    CalendarYearModel* m_yearModel;
    CalendarEntryModel* m_entryModel;
    QSpinBox* m_year;
    QLabel* m_status;
    QLineEdit* m_confirmNotices;
    QPushButton* m_confirm;
    QTableView* m_yearView;
    QTableView* m_entries;
    QLabel* m_dayDetails;
    QDateEdit* m_date;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_notice;
    QLineEdit* m_note;
    QCheckBox* m_recurring;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_remove;
    QLabel* m_message;
};
