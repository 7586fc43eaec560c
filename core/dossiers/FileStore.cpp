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

bool FileStore::missing(const QString& folder, const QString& sha256, QString* error)
{
    return fail(tr("The file %1 is missing from %2.").arg(sha256, folder), error);
}

bool FileStore::changed(const QString& folder, const QString& sha256, const QString& actual,
                        QString* error)
{
    return fail(
        tr("The file %1 in %2 was changed: its SHA-256 is now %3.").arg(sha256, folder, actual),
        error);
}

bool FileStore::verify(const QString& folder, const QString& sha256, QString* error)
{
    const QString path = pathOf(folder, sha256);
    if (!QFileInfo::exists(path))
        return missing(folder, sha256, error);
    QString actual;
    if (!hashFile(path, &actual, nullptr, error))
        return false;
    return actual == sha256 || changed(folder, sha256, actual, error);
}

bool FileStore::read(const QString& folder, const QString& sha256, QByteArray* bytes,
                     QString* error)
{
    const QString path = pathOf(folder, sha256);
    if (!QFileInfo::exists(path))
        return missing(folder, sha256, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the file %1: %2").arg(path, file.errorString()), error);
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("Cannot read the file %1: %2").arg(path, file.errorString()), error);
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    if (actual == sha256)
        return true;
    bytes->clear();
    return changed(folder, sha256, actual, error);
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
        const QString source = pathOf(from, sha256);
        if (!QFileInfo::exists(source))
            return missing(from, sha256, error);
        // Hashed while it is copied: a source changed since it was stored is not kept.
        QString actual;
        if (!store(to, source, &actual, nullptr, error))
            return false;
        if (actual != sha256) {
            QFile::remove(pathOf(to, actual));
            return changed(from, sha256, actual, error);
        }
    }
    return true;
}
