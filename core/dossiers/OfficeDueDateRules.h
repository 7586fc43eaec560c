#pragma once

#include "DueDateRules.h"
#include "calendar/DueDateEngine.h"
#include "calendar/WorkCalendar.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>

#include <memory>

class Database;

// The office's real rules: its stored working-day calendar, working windows and supplement
// policy, through the due-date engine. Load once per session (or after a settings change).
class OfficeDueDateRules : public DueDateRules
{
    Q_DECLARE_TR_FUNCTIONS(OfficeDueDateRules)

public:
    OfficeDueDateRules() = default;
    OfficeDueDateRules(const WorkCalendar& calendar, const OfficeSettings& settings);

    bool load(const Database& db, QString* error);

    QDateTime dueAt(const QDateTime& received, int halves, const QString& unitKey) const override;
    QDateTime legalDueAfterSupplement(const QDateTime& currentDue, const QDateTime& requestedAt,
                                      const QDateTime& receivedAt, int halves,
                                      const QString& unitKey) const override;
    int workingDaysBetween(const QDate& from, const QDate& to) const override;
    bool isWorkingDay(const QDate& date) const override;

    // The engine behind these rules (none before load()), for the working-time arithmetic
    // of the indicators (QĐ 766 2.2) on the same calendar and windows as the due dates.
    const DueDateEngine* engine() const override { return m_engine.get(); }

private:
    std::unique_ptr<DueDateEngine> m_engine;
    SupplementPolicy m_policy = SupplementPolicy::ExtendByPausedTime;
};
