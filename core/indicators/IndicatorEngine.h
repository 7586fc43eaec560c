#pragma once

#include "IndicatorReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantList>

#include <array>

class Database;
class QSqlQuery;

// Computes the compliance indicators (DOMAIN §10, QĐ 766/QĐ-TTg) of any period as of any
// time, for the office and per field, procedure, receiving officer or channel.
//
// P is the dossiers received in the period (by receipt date) that the counter had accepted
// by the as-of time (status neither 1 nor 3). A dossier is measured at its end (status 9,
// else 10 when 9 was skipped, else 7 or 8) or, while it has none by the as-of time, at the
// as-of time; the time spent waiting for a supplement is subtracted; a second supplement
// request makes it late; a request still open measures it at the request time. Events after
// the as-of time have not happened yet.
//
// The dossier counters come from indicator_daily (each dossier as of its last event),
// corrected for open dossiers that turned late since, and for the dossiers with events after
// the as-of time, whose aggregated standing is replaced by a live evaluation as of then
// (IndicatorStore keeps the facts and aggregates). A dossier is complained of from the receipt
// of a feedback naming it; electronic certified copies and processing times (QĐ 766 2.2) count
// when their dossier ends (indicator_copies).
class IndicatorEngine
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorEngine)

public:
    explicit IndicatorEngine(const Database& db);

    bool report(const ReportPeriod& period, const QDateTime& asOf, IndicatorGrouping grouping,
                IndicatorReport* report, QString* error) const;

    // The dossier counters, in IndicatorSql::counters() order, then those counted on the day
    // each dossier ended, in the period and by the as-of time: the finished dossiers with a
    // measured processing time, its sum in tenths of a working day, and the electronic
    // certified copies issued (index 15).
    using Counters = std::array<qint64, 16>;
    // dimension: 0 office, 1 procedure, 2 officer, 3 channel; groups by procedure code,
    // officer, channel number ("" for the office).
    // withCopies false: the counters of the day each dossier ended left at 0 (for figures that
    // do not show them).
    bool dossierCounters(const ReportPeriod& period, const QDateTime& asOf, int dimension,
                         QHash<QString, Counters>* counters, QString* error,
                         bool withCopies = true) const;

    // Only the counters of the day each dossier ended (the electronic certified copies issued
    // in the period by asOf, and the processing times).
    bool eCertifiedCopies(const ReportPeriod& period, const QDateTime& asOf, int dimension,
                          QHash<QString, Counters>* counters, QString* error) const;

    // The statements report() runs for the dossiers and the feedback (dossierCounters(), the
    // copies of a year earlier, the feedback), with their values written in (for benchmarks
    // that run the same SQL in the sqlite3 shell).
    static QStringList sqlTexts(const ReportPeriod& period, const QDateTime& asOf, int dimension);

private:
    struct Statement
    {
        enum Kind { Add, LateSince, Subtract, Ended };
        QString sql;
        QVariantList values;
        Kind kind = Add;
    };
    static QList<Statement> counterStatements(const ReportPeriod& period, const QDateTime& asOf,
                                              int dimension, bool withCopies = true);
    static Statement feedbackStatement(const ReportPeriod& period, const QDateTime& asOf,
                                       int dimension);
    static QList<Statement> copiesStatements(const ReportPeriod& period, const QDateTime& asOf,
                                             int dimension);
    bool exec(const Statement& statement, QSqlQuery* q, QString* error) const;
    bool run(const Statement& statement, QHash<QString, Counters>* counters, QString* error) const;

    const Database& m_db;
};
