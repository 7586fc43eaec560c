#pragma once

#include "accounts/User.h"
#include "common/Csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;
class DueDateRules;
class QIODevice;

// Moving dossiers in and out of the register through the CSV exchange file (DossierCsv).
class DossierTransfer
{
    Q_DECLARE_TR_FUNCTIONS(DossierTransfer)

public:
    // At most this many problems are listed; the others are counted in one last entry.
    static constexpr qsizetype maxProblems = CsvProblemList::maxListed;

    DossierTransfer(const Database& db, const DueDateRules& rules);

    // All or nothing: when any row is bad, problems lists every bad value
    // ("line N, column NAME: reason", up to maxProblems) and nothing is written. error: a
    // problem with the file or the database. imported: how many dossiers were written.
    // notes (may be null): values rewritten on the way (a code in lower case).
    // The file is read, checked and written a block of rows at a time inside the one
    // transaction, so memory does not grow with the file.
    bool importFile(const QString& path, const QString& officer, int* imported,
                    QList<CsvProblem>* problems, QString* error,
                    QList<CsvProblem>* notes = nullptr) const;
    bool importData(const QByteArray& utf8, const QString& officer, int* imported,
                    QList<CsvProblem>* problems, QString* error,
                    QList<CsvProblem>* notes = nullptr) const;

    // Dossiers received in [from, to) (invalid bounds: open). The export is logged.
    // DOMAIN §11: ID numbers are masked (0870******99) unless fullIds, which needs
    // Permission::ExportPersonalData; the audit entry says which.
    bool exportFile(const QString& path, const QDateTime& from, const QDateTime& to,
                    const User& actor, bool fullIds, int* exported, QString* error) const;
    // The file's text, header first; destination is named in the audit log.
    bool exportText(const QDateTime& from, const QDateTime& to, const User& actor, bool fullIds,
                    const QString& destination, QString* csv, int* exported, QString* error) const;

private:
    // file: opened, header first.
    bool importStream(CsvStream& file, const QString& officer, int* imported,
                      QList<CsvProblem>* problems, QString* error, QList<CsvProblem>* notes) const;

    const Database& m_db;
    const DueDateRules& m_rules;
};
