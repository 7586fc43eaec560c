#include "ScanFolderWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

ScanFolderWatcher::ScanFolderWatcher(QObject* parent)
    : QObject(parent)
{
    m_settle.setInterval(700);
    m_settle.setSingleShot(true);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &ScanFolderWatcher::folderChanged);
    connect(&m_settle, &QTimer::timeout, this, &ScanFolderWatcher::checkSettled);
}

QString ScanFolderWatcher::configuredFolder()
{
    return QSettings().value(QStringLiteral("desk/scannerFolder")).toString();
}

void ScanFolderWatcher::setConfiguredFolder(const QString& folder)
{
    QSettings().setValue(QStringLiteral("desk/scannerFolder"), folder);
}

void ScanFolderWatcher::setFolder(const QString& folder)
{
    const QString path = folder.isEmpty() ? QString() : QDir(folder).absolutePath();
    if (path == m_folder)
        return;
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_settle.stop();
    m_growing.clear();
    m_folder = path;
    m_known.clear();
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return;
    m_known = currentFiles();
    m_watcher.addPath(m_folder);
}

QSet<QString> ScanFolderWatcher::currentFiles() const
{
    QSet<QString> files;
    const QStringList names =
        QDir(m_folder).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Readable);
    for (const QString& name : names) {
        // Scanners write under a temporary name and rename when done.
        if (name.startsWith(QLatin1Char('~')) || name.endsWith(QLatin1String(".tmp")) ||
            name.endsWith(QLatin1String(".part")))
            continue;
        files.insert(QDir(m_folder).filePath(name));
    }
    return files;
}

void ScanFolderWatcher::folderChanged()
{
    const QSet<QString> files = currentFiles();
    for (const QString& path : files) {
        if (!m_known.contains(path) && !m_growing.contains(path))
            m_growing.insert(path, -1);
    }
    // Files taken away before they were reported are forgotten.
    m_known.intersect(files);
    for (auto it = m_growing.begin(); it != m_growing.end();) {
        if (!files.contains(it.key()))
            it = m_growing.erase(it);
        else
            ++it;
    }
    if (!m_growing.isEmpty())
        m_settle.start();
}

void ScanFolderWatcher::checkSettled()
{
    QStringList ready;
    for (auto it = m_growing.begin(); it != m_growing.end();) {
        const QFileInfo info(it.key());
        if (!info.exists()) {
            it = m_growing.erase(it);
            continue;
        }
        const qint64 size = info.size();
        if (size > 0 && size == it.value()) {
            ready << it.key();
            m_known.insert(it.key());
            it = m_growing.erase(it);
        } else {
            it.value() = size;
            ++it;
        }
    }
    if (!m_growing.isEmpty())
        m_settle.start();
    ready.sort();
    for (const QString& path : std::as_const(ready))
        emit fileArrived(path);
}
