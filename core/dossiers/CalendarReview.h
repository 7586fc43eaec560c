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
};
