#pragma once

#include "User.h"

#include <QCoreApplication>
#include <QString>

// What each role may do, enforced in core (the UI only hides what core would refuse).
enum class Permission {
    ReceiveDossier,       // log a new dossier, act on open dossiers
    ChangeClosedDossier,  // change a dossier that is finished, returned, refused, withdrawn or
                          // stopped
    IssueApology,         // sign an apology letter (Mẫu 04)
    CloseFollowUp,        // close the follow-up of a citizen's "not satisfied"
    OverrideApologyOnce,  // a second new appointment, with a note
    ChangeTargets,        // the yearly targets
    ChangeCalendar,       // holidays, swapped days, confirming a provisional year
    ChangeCatalogue,      // the procedure catalogue
    ChangeOfficeSettings, // office identity, working hours, supplement policy
    ManageUsers,          // accounts and roles
    ViewAuditLog,         // read the audit log
    ExportPersonalData,   // exports with full ID numbers, a person's records
    ChangeConnection      // which database this computer opens (the Database settings tab)
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(Role role, Permission permission);

    // allows() with a message naming the user and what was refused.
    static bool check(const User& user, Permission permission, QString* error);

    // A counter officer may change a closed dossier only if it is their own.
    static bool checkClosedDossier(const User& user, const QString& dossierOfficer, QString* error);

    static QString describe(Permission permission);
};
