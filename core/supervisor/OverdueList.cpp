#include "OverdueList.h"

#include "common/Validators.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DueDateRules.h"
#include "dossiers/FeedbackRepository.h"

QDateTime OverdueList::dueSoonHorizon(const DueDateRules& rules, const QDateTime& asOf)
{
    // DOMAIN §8: the apology is due no later than one working day before the due date.
    const QDateTime horizon = rules.dueAt(asOf, 2, QStringLiteral("working-days")); // one day
    return horizon.isValid() ? horizon : asOf.addDays(1);
}

bool OverdueList::apologyWindowOpen(const DueDateRules& rules, const QDateTime& legalDue,
                                    const QDateTime& asOf)
{
    if (legalDue <= asOf)
        return true;
    QDate day = legalDue.date().addDays(-1);
    // A year of days off in a row is no calendar: stop there.
    for (int i = 0; i < 366 && !rules.isWorkingDay(day); ++i)
        day = day.addDays(-1);
    return asOf.date() >= day;
}

bool OverdueList::load(const Database& db, const DueDateRules& rules, const QDateTime& asOf,
                       QList<OverdueItem>* items, QString* error)
{
    QList<OverdueDossier> dossiers;
    if (!DossierRepository(db, rules).overdue(dueSoonHorizon(rules, asOf), &dossiers, error))
        return false;
    QList<Feedback> feedback;
    if (!FeedbackRepository(db, rules).overdue(asOf, &feedback, error))
        return false;
    items->clear();
    QList<OverdueItem> dueSoon;
    for (const OverdueDossier& d : dossiers) {
        OverdueItem item;
        item.code = d.code;
        item.subject = d.procedureName.isEmpty() ? d.procedureCode : d.procedureName;
        item.field = d.field;
        item.officer = d.officer;
        item.applicantName = d.applicantName;
        item.maskedId = Validators::maskCitizenId(d.applicantId);
        item.legalDueAt = d.legalDueAt;
        item.apologyCount = d.apologyCount;
        item.apologyIssuedAt = d.apologyIssuedAt;
        item.apologyNewDueAt = d.apologyNewDueAt;
        item.apologyWindowOpen = apologyWindowOpen(rules, d.legalDueAt, asOf);
        if (d.legalDueAt < asOf) {
            item.state = OverdueItem::State::Overdue;
            item.workingDaysOverdue =
                qMax(0, rules.workingDaysBetween(d.legalDueAt.date(), asOf.date()));
            items->append(item);
        } else {
            item.state = OverdueItem::State::DueSoon;
            dueSoon.append(item);
        }
    }
    items->append(dueSoon);
    for (const Feedback& f : feedback) {
        OverdueItem item;
        item.kind = OverdueItem::Kind::Feedback;
        item.feedbackId = f.id;
        item.code = f.dossierCode;
        item.subject = f.content;
        item.legalDueAt = f.deadlineAt;
        item.workingDaysOverdue =
            qMax(0, rules.workingDaysBetween(f.deadlineAt.date(), asOf.date()));
        items->append(item);
    }
    return true;
}

QString OverdueList::stateText(const OverdueItem& item)
{
    if (item.kind == OverdueItem::Kind::Feedback)
        return tr("Feedback late");
    return item.state == OverdueItem::State::Overdue ? tr("Overdue") : tr("Due soon");
}

QString OverdueList::apologyText(const OverdueItem& item)
{
    if (item.kind == OverdueItem::Kind::Feedback)
        return QString();
    if (!item.apologySent())
        return tr("Not sent");
    // The letter's own date; the date it promised has a column of its own.
    return tr("Sent: %1").arg(item.apologyIssuedAt.toString(QStringLiteral("dd/MM/yyyy")));
}
