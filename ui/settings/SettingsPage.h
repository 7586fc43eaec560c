#pragma once

#include "accounts/User.h"
#include "settings/OfficeSettings.h"

#include <QWidget>

class AccountsPanel;
class CalendarPage;
class CataloguePanel;
class DatabaseSettingsPanel;
class DeskSession;
class OfficeIdentityForm;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QTabWidget;
class TargetsPanel;

// Settings, one tab each: the office (identity, working windows, supplement policy, this
// desk's language), the working-day calendar, the yearly targets, the procedure catalogue and,
// for an administrator, which database this computer opens and the officers' accounts.
// Changes that need a supervisor are refused in core for a counter officer.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(DeskSession& session, QWidget* parent = nullptr);

    void reload();
    QTabWidget* tabs() const { return m_tabs; }
    // Brings the Database tab forward (an administrator's only).
    void showDatabaseTab();
    // Brings the Accounts tab forward (an administrator's only).
    void showAccountsTab();
    // The holiday calendar (its screenshot: --area settings-calendar).
    void showCalendarTab();

signals:
    void officeSettingsChanged(const OfficeSettings& settings);

private:
    QWidget* createOfficeTab();
    void updateDatabaseTab(const User& user);
    void save();

    DeskSession& m_session;
    OfficeSettings m_loaded;
    QTabWidget* m_tabs;
    OfficeIdentityForm* m_form = nullptr;
    QComboBox* m_policy = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_citizenScreen = nullptr;
    QLineEdit* m_scannerFolder = nullptr;
    QLabel* m_status = nullptr;
    CalendarPage* m_calendar = nullptr;
    TargetsPanel* m_targets = nullptr;
    CataloguePanel* m_catalogue = nullptr;
    DatabaseSettingsPanel* m_database = nullptr;
    int m_databaseTab = -1;
    AccountsPanel* m_accounts = nullptr;
    int m_accountsTab = -1;
};
