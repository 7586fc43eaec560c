#include "ConnectionSettings.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QSettings>
#include <QUrl>

namespace {

// RFC 3986 unreserved characters stay; everything else (@ : / space, Vietnamese letters) is
// percent-encoded as UTF-8, as libpq and Database::open() read it back.
QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

QString ConnectionSettings::settingsKey()
{
    return QStringLiteral("database/location");
}

bool ConnectionSettings::fromLocation(const QString& location, ConnectionSettings* settings,
                                      QString* error)
{
    ConnectionSettings parsed;
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("No database location was given.");
        return false;
    }
    if (!SqlDialect::isServerLocation(trimmed)) {
        parsed.filePath = trimmed;
        *settings = parsed;
        return true;
    }
    QString socketFolder;
    const QUrl url = Database::serverUrl(trimmed, &socketFolder);
    const QString name = url.path().mid(1);
    if (!url.isValid() || (url.host().isEmpty() && socketFolder.isEmpty()) || name.isEmpty() ||
        name.contains(u'/')) {
        if (error)
            *error = tr("The database address %1 is not of the form "
                        "postgresql://user@host:port/dbname.")
                         .arg(Database::displayLocation(trimmed));
        return false;
    }
    parsed.kind = Kind::PostgresqlServer;
    parsed.host = socketFolder.isEmpty() ? url.host() : socketFolder;
    parsed.port = url.port(defaultPort);
    parsed.databaseName = name;
    parsed.userName = url.userName();
    *settings = parsed;
    return true;
}

bool ConnectionSettings::toLocation(QString* location, QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (kind == Kind::SqliteFile) {
        const QString path = filePath.trimmed();
        if (path.isEmpty())
            return fail(tr("Database file: enter the path of the file."));
        if (SqlDialect::isServerLocation(path))
            return fail(tr("Database file: %1 is a server address; choose \"Office server "
                           "(PostgreSQL)\" for it.")
                            .arg(Database::displayLocation(path)));
        *location = path;
        return true;
    }
    const QString server = host.trimmed();
    if (server.isEmpty())
        return fail(tr("Server: enter the name or address of the database server."));
    if (port < 1 || port > 65535)
        return fail(tr("Port: %1 is not a port number (1–65535).").arg(port));
    const QString name = databaseName.trimmed();
    if (name.isEmpty())
        return fail(tr("Database name: enter the name of the database on the server."));
    if (name.contains(u'/'))
        return fail(tr("Database name: %1 may not contain \"/\".").arg(name));

    QString hostPart;
    if (server.startsWith(u'/')) {
        // A Unix-socket folder, percent-encoded as libpq writes it (%2Fvar%2Frun%2Fpostgresql).
        hostPart = encoded(server);
    } else if (server.contains(u':')) {
        hostPart = u'[' + server + u']'; // an IPv6 address
    } else {
        QUrl check;
        check.setHost(server, QUrl::StrictMode);
        if (!check.isValid() || check.host().isEmpty())
            return fail(tr("Server: %1 is not a host name or an address.").arg(server));
        hostPart = server;
    }
    const QString user = userName.trimmed();
    const QString candidate = QStringLiteral("postgresql://") +
                              (user.isEmpty() ? QString() : encoded(user) + u'@') + hostPart +
                              u':' + QString::number(port) + u'/' + encoded(name);
    // What Database::open() will read must be what the fields say.
    ConnectionSettings back;
    if (!fromLocation(candidate, &back, error))
        return false;
    if (back.host.compare(server, Qt::CaseInsensitive) != 0 || back.databaseName != name ||
        back.userName != user || back.port != port)
        return fail(tr("Server: %1 cannot be written as a database address.").arg(server));
    *location = candidate;
    return true;
}

QString ConnectionSettings::load()
{
    const QString saved = QSettings().value(settingsKey()).toString().trimmed();
    return saved.isEmpty() ? Database::defaultLocation() : saved;
}

bool ConnectionSettings::isSaved()
{
    return !QSettings().value(settingsKey()).toString().trimmed().isEmpty();
}

bool ConnectionSettings::save(const QString& location, QString* error)
{
    ConnectionSettings parsed;
    if (!fromLocation(location, &parsed, error))
        return false;
    QString clean;
    if (!parsed.toLocation(&clean, error))
        return false;
    QSettings settings;
    // Never a password in the settings file: PGPASSWORD, ~/.pgpass or the start-up question.
    settings.setValue(settingsKey(), clean);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot write the settings file %1.").arg(settings.fileName());
        return false;
    }
    return true;
}

QString ConnectionSettings::describe(const QString& location)
{
    const QString shown = Database::displayLocation(location);
    return SqlDialect::isServerLocation(location) ? tr("PostgreSQL server %1").arg(shown)
                                                  : tr("SQLite file %1").arg(shown);
}
