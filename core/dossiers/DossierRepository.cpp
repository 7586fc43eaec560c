#include "DossierRepository.h"

#include "BulkIndexes.h"
#include "DossierAccess.h"
#include "DossierTerms.h"
#include "DossierWriter.h"
#include "DueDateRules.h"
#include "NoticeNumbers.h"
#include "common/BoundStatement.h"
#include "common/SqlLike.h"
#include "common/SqlTime.h"
#include "common/TextFold.h"
#include "common/Validators.h"
#include "settings/OfficeSettingsStore.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/TransactionGuard.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <numeric>

namespace {

const QString dossierColumns = QStringLiteral(
    "id, code, procedure_code, duration, unit, channel, applicant_name, applicant_id, "
    "applicant_phone, applicant_email, applicant_address, applicant_organisation, received_at, "
    "due_at, legal_due_at, apology_new_due_at, status, digitized, e_result, fee, paid_online, "
    "e_certified_copies, rating, complaint, officer, ledger_year, ledger_book, ledger_line, "
    "finished_at, returned_at, supplement_count, applicant_birth_date, applicant_sex, "
    "identity_checked, reused_data, result_file");

Dossier dossierFromRow(const QSqlQuery& q)
{
    Dossier d;
    d.id = q.value(0).toLongLong();
    d.code = q.value(1).toString();
    d.procedureCode = q.value(2).toString();
    d.halves = q.value(3).toInt();
    d.durationUnit = q.value(4).toString();
    Channels::fromCode(q.value(5).toInt(), &d.channel);
    d.applicantName = q.value(6).toString();
    d.applicantId = q.value(7).toString();
    d.applicantPhone = q.value(8).toString();
    d.applicantEmail = q.value(9).toString();
    d.applicantAddress = q.value(10).toString();
    d.applicantOrganisation = q.value(11).toString();
    d.receivedAt = SqlTime::fromSql(q.value(12).toString());
    d.dueAt = SqlTime::fromSql(q.value(13).toString());
    d.legalDueAt = SqlTime::fromSql(q.value(14).toString());
    d.apologyNewDueAt = SqlTime::fromSql(q.value(15).toString());
    DossierStatuses::fromCode(q.value(16).toInt(), &d.status);
    d.digitized = q.value(17).toBool();
    d.eResult = q.value(18).toBool();
    d.fee = q.value(19).toLongLong();
    d.paidOnline = q.value(20).toBool();
    d.eCertifiedCopies = q.value(21).toInt();
    Ratings::fromKey(q.value(22).toString(), &d.rating);
    d.complaint = q.value(23).toBool();
    d.officer = q.value(24).toString();
    d.ledgerYear = q.value(25).toInt();
    d.ledgerBook = q.value(26).toInt();
    d.ledgerLine = q.value(27).toInt();
    d.finishedAt = SqlTime::fromSql(q.value(28).toString());
    d.returnedAt = SqlTime::fromSql(q.value(29).toString());
    d.supplementCount = q.value(30).toInt();
    d.applicantBirthDate = QDate::fromString(q.value(31).toString(), Qt::ISODate);
    d.applicantSex = q.value(32).toString();
    d.identityChecked = q.value(33).toBool();
    d.reusedData = q.value(34).toBool();
    d.resultFile = q.value(35).toString();
    return d;
}

QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(SqlTime::toSql(time))
                          : QVariant(QMetaType(QMetaType::QString));
}

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool queryFailed(const QSqlQuery& query, const QString& what, QString* error)
{
    if (error)
        *error = DossierRepository::tr("Cannot %1: %2").arg(what, query.lastError().text());
    return false;
}

QString statusText(DossierStatus status)
{
    return QStringLiteral("%1 (%2)").arg(DossierStatuses::label(status)).arg(int(status));
}

} // namespace

DossierRepository::DossierRepository(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool DossierRepository::create(Dossier* dossier, const QString& officer, QString* error)
{
    Dossier& d = *dossier;
    d.normalize();
    if (d.officer.isEmpty())
        d.officer = TextFold::normalized(officer);
    if (d.status != DossierStatus::Registered && d.status != DossierStatus::Accepted &&
        d.status != DossierStatus::Refused) {
        if (error)
            *error = tr("Status: a new dossier is registered online (1), accepted (2) or "
                        "refused (3), not %1.")
                         .arg(statusText(d.status));
        return false;
    }
    if (!d.validate(error))
        return false;

    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    OfficeSettings settings;
    if (!OfficeSettingsStore(m_db).load(&settings, error))
        return false;
    if (settings.agencyCode.isEmpty()) {
        if (error)
            *error = tr("Office settings: the agency code (mã định danh) is not set, so no "
                        "dossier code can be issued.");
        return false;
    }

    QSqlQuery procedure(m_db.connection());
    // DOMAIN §5: the limit in force on the receipt day: the code's latest row that has
    // taken effect by then (procedure_versions), else its first row.
    procedure.prepare(QStringLiteral(
        "SELECT COALESCE(v.duration, p.duration), COALESCE(v.unit, p.unit), p.active "
        "FROM procedures p LEFT JOIN procedure_versions v ON v.code = p.code AND "
        "v.effective_from = (SELECT MAX(effective_from) FROM procedure_versions "
        "WHERE code = p.code AND effective_from <= ?) WHERE p.code = ?"));
    procedure.addBindValue(d.receivedAt.date().toString(Qt::ISODate));
    procedure.addBindValue(d.procedureCode);
    if (!procedure.exec())
        return queryFailed(procedure, tr("read the procedure"), error);
    if (!procedure.next()) {
        if (error)
            *error = tr("Procedure: %1 is not in the catalogue.").arg(d.procedureCode);
        return false;
    }
    if (!procedure.value(2).toBool()) {
        if (error)
            *error = tr("Procedure: %1 is no longer active and cannot receive dossiers.")
                         .arg(d.procedureCode);
        return false;
    }
    // DOMAIN §5: the limit and unit are copied at receipt.
    d.halves = procedure.value(0).toInt();
    d.durationUnit = procedure.value(1).toString();
    // Online submissions have no clock until the counter accepts them (DOMAIN §5).
    if (d.status == DossierStatus::Accepted && !d.dueAt.isValid())
        d.dueAt = m_rules.dueAt(d.receivedAt, d.halves, d.durationUnit);
    if (d.status != DossierStatus::Accepted)
        d.dueAt = QDateTime();
    d.legalDueAt = d.dueAt;
    d.code.clear();

    DossierRecord record;
    record.dossier = d;
    StatusEvent first;
    first.to = d.status;
    first.at = d.receivedAt;
    first.officer = d.officer;
    record.events << first;

    DossierWriter writer(m_db, &m_rules);
    if (!writer.prepare(error) ||
        !writer.write(&record, settings.agencyCode, QDateTime::currentDateTime(), officer,
                      QStringLiteral("create"), error) ||
        !writer.flush(error) || !transaction.commit(error))
        return false;
    d = record.dossier;
    return true;
}

bool DossierRepository::insertAll(QList<DossierRecord>* records, const QString& officer,
                                  const QString& action, QString* error)
{
    QList<qsizetype> order(records->size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [records](qsizetype a, qsizetype b) {
        return records->at(a).dossier.receivedAt < records->at(b).dossier.receivedAt;
    });
    qsizetype index = 0;
    return insertStream(
        [&]() { return index < order.size() ? &(*records)[order.at(index++)] : nullptr; }, officer,
        action, true, records->size(), nullptr, error);
}

bool DossierRepository::insertStream(const std::function<DossierRecord*()>& next,
                                     const QString& officer, const QString& action,
                                     bool auditEachDossier, qint64 expected, int* written,
                                     QString* error, const std::function<bool()>& complete)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    OfficeSettings settings;
    if (!OfficeSettingsStore(m_db).load(&settings, error))
        return false;
    const QStringList undoTuning = m_db.dialect().beginBulkWrite(m_db.connection(), m_bulkCacheKiB);
    const auto restore = qScopeGuard([&] {
        QSqlQuery undo(m_db.connection());
        for (const QString& statement : undoTuning)
            undo.exec(statement);
    });
    // Rows each table gains per dossier, about: the history has a few events.
    BulkIndexes indexes(m_db);
    if (!indexes.suspend(QStringLiteral("dossiers"), expected, error) ||
        !indexes.suspend(QStringLiteral("status_events"), expected * 3, error) ||
        !indexes.suspend(QStringLiteral("indicator_facts"), expected, error) ||
        (auditEachDossier && !indexes.suspend(QStringLiteral("audit_log"), expected, error)))
        return false;
    DossierWriter writer(m_db, &m_rules);
    if (!writer.prepare(error))
        return false;
    QDateTime now = QDateTime::currentDateTime();
    now = now.toOffsetFromUtc(now.offsetFromUtc());
    const QString eachAction = auditEachDossier ? action : QString();
    int count = 0;
    while (DossierRecord* record = next()) {
        if (record->dossier.code.isEmpty() && settings.agencyCode.isEmpty()) {
            if (error)
                *error = tr("Office settings: the agency code (mã định danh) is not set, so no "
                            "dossier code can be issued.");
            return false;
        }
        if (!writer.write(record, settings.agencyCode, now, officer, eachAction, error))
            return false;
        ++count;
    }
    if (complete && !complete())
        return false;
    if (!auditEachDossier &&
        !writer.audit(now, officer, action, QString(), tr("%n dossier(s)", nullptr, count), error))
        return false;
    // The indicator counters are recounted through the indexes: they come back first.
    if (!indexes.restore(error) || !writer.flush(error) || !transaction.commit(error))
        return false;
    if (written)
        *written = count;
    return true;
}

bool DossierRepository::loadBy(const QString& where, const QVariant& value, Dossier* dossier,
                               bool* found, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + dossierColumns + QStringLiteral(" FROM dossiers WHERE ") +
              where);
    q.addBindValue(value);
    if (!q.exec())
        return queryFailed(q, tr("read the dossier"), error);
    *found = q.next();
    if (*found)
        *dossier = dossierFromRow(q);
    return true;
}

bool DossierRepository::load(const QString& code, Dossier* dossier, QString* error) const
{
    bool found = false;
    if (!loadBy(QStringLiteral("code = ?"), code.trimmed(), dossier, &found, error))
        return false;
    if (!found && error)
        *error = tr("Dossier %1: not in the register.").arg(code);
    return found;
}

bool DossierRepository::history(const QString& code, QList<StatusEvent>* events,
                                QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.from_status, e.to_status, e.at, e.officer, e.note "
                             "FROM status_events e JOIN dossiers d ON d.id = e.dossier_id "
                             "WHERE d.code = ? ORDER BY e.id"));
    q.addBindValue(code);
    if (!q.exec())
        return queryFailed(q, tr("read the status history"), error);
    events->clear();
    while (q.next()) {
        StatusEvent e;
        e.id = q.value(0).toLongLong();
        e.hasFrom = !q.value(1).isNull();
        if (e.hasFrom)
            DossierStatuses::fromCode(q.value(1).toInt(), &e.from);
        DossierStatuses::fromCode(q.value(2).toInt(), &e.to);
        e.at = SqlTime::fromSql(q.value(3).toString());
        e.officer = q.value(4).toString();
        e.note = q.value(5).toString();
        events->append(e);
    }
    return true;
}

bool DossierRepository::supplementRequests(const QString& code, QList<SupplementRequest>* requests,
                                           QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.requested_at, s.received_at, s.confirmed_second, s.confirmation_note, "
        "s.officer FROM supplement_requests s JOIN dossiers d ON d.id = s.dossier_id "
        "WHERE d.code = ? ORDER BY s.id"));
    q.addBindValue(code);
    if (!q.exec())
        return queryFailed(q, tr("read the supplement requests"), error);
    requests->clear();
    while (q.next()) {
        SupplementRequest r;
        r.id = q.value(0).toLongLong();
        r.requestedAt = SqlTime::fromSql(q.value(1).toString());
        r.receivedAt = SqlTime::fromSql(q.value(2).toString());
        r.confirmedSecond = q.value(3).toBool();
        r.confirmationNote = q.value(4).toString();
        r.officer = q.value(5).toString();
        requests->append(r);
    }
    return true;
}

bool DossierRepository::apologyLetters(const QString& code, QList<ApologyLetter>* letters,
                                       QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.number, a.issued_at, a.reason, a.original_due_at, "
                             "a.new_due_at, a.signer, a.supervisor_note FROM apology_letters a "
                             "JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = ? "
                             "ORDER BY a.id"));
    q.addBindValue(code);
    if (!q.exec())
        return queryFailed(q, tr("read the apology letters"), error);
    letters->clear();
    while (q.next()) {
        ApologyLetter a;
        a.id = q.value(0).toLongLong();
        a.number = q.value(1).toString();
        a.issuedAt = SqlTime::fromSql(q.value(2).toString());
        a.reason = q.value(3).toString();
        a.originalDueAt = SqlTime::fromSql(q.value(4).toString());
        a.newDueAt = SqlTime::fromSql(q.value(5).toString());
        a.signer = q.value(6).toString();
        a.supervisorNote = q.value(7).toString();
        letters->append(a);
    }
    return true;
}

bool DossierRepository::loadForChange(const TransactionGuard& transaction, const QString& code,
                                      const User& actor, Dossier* dossier, QString* error) const
{
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return load(code, dossier, error) &&
           DossierAccess::mayChange(actor, dossier->code, dossier->status, dossier->officer, error);
}

bool DossierRepository::transition(const QString& code, DossierStatus to, const QDateTime& at,
                                   const User& actor, const QString& note, QString* error,
                                   const std::function<bool(Dossier*, QString*)>& apply)
{
    if (!at.isValid()) {
        if (error)
            *error = tr("Time: a valid date and time of the status change is required.");
        return false;
    }
    TransactionGuard transaction(m_db);
    Dossier d;
    if (!loadForChange(transaction, code, actor, &d, error))
        return false;
    const DossierStatus from = d.status;
    if (!DossierStatuses::canTransition(from, to)) {
        if (error)
            *error = tr("Dossier %1: the status cannot change from %2 to %3.")
                         .arg(d.code, statusText(from), statusText(to));
        return false;
    }
    QSqlQuery last(m_db.connection());
    last.prepare(QStringLiteral("SELECT MAX(at) FROM status_events WHERE dossier_id = ?"));
    last.addBindValue(d.id);
    if (!last.exec() || !last.next())
        return queryFailed(last, tr("read the status history"), error);
    const QDateTime lastAt = SqlTime::fromSql(last.value(0).toString());
    if (at < d.receivedAt || (lastAt.isValid() && at < lastAt)) {
        if (error)
            *error = tr("Time: %1 is before the dossier's last recorded event (%2).")
                         .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              (lastAt.isValid() ? lastAt : d.receivedAt)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return false;
    }

    d.status = to;
    if (from == DossierStatus::Registered && to == DossierStatus::Accepted && !d.dueAt.isValid()) {
        // DOMAIN §5: online dossiers count from the moment the counter accepts them.
        d.dueAt = m_rules.dueAt(at, d.halves, d.durationUnit);
        d.legalDueAt = d.dueAt;
    }
    if (DossierStatuses::isEnding(to))
        d.finishedAt = at;
    if (to == DossierStatus::Returned)
        d.returnedAt = at;
    if (apply && !apply(&d, error))
        return false;

    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE dossiers SET status = ?, due_at = ?, legal_due_at = ?, finished_at = ?, "
        "returned_at = ?, e_result = ?, e_certified_copies = ?, rating = ?, supplement_count = ?, "
        "result_file = ? WHERE id = ?"));
    update.addBindValue(int(d.status));
    update.addBindValue(timeOrNull(d.dueAt));
    update.addBindValue(timeOrNull(d.legalDueAt));
    update.addBindValue(timeOrNull(d.finishedAt));
    update.addBindValue(timeOrNull(d.returnedAt));
    update.addBindValue(int(d.eResult));
    update.addBindValue(d.eCertifiedCopies);
    update.addBindValue(d.rating == Rating::None ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(Ratings::key(d.rating)));
    update.addBindValue(d.supplementCount);
    update.addBindValue(d.resultFile.isNull() ? QStringLiteral("") : d.resultFile);
    update.addBindValue(d.id);
    if (!update.exec())
        return queryFailed(update, tr("save the dossier %1").arg(d.code), error);

    StatusEvent event;
    event.hasFrom = true;
    event.from = from;
    event.to = to;
    event.at = at;
    event.officer = actor.name();
    event.note = note;
    DossierWriter writer(m_db, &m_rules);
    return writer.prepare(error) && writer.appendEvent(d.id, event, error) &&
           writer.audit(QDateTime::currentDateTime(), actor.name(), QStringLiteral("status"),
                        d.code, QStringLiteral("%1 -> %2").arg(int(from)).arg(int(to)), error) &&
           writer.refreshIndicators(d.id, error) && writer.flush(error) &&
           transaction.commit(error);
}

bool DossierRepository::changeStatus(const QString& code, DossierStatus to, const QDateTime& at,
                                     const User& actor, const QString& note, QString* error)
{
    if (to == DossierStatus::SupplementRequested) {
        if (error)
            *error = tr("Status: a supplement is requested with a supplement request (Mẫu 02), "
                        "which records its time and whether it is the second one.");
        return false;
    }
    Dossier current;
    if (!load(code, &current, error))
        return false;
    if (current.status == DossierStatus::SupplementRequested && to == DossierStatus::Processing)
        return receiveSupplement(code, at, actor, error);
    return transition(code, to, at, actor, note, error);
}

bool DossierRepository::requestSupplement(const QString& code, const QDateTime& at,
                                          const User& actor, const QString& note,
                                          bool confirmSecond, QString* error)
{
    return transition(
        code, DossierStatus::SupplementRequested, at, actor, note, error,
        [&](Dossier* d, QString* problem) {
            // DOMAIN §7: the office asks once. QĐ 766 counts a dossier with more than one
            // request as late, so a second one is made only on explicit confirmation.
            if (d->supplementCount >= 1 && !confirmSecond) {
                if (problem)
                    *problem = tr("Dossier %1: a supplement was already requested once. A further "
                                  "request makes the dossier late under QĐ 766/QĐ-TTg; confirm "
                                  "it explicitly to go on.")
                                   .arg(d->code);
                return false;
            }
            QSqlQuery insert(m_db.connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO supplement_requests (dossier_id, requested_at, confirmed_second, "
                "confirmation_note, officer) VALUES (?, ?, ?, ?, ?)"));
            insert.addBindValue(d->id);
            insert.addBindValue(SqlTime::toSql(at));
            insert.addBindValue(int(d->supplementCount >= 1));
            insert.addBindValue(d->supplementCount >= 1 ? text(note) : QStringLiteral(""));
            insert.addBindValue(text(actor.name()));
            if (!insert.exec())
                return queryFailed(insert, tr("save the supplement request"), problem);
            ++d->supplementCount;
            return true;
        });
}

bool DossierRepository::receiveSupplement(const QString& code, const QDateTime& at,
                                          const User& actor, QString* error)
{
    return transition(
        code, DossierStatus::Processing, at, actor, QString(), error,
        [&](Dossier* d, QString* problem) {
            QSqlQuery open(m_db.connection());
            open.prepare(QStringLiteral("SELECT id, requested_at FROM supplement_requests WHERE "
                                        "dossier_id = ? AND received_at IS NULL "
                                        "ORDER BY id DESC LIMIT 1"));
            open.addBindValue(d->id);
            if (!open.exec())
                return queryFailed(open, tr("read the supplement requests"), problem);
            if (!open.next()) {
                if (problem)
                    *problem = tr("Dossier %1: no supplement request is waiting.").arg(d->code);
                return false;
            }
            const qint64 requestId = open.value(0).toLongLong();
            const QDateTime requestedAt = SqlTime::fromSql(open.value(1).toString());
            QSqlQuery close(m_db.connection());
            close.prepare(
                QStringLiteral("UPDATE supplement_requests SET received_at = ? WHERE id = ?"));
            close.addBindValue(SqlTime::toSql(at));
            close.addBindValue(requestId);
            if (!close.exec())
                return queryFailed(close, tr("save the supplement"), problem);
            // DOMAIN §7: the office's policy moves the legal due date; the printed one stays.
            const QDateTime base = d->legalDueAt.isValid() ? d->legalDueAt : d->dueAt;
            if (base.isValid())
                d->legalDueAt = m_rules.legalDueAfterSupplement(base, requestedAt, at, d->halves,
                                                                d->durationUnit);
            return true;
        });
}

bool DossierRepository::markResultReady(const QString& code, const QDateTime& at, const User& actor,
                                        bool electronicResult, int electronicCertifiedCopies,
                                        QString* error)
{
    return markResultReady(code, at, actor, electronicResult, electronicCertifiedCopies, QString(),
                           error);
}

bool DossierRepository::markResultReady(const QString& code, const QDateTime& at, const User& actor,
                                        bool electronicResult, int electronicCertifiedCopies,
                                        const QString& resultFile, QString* error)
{
    QString reference;
    if (!checkResultFile(resultFile, &reference, error))
        return false;
    if (electronicCertifiedCopies < 0) {
        if (error)
            *error = tr("Electronic certified copies: cannot be negative.");
        return false;
    }
    return transition(code, DossierStatus::Finished, at, actor, QString(), error,
                      [&](Dossier* d, QString*) {
                          d->eResult = electronicResult;
                          d->eCertifiedCopies = electronicCertifiedCopies;
                          if (!reference.isEmpty())
                              d->resultFile = reference;
                          return true;
                      });
}

bool DossierRepository::checkResultFile(const QString& text, QString* reference, QString* error)
{
    QString reason;
    if (!Validators::checkText(text, Validators::maxAddressLength, reference, &reason)) {
        if (error)
            *error = tr("Result file: %1").arg(reason);
        return false;
    }
    return true;
}

bool DossierRepository::setResultFile(const QString& code, const QString& resultFile,
                                      const User& actor, QString* error)
{
    QString reference;
    if (!checkResultFile(resultFile, &reference, error))
        return false;
    TransactionGuard transaction(m_db);
    Dossier d;
    if (!loadForChange(transaction, code, actor, &d, error))
        return false;
    // QĐ 766 4.1: the file of a result, so only once there is one.
    if (d.status != DossierStatus::Finished && d.status != DossierStatus::Returned) {
        if (error)
            *error = tr("Result file: dossier %1 has no result yet (status %2).")
                         .arg(d.code, statusText(d.status));
        return false;
    }
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE dossiers SET result_file = ? WHERE id = ?"));
    update.addBindValue(reference);
    update.addBindValue(d.id);
    if (!update.exec())
        return queryFailed(update, tr("save the dossier %1").arg(d.code), error);
    DossierWriter writer(m_db, &m_rules);
    return writer.prepare(error) &&
           writer.audit(QDateTime::currentDateTime(), actor.name(), QStringLiteral("result-file"),
                        d.code, reference, error) &&
           writer.refreshIndicators(d.id, error) && writer.flush(error) &&
           transaction.commit(error);
}

bool DossierRepository::handOver(const QString& code, const QDateTime& at, const User& actor,
                                 Rating rating, QString* error)
{
    return transition(code, DossierStatus::Returned, at, actor, QString(), error,
                      [&](Dossier* d, QString*) {
                          d->rating = rating;
                          return true;
                      });
}

bool DossierRepository::handOverRatedByCitizen(const QString& code, const QDateTime& at,
                                               const User& actor, const CitizenRating& rating,
                                               QString* error)
{
    return transition(
        code, DossierStatus::Returned, at, actor, QString(), error,
        [&](Dossier* d, QString* problem) {
            d->rating = rating.choice == CitizenChoice::Satisfied     ? Rating::Satisfied
                        : rating.choice == CitizenChoice::Unsatisfied ? Rating::Unsatisfied
                                                                      : Rating::None;
            QSqlQuery insert(m_db.connection());
            insert.prepare(QStringLiteral("INSERT INTO citizen_ratings (dossier_id, chosen_at, "
                                          "choice, reason, officer) VALUES (?, ?, ?, ?, ?)"));
            insert.addBindValue(d->id);
            insert.addBindValue(SqlTime::toSql(rating.chosenAt.isValid() ? rating.chosenAt : at));
            insert.addBindValue(CitizenRatings::key(rating.choice));
            insert.addBindValue(rating.reason.isNull() ? QStringLiteral("") : rating.reason);
            insert.addBindValue(actor.name());
            if (!insert.exec())
                return queryFailed(insert, tr("record the citizen's rating"), problem);
            DossierWriter writer(m_db, &m_rules);
            return writer.prepare(problem) &&
                   writer.audit(
                       QDateTime::currentDateTime(), actor.name(), QStringLiteral("citizen-rating"),
                       d->code,
                       QStringLiteral("chosen by the citizen: %1%2")
                           .arg(CitizenRatings::key(rating.choice),
                                rating.reason.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (") + rating.reason + QLatin1Char(')')),
                       problem) &&
                   writer.flush(problem);
        });
}

bool DossierRepository::issueApology(const QString& code, ApologyLetter* letter, const User& actor,
                                     QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!letter->issuedAt.isValid())
        return fail(tr("Issued at: a valid date and time is required."));
    if (!letter->newDueAt.isValid())
        return fail(tr("New due date: required."));
    if (letter->reason.trimmed().isEmpty())
        return fail(tr("Reason: say why the result will be late."));

    TransactionGuard transaction(m_db);
    Dossier d;
    if (!loadForChange(transaction, code, actor, &d, error))
        return false;
    if (!DossierStatuses::isOpen(d.status) || d.status == DossierStatus::Registered)
        return fail(tr("Dossier %1: an apology is written for a dossier in processing, not one "
                       "in status %2.")
                        .arg(d.code, statusText(d.status)));
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM apology_letters WHERE dossier_id = ?"));
    count.addBindValue(d.id);
    if (!count.exec() || !count.next())
        return queryFailed(count, tr("read the apology letters"), error);
    // DOMAIN §8: a new appointment may be given only once.
    if (count.value(0).toInt() > 0 && letter->supervisorNote.trimmed().isEmpty())
        return fail(tr("Dossier %1: a new appointment was already given once. A further one "
                       "needs the supervisor's note.")
                        .arg(d.code));
    letter->originalDueAt = d.legalDueAt.isValid() ? d.legalDueAt : d.dueAt;
    if (letter->originalDueAt.isValid() && letter->newDueAt <= letter->originalDueAt)
        return fail(tr("New due date: must be after the current due date %1.")
                        .arg(letter->originalDueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    // DOMAIN §9: numbered from the register of apologies of the year, with the office's symbol.
    if (letter->number.trimmed().isEmpty() &&
        !NoticeNumbers::next(m_db, QStringLiteral("apology"), letter->issuedAt.date(),
                             &letter->number, error))
        return false;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO apology_letters (dossier_id, number, issued_at, "
                                  "reason, original_due_at, new_due_at, signer, supervisor_note) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(d.id);
    insert.addBindValue(text(letter->number));
    insert.addBindValue(SqlTime::toSql(letter->issuedAt));
    insert.addBindValue(letter->reason.trimmed());
    insert.addBindValue(timeOrNull(letter->originalDueAt));
    insert.addBindValue(SqlTime::toSql(letter->newDueAt));
    insert.addBindValue(text(TextFold::normalized(letter->signer)));
    insert.addBindValue(text(letter->supervisorNote.trimmed()));
    if (!insert.exec())
        return queryFailed(insert, tr("save the apology letter"), error);
    letter->id = SqlDialect::insertedId(insert);
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE dossiers SET apology_new_due_at = ? WHERE id = ?"));
    update.addBindValue(SqlTime::toSql(letter->newDueAt));
    update.addBindValue(d.id);
    if (!update.exec())
        return queryFailed(update, tr("save the dossier %1").arg(d.code), error);
    DossierWriter writer(m_db, &m_rules);
    return writer.prepare(error) &&
           writer.audit(QDateTime::currentDateTime(), actor.name(), QStringLiteral("apology"),
                        d.code, letter->number, error) &&
           writer.refreshIndicators(d.id, error) && writer.flush(error) &&
           transaction.commit(error);
}

bool DossierRepository::fetchByIds(const QList<qint64>& ids, QList<Dossier>* found,
                                   QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + dossierColumns +
              QStringLiteral(" FROM dossiers WHERE id = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return queryFailed(q, tr("read the dossier"), error);
        if (q.next())
            found->append(dossierFromRow(q));
    }
    return true;
}

bool DossierRepository::search(const QString& text, int limit, QList<Dossier>* found,
                               QString* error) const
{
    found->clear();
    const QString key = TextFold::searchKey(text);
    if (key.isEmpty() || limit <= 0)
        return true;
    QList<qint64> ids;
    QSet<qint64> seen;
    auto collect = [&](QSqlQuery& q) {
        if (!q.exec())
            return queryFailed(q, tr("search the register"), error);
        while (q.next() && ids.size() < limit) {
            const qint64 id = q.value(0).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
        return true;
    };

    // 1. Exact code, ID number or phone, and the ID number or phone as a prefix: index lookups.
    // The tail of a code ("231027-0361", as officers read it off a receipt) is completed
    // with this office's agency code.
    const QString compact = text.trimmed();
    QString fullCode = compact.toUpper();
    static const QRegularExpression codeTail(QStringLiteral("^[0-9]{6}-[0-9]{4,}$"));
    if (codeTail.match(compact).hasMatch()) {
        OfficeSettings settings;
        if (OfficeSettingsStore(m_db).load(&settings, nullptr) && !settings.agencyCode.isEmpty())
            fullCode = settings.agencyCode + QLatin1Char('-') + compact;
    }
    QSqlQuery exact(m_db.connection());
    exact.prepare(QStringLiteral("SELECT id FROM dossiers WHERE code = ? OR code = ? "
                                 "UNION SELECT id FROM dossiers WHERE applicant_id >= ? AND "
                                 "applicant_id < ? UNION SELECT id FROM dossiers WHERE "
                                 "applicant_phone >= ? AND applicant_phone < ? LIMIT ?"));
    exact.addBindValue(compact);
    exact.addBindValue(fullCode);
    exact.addBindValue(key);
    exact.addBindValue(SqlLike::prefixEnd(key));
    exact.addBindValue(key);
    exact.addBindValue(SqlLike::prefixEnd(key));
    exact.addBindValue(limit);
    if (!collect(exact))
        return false;
    bool digitsOnly = true;
    for (const QChar c : key)
        digitsOnly = digitsOnly && c.isDigit();
    const bool wholeIdentifier =
        !ids.isEmpty() && ((digitsOnly && key.size() >= 9) || key.count(QLatin1Char('-')) >= 1);

    // 2. Names starting with the text: a range of the search_key index.
    if (ids.size() < limit && !wholeIdentifier) {
        QSqlQuery prefix(m_db.connection());
        prefix.prepare(QStringLiteral(
            "SELECT id FROM dossiers WHERE search_key >= ? AND search_key < ? LIMIT ?"));
        prefix.addBindValue(key);
        prefix.addBindValue(SqlLike::prefixEnd(key));
        prefix.addBindValue(limit);
        if (!collect(prefix))
            return false;
    }
    // 3. From a word start anywhere in the name, ID number, phone or code ("van an",
    // "thi thu", a code's tail): a range of the search term index (DossierTerms).
    if (ids.size() < limit && !wholeIdentifier) {
        QList<qint64> words;
        if (!DossierTerms::match(m_db, key, limit - int(ids.size()), ids, &words, error))
            return false;
        ids += words;
    }
    return fetchByIds(ids, found, error);
}

bool DossierRepository::findByApplicantId(const QString& applicantId, QList<Dossier>* found,
                                          QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + dossierColumns +
              QStringLiteral(" FROM dossiers WHERE applicant_id = ? ORDER BY received_at"));
    q.addBindValue(applicantId.trimmed());
    if (!q.exec())
        return queryFailed(q, tr("search the register"), error);
    found->clear();
    while (q.next())
        found->append(dossierFromRow(q));
    return true;
}

bool DossierRepository::overdue(const QDateTime& asOf, QList<OverdueDossier>* list,
                                QString* error) const
{
    QSqlQuery q(m_db.connection());
    // Three ranges of the (status, legal_due_at) index.
    q.prepare(QStringLiteral(
        "SELECT d.code, d.procedure_code, COALESCE(p.name, ''), d.applicant_name, d.status, "
        "d.received_at, d.due_at, d.legal_due_at, d.apology_new_due_at, d.officer, "
        "COALESCE(p.field, ''), d.applicant_id, "
        "(SELECT COUNT(*) FROM apology_letters a WHERE a.dossier_id = d.id), (SELECT "
        "MIN(a.issued_at) FROM apology_letters a WHERE a.dossier_id = d.id) FROM dossiers d "
        "LEFT JOIN procedures p ON p.code = d.procedure_code "
        "WHERE d.status IN (2, 4, 6) AND d.legal_due_at < ? ORDER BY d.legal_due_at, d.code"));
    q.addBindValue(SqlTime::toSql(asOf));
    if (!q.exec())
        return queryFailed(q, tr("read the overdue dossiers"), error);
    list->clear();
    QHash<QDate, int> daysByDate; // most rows share a few due dates
    while (q.next()) {
        OverdueDossier o;
        o.code = q.value(0).toString();
        o.procedureCode = q.value(1).toString();
        o.procedureName = q.value(2).toString();
        o.applicantName = q.value(3).toString();
        DossierStatuses::fromCode(q.value(4).toInt(), &o.status);
        o.receivedAt = SqlTime::fromSql(q.value(5).toString());
        o.dueAt = SqlTime::fromSql(q.value(6).toString());
        o.legalDueAt = SqlTime::fromSql(q.value(7).toString());
        o.apologyNewDueAt = SqlTime::fromSql(q.value(8).toString());
        o.officer = q.value(9).toString();
        o.field = q.value(10).toString();
        o.applicantId = q.value(11).toString();
        o.apologyCount = q.value(12).toInt();
        o.apologyIssuedAt = SqlTime::fromSql(q.value(13).toString());
        const QDate dueDate = o.legalDueAt.date();
        auto it = daysByDate.find(dueDate);
        if (it == daysByDate.end())
            it = daysByDate.insert(dueDate,
                                   qMax(0, m_rules.workingDaysBetween(dueDate, asOf.date())));
        o.workingDaysOverdue = it.value();
        list->append(o);
    }
    return true;
}

bool DossierRepository::records(const QDateTime& from, const QDateTime& to,
                                QList<DossierRecord>* records, QString* error) const
{
    QString sql = QStringLiteral("SELECT ") + dossierColumns + QStringLiteral(" FROM dossiers");
    QStringList conditions;
    if (from.isValid())
        conditions << QStringLiteral("received_at >= ?");
    if (to.isValid())
        conditions << QStringLiteral("received_at < ?");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY received_at, id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (from.isValid())
        q.addBindValue(SqlTime::toSql(from));
    if (to.isValid())
        q.addBindValue(SqlTime::toSql(to));
    if (!q.exec())
        return queryFailed(q, tr("read the dossiers"), error);
    records->clear();
    QHash<qint64, int> indexById;
    while (q.next()) {
        DossierRecord r;
        r.dossier = dossierFromRow(q);
        indexById.insert(r.dossier.id, int(records->size()));
        records->append(r);
    }
    if (records->isEmpty())
        return true;

    // Supplement requests and apology letters of the dossiers in range, in one pass each.
    const QString range = QStringLiteral(" WHERE dossier_id IN (SELECT id FROM dossiers") +
                          (conditions.isEmpty() ? QString()
                                                : QStringLiteral(" WHERE ") +
                                                      conditions.join(QStringLiteral(" AND "))) +
                          QStringLiteral(") ORDER BY id");
    QSqlQuery s(m_db.connection());
    s.setForwardOnly(true);
    s.prepare(QStringLiteral("SELECT dossier_id, requested_at, received_at, confirmed_second, "
                             "confirmation_note, officer FROM supplement_requests") +
              range);
    if (from.isValid())
        s.addBindValue(SqlTime::toSql(from));
    if (to.isValid())
        s.addBindValue(SqlTime::toSql(to));
    if (!s.exec())
        return queryFailed(s, tr("read the supplement requests"), error);
    while (s.next()) {
        const auto it = indexById.constFind(s.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        SupplementRequest r;
        r.requestedAt = SqlTime::fromSql(s.value(1).toString());
        r.receivedAt = SqlTime::fromSql(s.value(2).toString());
        r.confirmedSecond = s.value(3).toBool();
        r.confirmationNote = s.value(4).toString();
        r.officer = s.value(5).toString();
        (*records)[it.value()].supplements.append(r);
    }
    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT dossier_id, number, issued_at, reason, original_due_at, "
                             "new_due_at, signer, supervisor_note FROM apology_letters") +
              range);
    if (from.isValid())
        a.addBindValue(SqlTime::toSql(from));
    if (to.isValid())
        a.addBindValue(SqlTime::toSql(to));
    if (!a.exec())
        return queryFailed(a, tr("read the apology letters"), error);
    while (a.next()) {
        const auto it = indexById.constFind(a.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        ApologyLetter l;
        l.number = a.value(1).toString();
        l.issuedAt = SqlTime::fromSql(a.value(2).toString());
        l.reason = a.value(3).toString();
        l.originalDueAt = SqlTime::fromSql(a.value(4).toString());
        l.newDueAt = SqlTime::fromSql(a.value(5).toString());
        l.signer = a.value(6).toString();
        l.supervisorNote = a.value(7).toString();
        (*records)[it.value()].apologies.append(l);
    }
    QSqlQuery p(m_db.connection());
    p.setForwardOnly(true);
    QString documentRange = range;
    documentRange.replace(QStringLiteral(") ORDER BY id"),
                          QStringLiteral(") ORDER BY dossier_id, position"));
    p.prepare(QStringLiteral("SELECT dossier_id, name, originals, copies FROM dossier_documents") +
              documentRange);
    if (from.isValid())
        p.addBindValue(SqlTime::toSql(from));
    if (to.isValid())
        p.addBindValue(SqlTime::toSql(to));
    if (!p.exec())
        return queryFailed(p, tr("read the documents"), error);
    while (p.next()) {
        const auto it = indexById.constFind(p.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        (*records)[it.value()].documents.append(
            {p.value(1).toString(), p.value(2).toInt(), p.value(3).toInt()});
    }
    return true;
}

bool DossierRepository::activeProcedures(QList<CatalogueEntry>* entries, QString* error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, field, duration, unit, fee, result_document FROM "
                               "procedures WHERE active = 1 ORDER BY code")))
        return queryFailed(q, tr("read the procedure catalogue"), error);
    entries->clear();
    while (q.next()) {
        CatalogueEntry e;
        e.code = q.value(0).toString();
        e.field = q.value(1).toString();
        e.halves = q.value(2).toInt();
        e.unit = q.value(3).toString();
        e.fee = q.value(4).toLongLong();
        e.resultDocument = q.value(5).toBool();
        entries->append(e);
    }
    return true;
}

bool DossierRepository::procedureTerms(QHash<QString, DossierCsv::ProcedureTerms>* terms,
                                       QString* error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, duration, unit FROM procedures")))
        return queryFailed(q, tr("read the procedure catalogue"), error);
    terms->clear();
    while (q.next()) {
        DossierCsv::ProcedureTerms t;
        t.halves = q.value(1).toInt();
        t.unit = q.value(2).toString();
        terms->insert(q.value(0).toString(), t);
    }
    if (!q.exec(QStringLiteral("SELECT code, effective_from, duration, unit FROM "
                               "procedure_versions ORDER BY code, effective_from")))
        return queryFailed(q, tr("read the procedure catalogue"), error);
    while (q.next()) {
        const auto it = terms->find(q.value(0).toString());
        if (it != terms->end())
            it->later.append({QDate::fromString(q.value(1).toString(), Qt::ISODate),
                              q.value(2).toInt(), q.value(3).toString()});
    }
    return true;
}

bool DossierRepository::existingCodes(const QStringList& codes, QSet<QString>* existing,
                                      QString* error, bool inTransaction) const
{
    existing->clear();
    QStringList wanted;
    for (const QString& code : codes) {
        if (!code.isEmpty())
            wanted << code;
    }
    // Up to this many codes a look-up: an import asks for all of its codes.
    constexpr qsizetype perStatement = 500;
    // One read transaction for all the look-ups: outside one, each statement takes and
    // releases the database's read lock (system calls) on its own. Nothing is written.
    QSqlDatabase connection = m_db.connection();
    const bool reading = !inTransaction && connection.transaction();
    const auto end = qScopeGuard([&] {
        if (reading)
            connection.rollback();
    });
    BoundStatement full(m_db.connection()); // prepared once, for every full look-up
    BoundStatement last(m_db.connection());
    for (qsizetype from = 0; from < wanted.size(); from += perStatement) {
        const qsizetype count = std::min(perStatement, wanted.size() - from);
        BoundStatement& q = count == perStatement ? full : last;
        if (&q == &last || from == 0) {
            if (!q.prepare(QStringLiteral("SELECT code FROM dossiers WHERE code IN (") +
                           BoundStatement::placeholders(count) + QLatin1Char(')')))
                return queryFailed(q.query(), tr("read the dossier codes"), error);
        }
        for (qsizetype i = 0; i < count; ++i)
            q.add(wanted.at(from + i));
        if (!q.exec())
            return queryFailed(q.query(), tr("read the dossier codes"), error);
        while (q.query().next())
            existing->insert(q.query().value(0).toString());
    }
    return true;
}
