#pragma once

#include "accounts/User.h"
#include "calendar/DueDateEngine.h"
#include "calendar/WorkCalendar.h"
#include "dossiers/OfficeDueDateRules.h"
#include "settings/OfficeSettings.h"

#include <QObject>
#include <QString>

#include <memory>

class ChangeWatcher;
class Database;

// What every desk page shares: the database, the office's settings, its working-day calendar
// with the due-date engine, and the officer at the desk. Pages tell each other about saved
// dossiers through it.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    explicit DeskSession(Database& db, QObject* parent = nullptr);
    ~DeskSession() override;

    // Reads the settings and the calendar again (after a change in Settings).
    bool reload(QString* error);

    Database& db() const { return m_db; }
    const OfficeSettings& office() const { return m_office; }
    const WorkCalendar& calendar() const { return m_calendar; }
    const DueDateEngine& engine() const { return *m_engine; }
    const OfficeDueDateRules& rules() const { return *m_rules; }

    // The signed-in officer (GuiMain sets it after sign-in); before that the "desk/officer"
    // setting, else the operating system's user name.
    QString officer() const { return m_officer; }
    void setOfficer(const QString& officer);
    // The signed-in account, whose role core checks for supervisor actions (a counter officer
    // until someone signs in).
    const User& user() const { return m_user; }
    void setUser(const User& user);
    // Who acts at this desk, as core's write calls take it: the signed-in account, recorded
    // under officer().
    User actor() const;
    static QString defaultOfficer();

signals:
    // A dossier was received or changed at this desk.
    void dossierChanged(const QString& code);
    // Another desk (or motcua-cli) committed a change to the office database.
    void otherDeskChanged();
    // Changes of other desks can no longer be followed (the reason, translated).
    void changeWatchFailed(const QString& error);
    void officerChanged(const QString& officer);
    // Another account signed in: pages show or hide what its role may do.
    void userChanged(const User& user);

private:
    Database& m_db;
    OfficeSettings m_office;
    WorkCalendar m_calendar;
    std::unique_ptr<DueDateEngine> m_engine;
    std::unique_ptr<OfficeDueDateRules> m_rules;
    QString m_officer;
    User m_user;
    ChangeWatcher* m_changes;
};
