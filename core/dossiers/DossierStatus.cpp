#include "DossierStatus.h"

QList<DossierStatus> DossierStatuses::all()
{
    QList<DossierStatus> statuses;
    for (int code = 1; code <= 10; ++code)
        statuses << DossierStatus(code);
    return statuses;
}

bool DossierStatuses::fromCode(int code, DossierStatus* status)
{
    if (code < 1 || code > 10)
        return false;
    if (status)
        *status = DossierStatus(code);
    return true;
}

QString DossierStatuses::label(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Registered:
        return tr("Registered online");
    case DossierStatus::Accepted:
        return tr("Accepted");
    case DossierStatus::Refused:
        return tr("Refused");
    case DossierStatus::Processing:
        return tr("Processing");
    case DossierStatus::SupplementRequested:
        return tr("Supplement requested");
    case DossierStatus::AwaitingPayment:
        return tr("Awaiting fees and taxes");
    case DossierStatus::Withdrawn:
        return tr("Withdrawn by the applicant");
    case DossierStatus::Stopped:
        return tr("Processing stopped");
    case DossierStatus::Finished:
        return tr("Result ready");
    case DossierStatus::Returned:
        return tr("Result handed over");
    }
    return QString();
}

bool DossierStatuses::isOpen(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Registered:
    case DossierStatus::Accepted:
    case DossierStatus::Processing:
    case DossierStatus::SupplementRequested:
    case DossierStatus::AwaitingPayment:
        return true;
    default:
        return false;
    }
}

bool DossierStatuses::isClockRunning(DossierStatus status)
{
    return status == DossierStatus::Accepted || status == DossierStatus::Processing ||
           status == DossierStatus::AwaitingPayment;
}

bool DossierStatuses::isEnding(DossierStatus status)
{
    return status == DossierStatus::Withdrawn || status == DossierStatus::Stopped ||
           status == DossierStatus::Finished;
}

bool DossierStatuses::canTransition(DossierStatus from, DossierStatus to)
{
    if (to == DossierStatus::Withdrawn)
        return isOpen(from);
    switch (from) {
    case DossierStatus::Registered:
        return to == DossierStatus::Accepted || to == DossierStatus::Refused;
    case DossierStatus::Accepted:
        return to == DossierStatus::Processing;
    case DossierStatus::Processing:
        return to == DossierStatus::SupplementRequested || to == DossierStatus::AwaitingPayment ||
               to == DossierStatus::Stopped || to == DossierStatus::Finished;
    case DossierStatus::SupplementRequested:
    case DossierStatus::AwaitingPayment:
        return to == DossierStatus::Processing;
    case DossierStatus::Finished:
        return to == DossierStatus::Returned;
    default:
        return false;
    }
}
