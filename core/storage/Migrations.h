#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class Database;
class SqlDialect;

// One step of the schema ladder: the statements that take the schema from version-1 to
// version. Statements are portable SQL made concrete by SqlDialect::adapt().
struct MigrationStep
{
    int version;
    const char* description;
    QStringList statements;
};

// The ordered, transactional schema upgrades. Each step runs in its own write transaction
// together with the version bump, so a crash leaves the database at the previous version,
// and running migrate() again (or on a second desk at the same time) is harmless.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    static const std::vector<MigrationStep>& steps();
    static bool migrate(const Database& db, int targetVersion, QString* error);
};
