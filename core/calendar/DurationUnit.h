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

// A time limit is counted in halves of its unit (provinces publish limits such as 2.5 or
// 1.5 working days): 5 halves are 2.5 working days.
// "3", "2.5": the spelling in CSV files and on the command line.
QString halvesText(int halves);
// "2,5": the Vietnamese spelling on forms and screens.
QString halvesLocalText(int halves);
// Accepts "3", "2.5", "2,5" (and "2.0"); false for anything else, negative numbers and
// fractions other than halves.
bool parseHalves(const QString& text, int* halves);
} // namespace DurationUnits
