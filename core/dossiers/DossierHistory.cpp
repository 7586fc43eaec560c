#include "DossierHistory.h"

namespace {
StatusEvent event(bool hasFrom, DossierStatus from, DossierStatus to, const QDateTime& at,
                  const QString& officer, const QString& note)
{
    StatusEvent e;
    e.hasFrom = hasFrom;
    e.from = from;
    e.to = to;
    e.at = at;
    e.officer = officer;
    e.note = note;
    return e;
}
} // namespace

void DossierHistory::rebuild(DossierRecord* record, const QString& note)
{
    const Dossier& d = record->dossier;
    const DossierStatus s = d.status;
    const QString& who = d.officer;
    QList<StatusEvent>& events = record->events;
    events.clear();
    if (s == DossierStatus::Registered || s == DossierStatus::Refused) {
        events << event(false, s, s, d.receivedAt, who, note);
        return;
    }
    events << event(false, s, DossierStatus::Accepted, d.receivedAt, who, note);
    if (s == DossierStatus::Accepted)
        return;
    if (s == DossierStatus::Withdrawn && record->supplements.isEmpty()) {
        events << event(true, DossierStatus::Accepted, s, d.finishedAt, who, note);
        return;
    }
    events << event(true, DossierStatus::Accepted, DossierStatus::Processing, d.receivedAt, who,
                    note);
    DossierStatus current = DossierStatus::Processing;
    QDateTime last = d.receivedAt;
    for (const SupplementRequest& request : std::as_const(record->supplements)) {
        events << event(true, current, DossierStatus::SupplementRequested, request.requestedAt, who,
                        note);
        current = DossierStatus::SupplementRequested;
        last = request.requestedAt;
        if (request.receivedAt.isValid()) {
            events << event(true, current, DossierStatus::Processing, request.receivedAt, who,
                            note);
            current = DossierStatus::Processing;
            last = request.receivedAt;
        }
    }
    switch (s) {
    case DossierStatus::AwaitingPayment:
        events << event(true, current, s, last, who, note);
        break;
    case DossierStatus::Withdrawn:
    case DossierStatus::Stopped:
    case DossierStatus::Finished:
        events << event(true, current, s, d.finishedAt, who, note);
        break;
    case DossierStatus::Returned:
        // Without a finished time, status 9 was skipped (DOMAIN §10): handed over directly.
        if (d.finishedAt.isValid()) {
            events << event(true, current, DossierStatus::Finished, d.finishedAt, who, note);
            current = DossierStatus::Finished;
        }
        events << event(true, current, s, d.returnedAt, who, note);
        break;
    default:
        break;
    }
}
