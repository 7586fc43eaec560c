#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

// A yearly target of one indicator (chỉ tiêu), as the supervisor set it from the plan.
struct IndicatorTarget
{
    int year = 0;
    QString key; // an Indicators::keys() key
    // A share from 0 to 1; for avg_processing_working_days a number of working days (at most);
    // none: an increase over a year earlier.
    std::optional<double> target;
    QString source; // the plan it comes from
    QString note;
    QString updatedBy;
    QDateTime updatedAt;
};

// The targets per year. A year without its own target for an indicator uses the latest
// earlier year's.
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(TargetRepository)

public:
    explicit TargetRepository(const Database& db);

    // A note as people read it: the notes the schema seeded (in English, like every source
    // text) in the interface language; anything an officer wrote as written.
    static QString noteText(const QString& note);

    // The targets in force in year, by key (each from the latest year up to year that has it).
    bool targetsFor(int year, QHash<QString, IndicatorTarget>* targets, QString* error) const;
    // The targets recorded for year itself, in the report's key order.
    bool yearTargets(int year, QList<IndicatorTarget>* targets, QString* error) const;
    // Sets (adds or changes) one target; the change is logged with the officer's name.
    bool setTarget(const IndicatorTarget& target, const QString& officer, QString* error);
    bool removeTarget(int year, const QString& key, const QString& officer, QString* error);

private:
    const Database& m_db;
};
