#pragma once

#include <QDateTime>
#include <QString>

// Mẫu 04: apology and new appointment for a late dossier (DOMAIN §8).
struct ApologyLetter
{
    qint64 id = 0;
    QString number; // filled in when empty from the register (NoticeNumbers): "3/VBXL"
    QDateTime issuedAt;
    QString reason;
    QDateTime originalDueAt; // the legal due date when the letter was issued
    QDateTime newDueAt;
    QString signer;
    // A new appointment may be given only once; a further letter needs a supervisor's note.
    QString supervisorNote;
};
