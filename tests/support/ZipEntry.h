#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <zlib.h>

// One file inside a zip package (an .xlsx), found through the central directory and inflated
// with zlib: enough for a test to read a workbook's XML parts.
namespace ZipEntry {

inline QByteArray read(const QString& zipPath, const QString& name, QString* error)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(zipPath);
        return {};
    }
    const QByteArray zip = file.readAll();
    const auto u16 = [&zip](qsizetype at) {
        return qFromLittleEndian<quint16>(zip.constData() + at);
    };
    const auto u32 = [&zip](qsizetype at) {
        return qFromLittleEndian<quint32>(zip.constData() + at);
    };
    // End of central directory: "PK\5\6", searched from the end (a comment may follow it).
    qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size()) {
        *error = QStringLiteral("%1: not a zip package").arg(zipPath);
        return {};
    }
    const int count = u16(end + 10);
    qsizetype at = u32(end + 16);
    for (int i = 0; i < count && at + 46 <= zip.size(); ++i) {
        const int method = u16(at + 10);
        const quint32 compressed = u32(at + 20);
        const quint32 size = u32(at + 24);
        const int nameLength = u16(at + 28);
        const int extra = u16(at + 30);
        const int comment = u16(at + 32);
        const qsizetype local = u32(at + 42);
        const QString entry = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extra + comment;
        if (entry != name)
            continue;
        const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
        const QByteArray raw = zip.mid(data, compressed);
        if (method == 0)
            return raw;
        QByteArray out(qsizetype(size), '\0');
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            *error = QStringLiteral("zlib: cannot start");
            return {};
        }
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.constData()));
        z.avail_in = uInt(raw.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(out.size());
        const int status = inflate(&z, Z_FINISH);
        inflateEnd(&z);
        if (status != Z_STREAM_END) {
            *error = QStringLiteral("%1 in %2: cannot inflate").arg(name, zipPath);
            return {};
        }
        return out;
    }
    *error = QStringLiteral("%1: no %2 in it").arg(zipPath, name);
    return {};
}

} // namespace ZipEntry
