#pragma once

#include "DossierRecord.h"

#include <QString>

namespace DossierHistory {
// Rebuilds record->events along the national lifecycle (DOMAIN §3) from the dossier's status
// and times: receipt, each supplement request and its answer, the end (finishedAt) and the
// hand-over (returnedAt). For imported and generated dossiers, whose history comes as times.
void rebuild(DossierRecord* record, const QString& note);
} // namespace DossierHistory
