#include "DossierActions.h"

#include "DossierPaperRepository.h"
#include "DossierRepository.h"

namespace {

DossierNotice noticeOf(const QString& form, const QDateTime& at, const QString& reason,
                       const QString& legalBasis = QString())
{
    DossierNotice n;
    n.form = form;
    n.issuedAt = at;
    n.reason = reason;
    n.legalBasis = legalBasis;
    return n;
}

} // namespace

DossierActions::DossierActions(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool DossierActions::notice(const QString& code, DossierNotice* n, const User& actor,
                            QString* error) const
{
    n->officer = actor.name();
    return DossierPaperRepository(m_db).insertNotice(code, n, actor, false, error);
}

bool DossierActions::requestSupplement(const QString& code, const QDateTime& at, const User& actor,
                                       const QString& reason, const QStringList& items,
                                       const QDateTime& deadline, bool confirmSecond,
                                       QString* error) const
{
    if (items.isEmpty() && reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Supplement request: say what the applicant must supplement.");
        return false;
    }
    DossierNotice n = noticeOf(QStringLiteral("supplement"), at, reason);
    n.items = items;
    n.deadline = deadline;
    return DossierRepository(m_db, m_rules)
               .requestSupplement(code, at, actor, reason, confirmSecond, error) &&
           notice(code, &n, actor, error);
}

bool DossierActions::refuse(const QString& code, const QDateTime& at, const User& actor,
                            const QString& reason, const QString& legalBasis, QString* error) const
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Refusal: say why the dossier is refused.");
        return false;
    }
    DossierNotice n = noticeOf(QStringLiteral("refusal"), at, reason, legalBasis);
    return DossierRepository(m_db, m_rules)
               .changeStatus(code, DossierStatus::Refused, at, actor, reason, error) &&
           notice(code, &n, actor, error);
}

bool DossierActions::stop(const QString& code, const QDateTime& at, const User& actor,
                          const QString& reason, const QString& legalBasis,
                          const QString& requester, qint64 feeRefund, QString* error) const
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Stop: say why processing stops.");
        return false;
    }
    if (requester.trimmed().isEmpty()) {
        if (error)
            *error = tr("Stop: say who asked to stop processing.");
        return false;
    }
    DossierRepository dossiers(m_db, m_rules);
    Dossier d;
    if (!dossiers.load(code, &d, error))
        return false;
    if (feeRefund < 0 || feeRefund > d.fee) {
        if (error)
            *error = tr("Stop: the fee refund must be between 0 and the fee paid (%1 đồng); "
                        "%2 was given.")
                         .arg(d.fee)
                         .arg(feeRefund);
        return false;
    }
    DossierNotice n = noticeOf(QStringLiteral("stop"), at, reason, legalBasis);
    n.requester = requester;
    n.feeRefund = feeRefund;
    return dossiers.changeStatus(code, DossierStatus::Stopped, at, actor, reason, error) &&
           notice(code, &n, actor, error);
}

bool DossierActions::withdraw(const QString& code, const QDateTime& at, const User& actor,
                              const QString& reason, QString* error) const
{
    return DossierRepository(m_db, m_rules)
        .changeStatus(code, DossierStatus::Withdrawn, at, actor, reason, error);
}
