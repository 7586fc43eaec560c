#pragma once

#include "DossierStatus.h"
#include "accounts/User.h"

#include <QCoreApplication>
#include <QString>

// Who may change an existing dossier (issue #8, DOMAIN §11): anyone may act on an open
// dossier, but a closed one (refused, withdrawn, stopped, finished or returned) is changed only
// by the officer who received it, or by a supervisor or administrator
// (Permission::ChangeClosedDossier).
class DossierAccess
{
    Q_DECLARE_TR_FUNCTIONS(DossierAccess)

public:
    // 3, 7, 8, 9 and 10: not open (DossierStatuses::isOpen).
    static bool isClosed(DossierStatus status);

    // False with a message naming the dossier, its status and its officer when actor may not
    // change it.
    static bool mayChange(const User& actor, const QString& code, DossierStatus status,
                          const QString& receivingOfficer, QString* error);
};
