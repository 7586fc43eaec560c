#pragma once

#include "accounts/User.h"
#include "catalogue/Procedure.h"
#include "indicators/TargetRepository.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QString>

class Database;
struct OfficeIdentity;
class QDate;

// The supervisor's settings, each write checked against the signed-in user's role in core
// (Permissions): targets, the procedure catalogue and the office's settings. A counter officer
// may read them but not change them.
class SupervisorSettings
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorSettings)

public:
    SupervisorSettings(const Database& db, const User& user);

    bool setTarget(const IndicatorTarget& target, QString* error) const;
    bool removeTarget(int year, const QString& key, QString* error) const;
    // Adds the procedure when its code is new, else changes it.
    bool saveProcedure(const Procedure& procedure, bool isNew, QString* error) const;
    bool deactivateProcedure(const QString& code, QString* error) const;
    bool saveOffice(const OfficeSettings& settings, QString* error) const;
    // The office's identity in force from a date, with its form signers (DOMAIN §9).
    bool saveOfficeIdentity(const OfficeIdentity& version, QString* error) const;
    bool removeOfficeIdentity(const QDate& validFrom, QString* error) const;

private:
    const Database& m_db;
    User m_user;
};
