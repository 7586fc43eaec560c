#include "DeskSession.h"

#include "storage/ChangeWatcher.h"

#include "calendar/CalendarStore.h"
#include "settings/OfficeSettingsStore.h"
#include "storage/Database.h"

#include <QSettings>

DeskSession::DeskSession(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_engine(std::make_unique<DueDateEngine>(m_calendar, m_office.windows))
    , m_rules(std::make_unique<OfficeDueDateRules>(m_calendar, m_office))
    , m_officer(defaultOfficer())
    , m_changes(new ChangeWatcher(db, this))
{
    QString error;
    reload(&error); // on failure the statutory calendar and default windows stay in use
    connect(m_changes, &ChangeWatcher::changed, this, &DeskSession::otherDeskChanged);
    connect(m_changes, &ChangeWatcher::failed, this, &DeskSession::changeWatchFailed);
    QString watchError;
    if (!m_changes->start(&watchError))
        qWarning("%s", qPrintable(watchError));
}

DeskSession::~DeskSession() = default;

bool DeskSession::reload(QString* error)
{
    OfficeSettings office;
    WorkCalendar calendar;
    if (!OfficeSettingsStore(m_db).load(&office, error) ||
        !CalendarStore(m_db).loadCalendar(&calendar, error))
        return false;
    m_office = office;
    m_calendar = calendar;
    m_engine = std::make_unique<DueDateEngine>(m_calendar, m_office.windows);
    m_rules = std::make_unique<OfficeDueDateRules>(m_calendar, m_office);
    return true;
}

void DeskSession::setOfficer(const QString& officer)
{
    if (officer == m_officer)
        return;
    m_officer = officer;
    emit officerChanged(officer);
}

void DeskSession::setUser(const User& user)
{
    m_user = user;
    emit userChanged(user);
}

User DeskSession::actor() const
{
    User actor = m_user;
    actor.displayName = m_officer;
    if (actor.login.isEmpty())
        actor.login = m_officer;
    return actor;
}

QString DeskSession::defaultOfficer()
{
    const QString configured = QSettings().value(QStringLiteral("desk/officer")).toString();
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}
