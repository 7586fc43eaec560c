#include "SupervisorSettings.h"

#include "settings/OfficeIdentityStore.h"

#include "accounts/Permissions.h"
#include "catalogue/ProcedureRepository.h"
#include "settings/OfficeSettingsStore.h"

SupervisorSettings::SupervisorSettings(const Database& db, const User& user)
    : m_db(db)
    , m_user(user)
{}

bool SupervisorSettings::setTarget(const IndicatorTarget& target, QString* error) const
{
    return Permissions::check(m_user, Permission::ChangeTargets, error) &&
           TargetRepository(m_db).setTarget(target, m_user.login, error);
}

bool SupervisorSettings::removeTarget(int year, const QString& key, QString* error) const
{
    return Permissions::check(m_user, Permission::ChangeTargets, error) &&
           TargetRepository(m_db).removeTarget(year, key, m_user.login, error);
}

bool SupervisorSettings::saveProcedure(const Procedure& procedure, bool isNew, QString* error) const
{
    if (!Permissions::check(m_user, Permission::ChangeCatalogue, error))
        return false;
    ProcedureRepository repository(m_db);
    repository.setAuditOfficer(m_user.name());
    return isNew ? repository.add(procedure, error) : repository.modify(procedure, error);
}

bool SupervisorSettings::deactivateProcedure(const QString& code, QString* error) const
{
    if (!Permissions::check(m_user, Permission::ChangeCatalogue, error))
        return false;
    ProcedureRepository repository(m_db);
    repository.setAuditOfficer(m_user.name());
    return repository.deactivate(code, error);
}

bool SupervisorSettings::saveOffice(const OfficeSettings& settings, QString* error) const
{
    return Permissions::check(m_user, Permission::ChangeOfficeSettings, error) &&
           OfficeSettingsStore(m_db).save(settings, error, m_user.name());
}

bool SupervisorSettings::saveOfficeIdentity(const OfficeIdentity& version, QString* error) const
{
    return Permissions::check(m_user, Permission::ChangeOfficeSettings, error) &&
           OfficeIdentityStore(m_db).save(version, error);
}

bool SupervisorSettings::removeOfficeIdentity(const QDate& validFrom, QString* error) const
{
    return Permissions::check(m_user, Permission::ChangeOfficeSettings, error) &&
           OfficeIdentityStore(m_db).remove(validFrom, error);
}
