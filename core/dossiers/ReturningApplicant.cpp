#include "ReturningApplicant.h"

#include "common/SqlTime.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

bool ReturningApplicant::lookUp(const Database& db, const QString& citizenId,
                                ReturningApplicant* applicant, bool* found, QString* error)
{
    QSqlQuery q(db.connection());
    // The newest dossiers first; each detail is taken from the newest dossier that has it.
    q.prepare(QStringLiteral("SELECT applicant_phone, applicant_email, applicant_address, "
                             "received_at FROM dossiers WHERE applicant_id = ? "
                             "ORDER BY received_at DESC LIMIT 20"));
    q.addBindValue(citizenId);
    if (!q.exec()) {
        if (error)
            *error =
                tr("Cannot look up the applicant's earlier dossiers: %1").arg(q.lastError().text());
        return false;
    }
    ReturningApplicant a;
    *found = false;
    while (q.next()) {
        if (!*found)
            a.lastSeen = SqlTime::fromSql(q.value(3).toString());
        *found = true;
        if (a.phone.isEmpty())
            a.phone = q.value(0).toString();
        if (a.email.isEmpty())
            a.email = q.value(1).toString();
        if (a.address.isEmpty())
            a.address = q.value(2).toString();
    }
    *applicant = a;
    return true;
}
