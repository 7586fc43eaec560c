#pragma once

#include <QString>

// The unit of a procedure's legal time limit (DOMAIN §5).
enum class DurationUnit {
    WorkingDays,  // ngày làm việc
    CalendarDays, // ngày (BLDS 2015 Điều 147–148)
    WorkingHours, // giờ làm việc
    SameDay       // trong ngày: by closing if received by 15:00, else the next working day
};

namespace DurationUnits {
// The spelling used in the database, CSV files and on the command line:
// "working-days", "days", "working-hours", "same-day".
QString key(DurationUnit unit);
// False (and *unit untouched) for an unknown key.
bool fromKey(const QString& key, DurationUnit* unit);
} // namespace DurationUnits
