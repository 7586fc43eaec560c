#include "Migrations.h"

#include "Database.h"
#include "TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The schema ladder. Never edit a released step: add a new one.
std::vector<MigrationStep> buildSteps()
{
    std::vector<MigrationStep> steps;

    steps.push_back({1,
                     "office settings",
                     {QStringLiteral("CREATE TABLE IF NOT EXISTS settings ("
                                     " key TEXT PRIMARY KEY,"
                                     " value TEXT NOT NULL)")}});

    // The procedure catalogue (thủ tục hành chính) and the documents each one requires.
    steps.push_back(
        {2,
         "procedure catalogue",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS procedures ("
                         " code TEXT PRIMARY KEY," // national procedure code, e.g. 1.004946
                         " name TEXT NOT NULL,"
                         " field TEXT NOT NULL," // lĩnh vực
                         " duration INTEGER NOT NULL CHECK (duration >= 0),"
                         " unit TEXT NOT NULL CHECK (unit IN ('working-days', 'days', "
                         "'working-hours', 'same-day')),"
                         " result_document INTEGER NOT NULL DEFAULT 1,"
                         " fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0)," // đồng
                         " online_level TEXT NOT NULL DEFAULT 'none' CHECK (online_level IN "
                         "('none', 'partial', 'full')),"
                         " online_payment INTEGER NOT NULL DEFAULT 0,"
                         " sample_dossier INTEGER NOT NULL DEFAULT 0,"
                         " active INTEGER NOT NULL DEFAULT 1,"
                         " source TEXT NOT NULL DEFAULT '',"
                         " search_key TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS procedure_documents ("
                         " id {{pk}},"
                         " procedure_code TEXT NOT NULL REFERENCES procedures (code) "
                         "ON UPDATE CASCADE ON DELETE CASCADE,"
                         " position INTEGER NOT NULL,"
                         " name TEXT NOT NULL,"
                         " originals INTEGER NOT NULL DEFAULT 0,"
                         " copies INTEGER NOT NULL DEFAULT 0,"
                         " UNIQUE (procedure_code, position))")}});

    return steps;
}

} // namespace

const std::vector<MigrationStep>& Migrations::steps()
{
    static const std::vector<MigrationStep> all = buildSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().empty() ? 0 : steps().back().version;
}

bool Migrations::migrate(const Database& db, int targetVersion, QString* error)
{
    const int current = db.schemaVersion(error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        if (error)
            *error = tr("The database has schema version %1, but this program knows only up to "
                        "version %2. Use a newer version of Một Cửa Desk.")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    for (const MigrationStep& step : steps()) {
        if (step.version > targetVersion)
            break;
        if (step.version <= current)
            continue;
        TransactionGuard transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        // Another desk may have upgraded while we waited for the write lock.
        const int now = db.schemaVersion(error);
        if (now < 0)
            return false;
        if (now >= step.version)
            continue;
        QSqlQuery query(db.connection());
        for (const QString& statement : step.statements) {
            if (!query.exec(db.dialect().adapt(statement))) {
                if (error)
                    *error =
                        tr("Upgrading the database to version %1 (%2) failed: %3")
                            .arg(step.version)
                            .arg(QString::fromUtf8(step.description), query.lastError().text());
                return false;
            }
        }
        if (!db.dialect().writeSchemaVersion(db.connection(), step.version, error))
            return false;
        if (!transaction.commit(error))
            return false;
    }
    return true;
}
