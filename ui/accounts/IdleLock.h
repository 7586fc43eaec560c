#pragma once

#include "accounts/User.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class Database;
class QWidget;

// Locks the screen after a configurable time without keyboard or mouse input: the window is
// hidden behind the sign-in dialog until the same officer's password is entered.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(const Database& db, const User& user, QWidget* window, QObject* parent = nullptr);

    static int idleMinutes(); // local setting, default 10; 0 turns locking off
    static void setIdleMinutes(int minutes);

    // Hides the window until the signed-in officer's password is entered; the lock and the
    // unlock are written to the audit log.
    void lockNow();
    // Another officer signed in at this desk.
    void setUser(const User& user) { m_user = user; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    const Database& m_db;
    User m_user;
    QWidget* m_window;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
    bool m_locked = false;
};
