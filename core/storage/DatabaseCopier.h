#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Database;

// Copies an office database between backends, row for row with the same ids: SQLite to
// PostgreSQL (moving an office to a server, restoring a backup onto a server) and PostgreSQL
// to SQLite (a server's backup as a verifiable file). Both databases have the same schema
// version. The target's own rows (the seeded calendar and targets) are replaced; the whole
// copy is one transaction on the target, so a failure leaves it as it was.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // Called after each table with its name and the rows copied.
    using Progress = std::function<void(const QString& table, qint64 rows)>;

    static bool copy(const Database& source, const Database& target, QList<TableCount>* counts,
                     QString* error, const Progress& progress = {});

    // The rows of every table of db, in the order of its tables.
    static bool countRows(const Database& db, QList<TableCount>* counts, QString* error);

    // True when both databases hold the same tables with the same numbers of rows; otherwise
    // error names the first difference.
    static bool sameCounts(const Database& a, const Database& b, QString* error);
};
