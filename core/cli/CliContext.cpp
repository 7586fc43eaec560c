#include "CliContext.h"

#include "settings/ConnectionSettings.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

CliContext::CliContext(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

CliContext::~CliContext() = default;

QString CliContext::databaseLocation() const
{
    // Like the GUI: --db, else this computer's saved choice (Settings › Database), else the
    // default file.
    return m_databaseLocation.isEmpty() ? ConnectionSettings::load() : m_databaseLocation;
}

Database* CliContext::database()
{
    if (m_database)
        return m_database.get();
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->openAndMigrate(databaseLocation(), &error)) {
        reportError(error);
        return nullptr;
    }
    m_database = std::move(database);
    return m_database.get();
}

Database* CliContext::existingDatabase()
{
    if (m_database)
        return m_database.get();
    const QString location = databaseLocation();
    if (SqlDialect::isServerLocation(location))
        return database();
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->openExisting(location, true, &error)) {
        reportError(error);
        return nullptr;
    }
    m_database = std::move(database);
    return m_database.get();
}

void CliContext::reportError(const QString& message)
{
    m_err << "motcua-cli: " << message << Qt::endl;
}
