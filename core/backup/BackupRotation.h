#pragma once

#include <QDate>
#include <QList>

// Which daily backups to keep: the newest of each of the last 7 days that have one, of each of
// the last 4 ISO weeks, and of each of the last 12 months. Pure, so it is tested on dates alone.
namespace BackupRotation {
struct Policy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// dates: the days that have a backup (any order, no duplicates). Returns those to keep.
QList<QDate> keep(QList<QDate> dates, const Policy& policy = Policy());
} // namespace BackupRotation
