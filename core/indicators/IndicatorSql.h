#pragma once

#include <QString>
#include <QStringList>

// The SQL that evaluates the indicators of each dossier at an as-of time (DOMAIN §10, QĐ 766),
// written once and used both to keep the daily aggregates and to evaluate live the dossiers
// whose history goes past the as-of time. Portable SQL: CASE, no MIN/MAX of two values.
namespace IndicatorSql {

// The per-dossier counters of the dossiers received on a day, in this order; the aggregate
// table indicator_daily has a column of the same name (without the "n_" prefix) for each.
// (Its column e_certified_copies is no longer written: the copies and the processing time
// count at the end of their dossier, indicator_copies.)
const QStringList& counters();

// A SELECT giving one row per indicator_facts row matching where (a condition on the facts
// alias f), with every facts column, the as-of time "a" and the counters n_<name> evaluated
// at asOf, an SQL expression over f (for example "f.last_s", or "q.a" with the one-row
// parameter table "(SELECT CAST(? AS BIGINT) AS a) q" that withParameter adds).
QString rows(const QString& asOf, const QString& where, bool withParameter);

// "SUM(r.n_p) AS p, SUM(r.n_on_time) AS on_time, …" for r rows, times factor.
QString sums(const QString& alias, int factor = 1);

// The columns of indicator_daily that hold the counters, comma-separated.
QString dailyColumns();

// The group column of a dimension: 0 total (''), 1 procedure, 2 officer, 3 channel.
QString groupExpression(int dimension, const QString& alias);

} // namespace IndicatorSql
