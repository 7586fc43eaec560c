#include "DossierTransfer.h"

#include "DossierCsv.h"
#include "DossierRepository.h"
#include "DossierWriter.h"
#include "accounts/Permissions.h"
#include "common/Validators.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QFile>

DossierTransfer::DossierTransfer(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool DossierTransfer::importFile(const QString& path, const QString& officer, int* imported,
                                 QList<CsvProblem>* problems, QString* error) const
{
    if (imported)
        *imported = 0;
    QList<CsvRecord> file;
    return Csv::readFile(path, &file, error) &&
           importRecords(file, officer, imported, problems, error);
}

bool DossierTransfer::importData(const QByteArray& utf8, const QString& officer, int* imported,
                                 QList<CsvProblem>* problems, QString* error) const
{
    if (imported)
        *imported = 0;
    QList<CsvRecord> file;
    if (!Csv::parse(utf8, &file, error))
        return false;
    return importRecords(file, officer, imported, problems, error);
}

bool DossierTransfer::importRecords(const QList<CsvRecord>& file, const QString& officer,
                                    int* imported, QList<CsvProblem>* problems,
                                    QString* error) const
{
    if (imported)
        *imported = 0;
    DossierRepository repository(m_db, m_rules);
    QHash<QString, DossierCsv::ProcedureTerms> catalogue;
    if (!repository.procedureTerms(&catalogue, error))
        return false;
    QStringList codes;
    QList<int> columns;
    QList<CsvProblem> headerProblems;
    if (!file.isEmpty() &&
        Csv::mapHeader(file.first(), DossierCsv::header(), &columns, &headerProblems)) {
        for (qsizetype i = 1; i < file.size(); ++i) {
            if (columns.first() < file.at(i).fields.size())
                codes << file.at(i).fields.at(columns.first()).trimmed();
        }
    }
    QSet<QString> existing;
    if (!repository.existingCodes(codes, &existing, error))
        return false;
    QList<DossierRecord> records;
    if (!DossierCsv::read(file, catalogue, existing, m_rules, &records, problems))
        return false;
    // Codes are checked again inside the transaction: another desk may have saved meanwhile.
    if (!repository.insertAll(&records, officer, QStringLiteral("import"), error))
        return false;
    if (imported)
        *imported = int(records.size());
    return true;
}

bool DossierTransfer::exportFile(const QString& path, const QDateTime& from, const QDateTime& to,
                                 const User& actor, bool fullIds, int* exported,
                                 QString* error) const
{
    QString csv;
    return exportText(from, to, actor, fullIds, path, &csv, exported, error) &&
           Csv::writeFile(path, csv, false, error);
}

bool DossierTransfer::exportText(const QDateTime& from, const QDateTime& to, const User& actor,
                                 bool fullIds, const QString& destination, QString* csv,
                                 int* exported, QString* error) const
{
    if (fullIds && !Permissions::check(actor, Permission::ExportPersonalData, error))
        return false;
    DossierRepository repository(m_db, m_rules);
    QList<DossierRecord> records;
    if (!repository.records(from, to, &records, error))
        return false;
    // DOMAIN §11: exports that do not need the ID number show it masked.
    if (!fullIds) {
        for (DossierRecord& record : records)
            record.dossier.applicantId = Validators::maskCitizenId(record.dossier.applicantId);
    }
    *csv = DossierCsv::write(records);
    // DOMAIN §11: who exported which dossiers, and whether in full.
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    DossierWriter writer(m_db);
    const QString detail =
        tr("%n dossier(s) to %1", nullptr, int(records.size())).arg(destination) +
        (from.isValid() ? tr(", from %1").arg(from.toString(DossierCsv::timeFormat()))
                        : QString()) +
        (to.isValid() ? tr(", before %1").arg(to.toString(DossierCsv::timeFormat())) : QString()) +
        (fullIds ? tr(", full personal data") : tr(", ID numbers masked"));
    if (!writer.prepare(error) ||
        !writer.audit(QDateTime::currentDateTime(), actor.name(), QStringLiteral("export"),
                      QString(), detail, error) ||
        !writer.flush(error) || !transaction.commit(error))
        return false;
    if (exported)
        *exported = int(records.size());
    return true;
}
