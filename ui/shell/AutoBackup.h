#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// The automatic backups of a desk: one when the application closes, and one a day while it
// runs (checked hourly, made on a worker thread with its own connection so the desk never waits).
class AutoBackup : public QObject
{
    Q_OBJECT

public:
    AutoBackup(const QString& databasePath, QObject* parent = nullptr);
    ~AutoBackup() override;

    // Today's backup, made now on the calling thread (used when the application closes).
    bool backupNow(QString* error);

signals:
    void backupFailed(const QString& error);

private:
    void backupIfDue();

    QString m_databasePath;
    QTimer m_timer;
    QThread* m_worker = nullptr;
};
