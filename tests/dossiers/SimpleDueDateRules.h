#pragma once

#include "dossiers/DueDateRules.h"
#include "settings/OfficeSettings.h"
#include "settings/OfficeSettingsStore.h"
#include "storage/Database.h"

#include <QSqlQuery>

// Due-date rules for register tests: Monday to Friday, no holidays, time of day kept; a
// supplement pause extends the due date by the paused working days. Keeps the register's
// tests independent of the holiday calendar, which has its own tests.
class SimpleDueDateRules : public DueDateRules
{
public:
    // halves: the limit in halves of a day; a half day counts as a whole one here.
    QDateTime dueAt(const QDateTime& received, int halves, const QString&) const override
    {
        QDateTime due = received;
        int left = (halves + 1) / 2;
        while (left > 0) {
            due = due.addDays(1);
            if (isWorkingDay(due.date()))
                --left;
        }
        return due;
    }
    QDateTime legalDueAfterSupplement(const QDateTime& currentDue, const QDateTime& requestedAt,
                                      const QDateTime& receivedAt, int,
                                      const QString&) const override
    {
        const int paused = workingDaysBetween(requestedAt.date(), receivedAt.date());
        return dueAt(currentDue, 2 * paused, QString());
    }
    int workingDaysBetween(const QDate& from, const QDate& to) const override
    {
        int count = 0;
        const int step = from <= to ? 1 : -1;
        for (QDate d = from; d != to; d = d.addDays(step)) {
            if (isWorkingDay(d.addDays(step)))
                count += step;
        }
        return count;
    }
    bool isWorkingDay(const QDate& date) const override { return date.dayOfWeek() <= 5; }
};

namespace RegisterFixture {
inline const QString agencyCode = QStringLiteral("000.00.06.H56");

// Office settings and a small catalogue: what the register needs to receive dossiers.
inline bool prepare(const Database& db, QString* error)
{
    OfficeSettings settings;
    settings.agencyName = QStringLiteral("UBND XÃ TÂN BÌNH");
    settings.parentAgency = QStringLiteral("UBND HUYỆN VĨNH CỬU");
    settings.agencyCode = agencyCode;
    settings.placeName = QStringLiteral("Tân Bình");
    if (!OfficeSettingsStore(db).save(settings, error))
        return false;
    QSqlQuery q(db.connection());
    const QStringList rows = {
        // duration: halves of a day since schema 14.
        QStringLiteral("('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 2, 'working-days', 1)"),
        QStringLiteral("('2.000908', 'Chứng thực bản sao từ bản chính', 'Chứng thực', 0, "
                       "'same-day', 1)"),
        QStringLiteral("('1.003583', 'Đăng ký kết hôn', 'Hộ tịch', 10, 'working-days', 1)"),
        QStringLiteral("('9.999999', 'Thủ tục đã bãi bỏ', 'Khác', 10, 'working-days', 0)")};
    for (const QString& row : rows) {
        if (!q.exec(QStringLiteral("INSERT INTO procedures (code, name, field, duration, unit, "
                                   "active) VALUES ") +
                    row)) {
            *error = QStringLiteral("cannot insert a procedure");
            return false;
        }
    }
    return true;
}
} // namespace RegisterFixture
