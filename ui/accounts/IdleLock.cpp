#include "IdleLock.h"

#include "LoginDialog.h"
#include "accounts/UserRepository.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QWidget>

namespace {
const QString idleKey = QStringLiteral("security/idle_minutes");
}

IdleLock::IdleLock(const Database& db, const User& user, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_user(user)
    , m_window(window)
{
    m_sinceInput.start();
    qApp->installEventFilter(this);
    m_timer.setInterval(15 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_timer.start();
}

int IdleLock::idleMinutes()
{
    return QSettings().value(idleKey, 10).toInt();
}

void IdleLock::setIdleMinutes(int minutes)
{
    QSettings().setValue(idleKey, qMax(0, minutes));
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    const int minutes = idleMinutes();
    if (minutes > 0 && !m_locked && m_sinceInput.elapsed() > qint64(minutes) * 60 * 1000)
        lockNow();
}

void IdleLock::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    const bool wasVisible = m_window->isVisible();
    m_window->hide(); // citizens' data is not left on an unattended screen
    QString error;
    if (!UserRepository(m_db).recordSession(m_user, UserRepository::SessionEvent::Lock, &error))
        qWarning("%s", qPrintable(error));
    LoginDialog unlock(m_db);
    unlock.lockTo(m_user);
    while (unlock.exec() != QDialog::Accepted || unlock.user().id != m_user.id) {
        // Cancelling does not unlock; only the signed-in officer's password does.
    }
    if (!UserRepository(m_db).recordSession(m_user, UserRepository::SessionEvent::Unlock, &error))
        qWarning("%s", qPrintable(error));
    if (wasVisible)
        m_window->show();
    m_sinceInput.restart();
    m_locked = false;
}
