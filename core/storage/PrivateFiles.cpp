#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace {
constexpr QFile::Permissions fileMode = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions folderMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Takes away every permission of the group and of others; the owner's stay as they are (a
// read-only copy stays read-only).
bool ownerOnly(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return true;
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions current = info.permissions();
    if (!(current & others))
        return true;
    // The "user" bits say what this process may do (everything, for root), not the mode.
    const QFile::Permissions user = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    if (QFile::setPermissions(path, current & ~others & ~user))
        return true;
    if (error)
        *error = PrivateFiles::tr("Cannot make %1 readable only by its owner.").arg(path);
    return false;
}
} // namespace

bool PrivateFiles::makeFolder(const QString& path, QString* error)
{
    // The folders that do not exist yet, outermost first.
    QStringList missing;
    QString current = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& folder : missing) {
        if (!QDir().mkdir(folder, folderMode) && !QFileInfo(folder).isDir()) {
            if (error)
                *error = tr("Cannot create the folder %1.").arg(folder);
            return false;
        }
    }
    return true;
}

bool PrivateFiles::createFile(const QString& path, QString* error)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, fileMode)) {
        if (error)
            *error = tr("Cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PrivateFiles::tightenFile(const QString& path, QString* error)
{
    return ownerOnly(path, error);
}

bool PrivateFiles::tightenFolder(const QString& path, QString* error)
{
    return ownerOnly(path, error);
}

bool PrivateFiles::tightenDatabase(const QString& path, QString* error)
{
    return tightenFile(path, error) && tightenFile(path + QStringLiteral("-wal"), error) &&
           tightenFile(path + QStringLiteral("-shm"), error);
}
