#include "DossierPaperRepository.h"

#include "DossierAccess.h"
#include "DossierWriter.h"
#include "NoticeNumbers.h"
#include "common/SqlTime.h"
#include "common/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool queryFailed(const QSqlQuery& query, const QString& what, QString* error)
{
    if (error)
        *error = DossierPaperRepository::tr("Cannot %1: %2").arg(what, query.lastError().text());
    return false;
}

bool fail(const QString& message, QString* error)
{
    if (error)
        *error = message;
    return false;
}

// Empty text is stored as '' (the columns are NOT NULL), never as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QStringList noticeForms{QStringLiteral("supplement"), QStringLiteral("refusal"),
                              QStringLiteral("stop")};

} // namespace

bool DossierPaperRepository::dossierId(const QString& code, qint64* id, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM dossiers WHERE code = ?"));
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return queryFailed(q, tr("read the dossier"), error);
    if (!q.next())
        return fail(tr("Dossier %1: not in the register.").arg(code), error);
    *id = q.value(0).toLongLong();
    return true;
}

bool DossierPaperRepository::writableDossier(const QString& code, const User& actor, qint64* id,
                                             QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, status, officer FROM dossiers WHERE code = ?"));
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return queryFailed(q, tr("read the dossier"), error);
    if (!q.next())
        return fail(tr("Dossier %1: not in the register.").arg(code), error);
    *id = q.value(0).toLongLong();
    DossierStatus status = DossierStatus::Accepted;
    DossierStatuses::fromCode(q.value(1).toInt(), &status);
    return DossierAccess::mayChange(actor, code.trimmed(), status, q.value(2).toString(), error);
}

bool DossierPaperRepository::saveDocuments(const QString& code,
                                           const QList<RequiredDocument>& documents,
                                           const User& actor, QString* error) const
{
    for (const RequiredDocument& document : documents) {
        if (document.name.trimmed().isEmpty())
            return fail(tr("Documents: a document has no name."), error);
        if (document.originals < 0 || document.copies < 0)
            return fail(tr("Documents: the counts of %1 cannot be negative.").arg(document.name),
                        error);
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error(), error);
    qint64 id = 0;
    if (!writableDossier(code, actor, &id, error))
        return false;
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM dossier_documents WHERE dossier_id = ?"));
    remove.addBindValue(id);
    if (!remove.exec())
        return queryFailed(remove, tr("replace the documents"), error);
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO dossier_documents (dossier_id, position, name, "
                                  "originals, copies) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const RequiredDocument& document : documents) {
        insert.addBindValue(id);
        insert.addBindValue(++position);
        insert.addBindValue(TextFold::normalized(document.name));
        insert.addBindValue(document.originals);
        insert.addBindValue(document.copies);
        if (!insert.exec())
            return queryFailed(insert, tr("save the documents"), error);
    }
    DossierWriter writer(m_db);
    return writer.prepare(error) &&
           writer.audit(QDateTime::currentDateTime(), actor.name(), QStringLiteral("documents"),
                        code.trimmed(), QString::number(documents.size()), error) &&
           writer.flush(error) && transaction.commit(error);
}

bool DossierPaperRepository::documents(const QString& code, QList<RequiredDocument>* documents,
                                       QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.name, p.originals, p.copies FROM dossier_documents p "
                             "JOIN dossiers d ON d.id = p.dossier_id WHERE d.code = ? "
                             "ORDER BY p.position"));
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return queryFailed(q, tr("read the documents"), error);
    documents->clear();
    while (q.next()) {
        RequiredDocument document;
        document.name = q.value(0).toString();
        document.originals = q.value(1).toInt();
        document.copies = q.value(2).toInt();
        documents->append(document);
    }
    return true;
}

bool DossierPaperRepository::addNotice(const QString& code, DossierNotice* notice,
                                       const User& actor, QString* error) const
{
    return insertNotice(code, notice, actor, true, error);
}

bool DossierPaperRepository::insertNotice(const QString& code, DossierNotice* notice,
                                          const User& actor, bool checkAccess, QString* error) const
{
    if (!noticeForms.contains(notice->form))
        return fail(tr("Notice: unknown form %1.").arg(notice->form), error);
    if (!notice->issuedAt.isValid())
        return fail(tr("Notice: a valid date and time of issue is required."), error);
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error(), error);
    qint64 id = 0;
    if (checkAccess ? !writableDossier(code, actor, &id, error) : !dossierId(code, &id, error))
        return false;
    if (!NoticeNumbers::next(m_db, notice->form, notice->issuedAt.date(), &notice->number, error))
        return false;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO dossier_notices (dossier_id, form, issued_at, "
                                  "officer, reason, legal_basis, items, deadline) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(id);
    insert.addBindValue(notice->form);
    insert.addBindValue(SqlTime::toSql(notice->issuedAt));
    insert.addBindValue(
        text(TextFold::normalized(notice->officer.isEmpty() ? actor.name() : notice->officer)));
    insert.addBindValue(text(notice->reason.trimmed()));
    insert.addBindValue(text(notice->legalBasis.trimmed()));
    insert.addBindValue(text(notice->items.join(QLatin1Char('\n'))));
    insert.addBindValue(notice->deadline.isValid() ? QVariant(SqlTime::toSql(notice->deadline))
                                                   : QVariant(QMetaType(QMetaType::QString)));
    if (!insert.exec())
        return queryFailed(insert, tr("save the notice"), error);
    notice->id = SqlDialect::insertedId(insert);
    QSqlQuery number(m_db.connection());
    number.prepare(
        QStringLiteral("INSERT INTO dossier_notice_numbers (notice_id, number) VALUES (?, ?)"));
    number.addBindValue(notice->id);
    number.addBindValue(notice->number);
    if (!number.exec())
        return queryFailed(number, tr("save the notice"), error);
    if (notice->form == QLatin1String("stop") && notice->feeRefund >= 0) {
        QSqlQuery details(m_db.connection());
        details.prepare(QStringLiteral("INSERT INTO dossier_stop_details (notice_id, requester, "
                                       "fee_refund) VALUES (?, ?, ?)"));
        details.addBindValue(notice->id);
        details.addBindValue(text(TextFold::normalized(notice->requester.trimmed())));
        details.addBindValue(notice->feeRefund);
        if (!details.exec())
            return queryFailed(details, tr("save the notice"), error);
    }
    DossierWriter writer(m_db);
    return writer.prepare(error) &&
           writer.audit(QDateTime::currentDateTime(), actor.name(), QStringLiteral("notice"),
                        code.trimmed(), notice->form, error) &&
           writer.flush(error) && transaction.commit(error);
}

bool DossierPaperRepository::notices(const QString& code, QList<DossierNotice>* notices,
                                     QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT n.id, n.form, n.issued_at, n.officer, n.reason, "
                             "n.legal_basis, n.items, n.deadline, nn.number, sd.requester, "
                             "sd.fee_refund FROM dossier_notices n "
                             "LEFT JOIN dossier_notice_numbers nn ON nn.notice_id = n.id "
                             "LEFT JOIN dossier_stop_details sd ON sd.notice_id = n.id "
                             "JOIN dossiers d ON d.id = n.dossier_id WHERE d.code = ? "
                             "ORDER BY n.id"));
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return queryFailed(q, tr("read the notices"), error);
    notices->clear();
    while (q.next()) {
        DossierNotice n;
        n.id = q.value(0).toLongLong();
        n.form = q.value(1).toString();
        n.issuedAt = SqlTime::fromSql(q.value(2).toString());
        n.officer = q.value(3).toString();
        n.reason = q.value(4).toString();
        n.legalBasis = q.value(5).toString();
        const QString items = q.value(6).toString();
        if (!items.isEmpty())
            n.items = items.split(QLatin1Char('\n'));
        n.deadline = SqlTime::fromSql(q.value(7).toString());
        n.number = q.value(8).toString();
        n.requester = q.value(9).toString();
        n.feeRefund = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
        notices->append(n);
    }
    return true;
}

bool DossierPaperRepository::latestNotice(const QString& code, const QString& form,
                                          DossierNotice* notice, bool* found, QString* error) const
{
    QList<DossierNotice> all;
    if (!notices(code, &all, error))
        return false;
    *found = false;
    for (const DossierNotice& n : all) {
        if (n.form == form) {
            *notice = n;
            *found = true;
        }
    }
    return true;
}

bool DossierPaperRepository::auditPrint(const QString& code, const QString& form,
                                        const QString& officer, QString* error) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error(), error);
    DossierWriter writer(m_db);
    return writer.prepare(error) &&
           writer.audit(QDateTime::currentDateTime(), officer, QStringLiteral("print"),
                        code.trimmed(), form, error) &&
           writer.flush(error) && transaction.commit(error);
}
