#pragma once

#include "DossierRecord.h"
#include "common/Csv.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class DueDateRules;

// The dossier exchange file (UTF-8, RFC 4180, times "YYYY-MM-DD HH:MM" local):
// code,procedure_code,channel,received_at,due_at,status,applicant_name,applicant_id,
// applicant_phone,applicant_address,officer,digitized,e_result,fee,paid_online,
// e_certified_copies,supplement_requested_at,supplement_received_at,finished_at,returned_at,
// rating,apology_issued_at,apology_new_due_at
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

    static QStringList header();
    static QString timeFormat() { return QStringLiteral("yyyy-MM-dd HH:mm"); }

    // Turns the records of a file (the first is the header) into dossiers with their history
    // (status events reconstructed from the times given, legal due dates moved by the
    // supplement pauses). Every problem is reported, none stops the reading; true when
    // there was none. existingCodes: codes already in the register.
    static bool read(const QList<CsvRecord>& file, const QHash<QString, ProcedureTerms>& catalogue,
                     const QSet<QString>& existingCodes, const DueDateRules& rules,
                     QList<DossierRecord>* records, QList<CsvProblem>* problems);

    // The file text, header included.
    static QString write(const QList<DossierRecord>& records);
};
