#pragma once

#include "accounts/User.h"
#include "dossiers/ApologyLetter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;
class DueDateRules;

// Signing Mẫu 04 (DOMAIN §8) for the signed-in user: checks the role in core, then lets the
// register enforce the once-only rule.
class ApologyService
{
    Q_DECLARE_TR_FUNCTIONS(ApologyService)

public:
    ApologyService(const Database& db, const DueDateRules& rules);

    // The first letter needs Permission::IssueApology; a further new appointment also
    // Permission::OverrideApologyOnce and the supervisor's note (the register refuses it
    // without one). An empty signer becomes the user's name.
    bool issue(const User& user, const QString& code, ApologyLetter* letter, QString* error) const;

    // A suggested new appointment: workingDays working days after the later of now and the
    // current legal due date, at the same time of day.
    static QDateTime suggestedNewDue(const DueDateRules& rules, const QDateTime& legalDue,
                                     const QDateTime& now, int workingDays);

private:
    const Database& m_db;
    const DueDateRules& m_rules;
};
