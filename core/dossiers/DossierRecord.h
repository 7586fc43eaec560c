#pragma once

#include "ApologyLetter.h"
#include "Dossier.h"
#include "StatusEvent.h"
#include "SupplementRequest.h"
#include "catalogue/Procedure.h"

#include <QList>

// A dossier with its history, as imported, generated or created at the counter.
struct DossierRecord
{
    Dossier dossier;
    QList<StatusEvent> events; // in time order
    QList<SupplementRequest> supplements;
    QList<ApologyLetter> apologies;
    QList<RequiredDocument> documents; // handed in at receipt, in the order of Mẫu 01
};
