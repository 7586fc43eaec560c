#include "DossierActions.h"

#include "DossierPaperRepository.h"
#include "DossierRepository.h"

DossierActions::DossierActions(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool DossierActions::notice(const QString& code, const QString& form, const QDateTime& at,
                            const User& actor, const QString& reason, const QString& legalBasis,
                            const QStringList& items, const QDateTime& deadline,
                            QString* error) const
{
    DossierNotice n;
    n.form = form;
    n.issuedAt = at;
    n.officer = actor.name();
    n.reason = reason;
    n.legalBasis = legalBasis;
    n.items = items;
    n.deadline = deadline;
    return DossierPaperRepository(m_db).insertNotice(code, &n, actor, false, error);
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
    return DossierRepository(m_db, m_rules)
               .requestSupplement(code, at, actor, reason, confirmSecond, error) &&
           notice(code, QStringLiteral("supplement"), at, actor, reason, QString(), items, deadline,
                  error);
}

bool DossierActions::refuse(const QString& code, const QDateTime& at, const User& actor,
                            const QString& reason, const QString& legalBasis, QString* error) const
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Refusal: say why the dossier is refused.");
        return false;
    }
    return DossierRepository(m_db, m_rules)
               .changeStatus(code, DossierStatus::Refused, at, actor, reason, error) &&
           notice(code, QStringLiteral("refusal"), at, actor, reason, legalBasis, {}, {}, error);
}

bool DossierActions::stop(const QString& code, const QDateTime& at, const User& actor,
                          const QString& reason, const QString& legalBasis, QString* error) const
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Stop: say why processing stops.");
        return false;
    }
    return DossierRepository(m_db, m_rules)
               .changeStatus(code, DossierStatus::Stopped, at, actor, reason, error) &&
           notice(code, QStringLiteral("stop"), at, actor, reason, legalBasis, {}, {}, error);
}

bool DossierActions::withdraw(const QString& code, const QDateTime& at, const User& actor,
                              const QString& reason, QString* error) const
{
    return DossierRepository(m_db, m_rules)
        .changeStatus(code, DossierStatus::Withdrawn, at, actor, reason, error);
}
