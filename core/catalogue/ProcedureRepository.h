#pragma once

#include "Procedure.h"
#include "common/Csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// The procedure catalogue in the database: tables procedures and procedure_documents
// (schema step 2). Every write runs in one transaction; every read returns procedures
// with their required documents.
class ProcedureRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureRepository)

public:
    enum class Filter { All, ActiveOnly };

    // Counts of an import: codes new to the catalogue and codes that were updated.
    struct ImportCounts
    {
        int added = 0;
        int updated = 0;
    };

    explicit ProcedureRepository(const Database& db)
        : m_db(db)
    {}

    // Ordered by field, then name.
    bool loadAll(QList<Procedure>* procedures, QString* error, Filter filter = Filter::All) const;
    // found is false (and the call succeeds) when no procedure has the code.
    bool load(const QString& code, Procedure* procedure, bool* found, QString* error) const;
    // Diacritic- and case-insensitive: every word of text must occur in the code, name or
    // field ("khai sinh", "KHAI SINH" and "khai sinh" all find "Đăng ký khai sinh").
    // Ranked: first the procedures whose name holds every typed word as a whole word, then
    // those holding them as whole words in the code, name or field, then the rest; within
    // each, the procedures used most (usage: code → dossiers, from usageCounts), then shorter
    // names, so the plain procedure comes before its special cases.
    bool search(const QString& text, QList<Procedure>* procedures, QString* error,
                Filter filter = Filter::ActiveOnly,
                const QHash<QString, int>& usage = QHash<QString, int>()) const;
    // How many dossiers officer received of each procedure (every officer when empty).
    bool usageCounts(const QString& officer, QHash<QString, int>* usage, QString* error) const;
    bool count(int* procedures, QString* error) const;

    // add fails when the code exists, modify when it does not. Both validate first and
    // write the procedure with its documents in one transaction.
    bool add(const Procedure& procedure, QString* error) const;
    bool modify(const Procedure& procedure, QString* error) const;
    // Keeps the procedure (dossiers refer to it) but hides it from new receptions.
    bool deactivate(const QString& code, QString* error) const;

    // Adds or updates every procedure in one transaction (all or nothing). Documents of
    // updated procedures are replaced only when replaceDocuments is set.
    bool upsert(const QList<Procedure>& procedures, bool replaceDocuments, ImportCounts* counts,
                QString* error) const;

    // Imports a procedures file (see ProcedureCsv): all or nothing. Existing codes are
    // updated and keep their documents. False with problems listing every bad value, or
    // with error set when the database failed.
    bool importProcedures(const QList<CsvRecord>& records, ImportCounts* counts,
                          QList<CsvProblem>* problems, QString* error) const;
    // Imports a documents file: replaces the documents of every procedure named in it.
    // Every code must exist in the catalogue.
    bool importDocuments(const QList<CsvRecord>& records, int* procedures,
                         QList<CsvProblem>* problems, QString* error) const;
    bool exportProcedures(QString* csv, int* rows, QString* error) const;
    bool exportDocuments(QString* csv, int* rows, QString* error) const;

    // Loads the national seed catalogue (resources/seed/procedures.csv and
    // procedure_documents.csv, compiled in as :/seed/…) when the catalogue is empty; does
    // nothing otherwise. seeded tells whether it wrote.
    bool seedIfEmpty(QString* error, bool* seeded = nullptr) const;
    // The seed as procedures, without touching the database (for tests and previews).
    static bool readSeed(QList<Procedure>* procedures, QString* error);

private:
    bool writeProcedure(const Procedure& procedure, bool insert, QString* error) const;
    bool writeDocuments(const QString& code, const QList<RequiredDocument>& documents,
                        QString* error) const;
    bool loadDocuments(QList<Procedure>* procedures, QString* error) const;
    bool existingCodes(QStringList* codes, QString* error) const;

    const Database& m_db;
};
