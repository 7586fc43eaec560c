#include "ReceiptCorrection.h"

#include "DossierAccess.h"
#include "DossierRepository.h"
#include "DossierTerms.h"
#include "DossierWriter.h"
#include "DueDateRules.h"
#include "accounts/User.h"
#include "catalogue/ProcedureRepository.h"
#include "common/SqlTime.h"
#include "common/TextFold.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool fail(const QString& message, QString* error)
{
    if (error)
        *error = message;
    return false;
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace

bool ReceiptCorrections::start(const QString& code, ReceiptCorrection* c, QString* error) const
{
    Dossier d;
    if (!DossierRepository(m_db, m_rules).load(code, &d, error))
        return false;
    *c = ReceiptCorrection();
    c->procedureCode = d.procedureCode;
    c->applicantName = d.applicantName;
    c->applicantId = d.applicantId;
    c->applicantPhone = d.applicantPhone;
    c->applicantEmail = d.applicantEmail;
    c->applicantAddress = d.applicantAddress;
    c->applicantOrganisation = d.applicantOrganisation;
    c->dueAt = d.dueAt;
    return true;
}

bool ReceiptCorrections::apply(const QString& code, ReceiptCorrection* c, const User& actor,
                               QString* error) const
{
    if (c->reason.trimmed().isEmpty())
        return fail(tr("Reason: say why the receipt is corrected; it is printed on the new "
                       "receipt."),
                    error);
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error(), error);
    DossierRepository dossiers(m_db, m_rules);
    Dossier d;
    if (!dossiers.load(code, &d, error))
        return false;
    if (!DossierAccess::mayChange(actor, d.code, d.status, d.officer, error))
        return false;
    if (!DossierStatuses::isOpen(d.status) || d.status == DossierStatus::Registered)
        return fail(tr("Dossier %1: only the receipt of an open dossier can be corrected (status "
                       "%2).")
                        .arg(d.code, DossierStatuses::label(d.status)),
                    error);

    Dossier n = d;
    n.applicantName = c->applicantName;
    n.applicantId = c->applicantId;
    n.applicantPhone = c->applicantPhone;
    n.applicantEmail = c->applicantEmail;
    n.applicantAddress = c->applicantAddress;
    n.applicantOrganisation = c->applicantOrganisation;
    n.normalize();
    if (!n.validate(error))
        return false;
    if (c->procedureCode != d.procedureCode) {
        Procedure p;
        bool found = false;
        // The row in force on the receipt day: a dossier keeps the rules of the day it was
        // received, corrected or not.
        if (!ProcedureRepository(m_db).loadOn(c->procedureCode, d.receivedAt.date(), &p, &found,
                                              error))
            return false;
        if (!found || !p.active)
            return fail(tr("Procedure: %1 is not an active procedure of the catalogue.")
                            .arg(c->procedureCode),
                        error);
        // DOMAIN §5: the limit of the right procedure is copied, and the appointment follows it.
        n.procedureCode = p.code;
        n.halves = p.halves;
        n.durationUnit = p.unit;
        n.dueAt = m_rules.dueAt(d.receivedAt, n.halves, n.durationUnit);
    }
    if (c->dueAt.isValid() && c->dueAt != d.dueAt)
        n.dueAt = c->dueAt;
    if (!n.dueAt.isValid() || n.dueAt <= n.receivedAt)
        return fail(
            tr("Appointment: it must come after the receipt time %1.").arg(timeText(n.receivedAt)),
            error);
    // The legal due date moves with the appointment (supplement pauses stay counted).
    if (d.legalDueAt.isValid())
        n.legalDueAt = d.legalDueAt.addSecs(d.dueAt.secsTo(n.dueAt));

    QStringList changes;
    const auto compare = [&changes](const QString& field, const QString& before,
                                    const QString& after) {
        if (before != after)
            changes << QStringLiteral("%1: %2 → %3").arg(field, before, after);
    };
    compare(QStringLiteral("procedure"), d.procedureCode, n.procedureCode);
    compare(QStringLiteral("name"), d.applicantName, n.applicantName);
    compare(QStringLiteral("id"), d.applicantId, n.applicantId);
    compare(QStringLiteral("phone"), d.applicantPhone, n.applicantPhone);
    compare(QStringLiteral("email"), d.applicantEmail, n.applicantEmail);
    compare(QStringLiteral("address"), d.applicantAddress, n.applicantAddress);
    compare(QStringLiteral("organisation"), d.applicantOrganisation, n.applicantOrganisation);
    compare(QStringLiteral("due"), timeText(d.dueAt), timeText(n.dueAt));
    if (changes.isEmpty())
        return fail(tr("Nothing to correct: the values are those on the receipt."), error);

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM receipt_corrections WHERE dossier_id = ?"));
    q.addBindValue(d.id);
    if (!q.exec() || !q.next())
        return fail(tr("Cannot read the corrections of %1: %2").arg(d.code, q.lastError().text()),
                    error);
    const int version = q.value(0).toInt() + 2;

    const QString oldKey = d.searchKey();
    const QString newKey = n.searchKey();
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE dossiers SET procedure_code = ?, duration = ?, unit = ?, applicant_name = ?, "
        "applicant_id = ?, applicant_phone = ?, applicant_email = ?, applicant_address = ?, "
        "applicant_organisation = ?, due_at = ?, legal_due_at = ?, search_key = ? WHERE id = ?"));
    for (const QVariant& value :
         {QVariant(n.procedureCode), QVariant(n.halves), QVariant(n.durationUnit),
          QVariant(n.applicantName), QVariant(n.applicantId), QVariant(n.applicantPhone),
          QVariant(n.applicantEmail), QVariant(n.applicantAddress),
          QVariant(n.applicantOrganisation), QVariant(SqlTime::toSql(n.dueAt)),
          n.legalDueAt.isValid() ? QVariant(SqlTime::toSql(n.legalDueAt))
                                 : QVariant(QMetaType(QMetaType::QString)),
          QVariant(newKey), QVariant(d.id)})
        update.addBindValue(value);
    if (!update.exec())
        return fail(tr("Cannot correct the dossier %1: %2").arg(d.code, update.lastError().text()),
                    error);
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO receipt_corrections (dossier_id, version, "
                                  "corrected_at, officer, reason, changes) VALUES "
                                  "(?, ?, ?, ?, ?, ?)"));
    const QDateTime now = QDateTime::currentDateTime();
    insert.addBindValue(d.id);
    insert.addBindValue(version);
    insert.addBindValue(SqlTime::toSql(now));
    insert.addBindValue(actor.name());
    insert.addBindValue(c->reason.trimmed());
    insert.addBindValue(changes.join(QLatin1Char('\n')));
    if (!insert.exec())
        return fail(
            tr("Cannot record the correction of %1: %2").arg(d.code, insert.lastError().text()),
            error);
    if (oldKey != newKey) {
        DossierTerms terms(m_db);
        if (!terms.prepare(error) || !terms.replace(d.id, oldKey, newKey, error))
            return false;
    }
    DossierWriter writer(m_db);
    if (!writer.prepare(error) ||
        !writer.audit(now, actor.name(), QStringLiteral("correct"), d.code,
                      QStringLiteral("receipt version %1; reason: %2; %3")
                          .arg(QString::number(version), c->reason.trimmed(),
                               changes.join(QStringLiteral("; "))),
                      error) ||
        !writer.refreshIndicators(d.id, error) || !writer.flush(error))
        return false;
    if (!transaction.commit(error))
        return false;
    c->version = version;
    c->correctedAt = now;
    c->officer = actor.name();
    c->oldValues = changes.join(QLatin1Char('\n'));
    return true;
}

bool ReceiptCorrections::list(const QString& code, QList<ReceiptCorrection>* corrections,
                              QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.version, c.corrected_at, c.officer, c.reason, c.changes "
                             "FROM receipt_corrections c JOIN dossiers d ON d.id = c.dossier_id "
                             "WHERE d.code = ? ORDER BY c.version"));
    q.addBindValue(code);
    if (!q.exec())
        return fail(tr("Cannot read the corrections of %1: %2").arg(code, q.lastError().text()),
                    error);
    corrections->clear();
    while (q.next()) {
        ReceiptCorrection c;
        c.version = q.value(0).toInt();
        c.correctedAt = SqlTime::fromSql(q.value(1).toString());
        c.officer = q.value(2).toString();
        c.reason = q.value(3).toString();
        c.oldValues = q.value(4).toString();
        corrections->append(c);
    }
    return true;
}
