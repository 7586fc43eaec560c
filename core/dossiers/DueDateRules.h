#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class DueDateEngine;

// What the register asks of the calendar: the due-date engine behind one interface, so the
// register is tested on its own and the office's calendar and policy are loaded once.
class DueDateRules
{
public:
    virtual ~DueDateRules() = default;

    // DOMAIN §5: the appointment for a dossier received at received.
    // unitKey: "working-days" | "days" | "working-hours" | "same-day"; halves: the limit in
    // halves of the unit (5 = 2.5 working days).
    virtual QDateTime dueAt(const QDateTime& received, int halves,
                            const QString& unitKey) const = 0;
    // DOMAIN §7: the legal due date after a supplement requested at requestedAt arrived at
    // receivedAt, under the office's supplement policy.
    virtual QDateTime legalDueAfterSupplement(const QDateTime& currentDue,
                                              const QDateTime& requestedAt,
                                              const QDateTime& receivedAt, int halves,
                                              const QString& unitKey) const = 0;
    // Working days from from to to (negative when to is earlier).
    virtual int workingDaysBetween(const QDate& from, const QDate& to) const = 0;
    virtual bool isWorkingDay(const QDate& date) const = 0;
    // The engine behind the rules, when there is one: the working-time arithmetic of the
    // indicators (QĐ 766 2.2) then uses the calendar already loaded instead of loading it.
    virtual const DueDateEngine* engine() const { return nullptr; }
};
