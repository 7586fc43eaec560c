#include "IndicatorFacts.h"

#include "calendar/DueDateEngine.h"
#include <QHash>

#include <algorithm>

namespace {
std::optional<qint64> seconds(const QDateTime& time)
{
    if (!time.isValid())
        return std::nullopt;
    return time.toSecsSinceEpoch();
}

// The last second of a month in local time. Asked once per month and thread: a local time
// costs a time-zone look-up (mktime, a stat of /etc/localtime), and an import writes the facts
// of a million dossiers.
qint64 monthEndSeconds(const QDate& day)
{
    thread_local QHash<qint64, qint64> ends;
    const qint64 key = qint64(day.year()) * 12 + day.month();
    auto it = ends.constFind(key);
    if (it != ends.constEnd())
        return it.value();
    if (ends.size() > 10000)
        ends.clear();
    const qint64 end =
        QDateTime(QDate(day.year(), day.month(), day.daysInMonth()), QTime(23, 59, 59))
            .toSecsSinceEpoch();
    ends.insert(key, end);
    return end;
}
} // namespace

IndicatorFacts IndicatorFacts::from(const DossierRecord& record, bool resultDocument,
                                    const QDateTime& complainedAt)
{
    const Dossier& d = record.dossier;
    IndicatorFacts f;
    f.dossierId = d.id;
    f.receivedDay = d.receivedAt.date().toJulianDay();
    f.receivedS = d.receivedAt.toSecsSinceEpoch();
    f.monthEndS = monthEndSeconds(d.receivedAt.date());
    f.procedureCode = d.procedureCode;
    f.officer = d.officer;
    f.channel = int(d.channel);
    f.dueS = seconds(d.dueAt);
    f.digitized = d.digitized;
    f.identityChecked = d.identityChecked;
    f.reusedData = d.reusedData;
    f.eResult = d.eResult;
    f.resultFile = !d.resultFile.trimmed().isEmpty();
    f.feeCharged = d.fee > 0;
    f.paidOnline = d.paidOnline;
    f.unsatisfied = d.rating == Rating::Unsatisfied;
    f.complaint = d.complaint;
    f.resultDocument = resultDocument;
    f.eCertifiedCopies = d.eCertifiedCopies;

    qint64 last = f.receivedS;
    auto see = [&last](const std::optional<qint64>& time) {
        if (time)
            last = std::max(last, *time);
    };

    // The status history decides acceptance and the end (DOMAIN §3, QĐ 766).
    std::optional<qint64> accepted, finished, returned, other;
    int otherStatus = 0;
    for (const StatusEvent& event : record.events) {
        const qint64 at = event.at.toSecsSinceEpoch();
        last = std::max(last, at);
        switch (event.to) {
        case DossierStatus::Registered:
        case DossierStatus::Refused:
            break;
        case DossierStatus::Accepted:
            if (!accepted)
                accepted = at;
            break;
        case DossierStatus::Finished:
            if (!finished)
                finished = at;
            break;
        case DossierStatus::Returned:
            if (!returned)
                returned = at;
            break;
        case DossierStatus::Withdrawn:
        case DossierStatus::Stopped:
            if (!other) {
                other = at;
                otherStatus = int(event.to);
            }
            break;
        default:
            break;
        }
    }
    if (record.events.isEmpty()) {
        // A dossier without a recorded history: its columns say as much as is known.
        const bool ended =
            DossierStatuses::isEnding(d.status) || d.status == DossierStatus::Returned;
        if (d.status != DossierStatus::Registered && d.status != DossierStatus::Refused &&
            d.dueAt.isValid())
            accepted = f.receivedS;
        if (d.status == DossierStatus::Finished || d.status == DossierStatus::Returned)
            finished = seconds(d.finishedAt.isValid() ? d.finishedAt : d.returnedAt);
        else if (ended) {
            other = seconds(d.finishedAt);
            otherStatus = int(d.status);
        }
        returned = seconds(d.returnedAt);
    }
    // A dossier withdrawn before the counter accepted it was never received: no clock ran.
    f.acceptedS = accepted;
    if (finished) {
        f.endS = finished;
        f.endStatus = int(DossierStatus::Finished);
    } else if (returned) {
        f.endS = returned;
        f.endStatus = int(DossierStatus::Returned);
    } else if (other) {
        f.endS = other;
        f.endStatus = otherStatus;
    }
    f.returnedS = returned;
    if (f.endS)
        f.endDay = QDateTime::fromSecsSinceEpoch(*f.endS).date().toJulianDay();
    see(f.acceptedS);
    see(f.endS);

    QList<SupplementRequest> requests = record.supplements;
    std::stable_sort(requests.begin(), requests.end(),
                     [](const SupplementRequest& a, const SupplementRequest& b) {
                         return a.requestedAt < b.requestedAt;
                     });
    for (const SupplementRequest& request : std::as_const(requests)) {
        see(seconds(request.requestedAt));
        see(seconds(request.receivedAt));
    }
    if (!requests.isEmpty()) {
        f.supplement1RequestedS = seconds(requests.at(0).requestedAt);
        f.supplement1ReceivedS = seconds(requests.at(0).receivedAt);
    }
    if (requests.size() > 1)
        f.supplement2RequestedS = seconds(requests.at(1).requestedAt);
    for (const ApologyLetter& letter : record.apologies) {
        const std::optional<qint64> issued = seconds(letter.issuedAt);
        if (issued && (!f.apologyS || *issued < *f.apologyS))
            f.apologyS = issued;
    }
    see(f.apologyS);
    f.complainedS = seconds(complainedAt);
    see(f.complainedS);
    f.lastS = last;

    // An open dossier with its clock running (no open supplement request, at most one
    // request): late once the as-of time passes the appointment plus the supplement time.
    const bool open = f.acceptedS && !f.endS;
    const bool openRequest = f.supplement1RequestedS && !f.supplement1ReceivedS;
    if (open && f.dueS && !f.supplement2RequestedS && !openRequest) {
        const qint64 wait =
            f.supplement1RequestedS ? *f.supplement1ReceivedS - *f.supplement1RequestedS : 0;
        const qint64 lateFrom = *f.dueS + wait;
        if (lateFrom >= f.lastS)
            f.lateFromS = lateFrom;
    }
    return f;
}

void IndicatorFacts::measureWorkingTime(const DueDateEngine& engine, const DossierRecord& record)
{
    workingTenths.reset();
    const bool finished =
        endStatus == int(DossierStatus::Finished) || endStatus == int(DossierStatus::Returned);
    if (!acceptedS || !endS || !finished)
        return;
    QList<Pause> pauses;
    for (const SupplementRequest& request : record.supplements) {
        if (!request.requestedAt.isValid())
            continue;
        Pause pause;
        pause.fromS = request.requestedAt.toSecsSinceEpoch();
        pause.toS = seconds(request.receivedAt);
        pauses << pause;
    }
    workingTenths = IndicatorFacts::measure(engine, *acceptedS, *endS, pauses,
                                            record.dossier.receivedAt.offsetFromUtc());
}

std::optional<qint64> IndicatorFacts::measure(const DueDateEngine& engine, qint64 startS,
                                              qint64 endS, const QList<Pause>& pauses, int offsetS)
{
    const auto local = [offsetS](qint64 s) {
        return QDateTime::fromSecsSinceEpoch(s, Qt::OffsetFromUTC, offsetS);
    };
    const QDateTime start = local(startS);
    const QDateTime end = local(endS);
    if (!WorkCalendar::contains(start.date()) || !WorkCalendar::contains(end.date()))
        return std::nullopt;
    if (endS <= startS)
        return 0;
    qint64 working = engine.workingSecondsBetween(start, end);
    // Each pause within [start, end], taken in time order and never counted twice.
    QList<Pause> sorted = pauses;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Pause& a, const Pause& b) { return a.fromS < b.fromS; });
    qint64 covered = startS;
    for (const Pause& pause : std::as_const(sorted)) {
        const qint64 from = std::max(pause.fromS, covered);
        const qint64 to = std::min(pause.toS.value_or(endS), endS);
        if (to <= from)
            continue;
        working -= engine.workingSecondsBetween(local(from), local(to));
        covered = to;
    }
    const qint64 day = engine.workingDayLength();
    if (day <= 0)
        return std::nullopt;
    return (std::max<qint64>(working, 0) * 10 + day / 2) / day;
}
