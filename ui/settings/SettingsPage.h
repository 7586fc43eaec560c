#pragma once

#include "settings/OfficeSettings.h"

#include <QWidget>

class Database;
class OfficeIdentityForm;
class QComboBox;
class QLabel;

// Settings: the office identity and working hours (shared by every desk on the database)
// and this desk's interface language.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const Database& db, QWidget* parent = nullptr);

    void reload();

signals:
    void officeSettingsChanged(const OfficeSettings& settings);

private:
    void save();

    const Database& m_db;
    OfficeSettings m_loaded;
    OfficeIdentityForm* m_form;
    QComboBox* m_language;
    QLabel* m_status;
};
