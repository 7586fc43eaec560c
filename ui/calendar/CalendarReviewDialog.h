#pragma once

#include "dossiers/CalendarReview.h"

#include <QDialog>

class CalendarPage;
class Database;

// Lists the open dossiers whose appointment the calendar change would move (DOMAIN §5):
// their printed appointments stay as they are; the officer reviews each one.
class CalendarReviewDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarReviewDialog(const QList<CalendarReview::Affected>& affected,
                         QWidget* parent = nullptr);

    // After every change saved on page, shows the dialog when some open dossier is affected.
    static void attach(CalendarPage* page, const Database& db);
    // After a program upgrade that added shipped calendar data (the 24/11 holiday): shows,
    // once, the open dossiers it affects. Nothing is shown when none is affected.
    static void reviewShippedData(const Database& db, QWidget* parent);
};
