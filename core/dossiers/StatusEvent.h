#pragma once

#include "DossierStatus.h"

#include <QDateTime>
#include <QString>

// One transition of a dossier (DOMAIN §3). Appended, never changed.
struct StatusEvent
{
    qint64 id = 0;
    bool hasFrom = false; // the first event of a dossier has no previous status
    DossierStatus from = DossierStatus::Registered;
    DossierStatus to = DossierStatus::Registered;
    QDateTime at;
    QString officer;
    QString note;
};
