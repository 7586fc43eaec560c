#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The text of a notice printed for a dossier: a supplement request (Mẫu 02), a refusal
// (Mẫu 03) or a stop of processing (Mẫu 05). Kept so that a reprint says the same.
struct DossierNotice
{
    qint64 id = 0;
    QString form; // "supplement" | "refusal" | "stop" (FormKinds::key)
    // From the register of its year and kind, with the office's symbol: "12/PYCBS". Taken when
    // the notice is recorded (NoticeNumbers).
    QString number;
    QDateTime issuedAt;
    QString officer;
    QString reason;
    QString legalBasis;
    // Supplement: what to supplement or complete, one item each.
    QStringList items;
    // Supplement: the date by which the applicant should hand it in (may be invalid).
    QDateTime deadline;
    // Stop (Mẫu 05, TT 03/2025/TT-VPCP): who asked to stop and the fees refunded in đồng
    // (0: none); -1 when not recorded (an imported dossier, a notice issued before).
    QString requester;
    qint64 feeRefund = -1;
};
