#include "FileStore.h"

#include "storage/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace {

constexpr qint64 blockSize = 1 << 20;

bool fail(const QString& message, QString* error)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString FileStore::folderFor(const QString& databaseFile)
{
    const QFileInfo file(databaseFile);
    return file.absolutePath() + QLatin1Char('/') + file.completeBaseName() +
           QStringLiteral("-files");
}

QString FileStore::pathOf(const QString& folder, const QString& sha256)
{
    return folder + QLatin1Char('/') + sha256;
}

bool FileStore::hashFile(const QString& path, QString* sha256, qint64* size, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the file %1: %2").arg(path, file.errorString()), error);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (!file.atEnd()) {
        const QByteArray block = file.read(blockSize);
        if (block.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(tr("Cannot read the file %1: %2").arg(path, file.errorString()), error);
        hash.addData(block);
        total += block.size();
    }
    *sha256 = QString::fromLatin1(hash.result().toHex());
    if (size)
        *size = total;
    return true;
}

bool FileStore::store(const QString& folder, const QString& source, QString* sha256, qint64* size,
                      QString* error)
{
    // Holds applicants' papers: readable by the desk's account only, like the register.
    if (!PrivateFiles::makeFolder(folder, error))
        return false;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the file %1: %2").arg(source, in.errorString()), error);
    // A name of its own (0600) while it is written: two desks may store at once.
    QTemporaryFile out(folder + QStringLiteral("/.incoming-XXXXXX"));
    out.setAutoRemove(false);
    if (!out.open())
        return fail(tr("Cannot write in %1: %2").arg(folder, out.errorString()), error);
    const QString temporary = out.fileName();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (!in.atEnd()) {
        const QByteArray block = in.read(blockSize);
        if (block.isEmpty() && in.error() != QFileDevice::NoError)
            return fail(tr("Cannot read the file %1: %2").arg(source, in.errorString()), error);
        if (out.write(block) != block.size())
            return fail(tr("Cannot write %1: %2").arg(temporary, out.errorString()), error);
        hash.addData(block);
        total += block.size();
    }
    if (!out.flush())
        return fail(tr("Cannot write %1: %2").arg(temporary, out.errorString()), error);
    out.close();
    *sha256 = QString::fromLatin1(hash.result().toHex());
    if (size)
        *size = total;
    const QString target = pathOf(folder, *sha256);
    if (QFileInfo::exists(target) && verify(folder, *sha256, nullptr)) {
        QFile::remove(temporary);
        return true;
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target))
        return fail(tr("Cannot store the file %1 as %2.").arg(source, target), error);
    return true;
}

bool FileStore::verify(const QString& folder, const QString& sha256, QString* error)
{
    const QString path = pathOf(folder, sha256);
    if (!QFileInfo::exists(path))
        return fail(tr("The file %1 is missing from %2.").arg(sha256, folder), error);
    QString actual;
    if (!hashFile(path, &actual, nullptr, error))
        return false;
    if (actual != sha256)
        return fail(
            tr("The file %1 in %2 was changed: its SHA-256 is now %3.").arg(sha256, folder, actual),
            error);
    return true;
}

bool FileStore::copy(const QString& from, const QString& to, const QStringList& hashes,
                     QString* error)
{
    if (hashes.isEmpty())
        return true;
    if (!PrivateFiles::makeFolder(to, error))
        return false;
    for (const QString& sha256 : hashes) {
        if (verify(to, sha256, nullptr))
            continue;
        if (!verify(from, sha256, error))
            return false;
        const QString target = pathOf(to, sha256);
        QFile::remove(target);
        if (!QFile::copy(pathOf(from, sha256), target))
            return fail(tr("Cannot copy the file %1 to %2.").arg(sha256, to), error);
        if (!PrivateFiles::tightenFile(target, error) || !verify(to, sha256, error))
            return false;
    }
    return true;
}
