#pragma once

#include "calendar/WorkCalendar.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// DOMAIN §5: a calendar change never moves a printed appointment silently. After an officer
// changes the calendar, this lists the open dossiers whose appointment would come out
// differently, so a person reviews them (and, if needed, contacts the applicant).
class CalendarReview
{
    Q_DECLARE_TR_FUNCTIONS(CalendarReview)

public:
    struct Affected
    {
        QString code;
        QString applicantName;
        QDateTime received;
        QDateTime printedDue; // stays as printed
        QDateTime newDue;     // what the changed calendar would give
    };

    static bool affectedDossiers(const Database& db, const WorkCalendar& before,
                                 const WorkCalendar& after, const WorkingWindows& windows,
                                 QList<Affected>* affected, QString* error);

    // Shipped calendar data added by a program upgrade (a new holiday such as 24/11 from
    // 2026) is a calendar change too. The upgrade leaves the setting below naming the
    // dates of the holidays it added; this compares the calendar without them to the
    // calendar with them. pending is false when there is nothing to review.
    static QString shippedReviewKey() { return QStringLiteral("calendar.shipped_review"); }
    static bool shippedDataReview(const Database& db, const WorkingWindows& windows, bool* pending,
                                  QList<Affected>* affected, QString* error);
    // The officer has been shown the review: it is not shown again.
    static bool finishShippedDataReview(const Database& db, QString* error);
};
