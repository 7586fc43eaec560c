#pragma once

#include "DossierNotice.h"
#include "accounts/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class Database;
class DueDateRules;

// The lifecycle actions that also print a notice: each records the status change (with its
// time and officer, audited by the register) and the notice's text, so that the printed
// form (Mẫu 02, 03, 05) and any reprint say the same.
class DossierActions
{
    Q_DECLARE_TR_FUNCTIONS(DossierActions)

public:
    DossierActions(const Database& db, const DueDateRules& rules);

    // 4→5, Mẫu 02 (DOMAIN §7). items: "what | why" per paper.
    bool requestSupplement(const QString& code, const QDateTime& at, const User& actor,
                           const QString& reason, const QStringList& items,
                           const QDateTime& deadline, bool confirmSecond, QString* error) const;
    // 1→3 for a dossier submitted online, Mẫu 03.
    bool refuse(const QString& code, const QDateTime& at, const User& actor, const QString& reason,
                const QString& legalBasis, QString* error) const;
    // 4→8, Mẫu 05 (TT 03/2025), which says who asked to stop (requester, required) and what
    // of the fee paid is refunded (feeRefund in đồng, 0 to the dossier's fee).
    bool stop(const QString& code, const QDateTime& at, const User& actor, const QString& reason,
              const QString& legalBasis, const QString& requester, qint64 feeRefund,
              QString* error) const;
    // Any open status →7, at the applicant's request.
    bool withdraw(const QString& code, const QDateTime& at, const User& actor,
                  const QString& reason, QString* error) const;

private:
    bool notice(const QString& code, DossierNotice* notice, const User& actor,
                QString* error) const;

    const Database& m_db;
    const DueDateRules& m_rules;
};
