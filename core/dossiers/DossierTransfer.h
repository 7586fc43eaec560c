#pragma once

#include "accounts/User.h"
#include "common/Csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;
class DueDateRules;

// Moving dossiers in and out of the register through the CSV exchange file (DossierCsv).
class DossierTransfer
{
    Q_DECLARE_TR_FUNCTIONS(DossierTransfer)

public:
    DossierTransfer(const Database& db, const DueDateRules& rules);

    // All or nothing: when any row is bad, problems lists every bad value
    // ("line N, column NAME: reason") and nothing is written. error: a problem with the file
    // or the database. imported: how many dossiers were written.
    bool importFile(const QString& path, const QString& officer, int* imported,
                    QList<CsvProblem>* problems, QString* error) const;
    bool importData(const QByteArray& utf8, const QString& officer, int* imported,
                    QList<CsvProblem>* problems, QString* error) const;
    // file: the parsed records, header first.
    bool importRecords(const QList<CsvRecord>& file, const QString& officer, int* imported,
                       QList<CsvProblem>* problems, QString* error) const;

    // Dossiers received in [from, to) (invalid bounds: open). The export is logged.
    // DOMAIN §11: ID numbers are masked (0870******99) unless fullIds, which needs
    // Permission::ExportPersonalData; the audit entry says which.
    bool exportFile(const QString& path, const QDateTime& from, const QDateTime& to,
                    const User& actor, bool fullIds, int* exported, QString* error) const;
    // The file's text, header first; destination is named in the audit log.
    bool exportText(const QDateTime& from, const QDateTime& to, const User& actor, bool fullIds,
                    const QString& destination, QString* csv, int* exported, QString* error) const;

private:
    const Database& m_db;
    const DueDateRules& m_rules;
};
