#pragma once

#include "IndicatorReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// One line of the periodic report (Thông tư 01/2020/TT-VPCP, biểu II.06a): the dossiers of a
// field received for handling, handled and still in hand.
struct Ii06aLine
{
    QString field;          // lĩnh vực; empty for the total line
    qint64 carriedOver = 0; // from before the period, still open at its start
    qint64 newOnline = 0;   // received in the period, by channel
    qint64 newDirect = 0;
    qint64 newPostal = 0;
    qint64 finishedBeforeDue = 0; // ended in the period, by calendar date against the due date
    qint64 finishedOnDue = 0;
    qint64 finishedLate = 0;
    qint64 openWithinTime = 0; // still open at the period's end
    qint64 openOverdue = 0;

    qint64 newTotal() const { return newOnline + newDirect + newPostal; }
    qint64 receivedTotal() const { return carriedOver + newTotal(); }
    qint64 finishedTotal() const { return finishedBeforeDue + finishedOnDue + finishedLate; }
    qint64 openTotal() const { return openWithinTime + openOverdue; }
    void add(const Ii06aLine& other);
};

// Biểu II.06a of a period as of a time. A dossier's end is its QĐ 766 end (status 9, else
// 10, else 7 or 8), measured like the on-time indicator: the supplement time is taken off
// and a second supplement request makes it late; before/on/late compare calendar dates.
struct Ii06aReport
{
    Q_DECLARE_TR_FUNCTIONS(Ii06aReport)

public:
    ReportPeriod period;
    QDateTime asOf;         // the period's end, or earlier
    QList<Ii06aLine> lines; // by field
    Ii06aLine total;

    static bool compute(const Database& db, const ReportPeriod& period, const QDateTime& asOf,
                        Ii06aReport* report, QString* error);

    // The columns in file order (CSV header keys) and their values for one line.
    static QStringList columnKeys();
    static QStringList columnTitles();
    static QList<qint64> values(const Ii06aLine& line);
};
