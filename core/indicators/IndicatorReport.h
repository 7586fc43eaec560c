#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The compliance indicators of DOMAIN §10 (QĐ 766/QĐ-TTg and the yearly plan's targets).
class Indicators
{
    Q_DECLARE_TR_FUNCTIONS(Indicators)

public:
    // The report's keys, in the report's order (a contract with offices' scripts).
    static const QStringList& keys();
    static bool isKey(const QString& key);
    static QString label(const QString& key);
};

// How a report is broken down.
enum class IndicatorGrouping { None, Field, Procedure, Officer, Channel };

class IndicatorGroupings
{
public:
    // "field", "procedure", "officer", "channel" ("" for None).
    static QString key(IndicatorGrouping grouping);
    static bool fromKey(const QString& text, IndicatorGrouping* grouping);
};

// One indicator of a report. value is numerator / denominator rounded to 4 decimals (none when
// the denominator is 0); met compares the unrounded share with the target (none without a
// target or a value). e_certified_copies is a count: value = numerator = the copies of the
// period, denominator = target = those of the same period a year earlier, met = value > target.
// avg_processing_working_days (QĐ 766 2.2) is a mean: numerator = the finished dossiers' working
// days times 10, denominator = their count, value in working days with one decimal, target a
// number of working days, met = value <= target.
struct IndicatorValue
{
    QString key;
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<double> value;
    std::optional<double> target;
    std::optional<bool> met;
};

struct IndicatorGroupReport
{
    QString group;
    QList<IndicatorValue> indicators;
};

// The report of one period as of one time.
struct IndicatorReport
{
    QDate from; // both days included
    QDate to;
    QDateTime asOf;
    IndicatorGrouping grouping = IndicatorGrouping::None;
    QList<IndicatorValue> indicators;
    QList<IndicatorGroupReport> groups; // by group name

    const IndicatorValue* find(const QString& key) const;
};

// A reporting period: whole days, both ends included.
struct ReportPeriod
{
    QDate from;
    QDate to;

    static ReportPeriod day(const QDate& day) { return {day, day}; }
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter);
    static ReportPeriod year(int year);
    static ReportPeriod range(const QDate& from, const QDate& to) { return {from, to}; }

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // The last second of the period (local time).
    QDateTime end() const;
    // The default as-of time: the earlier of now and the period's end.
    QDateTime defaultAsOf(const QDateTime& now = QDateTime::currentDateTime()) const;
};
