#include "SqliteShellLock.h"

SqliteShellLock::SqliteShellLock(const QString& path, bool exclusive)
{
    m_process.start(QStringLiteral("sqlite3"), {path});
    if (!m_process.waitForStarted(5000))
        return;
    const QByteArray mode = exclusive ? "PRAGMA locking_mode=EXCLUSIVE;\n" : "";
    m_process.write(mode + "BEGIN IMMEDIATE;\nCREATE TABLE holder_marker (x);\n"
                           "SELECT 'locked';\n");
    // Wait until the shell says it holds the lock.
    QByteArray output;
    for (int i = 0; i < 100 && !output.contains("locked"); ++i) {
        m_process.waitForReadyRead(100);
        output += m_process.readAllStandardOutput();
    }
    m_holding = output.contains("locked");
}

SqliteShellLock::~SqliteShellLock()
{
    release();
}

void SqliteShellLock::release()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write("ROLLBACK;\n.quit\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_holding = false;
}
