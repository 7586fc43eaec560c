#include "DossierTransfer.h"

#include "DossierCsv.h"
#include "DossierRepository.h"
#include "DossierWriter.h"
#include "accounts/Permissions.h"
#include "common/Validators.h"
#include "settings/OfficeSettingsStore.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QFile>

DossierTransfer::DossierTransfer(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool DossierTransfer::importFile(const QString& path, const QString& officer, int* imported,
                                 QList<CsvProblem>* problems, QString* error,
                                 QList<CsvProblem>* notes) const
{
    if (imported)
        *imported = 0;
    CsvStream file;
    return file.openFile(path, error) &&
           importStream(file, officer, imported, problems, error, notes);
}

bool DossierTransfer::importData(const QByteArray& utf8, const QString& officer, int* imported,
                                 QList<CsvProblem>* problems, QString* error,
                                 QList<CsvProblem>* notes) const
{
    CsvStream data;
    data.openData(utf8);
    return importStream(data, officer, imported, problems, error, notes);
}

bool DossierTransfer::importStream(CsvStream& file, const QString& officer, int* imported,
                                   QList<CsvProblem>* problems, QString* error,
                                   QList<CsvProblem>* notes) const
{
    // About 150 bytes a row.
    const qint64 expected = file.expectedRows(150);
    if (imported)
        *imported = 0;
    DossierRepository repository(m_db, m_rules);
    // Memory stays bounded for a file of any size: the rest of the import holds about
    // 100 MB at a million rows (the codes seen, the search terms waiting to be sorted).
    repository.setBulkCacheKiB(48 * 1024);
    DossierCsv::Context context;
    // Each procedure's limit with its later catalogue rows: a dossier takes its receipt day's.
    if (!repository.procedureTerms(&context.catalogue, error))
        return false;
    OfficeSettings settings;
    if (!OfficeSettingsStore(m_db).load(&settings, error))
        return false;
    context.agencyCode = settings.agencyCode;
    context.asOf = QDateTime::currentDateTime();

    CsvRecord header;
    if (!file.next(&header)) {
        if (error)
            *error = file.error();
        if (error && !error->isEmpty())
            return false;
        problems->append({1, QString(),
                          DossierCsv::tr("the file is empty; expected the header "
                                         "line")});
        return false;
    }
    DossierCsv::Reader reader(context, m_rules);
    if (!reader.readHeader(header, problems))
        return false;

    // Problems past the limit are only counted; notes past it are left out.
    CsvProblemList listed(problems);
    QList<CsvProblem> rowProblems;
    auto note = [&](const QList<CsvProblem>& found) {
        for (const CsvProblem& problem : found) {
            if (notes->size() < maxProblems)
                notes->append(problem);
        }
    };

    // The rows are read, checked and written a block at a time: a block's codes are looked
    // up in the register at once, and its dossiers written in order of receipt. After the
    // first bad row nothing more is written, but every row is still checked.
    constexpr qsizetype blockSize = 4096;
    bool bad = false;
    bool exhausted = false;
    QList<CsvRecord> rows;
    QList<DossierRecord> block;
    qsizetype blockIndex = 0;
    QStringList codes;
    QSet<QString> existing;
    QString failure;
    auto fillBlock = [&]() {
        block.clear();
        blockIndex = 0;
        while (block.isEmpty() && !exhausted) {
            rows.clear();
            CsvRecord row;
            while (rows.size() < blockSize && file.next(&row))
                rows.append(std::move(row));
            if (rows.size() < blockSize) {
                exhausted = true;
                failure = file.error();
                if (!failure.isEmpty())
                    return false;
            }
            codes.clear();
            for (const CsvRecord& r : std::as_const(rows))
                codes << reader.code(r);
            // Inside insertStream's write transaction.
            if (!repository.existingCodes(codes, &existing, &failure, true))
                return false;
            for (const CsvRecord& r : std::as_const(rows)) {
                DossierRecord record;
                rowProblems.clear();
                QList<CsvProblem> rowNotes;
                if (reader.readRow(r, existing, &record, &rowProblems,
                                   notes ? &rowNotes : nullptr)) {
                    if (!bad)
                        block.append(std::move(record));
                } else {
                    bad = true;
                    block.clear();
                    listed.add(rowProblems);
                }
                if (notes)
                    note(rowNotes);
            }
        }
        std::stable_sort(block.begin(), block.end(),
                         [](const DossierRecord& a, const DossierRecord& b) {
                             return a.dossier.receivedAt < b.dossier.receivedAt;
                         });
        return !block.isEmpty();
    };
    int written = 0;
    const bool ok = repository.insertStream(
        [&]() -> DossierRecord* {
            if (blockIndex >= block.size() && !fillBlock())
                return nullptr;
            return &block[blockIndex++];
        },
        officer, QStringLiteral("import"), true, expected, &written, error,
        [&]() { return !bad && failure.isEmpty(); });
    listed.finish();
    if (!failure.isEmpty() && error)
        *error = failure;
    if (!ok || bad || !failure.isEmpty())
        return false;
    if (imported)
        *imported = written;
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
    *csv = DossierCsv::write(records,
                             fullIds ? DossierCsv::Privacy::Full : DossierCsv::Privacy::Masked);
    // DOMAIN §11: who exported which dossiers, and whether in full.
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    DossierWriter writer(m_db, &m_rules);
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
