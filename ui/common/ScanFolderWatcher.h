#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

// Watches the folder where the counter's scanner saves (the desk's "scanner folder" setting)
// and reports each file that appears in it once the scanner has finished writing it (its size
// unchanged for settleTime). Files already there when watching starts are not reported, nor
// hidden files and the scanner's temporary ones (*.tmp, *.part, ~…).
class ScanFolderWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScanFolderWatcher(QObject* parent = nullptr);

    // This desk's scanner folder (a local setting); empty when none is set.
    static QString configuredFolder();
    static void setConfiguredFolder(const QString& folder);

    // Starts watching folder (nothing when empty or missing); the same folder again changes
    // nothing.
    void setFolder(const QString& folder);
    QString folder() const { return m_folder; }
    // How long a new file's size must stay the same before it is reported (default 700 ms).
    void setSettleTime(int milliseconds) { m_settle.setInterval(milliseconds); }

signals:
    void fileArrived(const QString& path);

private:
    QSet<QString> currentFiles() const;
    void folderChanged();
    void checkSettled();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_folder;
    QSet<QString> m_known;
    QHash<QString, qint64> m_growing; // new files and their last size
};
