#include "LeaderApprovals.h"

#include "DossierAccess.h"
#include "DossierStatus.h"
#include "DossierWriter.h"
#include "common/SqlTime.h"
#include "common/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
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

bool queryFailed(const QSqlQuery& query, const QString& what, QString* error)
{
    return fail(LeaderApprovals::tr("Cannot %1: %2").arg(what, query.lastError().text()), error);
}

} // namespace

bool LeaderApprovals::record(const QString& code, LeaderApproval* approval, const User& actor,
                             QString* error) const
{
    const QString leader = TextFold::normalized(approval->leader.trimmed());
    if (leader.isEmpty())
        return fail(tr("Leadership approval: the leader's name is required."), error);
    if (!approval->approvedAt.isValid())
        return fail(tr("Leadership approval: a valid date and time is required."), error);
    // A minute of grace for the clocks of two desks.
    if (approval->approvedAt > QDateTime::currentDateTime().addSecs(60))
        return fail(tr("Leadership approval: the time %1 is in the future.")
                        .arg(approval->approvedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                    error);
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error(), error);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.id, d.status, d.officer, (SELECT MAX(e.at) FROM "
                             "status_events e WHERE e.dossier_id = d.id) FROM dossiers d "
                             "WHERE d.code = ?"));
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return queryFailed(q, tr("read the dossier"), error);
    if (!q.next())
        return fail(tr("Dossier %1: not in the register.").arg(code), error);
    const qint64 id = q.value(0).toLongLong();
    DossierStatus status = DossierStatus::Accepted;
    DossierStatuses::fromCode(q.value(1).toInt(), &status);
    if (!DossierAccess::mayChange(actor, code.trimmed(), status, q.value(2).toString(), error))
        return false;
    if (status != DossierStatus::Processing)
        return fail(tr("Dossier %1: the leadership approves a dossier in processing (status 4); "
                       "this one is in status %2.")
                        .arg(code.trimmed())
                        .arg(DossierStatuses::code(status)),
                    error);
    const QDateTime last = SqlTime::fromSql(q.value(3).toString());
    if (last.isValid() && approval->approvedAt < last)
        return fail(tr("Leadership approval: the time %1 is before the dossier's last change "
                       "(%2).")
                        .arg(approval->approvedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                             last.toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                    error);
    approval->leader = leader;
    approval->officer = actor.name();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO dossier_approvals (dossier_id, approved_at, leader, "
                                  "officer, note) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(id);
    insert.addBindValue(SqlTime::toSql(approval->approvedAt));
    insert.addBindValue(approval->leader);
    insert.addBindValue(approval->officer);
    // The column is NOT NULL: no note is '', never NULL.
    const QString note = approval->note.trimmed();
    insert.addBindValue(note.isNull() ? QStringLiteral("") : note);
    if (!insert.exec())
        return queryFailed(insert, tr("save the approval"), error);
    approval->id = SqlDialect::insertedId(insert);
    DossierWriter writer(m_db);
    return writer.prepare(error) &&
           writer.audit(QDateTime::currentDateTime(), actor.name(), QStringLiteral("approval"),
                        code.trimmed(), approval->leader, error) &&
           writer.flush(error) && transaction.commit(error);
}

bool LeaderApprovals::list(const QString& code, QList<LeaderApproval>* approvals,
                           QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.approved_at, a.leader, a.officer, a.note FROM "
                             "dossier_approvals a JOIN dossiers d ON d.id = a.dossier_id "
                             "WHERE d.code = ? ORDER BY a.approved_at, a.id"));
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return queryFailed(q, tr("read the approvals"), error);
    approvals->clear();
    while (q.next()) {
        LeaderApproval a;
        a.id = q.value(0).toLongLong();
        a.approvedAt = SqlTime::fromSql(q.value(1).toString());
        a.leader = q.value(2).toString();
        a.officer = q.value(3).toString();
        a.note = q.value(4).toString();
        approvals->append(a);
    }
    return true;
}
