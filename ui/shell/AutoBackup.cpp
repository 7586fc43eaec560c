#include "AutoBackup.h"

#include "backup/BackupService.h"
#include "storage/Database.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace {
QString runBackup(const QString& databasePath)
{
    Database db;
    QString error;
    if (!db.open(databasePath, &error))
        return error;
    if (BackupService::automaticBackup(db, BackupService::backupFolder(databasePath),
                                       QDate::currentDate(), &error)
            .isEmpty())
        return error;
    return QString();
}
} // namespace

AutoBackup::AutoBackup(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::backupIfDue);
    m_timer.start();
    // The first check a few minutes after start, never during start-up itself.
    QTimer::singleShot(5 * 60 * 1000, this, &AutoBackup::backupIfDue);
}

AutoBackup::~AutoBackup()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

bool AutoBackup::backupNow(QString* error)
{
    if (m_worker)
        m_worker->wait();
    const QString problem = runBackup(m_databasePath);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void AutoBackup::backupIfDue()
{
    const QString today =
        QDir(BackupService::backupFolder(m_databasePath))
            .filePath(
                QStringLiteral("motcua-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (QFileInfo::exists(today) || (m_worker && m_worker->isRunning()))
        return;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    const QString path = m_databasePath;
    m_worker = QThread::create([this, path] {
        const QString problem = runBackup(path);
        if (!problem.isEmpty())
            QMetaObject::invokeMethod(this, [this, problem] { emit backupFailed(problem); });
    });
    m_worker->start(QThread::LowPriority);
}
