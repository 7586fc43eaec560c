#pragma once

#include "DossierRecord.h"
#include "common/Csv.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class DueDateRules;

// The dossier exchange file (UTF-8, RFC 4180, times "YYYY-MM-DD HH:MM" local):
// code,procedure_code,channel,received_at,due_at,status,applicant_name,applicant_id,
// applicant_phone,applicant_address,officer,digitized,e_result,fee,paid_online,
// e_certified_copies,supplement_requested_at,supplement_received_at,finished_at,returned_at,
// rating,apology_issued_at,apology_new_due_at,applicant_email,applicant_organisation,
// documents,identity_checked,reused_data,result_file,applicant_birth_date,applicant_sex
// applicant_email … reused_data came with issue 18, result_file (where the electronic result's
// file is kept, QĐ 766 4.1) with issue 19, the birth date (YYYY-MM-DD) and the sex (male,
// female) with issue 20; files written before still import. documents:
// name|originals|copies items joined by ";", a "|", ";" or "\" inside a name escaped with "\".
// Export writes what import reads, so a file round-trips.
class DossierCsv
{
    Q_DECLARE_TR_FUNCTIONS(DossierCsv)

public:
    // What the file needs to know of a procedure in the catalogue: its limit, in halves of
    // the unit, and the later rows that changed it (a dossier takes the limit in force on
    // its receipt day).
    struct ProcedureTerms
    {
        int halves = 0;
        QString unit;
        struct Later
        {
            QDate from;
            int halves = 0;
            QString unit;
        };
        QList<Later> later; // oldest first

        void on(const QDate& day, int* halvesOn, QString* unitOn) const
        {
            *halvesOn = halves;
            *unitOn = unit;
            for (const Later& row : later) {
                if (row.from <= day) {
                    *halvesOn = row.halves;
                    *unitOn = row.unit;
                }
            }
        }
    };
    // What the rows are checked against.
    struct Context
    {
        QHash<QString, ProcedureTerms> catalogue;
        // This office's code (mã định danh): every dossier code starts with it.
        QString agencyCode;
        // The time of the import: a receipt more than a day later is refused.
        QDateTime asOf;
    };

    // Limits of the numbers a file may hold (issue 18: 9999999999 copies were stored as
    // 1410065407 and moved the year's indicator by 1.4 billion).
    static constexpr qint64 maxFee = 1000000000; // đồng
    static constexpr qint64 maxCopies = 1000;    // per dossier, per document

    static QStringList header();
    // Columns every file has; the others may be missing.
    static qsizetype requiredColumns();
    static QString timeFormat() { return QStringLiteral("yyyy-MM-dd HH:mm"); }

    static QString encodeDocuments(const QList<RequiredDocument>& documents);
    // False with problem for a malformed list.
    static bool decodeDocuments(const QString& text, QList<RequiredDocument>* documents,
                                QString* problem);

    // Reads a file a row at a time, so that an import of any size needs little memory.
    class Reader
    {
    public:
        Reader(const Context& context, const DueDateRules& rules);
        ~Reader();
        Reader(const Reader&) = delete;
        Reader& operator=(const Reader&) = delete;

        bool readHeader(const CsvRecord& header, QList<CsvProblem>* problems);
        // The row's code as the register holds it, or empty (none, or not a valid code): what
        // to look up in the register before readRow.
        QString code(const CsvRecord& row) const;
        // Turns one row into a dossier with its history (status events reconstructed from the
        // times given, legal due dates moved by the supplement pauses). Every problem is
        // reported; false when there was one. existingCodes: codes already in the register.
        // notes (may be null): values rewritten, such as a code in lower case.
        bool readRow(const CsvRecord& row, const QSet<QString>& existingCodes,
                     DossierRecord* record, QList<CsvProblem>* problems, QList<CsvProblem>* notes);

    private:
        struct State;
        std::unique_ptr<State> d;
    };

    // The whole file at once (the first record is the header).
    static bool read(const QList<CsvRecord>& file, const Context& context,
                     const QSet<QString>& existingCodes, const DueDateRules& rules,
                     QList<DossierRecord>* records, QList<CsvProblem>* problems,
                     QList<CsvProblem>* notes = nullptr);

    // Full: as the register holds it. Masked: the caller has masked the ID number; the date of
    // birth is written as its year only (DOMAIN §11), which import refuses.
    enum class Privacy { Full, Masked };
    // The file text, header included.
    static QString write(const QList<DossierRecord>& records, Privacy privacy = Privacy::Full);
    // One row, ending with "\n".
    static QString writeRow(const DossierRecord& record, Privacy privacy = Privacy::Full);

    // "male", "female" for the card's "Nam", "Nữ"; empty for anything else.
    static QString sexKey(const QString& sex);
    // The card's spelling of key: "male" or "Nam" (any case, with or without marks), "female"
    // or "Nữ". False for anything else.
    static bool sexFromKey(const QString& key, QString* sex);
};
