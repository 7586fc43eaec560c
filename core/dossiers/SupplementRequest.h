#pragma once

#include <QDateTime>
#include <QString>

// A request to supplement the dossier during processing (Mẫu 02, DOMAIN §7).
struct SupplementRequest
{
    qint64 id = 0;
    QDateTime requestedAt;
    QDateTime receivedAt; // invalid while the applicant has not supplemented
    // QĐ 766 counts a dossier with more than one request as late: a second request is made
    // only on explicit confirmation, recorded here.
    bool confirmedSecond = false;
    QString confirmationNote;
    QString officer;
};
