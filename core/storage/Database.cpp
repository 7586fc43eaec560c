#include "Database.h"

#include "Migrations.h"
#include "PrivateFiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace {
QAtomicInt connectionCounter;
QAtomicInt busyTimeoutMs = SqlDialect::defaultBusyTimeoutMs;
} // namespace

void Database::setBusyTimeout(int milliseconds)
{
    busyTimeoutMs.storeRelaxed(milliseconds);
}

int Database::busyTimeout()
{
    return busyTimeoutMs.loadRelaxed();
}

Database::Database()
    : m_connectionName(QStringLiteral("motcua-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

bool Database::open(const QString& location, QString* error, const QString& password)
{
    close();
    if (location.trimmed().isEmpty()) {
        if (error)
            *error = tr("No database location was given.");
        return false;
    }
    m_dialect = SqlDialect(SqlDialect::backendFor(location));
    const bool opened = m_dialect.isPostgresql() ? openServer(location, password, error)
                                                 : openFile(location, error);
    if (!opened || !setUpConnection(location, error)) {
        close();
        return false;
    }
    m_location = displayLocation(location);
    return true;
}

bool Database::openExisting(const QString& location, bool readOnly, QString* error)
{
    close();
    m_dialect = SqlDialect(SqlDialect::backendFor(location));
    if (m_dialect.isPostgresql())
        return open(location, error);
    if (!openFile(location, error, true, readOnly)) {
        close();
        return false;
    }
    QSqlQuery query(connection());
    for (const QString& statement : {QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeout()),
                                     QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (!query.exec(statement)) {
            if (error)
                *error = tr("The file %1 is not a usable database: %2")
                             .arg(location, query.lastError().text());
            close();
            return false;
        }
    }
    m_location = location;
    return true;
}

bool Database::openFile(const QString& location, QString* error, bool mustExist, bool readOnly)
{
    const QFileInfo info(location);
    if (info.exists() && info.isDir()) {
        if (error)
            *error = tr("The database location %1 is a folder, not a file.").arg(location);
        return false;
    }
    if (mustExist) {
        if (!info.isFile()) {
            if (error)
                *error = tr("The database file %1 does not exist.").arg(location);
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            return true;
        // A WAL file on a read-only medium without its -shm cannot be opened the ordinary
        // way; opened as immutable it can, since nothing can write to it there anyway.
        db.setDatabaseName(
            QStringLiteral("file:%1?immutable=1")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(info.absoluteFilePath(), "/"))));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (readOnly && db.open())
            return true;
        if (error)
            *error = tr("Cannot open the database %1: %2").arg(location, db.lastError().text());
        return false;
    }
    if (!PrivateFiles::makeFolder(info.absolutePath(), nullptr)) {
        if (error)
            *error = tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
        return false;
    }
    // Only the owner reads the register: a new file is created 0600; a file (and the
    // application's own folder) made by an older version is tightened now. Another folder
    // the officer chose is left as it is (it may be their home folder).
    QString problem;
    if (!PrivateFiles::createFile(info.absoluteFilePath(), &problem) ||
        !PrivateFiles::tightenDatabase(info.absoluteFilePath(), &problem) ||
        (info.absolutePath() == QFileInfo(defaultLocation()).absolutePath() &&
         !PrivateFiles::tightenFolder(info.absolutePath(), &problem)))
        qWarning("%s", qPrintable(problem));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open the database %1: %2").arg(location, db.lastError().text());
        return false;
    }
    return true;
}

bool Database::openServer(const QString& location, const QString& password, QString* error)
{
    QString socketFolder;
    const QUrl url = serverUrl(location, &socketFolder);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(u'/')) {
        if (error)
            *error = tr("The database address %1 is not of the form "
                        "postgresql://user@host:port/dbname.")
                         .arg(displayLocation(location));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName())) {
        if (error)
            *error = tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian install the "
                        "package libqt6sql6-psql.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    // A host given percent-encoded as a folder (%2Fvar%2Frun%2Fpostgresql) is a Unix socket.
    db.setHostName(socketFolder.isEmpty() ? url.host(QUrl::FullyEncoded) : socketFolder);
    db.setPort(url.port(5432));
    db.setDatabaseName(name);
    db.setUserName(url.userName());
    // Without a password here, libpq reads PGPASSWORD and ~/.pgpass itself.
    db.setPassword(password.isEmpty() ? url.password() : password);
    // A server that cannot be reached must not freeze the desk: give up after 5 s.
    QStringList options{QStringLiteral("connect_timeout=5"),
                        QStringLiteral("application_name=motcua")};
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        options << key + u'=' + value;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        if (error)
            *error = tr("Cannot connect to the database server %1: %2")
                         .arg(displayLocation(location), db.lastError().text().trimmed());
        return false;
    }
    return true;
}

bool Database::setUpConnection(const QString& location, QString* error)
{
    QSqlQuery query(connection());
    for (const QString& statement : m_dialect.connectionSetupStatements(busyTimeout())) {
        if (!query.exec(statement)) {
            if (error)
                *error = tr("The file %1 is not a usable database: %2")
                             .arg(displayLocation(location), query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::openAndMigrate(const QString& location, QString* error)
{
    return open(location, error) && migrate(error);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_location.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion(QString* error) const
{
    return m_dialect.readSchemaVersion(connection(), error);
}

bool Database::migrate(QString* error, int targetVersion)
{
    return Migrations::migrate(
        *this, targetVersion < 0 ? Migrations::latestVersion() : targetVersion, error);
}

bool Database::integrityCheck(QStringList* problems, QString* error) const
{
    return m_dialect.integrityCheck(connection(), problems, error);
}

QString Database::displayLocation(const QString& location)
{
    if (!SqlDialect::isServerLocation(location))
        return location;
    // Not through QUrl, which cannot show a Unix-socket host: only the password goes.
    static const QRegularExpression password(
        QStringLiteral("^(postgres(?:ql)?://[^:@/?#]*):[^@/?#]*@"));
    QString shown = location;
    return shown.replace(password, QStringLiteral("\\1@"));
}

QUrl Database::serverUrl(const QString& location, QString* socketFolder)
{
    static const QRegularExpression socketHost(
        QStringLiteral("^(postgres(?:ql)?://(?:[^@/?#]*@)?)(%2[Ff][^:/?#]*)"));
    socketFolder->clear();
    const QRegularExpressionMatch match = socketHost.match(location);
    if (!match.hasMatch())
        return QUrl(location, QUrl::StrictMode);
    *socketFolder = QUrl::fromPercentEncoding(match.captured(2).toLatin1());
    QString parseable = location;
    parseable.replace(match.capturedStart(2), match.capturedLength(2), QStringLiteral("localhost"));
    return QUrl(parseable, QUrl::StrictMode);
}

bool Database::needsPassword(const QString& error)
{
    // libpq's own words (it is not translated in the server's messages to a client).
    return error.contains(QLatin1String("no password supplied")) ||
           error.contains(QLatin1String("password authentication failed"));
}

QString Database::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/motcua.sqlite");
}

void Database::afterCommit(std::function<void()> action) const
{
    m_afterCommit.push_back(std::move(action));
}

void Database::transactionEnded(bool committed) const
{
    std::vector<std::function<void()>> actions;
    actions.swap(m_afterCommit);
    if (committed) {
        for (const auto& action : actions)
            action();
    }
}
