#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Whether a SQLite file holds exactly the application's schema for its version: the tables,
// columns, indexes, triggers and views that the migrations create, nothing more and nothing
// less. A backup that carries, say, an extra trigger rewriting every dossier passes SQLite's
// integrity check; this check refuses it. The reference is made by running the migrations on
// a new file, so it follows every schema step without a list kept by hand.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    struct Object
    {
        QString type; // table, index, trigger, view
        QString name;
        QString table;
        QString sql; // as SQLite keeps it, white space folded
    };

    // The schema objects of a SQLite connection (SQLite's own internal ones left out).
    static bool objectsOf(const QSqlDatabase& db, QList<Object>* objects, QString* error);

    // The schema the migrations create at version (computed once per version and process).
    static bool referenceFor(int version, QList<Object>* objects, QString* error);

    // Compares db, at schema version version, with the reference; differences lists each
    // object that is extra, missing or defined otherwise (empty when the schema is exact).
    static bool compare(const QSqlDatabase& db, int version, QStringList* differences,
                        QString* error);
};
