#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;
class DueDateRules;
class User;

// A correction of what the receipt (Mẫu 01) says, asked for after it was printed: a wrong
// procedure, name, ID number, contact or appointment. Allowed while the dossier is open, with
// a reason; the old values stay in receipt_corrections and the audit log, and the receipt is
// printed again as version 2, 3, … with the reason on it (a later appointment is then
// explained on the paper the citizen holds).
struct ReceiptCorrection
{
    // The new values; the dossier's own where the officer changed nothing.
    QString procedureCode;
    QString applicantName;
    QString applicantId;
    QString applicantPhone;
    QString applicantEmail;
    QString applicantAddress;
    QString applicantOrganisation;
    // The new appointment; invalid: recomputed from the receipt time when the procedure
    // changes, else kept.
    QDateTime dueAt;
    QString reason;

    // Read back from the register.
    int version = 0; // 2 for the first correction: the printed receipt was version 1
    QDateTime correctedAt;
    QString officer;
    QString oldValues; // "field: old → new" lines
};

class ReceiptCorrections
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCorrections)

public:
    ReceiptCorrections(const Database& db, const DueDateRules& rules)
        : m_db(db)
        , m_rules(rules)
    {}

    // The dossier's current values, to start a correction from.
    bool start(const QString& code, ReceiptCorrection* correction, QString* error) const;
    // Applies correction to the dossier code in one transaction; fills in its version.
    bool apply(const QString& code, ReceiptCorrection* correction, const User& actor,
               QString* error) const;
    // Oldest first.
    bool list(const QString& code, QList<ReceiptCorrection>* corrections, QString* error) const;

private:
    const Database& m_db;
    const DueDateRules& m_rules;
};
