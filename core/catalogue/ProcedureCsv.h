#pragma once

#include "Procedure.h"
#include "common/Csv.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The required documents of one procedure as read from a documents file, in file order.
struct ProcedureDocumentRows
{
    QString code;
    int line = 0; // where the procedure's first document row is
    QList<RequiredDocument> documents;
};

// The CSV exchange format of the catalogue: one file of procedures
// (code,name,field,duration,unit,result_document,fee,online_level,online_payment,
// sample_dossier,active,source,effective_from,verified; the last two may be missing in
// older files) and one of their required documents
// (procedure_code,name,originals,copies). Reading checks every value and reports every
// problem with its line and column; writing produces files that read back unchanged.
class ProcedureCsv
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureCsv)

public:
    static QStringList procedureColumns();
    static QStringList documentColumns();

    // records: as from Csv::parse, header first. False when any value is wrong; problems
    // then lists every one. A code twice in one file is a problem too.
    static bool readProcedures(const QList<CsvRecord>& records, QList<Procedure>* procedures,
                               QList<CsvProblem>* problems);
    static bool readDocuments(const QList<CsvRecord>& records,
                              QList<ProcedureDocumentRows>* documents, QList<CsvProblem>* problems);

    static QString writeProcedures(const QList<Procedure>& procedures);
    static QString writeDocuments(const QList<Procedure>& procedures);

    // Value parsers shared with other imports. Each returns false with reason set.
    // Yes/no: 1/0, true/false, yes/no, x/empty, có/không; empty gives fallback.
    static bool parseFlag(const QString& text, bool fallback, bool* value, QString* reason);
    // Đồng: "15000", "15.000", "15,000", "15 000", "15.000 đ"; empty is 0.
    static bool parseMoney(const QString& text, qint64* value, QString* reason);
    // The fee column: "15000" for every channel, or "15000;online=0;postal=20000".
    static bool parseFees(const QString& text, Procedure* procedure, QString* reason);
    static QString feesText(const Procedure& procedure);
    // "YYYY-MM-DD source" or empty.
    static bool parseVerified(const QString& text, QString* verified, QString* reason);
    // A unit key or its Vietnamese name ("ngày làm việc", "trong ngày", …).
    static bool parseUnit(const QString& text, QString* unit, QString* reason);
    // none/partial/full, the Vietnamese names or the old levels 1-4 (mức độ 3 = partial,
    // 4 = full).
    static bool parseOnlineLevel(const QString& text, QString* level, QString* reason);
};
