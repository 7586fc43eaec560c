#pragma once

#include "IndicatorReport.h"

#include <QString>

// The report's file formats, contracts with offices' scripts (motcua-cli report).
namespace IndicatorReportFormat {

// {"from":"2024-01-01","to":"2024-12-31","as_of":"2024-12-31 23:59","indicators":[{"key":
// "on_time_rate","numerator":120,"denominator":124,"value":0.9677,"target":0.97,"met":false},
// …]} with, for a grouped report, "groups":[{"group":"<name>","indicators":[…]},…]. value and
// target rounded to 4 decimals; null when absent.
QString json(const IndicatorReport& report);

// CSV (RFC 4180): header group,key,numerator,denominator,value,target,met; the office's rows
// first with an empty group, then each group's rows; empty value, target or met for null;
// met is true or false.
QString csv(const IndicatorReport& report);

// A number as the formats write it: at most 4 decimals, no trailing zeros ("0.97", "1").
QString number(double value);

} // namespace IndicatorReportFormat
