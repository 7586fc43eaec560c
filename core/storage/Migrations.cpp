#include "Migrations.h"

#include "Database.h"
#include "TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The schema ladder. Never edit a released step: add a new one.
std::vector<MigrationStep> buildSteps()
{
    std::vector<MigrationStep> steps;

    steps.push_back({1,
                     "office settings",
                     {QStringLiteral("CREATE TABLE IF NOT EXISTS settings ("
                                     " key TEXT PRIMARY KEY,"
                                     " value TEXT NOT NULL)")}});

    // The procedure catalogue (thủ tục hành chính) and the documents each one requires.
    steps.push_back(
        {2,
         "procedure catalogue",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS procedures ("
                         " code TEXT PRIMARY KEY," // national procedure code, e.g. 1.004946
                         " name TEXT NOT NULL,"
                         " field TEXT NOT NULL," // lĩnh vực
                         " duration INTEGER NOT NULL CHECK (duration >= 0),"
                         " unit TEXT NOT NULL CHECK (unit IN ('working-days', 'days', "
                         "'working-hours', 'same-day')),"
                         " result_document INTEGER NOT NULL DEFAULT 1,"
                         " fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0)," // đồng
                         " online_level TEXT NOT NULL DEFAULT 'none' CHECK (online_level IN "
                         "('none', 'partial', 'full')),"
                         " online_payment INTEGER NOT NULL DEFAULT 0,"
                         " sample_dossier INTEGER NOT NULL DEFAULT 0,"
                         " active INTEGER NOT NULL DEFAULT 1,"
                         " source TEXT NOT NULL DEFAULT '',"
                         " search_key TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS procedure_documents ("
                         " id {{pk}},"
                         " procedure_code TEXT NOT NULL REFERENCES procedures (code) "
                         "ON UPDATE CASCADE ON DELETE CASCADE,"
                         " position INTEGER NOT NULL,"
                         " name TEXT NOT NULL,"
                         " originals INTEGER NOT NULL DEFAULT 0,"
                         " copies INTEGER NOT NULL DEFAULT 0,"
                         " UNIQUE (procedure_code, position))")}});

    // The dossier register (DOMAIN §3, §4, §7, §8, §11). Times are SqlTime text, money in đồng.
    steps.push_back(
        {4,
         "dossier register",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_books ("
                         " id {{pk}},"
                         " year INTEGER NOT NULL,"
                         " book_number INTEGER NOT NULL,"
                         " last_line INTEGER NOT NULL DEFAULT 0,"
                         " UNIQUE (year, book_number))"),
          // DOMAIN §4: the 4-digit part of the dossier code restarts each day for each office.
          QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_code_sequences ("
                         " agency_code TEXT NOT NULL,"
                         " day TEXT NOT NULL,"
                         " last_number INTEGER NOT NULL,"
                         " PRIMARY KEY (agency_code, day))"),
          QStringLiteral(
              "CREATE TABLE IF NOT EXISTS dossiers ("
              " id {{pk}},"
              " code TEXT NOT NULL UNIQUE,"
              " procedure_code TEXT NOT NULL REFERENCES procedures (code) ON UPDATE CASCADE,"
              // DOMAIN §5: the limit and unit are copied at receipt.
              " duration INTEGER NOT NULL CHECK (duration >= 0),"
              " unit TEXT NOT NULL CHECK (unit IN ('working-days', 'days', 'working-hours', "
              "'same-day')),"
              " channel INTEGER NOT NULL CHECK (channel IN (1, 2, 3)),"
              " applicant_name TEXT NOT NULL,"
              " applicant_id TEXT NOT NULL DEFAULT '',"
              " applicant_phone TEXT NOT NULL DEFAULT '',"
              " applicant_email TEXT NOT NULL DEFAULT '',"
              " applicant_address TEXT NOT NULL DEFAULT '',"
              " applicant_organisation TEXT NOT NULL DEFAULT '',"
              " received_at TEXT NOT NULL,"
              " due_at TEXT,"       // printed on the receipt, never changes; NULL until accepted
              " legal_due_at TEXT," // moved by supplement pauses
              " apology_new_due_at TEXT,"
              " status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),"
              " digitized INTEGER NOT NULL DEFAULT 0,"
              " e_result INTEGER NOT NULL DEFAULT 0,"
              " fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),"
              " paid_online INTEGER NOT NULL DEFAULT 0,"
              " e_certified_copies INTEGER NOT NULL DEFAULT 0 CHECK (e_certified_copies >= 0),"
              " rating TEXT CHECK (rating IS NULL OR rating IN ('satisfied', 'unsatisfied')),"
              " complaint INTEGER NOT NULL DEFAULT 0,"
              " officer TEXT NOT NULL DEFAULT '',"
              " ledger_year INTEGER,"
              " ledger_book INTEGER,"
              " ledger_line INTEGER,"
              " finished_at TEXT,"
              " returned_at TEXT,"
              " supplement_count INTEGER NOT NULL DEFAULT 0,"
              " search_key TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_lines ("
                         " book_id INTEGER NOT NULL REFERENCES ledger_books (id),"
                         " line INTEGER NOT NULL,"
                         " dossier_id INTEGER NOT NULL UNIQUE REFERENCES dossiers (id),"
                         " PRIMARY KEY (book_id, line))"),
          // DOMAIN §3: every transition is an event, never overwritten.
          QStringLiteral("CREATE TABLE IF NOT EXISTS status_events ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " from_status INTEGER CHECK (from_status BETWEEN 1 AND 10),"
                         " to_status INTEGER NOT NULL CHECK (to_status BETWEEN 1 AND 10),"
                         " at TEXT NOT NULL,"
                         " officer TEXT NOT NULL DEFAULT '',"
                         " note TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TRIGGER IF NOT EXISTS status_events_append_only"
                         " BEFORE UPDATE ON status_events"
                         " BEGIN SELECT RAISE(ABORT, 'status events are never changed'); END"),
          QStringLiteral("CREATE TRIGGER IF NOT EXISTS status_events_never_deleted"
                         " BEFORE DELETE ON status_events"
                         " BEGIN SELECT RAISE(ABORT, 'status events are never deleted'); END"),
          // DOMAIN §7; QĐ 766: a second request is recorded with its confirmation.
          QStringLiteral("CREATE TABLE IF NOT EXISTS supplement_requests ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " requested_at TEXT NOT NULL,"
                         " received_at TEXT,"
                         " confirmed_second INTEGER NOT NULL DEFAULT 0,"
                         " confirmation_note TEXT NOT NULL DEFAULT '',"
                         " officer TEXT NOT NULL DEFAULT '')"),
          // DOMAIN §8: Mẫu 04.
          QStringLiteral("CREATE TABLE IF NOT EXISTS apology_letters ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " number TEXT NOT NULL DEFAULT '',"
                         " issued_at TEXT NOT NULL,"
                         " reason TEXT NOT NULL DEFAULT '',"
                         " original_due_at TEXT,"
                         " new_due_at TEXT NOT NULL,"
                         " signer TEXT NOT NULL DEFAULT '',"
                         " supervisor_note TEXT NOT NULL DEFAULT '')"),
          // Phản ánh, kiến nghị (QĐ 766 indicators on feedback handling).
          QStringLiteral("CREATE TABLE IF NOT EXISTS feedback ("
                         " id {{pk}},"
                         " received_at TEXT NOT NULL,"
                         " deadline_at TEXT NOT NULL,"
                         " resolved_at TEXT,"
                         " rating TEXT CHECK (rating IS NULL OR rating IN ('satisfied', "
                         "'unsatisfied')),"
                         " dossier_code TEXT,"
                         " content TEXT NOT NULL DEFAULT '')"),
          // DOMAIN §11: who viewed, changed, printed or exported which dossier.
          QStringLiteral("CREATE TABLE IF NOT EXISTS audit_log ("
                         " id {{pk}},"
                         " at TEXT NOT NULL,"
                         " officer TEXT NOT NULL DEFAULT '',"
                         " action TEXT NOT NULL,"
                         " dossier_code TEXT,"
                         " detail TEXT NOT NULL DEFAULT '')"),
          // The overdue list: open dossiers whose clock runs, by legal due date.
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_running_legal_due"
                         " ON dossiers (legal_due_at) WHERE status IN (2, 4, 6)"),
          // The dossier list and the indicators: by receipt time, status, procedure.
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_received ON dossiers (received_at)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS dossiers_status ON dossiers (status, received_at)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_procedure"
                         " ON dossiers (procedure_code, received_at)"),
          // Search: folded key (name first, so name prefixes are an index range), ID, phone.
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_search ON dossiers (search_key)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS dossiers_applicant_id ON dossiers (applicant_id)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS dossiers_applicant_phone ON dossiers (applicant_phone)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS status_events_dossier ON status_events (dossier_id)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS supplement_requests_dossier"
                         " ON supplement_requests (dossier_id)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS apology_letters_dossier"
                         " ON apology_letters (dossier_id)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS feedback_received ON feedback (received_at)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS audit_log_dossier ON audit_log (dossier_code)")}});

    return steps;
}

} // namespace

const std::vector<MigrationStep>& Migrations::steps()
{
    static const std::vector<MigrationStep> all = buildSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().empty() ? 0 : steps().back().version;
}

bool Migrations::migrate(const Database& db, int targetVersion, QString* error)
{
    const int current = db.schemaVersion(error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        if (error)
            *error = tr("The database has schema version %1, but this program knows only up to "
                        "version %2. Use a newer version of Một Cửa Desk.")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    for (const MigrationStep& step : steps()) {
        if (step.version > targetVersion)
            break;
        if (step.version <= current)
            continue;
        TransactionGuard transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        // Another desk may have upgraded while we waited for the write lock.
        const int now = db.schemaVersion(error);
        if (now < 0)
            return false;
        if (now >= step.version)
            continue;
        QSqlQuery query(db.connection());
        for (const QString& statement : step.statements) {
            if (!query.exec(db.dialect().adapt(statement))) {
                if (error)
                    *error =
                        tr("Upgrading the database to version %1 (%2) failed: %3")
                            .arg(step.version)
                            .arg(QString::fromUtf8(step.description), query.lastError().text());
                return false;
            }
        }
        if (!db.dialect().writeSchemaVersion(db.connection(), step.version, error))
            return false;
        if (!transaction.commit(error))
            return false;
    }
    return true;
}
