#include "AuditSeal.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

namespace {
const QString registerKey = QStringLiteral("audit.register");

// The file is created owner-only before QSettings first writes it (QSettings keeps the mode
// of an existing file when it saves).
void protect(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString keysGroup(const QString& registerId)
{
    return QStringLiteral("keys/") + registerId;
}

QString anchorGroup(const QString& location)
{
    const QString normal = SqlDialect::isServerLocation(location)
                               ? location
                               : QDir::cleanPath(QFileInfo(location).absoluteFilePath());
    return QStringLiteral("anchors/") +
           QString::fromLatin1(
               QCryptographicHash::hash(normal.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void write(const std::function<void(QSettings&)>& change)
{
    const QString path = AuditSeal::storePath();
    protect(path);
    QSettings settings(path, QSettings::IniFormat);
    change(settings);
    settings.sync();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

QString AuditSeal::storePath()
{
    const QString configured = qEnvironmentVariable("MOTCUA_AUDIT_STORE");
    if (!configured.isEmpty())
        return configured;
    return QFileInfo(QSettings().fileName())
        .absoluteDir()
        .filePath(QStringLiteral("motcua-audit.conf"));
}

bool AuditSeal::registerId(const Database& db, QString* id, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(registerKey);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the audit log: %1").arg(query.lastError().text());
        return false;
    }
    *id = query.next() ? query.value(0).toString() : QString();
    return true;
}

bool AuditSeal::ensureRegister(const Database& db, QString* id, QString* error)
{
    if (!registerId(db, id, error))
        return false;
    if (!id->isEmpty())
        return true;
    const QString created = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray fresh = newKey();
    if (fresh.isEmpty()) {
        if (error)
            *error = tr("Cannot create the audit key: libsodium is not available.");
        return false;
    }
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    insert.addBindValue(registerKey);
    insert.addBindValue(created);
    if (!insert.exec()) {
        if (error)
            *error = tr("Cannot write the audit log: %1").arg(insert.lastError().text());
        return false;
    }
    write([&](QSettings& settings) {
        settings.beginGroup(keysGroup(created));
        settings.setValue(QStringLiteral("key"), QString::fromLatin1(fresh.toHex()));
        settings.setValue(QStringLiteral("shown"), false);
        settings.endGroup();
    });
    *id = created;
    return true;
}

QByteArray AuditSeal::newKey()
{
    if (sodium_init() < 0)
        return {};
    QByteArray key(crypto_auth_KEYBYTES, Qt::Uninitialized);
    crypto_auth_keygen(reinterpret_cast<unsigned char*>(key.data()));
    return key;
}

QByteArray AuditSeal::key(const QString& registerId)
{
    if (registerId.isEmpty())
        return {};
    const QSettings settings(storePath(), QSettings::IniFormat);
    const QByteArray key = QByteArray::fromHex(
        settings.value(keysGroup(registerId) + QStringLiteral("/key")).toString().toLatin1());
    return key.size() == int(crypto_auth_KEYBYTES) ? key : QByteArray();
}

QString AuditSeal::keyText(const QByteArray& key)
{
    const QString hex = QString::fromLatin1(key.toHex()).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char('-'));
}

bool AuditSeal::parseKey(const QString& text, QByteArray* key, QString* error)
{
    QString hex = text.trimmed();
    hex.remove(QLatin1Char('-'));
    hex.remove(QLatin1Char(' '));
    *key = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 2 * int(crypto_auth_KEYBYTES) || key->size() != int(crypto_auth_KEYBYTES) ||
        QString::fromLatin1(key->toHex()).compare(hex, Qt::CaseInsensitive) != 0) {
        if (error)
            *error = tr("Audit key: expected 64 hexadecimal digits (0-9, A-F), as the "
                        "administrator wrote them down.");
        return false;
    }
    return true;
}

void AuditSeal::storeKey(const QString& registerId, const QByteArray& key)
{
    write([&](QSettings& settings) {
        settings.beginGroup(keysGroup(registerId));
        settings.setValue(QStringLiteral("key"), QString::fromLatin1(key.toHex()));
        settings.setValue(QStringLiteral("shown"), true);
        settings.endGroup();
    });
}

bool AuditSeal::keyShown(const QString& registerId)
{
    const QSettings settings(storePath(), QSettings::IniFormat);
    return settings.value(keysGroup(registerId) + QStringLiteral("/shown"), true).toBool();
}

void AuditSeal::markKeyShown(const QString& registerId)
{
    write([&](QSettings& settings) {
        settings.setValue(keysGroup(registerId) + QStringLiteral("/shown"), true);
    });
}

QString AuditSeal::seal(const QByteArray& key, const QString& registerId, qint64 id,
                        const QString& hash)
{
    if (key.size() != int(crypto_auth_KEYBYTES) || sodium_init() < 0)
        return {};
    const QByteArray message =
        (registerId + QLatin1Char(':') + QString::number(id) + QLatin1Char(':') + hash).toUtf8();
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, reinterpret_cast<const unsigned char*>(message.constData()),
                quint64(message.size()), reinterpret_cast<const unsigned char*>(key.constData()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(mac), crypto_auth_BYTES).toHex());
}

AuditSeal::Anchor AuditSeal::anchor(const QString& location)
{
    const QSettings settings(storePath(), QSettings::IniFormat);
    const QString group = anchorGroup(location);
    Anchor a;
    a.registerId = settings.value(group + QStringLiteral("/register")).toString();
    a.id = settings.value(group + QStringLiteral("/id")).toLongLong();
    a.hash = settings.value(group + QStringLiteral("/hash")).toString();
    return a;
}

void AuditSeal::setAnchor(const QString& location, const Anchor& anchor)
{
    write([&](QSettings& settings) {
        settings.beginGroup(anchorGroup(location));
        settings.setValue(QStringLiteral("location"), location);
        settings.setValue(QStringLiteral("register"), anchor.registerId);
        settings.setValue(QStringLiteral("id"), anchor.id);
        settings.setValue(QStringLiteral("hash"), anchor.hash);
        settings.endGroup();
    });
}
