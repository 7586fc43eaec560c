#include "SupervisorSettings.h"

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
    const ProcedureRepository repository(m_db);
    return isNew ? repository.add(procedure, error) : repository.modify(procedure, error);
}

bool SupervisorSettings::deactivateProcedure(const QString& code, QString* error) const
{
    return Permissions::check(m_user, Permission::ChangeCatalogue, error) &&
           ProcedureRepository(m_db).deactivate(code, error);
}

bool SupervisorSettings::saveOffice(const OfficeSettings& settings, QString* error) const
{
    return Permissions::check(m_user, Permission::ChangeOfficeSettings, error) &&
           OfficeSettingsStore(m_db).save(settings, error);
}
