#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
QAtomicInt connectionCounter;
}

Database::Database()
    : m_connectionName(QStringLiteral("motcua-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

bool Database::open(const QString& location, QString* error)
{
    close();
    if (location.trimmed().isEmpty()) {
        if (error)
            *error = tr("No database location was given.");
        return false;
    }
    const QFileInfo info(location);
    if (info.exists() && info.isDir()) {
        if (error)
            *error = tr("The database location %1 is a folder, not a file.").arg(location);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
        return false;
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        if (!db.open()) {
            if (error)
                *error = tr("Cannot open the database %1: %2").arg(location, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        QSqlQuery query(db);
        for (const QString& statement : m_dialect.connectionSetupStatements()) {
            if (!query.exec(statement)) {
                if (error)
                    *error = tr("The file %1 is not a usable database: %2")
                                 .arg(location, query.lastError().text());
                query = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connectionName);
                return false;
            }
        }
    }
    m_location = location;
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

QString Database::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/motcua.sqlite");
}
