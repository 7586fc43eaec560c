#include "Permissions.h"

bool Permissions::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ReceiveDossier:
        return true;
    case Permission::ChangeClosedDossier:
    case Permission::IssueApology:
    case Permission::CloseFollowUp:
    case Permission::OverrideApologyOnce:
    case Permission::ChangeTargets:
    case Permission::ChangeCalendar:
    case Permission::ChangeCatalogue:
    case Permission::ChangeOfficeSettings:
    case Permission::ViewAuditLog:
    case Permission::ExportPersonalData:
        return role == Role::Supervisor || role == Role::Administrator;
    case Permission::ManageUsers:
    case Permission::ChangeConnection:
        return role == Role::Administrator;
    }
    return false;
}

bool Permissions::check(const User& user, Permission permission, QString* error)
{
    if (user.active && allows(user.role, permission))
        return true;
    if (error)
        *error = tr("%1 (%2) may not %3.")
                     .arg(user.displayName.isEmpty() ? user.login : user.displayName,
                          Roles::label(user.role), describe(permission));
    return false;
}

bool Permissions::checkClosedDossier(const User& user, const QString& dossierOfficer,
                                     QString* error)
{
    if (user.active && (user.login == dossierOfficer || user.displayName == dossierOfficer))
        return true;
    return check(user, Permission::ChangeClosedDossier, error);
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::ReceiveDossier:
        return tr("receive dossiers");
    case Permission::ChangeClosedDossier:
        return tr("change another officer's closed dossier");
    case Permission::IssueApology:
        return tr("sign apology letters");
    case Permission::CloseFollowUp:
        return tr("close the follow-up of a citizen's rating");
    case Permission::OverrideApologyOnce:
        return tr("give a second new appointment");
    case Permission::ChangeTargets:
        return tr("change the targets");
    case Permission::ChangeCalendar:
        return tr("change the working-day calendar");
    case Permission::ChangeCatalogue:
        return tr("change the procedure catalogue");
    case Permission::ChangeOfficeSettings:
        return tr("change the office settings");
    case Permission::ManageUsers:
        return tr("manage user accounts");
    case Permission::ViewAuditLog:
        return tr("view the audit log");
    case Permission::ExportPersonalData:
        return tr("export personal data in full");
    case Permission::ChangeConnection:
        return tr("change this computer's database connection");
    }
    return QString();
}
