#pragma once

#include "accounts/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// The leadership's approval of a dossier's result (the "lãnh đạo" step of the control sheet,
// Mẫu 06 TT 03/2025/TT-VPCP, Mẫu 05 TT 01/2018/TT-VPCP): the professional officer hands the
// dossier to the leader, who signs the result before it goes back to the one-stop unit. Not
// one of the ten national statuses (DOMAIN §3), so it is a step of the history of its own
// (schema step 21), appended and never changed.
struct LeaderApproval
{
    qint64 id = 0;
    QDateTime approvedAt;
    QString leader;  // who approved ("Lê Văn Tâm, Chủ tịch")
    QString officer; // who recorded it
    QString note;
};

class LeaderApprovals
{
    Q_DECLARE_TR_FUNCTIONS(LeaderApprovals)

public:
    explicit LeaderApprovals(const Database& db)
        : m_db(db)
    {}

    // Records the approval of a dossier in processing (status 4): the leader's name is
    // required, the time neither before the dossier's last status change nor in the future.
    // Audited; refused like every change to another officer's closed dossier (DossierAccess).
    bool record(const QString& code, LeaderApproval* approval, const User& actor,
                QString* error) const;
    // Oldest first.
    bool list(const QString& code, QList<LeaderApproval>* approvals, QString* error) const;

private:
    const Database& m_db;
};
