#include "ApologyService.h"

#include "accounts/Permissions.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DueDateRules.h"

ApologyService::ApologyService(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool ApologyService::issue(const User& user, const QString& code, ApologyLetter* letter,
                           QString* error) const
{
    // DOMAIN §8: signed by the head of the agency.
    if (!Permissions::check(user, Permission::IssueApology, error))
        return false;
    DossierRepository dossiers(m_db, m_rules);
    QList<ApologyLetter> earlier;
    if (!dossiers.apologyLetters(code, &earlier, error))
        return false;
    // DOMAIN §8: a new appointment may be given only once.
    if (!earlier.isEmpty() && !Permissions::check(user, Permission::OverrideApologyOnce, error))
        return false;
    if (letter->signer.trimmed().isEmpty())
        letter->signer = user.displayName.isEmpty() ? user.login : user.displayName;
    return dossiers.issueApology(code, letter, user, error);
}

QDateTime ApologyService::suggestedNewDue(const DueDateRules& rules, const QDateTime& legalDue,
                                          const QDateTime& now, int workingDays)
{
    const QDateTime from = legalDue.isValid() && legalDue > now ? legalDue : now;
    // DueDateRules counts halves of a day.
    return rules.dueAt(from, 2 * qMax(1, workingDays), QStringLiteral("working-days"));
}
