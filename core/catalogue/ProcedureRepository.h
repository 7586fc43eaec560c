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

    // The catalogue as in force today: each code's latest row that has taken effect.
    // Ordered by field, then name.
    bool loadAll(QList<Procedure>* procedures, QString* error, Filter filter = Filter::All) const;
    // The same as in force on day (an invalid day: the first row of each code).
    bool loadAllOn(const QDate& day, QList<Procedure>* procedures, QString* error,
                   Filter filter = Filter::All) const;
    // found is false (and the call succeeds) when no procedure has the code.
    bool load(const QString& code, Procedure* procedure, bool* found, QString* error) const;
    // The row of code in force on day: a dossier received that day gets its limit.
    bool loadOn(const QString& code, const QDate& day, Procedure* procedure, bool* found,
                QString* error) const;
    // Every row: each code's first row followed by its later rows, oldest first.
    bool loadHistory(QList<Procedure>* rows, QString* error) const;
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
    // write the procedure with its documents in one transaction. A procedure whose
    // effectiveFrom is later than the code's first row is stored as a later row (catalogue
    // history): it supersedes the earlier rows from that day on.
    bool add(const Procedure& procedure, QString* error) const;
    bool modify(const Procedure& procedure, QString* error) const;
    // Keeps the procedure (dossiers refer to it) but hides it from new receptions.
    bool deactivate(const QString& code, QString* error) const;

    // Adds or updates every procedure in one transaction (all or nothing). Documents of
    // updated procedures are replaced only when replaceDocuments is set. Rows of one code
    // with different effective_from dates are kept side by side (later rows hold the name,
    // time limit, fees, source and verification; the rest belongs to the code).
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
    // After a program upgrade: the seed's later rows (a limit or name changed by law since
    // the first row) for the codes already in the catalogue, unless the office has a row of
    // that code and day. Runs inside the caller's transaction (the schema upgrade's).
    bool addShippedLaterRows(QString* error) const;
    // A correction of text an earlier program shipped (a wrong name, limit or check, not a
    // change of law, which is a later row instead). A field holding its old value takes the
    // seed's; nullptr (or oldHalves -1) leaves the field alone.
    struct ShippedCorrection
    {
        const char* code;
        const char* oldName;
        int oldHalves;
        const char* oldUnit; // with oldHalves
        const char* oldSource;
        const char* oldVerified; // "" when nothing was shipped
    };
    // After a program upgrade: each code's first row takes the seed's text for every field
    // that still holds what was shipped before (the office's own changes stay). Dossiers
    // keep the limit they were given. Runs inside the caller's transaction.
    bool correctShippedRows(const QList<ShippedCorrection>& corrections, QString* error) const;
    // The seed as procedures, without touching the database (for tests and previews).
    static bool readSeed(QList<Procedure>* procedures, QString* error);

    // Every change made through this repository from now on is written to the audit log under
    // this officer's name, in the change's transaction (issue 15). The seed is not audited.
    void setAuditOfficer(const QString& officer) { m_auditOfficer = officer; }

private:
    // detail: "add CODE", "modify CODE", "deactivate CODE", "import ADDED UPDATED",
    // "documents PROCEDURES" (AuditDetail describes it in the reader's language).
    bool audit(const QString& detail, QString* error) const;
    bool writeProcedure(const Procedure& procedure, bool insert, QString* error) const;
    bool writeRow(const Procedure& procedure, bool isNew, bool replaceDocuments,
                  QString* error) const;
    bool firstRowDate(const QString& code, QDate* effective, QString* error) const;
    bool applyVersions(QList<Procedure>* procedures, const QDate& day, QString* error) const;
    bool writeDocuments(const QString& code, const QList<RequiredDocument>& documents,
                        QString* error) const;
    bool loadDocuments(QList<Procedure>* procedures, QString* error) const;
    bool existingCodes(QStringList* codes, QString* error) const;

    QString m_auditOfficer;

    const Database& m_db;
};
