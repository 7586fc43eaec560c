#include "ChangeWatcher.h"

#include "Database.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

ChangeWatcher::ChangeWatcher(const Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

bool ChangeWatcher::start(QString* error)
{
    stop();
    if (m_db.dialect().isPostgresql()) {
        QSqlDriver* driver = m_db.connection().driver();
        if (!driver || !driver->subscribeToNotification(SqlDialect::changeChannel())) {
            if (error)
                *error = tr("Cannot listen for changes made by other desks: %1")
                             .arg(driver ? driver->lastError().text() : QString());
            return false;
        }
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                if (name == SqlDialect::changeChannel() && source != QSqlDriver::SelfSource)
                    emit changed();
            });
        m_active = true;
        return true;
    }
    m_timer = new QTimer(this);
    m_walWatcher = new QFileSystemWatcher(this);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::checkDataVersion);
    connect(m_walWatcher, &QFileSystemWatcher::fileChanged, this, &ChangeWatcher::checkDataVersion);
    m_active = true;
    m_lastVersion = -1;
    checkDataVersion(); // the first look only records the version
    m_timer->start(1000);
    return m_active;
}

void ChangeWatcher::stop()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_db.dialect().isPostgresql()) {
        if (QSqlDriver* driver = m_db.connection().driver()) {
            disconnect(driver, nullptr, this, nullptr);
            driver->unsubscribeFromNotification(SqlDialect::changeChannel());
        }
        return;
    }
    delete m_timer;
    m_timer = nullptr;
    delete m_walWatcher;
    m_walWatcher = nullptr;
}

void ChangeWatcher::watchWal()
{
    const QString wal = m_db.location() + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !m_walWatcher->files().contains(wal))
        m_walWatcher->addPath(wal);
}

void ChangeWatcher::checkDataVersion()
{
    watchWal();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        emit failed(tr("Cannot read the database's data version: %1").arg(q.lastError().text()));
        return;
    }
    const qint64 version = q.value(0).toLongLong();
    const bool first = m_lastVersion < 0;
    const bool differs = version != m_lastVersion;
    m_lastVersion = version;
    if (differs && !first)
        emit changed();
}
