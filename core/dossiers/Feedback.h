#pragma once

#include "Channel.h"

#include <QDateTime>
#include <QString>

// Citizen feedback (phản ánh, kiến nghị), measured by QĐ 766: resolved within its deadline
// (default 15 working days) and not rated unsatisfied.
struct Feedback
{
    qint64 id = 0;
    QDateTime receivedAt;
    QDateTime deadlineAt; // empty: 15 working days after receipt
    QDateTime resolvedAt;
    Rating rating = Rating::None;
    QString dossierCode; // empty when the feedback is not about one dossier
    QString content;
};
