#include "DossierAccess.h"

#include "accounts/Permissions.h"

bool DossierAccess::isClosed(DossierStatus status)
{
    return !DossierStatuses::isOpen(status);
}

bool DossierAccess::mayChange(const User& actor, const QString& code, DossierStatus status,
                              const QString& receivingOfficer, QString* error)
{
    if (!actor.active) {
        if (error)
            *error = tr("The account %1 is disabled.").arg(actor.name());
        return false;
    }
    if (!isClosed(status))
        return true;
    QString refusal;
    if (Permissions::checkClosedDossier(actor, receivingOfficer, &refusal))
        return true;
    if (error)
        *error = tr("Dossier %1 is closed (%2) and was received by %3. %4")
                     .arg(code, DossierStatuses::label(status),
                          receivingOfficer.isEmpty() ? tr("another officer") : receivingOfficer,
                          refusal);
    return false;
}
