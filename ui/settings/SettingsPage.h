#pragma once

#include "settings/OfficeSettings.h"

#include <QWidget>

class CalendarPage;
class CataloguePanel;
class DeskSession;
class OfficeIdentityForm;
class QComboBox;
class QLabel;
class QTabWidget;
class TargetsPanel;

// Settings, one tab each: the office (identity, working windows, supplement policy, this
// desk's language), the working-day calendar, the yearly targets and the procedure catalogue.
// Changes that need a supervisor are refused in core for a counter officer.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(DeskSession& session, QWidget* parent = nullptr);

    void reload();
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void officeSettingsChanged(const OfficeSettings& settings);

private:
    QWidget* createOfficeTab();
    void save();

    DeskSession& m_session;
    OfficeSettings m_loaded;
    QTabWidget* m_tabs;
    OfficeIdentityForm* m_form = nullptr;
    QComboBox* m_policy = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_status = nullptr;
    CalendarPage* m_calendar = nullptr;
    TargetsPanel* m_targets = nullptr;
    CataloguePanel* m_catalogue = nullptr;
};
