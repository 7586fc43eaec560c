#include "BackupRotation.h"

#include <QSet>

#include <algorithm>
#include <functional>

QList<QDate> BackupRotation::keep(QList<QDate> dates, const Policy& policy)
{
    std::sort(dates.begin(), dates.end(), std::greater<QDate>()); // newest first
    QSet<QDate> kept;
    // Keeps the newest backup of each of the first `count` distinct periods.
    auto keepNewestPer = [&](int count, const std::function<qint64(const QDate&)>& period) {
        QSet<qint64> seen;
        for (const QDate& date : dates) {
            const qint64 key = period(date);
            if (seen.contains(key))
                continue;
            if (seen.size() >= count)
                break;
            seen.insert(key);
            kept.insert(date);
        }
    };
    keepNewestPer(policy.daily, [](const QDate& d) { return d.toJulianDay(); });
    keepNewestPer(policy.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(policy.monthly,
                  [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });

    QList<QDate> result(kept.cbegin(), kept.cend());
    std::sort(result.begin(), result.end());
    return result;
}
