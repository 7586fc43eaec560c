#include "Migrations.h"

#include "Database.h"
#include "TransactionGuard.h"
#include "audit/AuditLog.h"

#include "catalogue/ProcedureRepository.h"
#include "dossiers/DossierTerms.h"
#include "dossiers/NoticeNumbers.h"
#include "indicators/IndicatorStore.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <iterator>

namespace {

// Step 3 seed: the official civil-service schedules of 2023–2026 (DOMAIN §6). A row covers
// the days from..to; weekend days inside a listed range (Tết) are stored too, as listed.
struct SeedRange
{
    const char* from;
    const char* to;
    const char* kind;
    const char* name;
    const char* notice;
    const char* note;
};

constexpr SeedRange officialSchedules[] = {
    // 2023: no swapped working Saturday.
    {"2023-01-01", "2023-01-01", "holiday", "Tết Dương lịch", "", ""},
    {"2023-01-02", "2023-01-02", "compensatory", "Nghỉ bù Tết Dương lịch", "", ""},
    {"2023-01-20", "2023-01-26", "holiday", "Tết Nguyên đán", "", ""},
    {"2023-04-29", "2023-04-29", "holiday", "Giỗ Tổ Hùng Vương", "", ""},
    {"2023-04-30", "2023-04-30", "holiday", "Ngày Chiến thắng", "", ""},
    {"2023-05-01", "2023-05-01", "holiday", "Ngày Quốc tế Lao động", "", ""},
    {"2023-05-02", "2023-05-03", "compensatory", "Nghỉ bù Giỗ Tổ Hùng Vương và Ngày Chiến thắng",
     "", ""},
    {"2023-09-01", "2023-09-02", "holiday", "Quốc khánh", "", ""},
    {"2023-09-04", "2023-09-04", "compensatory", "Nghỉ bù Quốc khánh", "", ""},
    // 2024: Saturday 4/5 worked for Monday 29/4 (VPCP 2450/VPCP-KGVX).
    {"2024-01-01", "2024-01-01", "holiday", "Tết Dương lịch", "", ""},
    {"2024-02-08", "2024-02-14", "holiday", "Tết Nguyên đán", "", ""},
    {"2024-04-18", "2024-04-18", "holiday", "Giỗ Tổ Hùng Vương", "", ""},
    {"2024-04-29", "2024-04-29", "day-off", "Nghỉ hoán đổi", "2450/VPCP-KGVX",
     "Làm bù thứ Bảy 04/5/2024"},
    {"2024-04-30", "2024-04-30", "holiday", "Ngày Chiến thắng", "", ""},
    {"2024-05-01", "2024-05-01", "holiday", "Ngày Quốc tế Lao động", "", ""},
    {"2024-05-04", "2024-05-04", "working-day", "Làm bù", "2450/VPCP-KGVX",
     "Làm bù cho ngày nghỉ 29/4/2024"},
    {"2024-09-02", "2024-09-03", "holiday", "Quốc khánh", "", ""},
    // 2025: Saturday 26/4 worked for Friday 2/5 (VPCP 8726/VPCP-KGVX).
    {"2025-01-01", "2025-01-01", "holiday", "Tết Dương lịch", "", ""},
    {"2025-01-27", "2025-01-31", "holiday", "Tết Nguyên đán", "", ""},
    {"2025-04-07", "2025-04-07", "holiday", "Giỗ Tổ Hùng Vương", "", ""},
    {"2025-04-26", "2025-04-26", "working-day", "Làm bù", "8726/VPCP-KGVX",
     "Làm bù cho ngày nghỉ 02/5/2025"},
    {"2025-04-30", "2025-04-30", "holiday", "Ngày Chiến thắng", "", ""},
    {"2025-05-01", "2025-05-01", "holiday", "Ngày Quốc tế Lao động", "", ""},
    {"2025-05-02", "2025-05-02", "day-off", "Nghỉ hoán đổi", "8726/VPCP-KGVX",
     "Làm bù thứ Bảy 26/4/2025"},
    {"2025-09-01", "2025-09-02", "holiday", "Quốc khánh", "", ""},
    // 2026: Saturdays 10/1 and 22/8 worked for Friday 2/1 and Monday 31/8. The sources
    // list the three notices together; which covers which swap is not recorded here.
    {"2026-01-01", "2026-01-01", "holiday", "Tết Dương lịch", "", ""},
    {"2026-01-02", "2026-01-02", "day-off", "Nghỉ hoán đổi",
     "12729/VPCP-KGVX; 9859/VPCP-KGVX; 9441/TB-BNV", "Làm bù thứ Bảy 10/01/2026"},
    {"2026-01-10", "2026-01-10", "working-day", "Làm bù",
     "12729/VPCP-KGVX; 9859/VPCP-KGVX; 9441/TB-BNV", "Làm bù cho ngày nghỉ 02/01/2026"},
    {"2026-02-16", "2026-02-20", "holiday", "Tết Nguyên đán", "", ""},
    {"2026-04-26", "2026-04-26", "holiday", "Giỗ Tổ Hùng Vương", "", ""},
    {"2026-04-27", "2026-04-27", "compensatory", "Nghỉ bù Giỗ Tổ Hùng Vương", "", ""},
    {"2026-04-30", "2026-04-30", "holiday", "Ngày Chiến thắng", "", ""},
    {"2026-05-01", "2026-05-01", "holiday", "Ngày Quốc tế Lao động", "", ""},
    {"2026-08-22", "2026-08-22", "working-day", "Làm bù",
     "12729/VPCP-KGVX; 9859/VPCP-KGVX; 9441/TB-BNV", "Làm bù cho ngày nghỉ 31/8/2026"},
    {"2026-08-31", "2026-08-31", "day-off", "Nghỉ hoán đổi",
     "12729/VPCP-KGVX; 9859/VPCP-KGVX; 9441/TB-BNV", "Làm bù thứ Bảy 22/8/2026"},
    {"2026-09-01", "2026-09-02", "holiday", "Quốc khánh", "", ""},
};

struct SeedYear
{
    int year;
    const char* notices;
};

constexpr SeedYear officialYears[] = {
    {2023, ""},
    {2024, "2450/VPCP-KGVX"},
    {2025, "8726/VPCP-KGVX"},
    {2026, "12729/VPCP-KGVX; 9859/VPCP-KGVX; 9441/TB-BNV"},
};

// The seed values are constants of this file, never user input; quotes are still doubled.
QString sqlText(const char* utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QStringList workCalendarSeed()
{
    QStringList statements;
    for (const SeedRange& range : officialSchedules) {
        const QDate from = QDate::fromString(QString::fromLatin1(range.from), Qt::ISODate);
        const QDate to = QDate::fromString(QString::fromLatin1(range.to), Qt::ISODate);
        const bool working = qstrcmp(range.kind, "working-day") == 0;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            statements << QStringLiteral("INSERT INTO calendar_entries (day, kind, working, name, "
                                         "notice_number, note) VALUES ('%1', %2, %3, %4, %5, %6) "
                                         "ON CONFLICT DO NOTHING")
                              .arg(day.toString(Qt::ISODate), sqlText(range.kind),
                                   working ? QStringLiteral("1") : QStringLiteral("0"),
                                   sqlText(range.name), sqlText(range.notice), sqlText(range.note));
        }
    }
    for (const SeedYear& year : officialYears) {
        statements << QStringLiteral("INSERT INTO calendar_years (year, status, notice_numbers) "
                                     "VALUES (%1, 'official', %2) ON CONFLICT DO NOTHING")
                          .arg(year.year)
                          .arg(sqlText(year.notices));
    }
    return statements;
}

// Step 14: the legal basis of each shipped day and the day it was checked. Holidays and
// compensatory days rest on BLLĐ 2019 (the year's notices are added when shown); swapped
// days on their notice, already stored.
constexpr const char* calendarChecked = "2026-12-06";

QStringList shippedCalendarBases()
{
    QStringList statements;
    for (const SeedRange& range : officialSchedules) {
        QString basis;
        if (qstrcmp(range.kind, "holiday") == 0)
            basis = QStringLiteral("BLLĐ 2019 Điều 112");
        else if (qstrcmp(range.kind, "compensatory") == 0)
            basis = QStringLiteral("BLLĐ 2019 Điều 111 khoản 3");
        statements << QStringLiteral("UPDATE calendar_entries SET basis = %1, checked_on = '%2' "
                                     "WHERE effective_year IS NULL AND day >= '%3' AND day <= "
                                     "'%4' AND kind = %5 AND name = %6 AND basis = ''")
                          .arg(sqlText(basis.toUtf8().constData()), QLatin1String(calendarChecked),
                               QLatin1String(range.from), QLatin1String(range.to),
                               sqlText(range.kind), sqlText(range.name));
    }
    return statements;
}

bool execAll(const Database& db, const QStringList& statements, const char* step, QString* error)
{
    QSqlQuery query(db.connection());
    for (const QString& portable : statements) {
        const QString statement = db.dialect().adapt(portable);
        if (!statement.isEmpty() && !query.exec(statement)) {
            if (error)
                *error = Migrations::tr("Upgrading the database (%1) failed: %2")
                             .arg(QString::fromUtf8(step), query.lastError().text());
            return false;
        }
    }
    return true;
}

// Step 14, the law as of December 2026 (issue 17):
// - Ngày Văn hóa Việt Nam, 24/11, a paid holiday every year from 2026 (Nghị quyết
//   28/2026/QH16, in force 1/7/2026): a holiday with an effective year, so provisional years
//   add it with the compensatory rule (BLLĐ 2019 Điều 111 khoản 3). Added only when the office
//   has no repeated 24/11 of its own; the desk then shows once which open dossiers it affects
//   (setting calendar.shipped_review, CalendarReview).
// - Every shipped day keeps its legal basis and the day it was checked.
// - Time limits in halves of their unit (2.5 working days = 5): stored whole numbers doubled.
// - Procedures: fees by channel, effective_from and verified, and procedure_versions, the
//   later rows of a code (a dossier keeps the limit of its receipt day); the shipped
//   catalogue's later rows for the codes an office already has.
bool lawOf2026(const Database& db, QString* error)
{
    const char* step = "catalogue history, half days and the 24/11 holiday";
    if (!db.connection()
             .record(QStringLiteral("calendar_entries"))
             .contains(QStringLiteral("basis"))) {
        const QStringList columns{
            QStringLiteral(
                "ALTER TABLE calendar_entries ADD COLUMN basis TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE calendar_entries ADD COLUMN checked_on TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE procedures SET duration = duration * 2"),
            QStringLiteral("UPDATE dossiers SET duration = duration * 2"),
            QStringLiteral("ALTER TABLE procedures ADD COLUMN fee_online INTEGER NOT NULL "
                           "DEFAULT 0 CHECK (fee_online >= 0)"),
            QStringLiteral("ALTER TABLE procedures ADD COLUMN fee_postal INTEGER NOT NULL "
                           "DEFAULT 0 CHECK (fee_postal >= 0)"),
            QStringLiteral("UPDATE procedures SET fee_online = fee, fee_postal = fee"),
            QStringLiteral(
                "ALTER TABLE procedures ADD COLUMN effective_from TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE procedures ADD COLUMN verified TEXT NOT NULL DEFAULT ''")};
        if (!execAll(db, columns, step, error))
            return false;
    }
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS procedure_versions ("
                       " code TEXT NOT NULL REFERENCES procedures (code) "
                       "ON UPDATE CASCADE ON DELETE CASCADE,"
                       " effective_from TEXT NOT NULL," // YYYY-MM-DD
                       " name TEXT NOT NULL,"
                       " duration INTEGER NOT NULL CHECK (duration >= 0)," // halves
                       " unit TEXT NOT NULL,"
                       " fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),"
                       " fee_online INTEGER NOT NULL DEFAULT 0 CHECK (fee_online >= 0),"
                       " fee_postal INTEGER NOT NULL DEFAULT 0 CHECK (fee_postal >= 0),"
                       " source TEXT NOT NULL DEFAULT '',"
                       " verified TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (code, effective_from))")};
    statements << shippedCalendarBases();
    const QString noOwn24November =
        QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM calendar_entries WHERE effective_year "
                       "IS NOT NULL AND substr(day, 6) = '11-24')");
    // The review marker first: it is set only when the holiday is added here.
    // Only an office with open dossiers has anything to review.
    statements << QStringLiteral("INSERT INTO settings (key, value) SELECT "
                                 "'calendar.shipped_review', '2026-11-24'") +
                      noOwn24November +
                      QStringLiteral(" AND EXISTS (SELECT 1 FROM dossiers WHERE status IN (2, 4, "
                                     "5, 6))") +
                      QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value")
               << QStringLiteral("INSERT INTO calendar_entries (day, kind, working, name, "
                                 "notice_number, note, effective_year, basis, checked_on) "
                                 "SELECT '2026-11-24', 'holiday', 0, %1, %2, %3, 2026, %4, '%5'")
                          .arg(sqlText("Ngày Văn hóa Việt Nam"), sqlText("Nghị quyết 28/2026/QH16"),
                               sqlText("Hiệu lực từ 01/7/2026; chủ trương tại Nghị quyết "
                                       "80-NQ/TW của Bộ Chính trị"),
                               sqlText("Nghị quyết 28/2026/QH16 (BLLĐ 2019 Điều 112)"),
                               QLatin1String(calendarChecked)) +
                      noOwn24November;
    if (!execAll(db, statements, step, error))
        return false;
    return ProcedureRepository(db).addShippedLaterRows(error);
}

// Step 22, the 2023–2026 schedules checked against the notices themselves (checked
// 2026-12-06; step 14 had checked them against DOMAIN §6 only). Each shipped range step 14
// left untouched gets its notice and the basis naming it; the last two days of the 7-day
// Tết breaks of 2023 and 2024 are compensatory days (5 Tết days, two on a weekend: BLLĐ 2019
// Điều 111 khoản 3, as Thông báo 5015/TB-LĐTBXH says for 2024). Working days do not change.
struct NoticeCheck
{
    const char* from;
    const char* to;
    const char* kind; // as shipped
    const char* name; // as shipped
    const char* oldNotice;
    const char* oldBasis; // as step 14 wrote it
    const char* newKind;
    const char* newName;
    const char* notice;
    const char* basis;
};

constexpr const char* holidayBasis = "BLLĐ 2019 Điều 112";
constexpr const char* compensatoryBasis = "BLLĐ 2019 Điều 111 khoản 3";
constexpr const char* swaps2026 = "12729/VPCP-KGVX; 9859/VPCP-KGVX; 9441/TB-BNV";

constexpr NoticeCheck noticeChecks[] = {
    // Công văn 8056/VPCP-KGVX ngày 01/12/2022: Tết 20–26/01/2023, Quốc khánh 01–04/9/2023.
    {"2023-01-20", "2023-01-24", "holiday", "Tết Nguyên đán", "", holidayBasis, "holiday",
     "Tết Nguyên đán", "8056/VPCP-KGVX",
     "BLLĐ 2019 Điều 112; Công văn 8056/VPCP-KGVX ngày 01/12/2022 (nghỉ 20–26/01/2023)"},
    {"2023-01-25", "2023-01-26", "holiday", "Tết Nguyên đán", "", holidayBasis, "compensatory",
     "Nghỉ bù Tết Nguyên đán", "8056/VPCP-KGVX",
     "BLLĐ 2019 Điều 111 khoản 3; Công văn 8056/VPCP-KGVX ngày 01/12/2022 (nghỉ 20–26/01/2023)"},
    {"2023-09-01", "2023-09-02", "holiday", "Quốc khánh", "", holidayBasis, "holiday", "Quốc khánh",
     "8056/VPCP-KGVX",
     "BLLĐ 2019 Điều 112; Công văn 8056/VPCP-KGVX ngày 01/12/2022 (nghỉ 01–04/9/2023)"},
    {"2023-09-04", "2023-09-04", "compensatory", "Nghỉ bù Quốc khánh", "", compensatoryBasis,
     "compensatory", "Nghỉ bù Quốc khánh", "8056/VPCP-KGVX",
     "BLLĐ 2019 Điều 111 khoản 3; Công văn 8056/VPCP-KGVX ngày 01/12/2022 (nghỉ 01–04/9/2023)"},
    // Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (Công văn 8662/VPCP-KGVX ngày 03/11/2023): Tết
    // 08–14/02/2024, 5 ngày Tết và 2 ngày nghỉ bù; Quốc khánh 31/8–03/9/2024.
    {"2024-02-08", "2024-02-12", "holiday", "Tết Nguyên đán", "", holidayBasis, "holiday",
     "Tết Nguyên đán", "5015/TB-LĐTBXH",
     "BLLĐ 2019 Điều 112; Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (nghỉ 08–14/02/2024)"},
    {"2024-02-13", "2024-02-14", "holiday", "Tết Nguyên đán", "", holidayBasis, "compensatory",
     "Nghỉ bù Tết Nguyên đán", "5015/TB-LĐTBXH",
     "BLLĐ 2019 Điều 111 khoản 3; Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (02 ngày nghỉ bù)"},
    {"2024-09-02", "2024-09-03", "holiday", "Quốc khánh", "", holidayBasis, "holiday", "Quốc khánh",
     "5015/TB-LĐTBXH",
     "BLLĐ 2019 Điều 112; Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (nghỉ 31/8–03/9/2024)"},
    {"2024-04-29", "2024-04-29", "day-off", "Nghỉ hoán đổi", "2450/VPCP-KGVX", "", "day-off",
     "Nghỉ hoán đổi", "2450/VPCP-KGVX",
     "Công văn 2450/VPCP-KGVX ngày 12/4/2024 (nghỉ thứ Hai 29/4, làm bù thứ Bảy 04/5/2024)"},
    {"2024-05-04", "2024-05-04", "working-day", "Làm bù", "2450/VPCP-KGVX", "", "working-day",
     "Làm bù", "2450/VPCP-KGVX",
     "Công văn 2450/VPCP-KGVX ngày 12/4/2024 (nghỉ thứ Hai 29/4, làm bù thứ Bảy 04/5/2024)"},
    // Công văn 8726/VPCP-KGVX ngày 26/11/2024: Tết 25/01–02/02/2025; 02/5 nghỉ, 26/4 làm bù.
    {"2025-01-27", "2025-01-31", "holiday", "Tết Nguyên đán", "", holidayBasis, "holiday",
     "Tết Nguyên đán", "8726/VPCP-KGVX",
     "BLLĐ 2019 Điều 112; Công văn 8726/VPCP-KGVX ngày 26/11/2024 (nghỉ 25/01–02/02/2025)"},
    {"2025-04-26", "2025-04-26", "working-day", "Làm bù", "8726/VPCP-KGVX", "", "working-day",
     "Làm bù", "8726/VPCP-KGVX",
     "Công văn 8726/VPCP-KGVX ngày 26/11/2024 (nghỉ thứ Sáu 02/5, làm bù thứ Bảy 26/4/2025)"},
    {"2025-05-02", "2025-05-02", "day-off", "Nghỉ hoán đổi", "8726/VPCP-KGVX", "", "day-off",
     "Nghỉ hoán đổi", "8726/VPCP-KGVX",
     "Công văn 8726/VPCP-KGVX ngày 26/11/2024 (nghỉ thứ Sáu 02/5, làm bù thứ Bảy 26/4/2025)"},
    // 2026: Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 01–04/01/2026); Thông báo
    // 9441/TB-BNV ngày 16/10/2025 (Tết 14–22/02/2026; Quốc khánh 29/8–02/9/2026, 9859/VPCP-KGVX
    // not found in public sources: left in the year's notices only).
    {"2026-01-02", "2026-01-02", "day-off", "Nghỉ hoán đổi", swaps2026, "", "day-off",
     "Nghỉ hoán đổi", "12729/VPCP-KGVX",
     "Công văn 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01/2026)"},
    {"2026-01-10", "2026-01-10", "working-day", "Làm bù", swaps2026, "", "working-day", "Làm bù",
     "12729/VPCP-KGVX",
     "Công văn 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01/2026)"},
    {"2026-02-16", "2026-02-20", "holiday", "Tết Nguyên đán", "", holidayBasis, "holiday",
     "Tết Nguyên đán", "9441/TB-BNV",
     "BLLĐ 2019 Điều 112; Thông báo 9441/TB-BNV ngày 16/10/2025 (nghỉ 14–22/02/2026)"},
    {"2026-08-22", "2026-08-22", "working-day", "Làm bù", swaps2026, "", "working-day", "Làm bù",
     "9441/TB-BNV",
     "Thông báo 9441/TB-BNV ngày 16/10/2025 (Quốc khánh 2026: nghỉ thứ Hai 31/8, làm bù thứ "
     "Bảy 22/8)"},
    {"2026-08-31", "2026-08-31", "day-off", "Nghỉ hoán đổi", swaps2026, "", "day-off",
     "Nghỉ hoán đổi", "9441/TB-BNV",
     "Thông báo 9441/TB-BNV ngày 16/10/2025 (Quốc khánh 2026: nghỉ thứ Hai 31/8, làm bù thứ "
     "Bảy 22/8)"},
    {"2026-09-01", "2026-09-02", "holiday", "Quốc khánh", "", holidayBasis, "holiday", "Quốc khánh",
     "9441/TB-BNV",
     "BLLĐ 2019 Điều 112; Thông báo 9441/TB-BNV ngày 16/10/2025 (nghỉ 29/8–02/9/2026)"},
};

// The notices of each official year, where step 3 recorded fewer.
constexpr SeedYear checkedYears[] = {
    {2023, "8056/VPCP-KGVX"},
    {2024, "8662/VPCP-KGVX; 5015/TB-LĐTBXH; 2450/VPCP-KGVX"},
    {2025, "8726/VPCP-KGVX"},
};
constexpr const char* shippedYearNotices[] = {"", "2450/VPCP-KGVX", "8726/VPCP-KGVX"};

QStringList checkedNotices()
{
    QStringList statements;
    for (const NoticeCheck& c : noticeChecks) {
        statements << QStringLiteral(
                          "UPDATE calendar_entries SET kind = %1, name = %2, notice_number = %3, "
                          "basis = %4, checked_on = '%5' WHERE effective_year IS NULL AND day >= "
                          "'%6' AND day <= '%7' AND kind = %8 AND name = %9 AND notice_number = "
                          "%10 AND basis = %11 AND checked_on = '%5'")
                          .arg(sqlText(c.newKind), sqlText(c.newName), sqlText(c.notice),
                               sqlText(c.basis), QLatin1String(calendarChecked),
                               QLatin1String(c.from), QLatin1String(c.to), sqlText(c.kind),
                               sqlText(c.name))
                          .arg(sqlText(c.oldNotice), sqlText(c.oldBasis));
    }
    for (std::size_t i = 0; i < std::size(checkedYears); ++i) {
        statements << QStringLiteral("UPDATE calendar_years SET notice_numbers = %1 WHERE year = "
                                     "%2 AND status = 'official' AND notice_numbers = %3")
                          .arg(sqlText(checkedYears[i].notices))
                          .arg(checkedYears[i].year)
                          .arg(sqlText(shippedYearNotices[i]));
    }
    return statements;
}

// Step 22, the catalogue checked against public sources (issue 17): names and a limit an
// earlier program shipped wrong (the national record's text, not a change of law) and the
// checks of the rows verified, for the registers seeded before. See resources/seed.
const ProcedureRepository::ShippedCorrection shippedCorrections[] = {
    {"2.000913", "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", 4, "working-days",
     "NĐ 23/2015/NĐ-CP, Điều 38 (không quá 02 ngày làm việc); phí 30.000 đ/hợp đồng, giao dịch "
     "(TT 226/2016/TT-BTC); tên và thời hạn khác với bản ghi của CSDL quốc gia về TTHC (phản "
     "ánh tháng 12/2026), chưa đối chiếu được: kiểm tra QĐ công bố của tỉnh",
     ""},
    {"2.000927", "Sửa lỗi sai sót trong hợp đồng, giao dịch", -1, "", nullptr,
     "2026-12-06 thukyluat.vn, QĐ 1024/QĐ-BTP (chỉ phí 25.000 đ/hợp đồng, giao dịch; thời hạn "
     "chưa đối chiếu)"},
    {"1.000689", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", -1, "", nullptr, ""},
    {"2.001016", nullptr, -1, "", nullptr, ""},
    {"1.004845", nullptr, -1, "", nullptr, ""},
    {"1.004859", nullptr, -1, "", nullptr, ""},
    {"2.000635", nullptr, -1, "", nullptr, ""},
    {"2.000942", nullptr, -1, "", nullptr, ""},
    {"1.001699", nullptr, 60, "days",
     "Luật Người khuyết tật 2010, Điều 15-18 (Hội đồng xác định mức độ khuyết tật: 30 ngày); TT "
     "01/2019/TT-BLĐTBXH; không thu phí",
     ""},
    {"1.001653", nullptr, -1, "", nullptr, ""},
    {"1.010833", nullptr, -1, "", nullptr, ""},
    {"1.004746", nullptr, -1, "", nullptr, ""},
    {"1.005461", nullptr, -1, "", nullptr, ""},
    {"1.000656", nullptr, -1, "", nullptr, ""},
    {"1.000593", nullptr, -1, "", nullptr, ""},
    {"1.003583", nullptr, -1, "", nullptr, ""},
    {"1.001193", nullptr, -1, "", nullptr, ""},
    {"2.001035", nullptr, -1, "", nullptr, ""},
    {"1.003622", nullptr, 10, "working-days",
     "NĐ 110/2018/NĐ-CP về quản lý và tổ chức lễ hội; không thu phí; 05 ngày làm việc: thời hạn "
     "theo danh mục TTHC công bố, cần đối chiếu QĐ công bố của tỉnh",
     ""},
};

// ALTER TABLE … ADD COLUMN has no IF NOT EXISTS in SQLite: each missing column alone, with
// its definition.
bool addMissingColumns(const Database& db, const QString& table,
                       const QList<QPair<QString, QString>>& columns, QString* error)
{
    const QSqlRecord existing = db.connection().record(table);
    QSqlQuery query(db.connection());
    for (const auto& [column, definition] : columns) {
        if (existing.contains(column))
            continue;
        if (!query.exec(
                QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, definition))) {
            if (error)
                *error = Migrations::tr("Cannot add the column %1 to %2: %3")
                             .arg(column, table, query.lastError().text());
            return false;
        }
    }
    return true;
}

// Step "indicator rules of DOMAIN 10": the facts' new columns (complained_s, end_day,
// month_end_s, identity_checked, reused_data) and the aggregate's (identity_checked,
// reused_data), each added only when missing, then the indexes over them and the copies'
// daily column, no longer written.
bool addIndicatorRuleColumns(const Database& db, QString* error)
{
    const struct
    {
        const char* table;
        const char* column;
        const char* definition;
    } columns[] = {
        {"indicator_facts", "complained_s", "INTEGER"},
        {"indicator_facts", "end_day", "INTEGER"},
        {"indicator_facts", "month_end_s", "INTEGER NOT NULL DEFAULT 0"},
        {"indicator_facts", "identity_checked", "INTEGER NOT NULL DEFAULT 0"},
        {"indicator_facts", "reused_data", "INTEGER NOT NULL DEFAULT 0"},
        {"indicator_daily", "identity_checked", "INTEGER NOT NULL DEFAULT 0"},
        {"indicator_daily", "reused_data", "INTEGER NOT NULL DEFAULT 0"},
    };
    QStringList statements;
    for (const auto& c : columns) {
        if (!db.connection().record(QLatin1String(c.table)).contains(QLatin1String(c.column))) {
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                              .arg(QLatin1String(c.table), QLatin1String(c.column),
                                   QLatin1String(c.definition));
        }
    }
    statements
        << QStringLiteral("DROP INDEX IF EXISTS indicator_facts_running")
        << QStringLiteral(
               "CREATE INDEX IF NOT EXISTS indicator_facts_running"
               " ON indicator_facts (late_from_s, received_day, last_s, complaint, complained_s,"
               " apology_s, procedure_code, officer, channel) WHERE late_from_s IS NOT NULL")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS indicator_facts_copies"
                          " ON indicator_facts (end_day, end_s, end_status, e_certified_copies,"
                          " procedure_code, officer, channel) WHERE e_certified_copies > 0")
        << QStringLiteral("UPDATE indicator_daily SET e_certified_copies = 0 WHERE "
                          "e_certified_copies <> 0")
        // QĐ 766 4.5 and 4.3 from the dossiers' columns of "identity checked and data reused".
        << QStringLiteral("UPDATE indicator_facts SET identity_checked = (SELECT "
                          "d.identity_checked FROM dossiers d WHERE d.id = "
                          "indicator_facts.dossier_id), reused_data = (SELECT d.reused_data FROM "
                          "dossiers d WHERE d.id = indicator_facts.dossier_id) WHERE EXISTS "
                          "(SELECT 1 FROM dossiers d WHERE d.id = indicator_facts.dossier_id AND "
                          "(d.identity_checked = 1 OR d.reused_data = 1))");
    QSqlQuery query(db.connection());
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(db.dialect().adapt(statement))) {
            if (error)
                *error = Migrations::tr("Upgrading the indicator tables failed: %1")
                             .arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

// Work a step needs beyond its statements, run in the step's transaction after them. Keyed
// by the step's description, which stays when steps of parallel branches are renumbered.
bool runHook(const Database& db, const MigrationStep& step, QString* error)
{
    if (qstrcmp(step.description, "indicator rules of DOMAIN 10") == 0) {
        // The counters themselves are left to "processing time counted when finished", the
        // facts' latest shape.
        return addIndicatorRuleColumns(db, error);
    }
    if (qstrcmp(step.description, "processing time and result files") == 0) {
        const QString count = QStringLiteral("INTEGER NOT NULL DEFAULT 0");
        if (!addMissingColumns(
                db, QStringLiteral("dossiers"),
                {{QStringLiteral("result_file"), QStringLiteral("TEXT NOT NULL DEFAULT ''")}},
                error) ||
            !addMissingColumns(db, QStringLiteral("indicator_facts"),
                               {{QStringLiteral("working_tenths"), QStringLiteral("INTEGER")},
                                {QStringLiteral("result_file"), count}},
                               error))
            return false;
        for (const QString& table :
             {QStringLiteral("indicator_daily"), QStringLiteral("indicator_month_end")}) {
            if (!addMissingColumns(db, table, {{QStringLiteral("e_result_file"), count}}, error))
                return false;
        }
        // The counters themselves are left to "processing time counted when finished", the
        // facts' latest shape.
        return true;
    }
    if (qstrcmp(step.description, "processing time counted when finished") == 0) {
        const QString count = QStringLiteral("INTEGER NOT NULL DEFAULT 0");
        if (!addMissingColumns(
                db, QStringLiteral("indicator_copies"),
                {{QStringLiteral("finished"), count}, {QStringLiteral("working_tenths"), count}},
                error))
            return false;
        // The indicator counters of the dossiers already in the register: all of them when
        // they were never counted (a register from before "indicator targets", whose hook
        // leaves them to this step), else the complaint time of the dossiers named by citizen
        // feedback, the end day and processing time of the finished ones, and every day
        // counted again.
        return IndicatorStore::upgradeFacts(db, error);
    }
    if (qstrcmp(step.description, "catalogue history, half days and the 24/11 holiday") == 0)
        return lawOf2026(db, error);
    if (qstrcmp(step.description, "holiday notices of 2023-2026 and catalogue corrections") == 0) {
        const QList<ProcedureRepository::ShippedCorrection> corrections(
            std::begin(shippedCorrections), std::end(shippedCorrections));
        return ProcedureRepository(db).correctShippedRows(corrections, error);
    }
    if (qstrcmp(step.description, "account sign-in state") == 0) {
        return addMissingColumns(
            db, QStringLiteral("users"),
            {{QStringLiteral("must_change_password"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")},
             {QStringLiteral("failed_attempts"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")},
             {QStringLiteral("locked_until"), QStringLiteral("TEXT")}},
            error);
    }
    if (qstrcmp(step.description, "dossier search terms") == 0) {
        // The search terms of the dossiers already in the register.
        return DossierTerms::rebuildAll(db, error);
    }
    if (qstrcmp(step.description, "stop requester and fee refund, leadership approval") == 0)
        return NoticeNumbers::numberUnnumbered(db, error);
    if (qstrcmp(step.description, "sealed audit log") == 0)
        return AuditLog::sealHead(db, error);
    if (qstrcmp(step.description, "issue 20: applicant, ratings, corrections, attachments") == 0) {
        const QString text = QStringLiteral("TEXT NOT NULL DEFAULT ''");
        return addMissingColumns(db, QStringLiteral("dossiers"),
                                 {{QStringLiteral("applicant_birth_date"), text},
                                  {QStringLiteral("applicant_sex"), text}},
                                 error) &&
               addMissingColumns(db, QStringLiteral("attachments"),
                                 {{QStringLiteral("content"), db.dialect().isPostgresql()
                                                                  ? QStringLiteral("BYTEA")
                                                                  : QStringLiteral("BLOB")}},
                                 error);
    }
    if (qstrcmp(step.description, "issue 20: closed follow-ups and files beside the register") ==
        0) {
        const QString text = QStringLiteral("TEXT NOT NULL DEFAULT ''");
        return addMissingColumns(db, QStringLiteral("citizen_ratings"),
                                 {{QStringLiteral("followed_up_by"), text},
                                  {QStringLiteral("follow_up_note"), text}},
                                 error) &&
               addMissingColumns(
                   db, QStringLiteral("attachments"),
                   {{QStringLiteral("beside"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")}},
                   error);
    }
    if (qstrcmp(step.description, "identity checked and data reused") == 0) {
        const QString flag = QStringLiteral("INTEGER NOT NULL DEFAULT 0");
        return addMissingColumns(
            db, QStringLiteral("dossiers"),
            {{QStringLiteral("identity_checked"), flag}, {QStringLiteral("reused_data"), flag}},
            error);
    }
    return true;
}

// The schema ladder. Never edit a released step: add a new one.
std::vector<MigrationStep> buildSteps()
{
    std::vector<MigrationStep> steps;

    steps.push_back({1,
                     "office settings",
                     {QStringLiteral("CREATE TABLE IF NOT EXISTS settings ("
                                     " key TEXT PRIMARY KEY,"
                                     " value TEXT NOT NULL)")}});

    // The procedure catalogue (thủ tục hành chính) and the documents each one requires.
    steps.push_back(
        {2,
         "procedure catalogue",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS procedures ("
                         " code TEXT PRIMARY KEY," // national procedure code, e.g. 1.004946
                         " name TEXT NOT NULL,"
                         " field TEXT NOT NULL," // lĩnh vực
                         " duration INTEGER NOT NULL CHECK (duration >= 0),"
                         " unit TEXT NOT NULL CHECK (unit IN ('working-days', 'days', "
                         "'working-hours', 'same-day')),"
                         " result_document INTEGER NOT NULL DEFAULT 1,"
                         " fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0)," // đồng
                         " online_level TEXT NOT NULL DEFAULT 'none' CHECK (online_level IN "
                         "('none', 'partial', 'full')),"
                         " online_payment INTEGER NOT NULL DEFAULT 0,"
                         " sample_dossier INTEGER NOT NULL DEFAULT 0,"
                         " active INTEGER NOT NULL DEFAULT 1,"
                         " source TEXT NOT NULL DEFAULT '',"
                         " search_key TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS procedure_documents ("
                         " id {{pk}},"
                         " procedure_code TEXT NOT NULL REFERENCES procedures (code) "
                         "ON UPDATE CASCADE ON DELETE CASCADE,"
                         " position INTEGER NOT NULL,"
                         " name TEXT NOT NULL,"
                         " originals INTEGER NOT NULL DEFAULT 0,"
                         " copies INTEGER NOT NULL DEFAULT 0,"
                         " UNIQUE (procedure_code, position))")}});

    // The working-day calendar (DOMAIN §6): the officer's entries (holidays, compensatory
    // days, swapped days off and working days, each with its notice), and how each year's
    // schedule stands. A year without a row is provisional: generated from BLLĐ 2019
    // Điều 111–112. effective_year marks a holiday repeated every year from that year on.
    {
        QStringList statements{
            QStringLiteral("CREATE TABLE IF NOT EXISTS calendar_entries ("
                           " id {{pk}},"
                           " day TEXT NOT NULL," // YYYY-MM-DD
                           " kind TEXT NOT NULL CHECK (kind IN ('holiday', 'compensatory', "
                           "'day-off', 'working-day')),"
                           " working INTEGER NOT NULL CHECK (working IN (0, 1)),"
                           " name TEXT NOT NULL DEFAULT '',"
                           " notice_number TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " effective_year INTEGER)"),
            QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS calendar_entries_day ON "
                           "calendar_entries (day) WHERE effective_year IS NULL"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS calendar_years ("
                           " year INTEGER PRIMARY KEY,"
                           " status TEXT NOT NULL CHECK (status IN ('provisional', 'official', "
                           "'confirmed')),"
                           " notice_numbers TEXT NOT NULL DEFAULT '')")};
        statements << workCalendarSeed();
        steps.push_back({3, "work calendar", statements});
    }
    // The dossier register (DOMAIN §3, §4, §7, §8, §11). Times are SqlTime text, money in đồng.
    steps.push_back(
        {4,
         "dossier register",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_books ("
                         " id {{pk}},"
                         " year INTEGER NOT NULL,"
                         " book_number INTEGER NOT NULL,"
                         " last_line INTEGER NOT NULL DEFAULT 0,"
                         " UNIQUE (year, book_number))"),
          // DOMAIN §4: the 4-digit part of the dossier code restarts each day for each office.
          QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_code_sequences ("
                         " agency_code TEXT NOT NULL,"
                         " day TEXT NOT NULL,"
                         " last_number INTEGER NOT NULL,"
                         " PRIMARY KEY (agency_code, day))"),
          QStringLiteral(
              "CREATE TABLE IF NOT EXISTS dossiers ("
              " id {{pk}},"
              " code TEXT NOT NULL UNIQUE,"
              " procedure_code TEXT NOT NULL REFERENCES procedures (code) ON UPDATE CASCADE,"
              // DOMAIN §5: the limit and unit are copied at receipt.
              " duration INTEGER NOT NULL CHECK (duration >= 0),"
              // Comparisons, not IN (…): SQLite builds a temporary table for an IN list of
              // three or more values on every insert.
              " unit TEXT NOT NULL CHECK (unit = 'working-days' OR unit = 'days' OR "
              "unit = 'working-hours' OR unit = 'same-day'),"
              " channel INTEGER NOT NULL CHECK (channel BETWEEN 1 AND 3),"
              " applicant_name TEXT NOT NULL,"
              " applicant_id TEXT NOT NULL DEFAULT '',"
              " applicant_phone TEXT NOT NULL DEFAULT '',"
              " applicant_email TEXT NOT NULL DEFAULT '',"
              " applicant_address TEXT NOT NULL DEFAULT '',"
              " applicant_organisation TEXT NOT NULL DEFAULT '',"
              " received_at TEXT NOT NULL,"
              " due_at TEXT,"       // printed on the receipt, never changes; NULL until accepted
              " legal_due_at TEXT," // moved by supplement pauses
              " apology_new_due_at TEXT,"
              " status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),"
              " digitized INTEGER NOT NULL DEFAULT 0,"
              " e_result INTEGER NOT NULL DEFAULT 0,"
              " fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),"
              " paid_online INTEGER NOT NULL DEFAULT 0,"
              " e_certified_copies INTEGER NOT NULL DEFAULT 0 CHECK (e_certified_copies >= 0),"
              " rating TEXT CHECK (rating IS NULL OR rating IN ('satisfied', 'unsatisfied')),"
              " complaint INTEGER NOT NULL DEFAULT 0,"
              " officer TEXT NOT NULL DEFAULT '',"
              " ledger_year INTEGER,"
              " ledger_book INTEGER,"
              " ledger_line INTEGER,"
              " finished_at TEXT,"
              " returned_at TEXT,"
              " supplement_count INTEGER NOT NULL DEFAULT 0,"
              " search_key TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_lines ("
                         " book_id INTEGER NOT NULL REFERENCES ledger_books (id),"
                         " line INTEGER NOT NULL,"
                         " dossier_id INTEGER NOT NULL UNIQUE REFERENCES dossiers (id),"
                         " PRIMARY KEY (book_id, line))"),
          // DOMAIN §3: every transition is an event, never overwritten.
          QStringLiteral("CREATE TABLE IF NOT EXISTS status_events ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " from_status INTEGER CHECK (from_status BETWEEN 1 AND 10),"
                         " to_status INTEGER NOT NULL CHECK (to_status BETWEEN 1 AND 10),"
                         " at TEXT NOT NULL,"
                         " officer TEXT NOT NULL DEFAULT '',"
                         " note TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("sqlite:CREATE TRIGGER IF NOT EXISTS status_events_append_only"
                         " BEFORE UPDATE ON status_events"
                         " BEGIN SELECT RAISE(ABORT, 'status events are never changed'); END"),
          QStringLiteral("sqlite:CREATE TRIGGER IF NOT EXISTS status_events_never_deleted"
                         " BEFORE DELETE ON status_events"
                         " BEGIN SELECT RAISE(ABORT, 'status events are never deleted'); END"),
          QStringLiteral("postgresql:CREATE OR REPLACE FUNCTION status_events_refuse() RETURNS "
                         "trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'status events "
                         "are never %', CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' "
                         "END; END $$"),
          QStringLiteral("postgresql:CREATE OR REPLACE TRIGGER status_events_append_only"
                         " BEFORE UPDATE OR DELETE ON status_events"
                         " FOR EACH ROW EXECUTE FUNCTION status_events_refuse()"),
          // DOMAIN §7; QĐ 766: a second request is recorded with its confirmation.
          QStringLiteral("CREATE TABLE IF NOT EXISTS supplement_requests ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " requested_at TEXT NOT NULL,"
                         " received_at TEXT,"
                         " confirmed_second INTEGER NOT NULL DEFAULT 0,"
                         " confirmation_note TEXT NOT NULL DEFAULT '',"
                         " officer TEXT NOT NULL DEFAULT '')"),
          // DOMAIN §8: Mẫu 04.
          QStringLiteral("CREATE TABLE IF NOT EXISTS apology_letters ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " number TEXT NOT NULL DEFAULT '',"
                         " issued_at TEXT NOT NULL,"
                         " reason TEXT NOT NULL DEFAULT '',"
                         " original_due_at TEXT,"
                         " new_due_at TEXT NOT NULL,"
                         " signer TEXT NOT NULL DEFAULT '',"
                         " supervisor_note TEXT NOT NULL DEFAULT '')"),
          // Phản ánh, kiến nghị (QĐ 766 indicators on feedback handling).
          QStringLiteral("CREATE TABLE IF NOT EXISTS feedback ("
                         " id {{pk}},"
                         " received_at TEXT NOT NULL,"
                         " deadline_at TEXT NOT NULL,"
                         " resolved_at TEXT,"
                         " rating TEXT CHECK (rating IS NULL OR rating IN ('satisfied', "
                         "'unsatisfied')),"
                         " dossier_code TEXT,"
                         " content TEXT NOT NULL DEFAULT '')"),
          // DOMAIN §11: who viewed, changed, printed or exported which dossier.
          QStringLiteral("CREATE TABLE IF NOT EXISTS audit_log ("
                         " id {{pk}},"
                         " at TEXT NOT NULL,"
                         " officer TEXT NOT NULL DEFAULT '',"
                         " action TEXT NOT NULL,"
                         " dossier_code TEXT,"
                         " detail TEXT NOT NULL DEFAULT '')"),
          // The overdue list: open dossiers whose clock runs, by legal due date.
          // (A partial index WHERE status IN (…) would cost a temporary table on every insert.)
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_status_legal_due"
                         " ON dossiers (status, legal_due_at)"),
          // The dossier list and the indicators: by receipt time, status, procedure.
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_received ON dossiers (received_at)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS dossiers_status ON dossiers (status, received_at)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_procedure"
                         " ON dossiers (procedure_code, received_at)"),
          // Search: folded key (name first, so name prefixes are an index range), ID, phone.
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_search ON dossiers (search_key)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS dossiers_applicant_id ON dossiers (applicant_id)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS dossiers_applicant_phone ON dossiers (applicant_phone)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS status_events_dossier ON status_events (dossier_id)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS supplement_requests_dossier"
                         " ON supplement_requests (dossier_id)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS apology_letters_dossier"
                         " ON apology_letters (dossier_id)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS feedback_received ON feedback (received_at)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS audit_log_dossier ON audit_log (dossier_code)")}});

    // Accounts and the tamper-evident audit log (DOMAIN §11): officers sign in; passwords
    // are Argon2id strings; every audit entry carries the hash chaining it to the one before.
    steps.push_back(
        {5,
         "accounts and audit chain",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS users ("
                         " id {{pk}},"
                         " login TEXT NOT NULL UNIQUE,"
                         " display_name TEXT NOT NULL,"
                         " role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', "
                         "'administrator')),"
                         " password_hash TEXT NOT NULL,"
                         " active INTEGER NOT NULL DEFAULT 1,"
                         " created_at TEXT NOT NULL)"),
          QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS audit_log_officer ON audit_log (officer, at)")}});
    // The counter desk: the documents handed in at receipt (listed on Mẫu 01), the texts of
    // the notices printed for a dossier (Mẫu 02, 03, 05) so that a reprint says the same, and
    // an index for the dossier list sorted by due date (no appointment sorts last).
    steps.push_back(
        {6,
         "counter desk",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_documents ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " position INTEGER NOT NULL,"
                         " name TEXT NOT NULL,"
                         " originals INTEGER NOT NULL DEFAULT 0 CHECK (originals >= 0),"
                         " copies INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),"
                         " UNIQUE (dossier_id, position))"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_notices ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " form TEXT NOT NULL CHECK (form IN ('supplement', 'refusal', 'stop')),"
                         " issued_at TEXT NOT NULL,"
                         " officer TEXT NOT NULL DEFAULT '',"
                         " reason TEXT NOT NULL DEFAULT '',"
                         " legal_basis TEXT NOT NULL DEFAULT '',"
                         " items TEXT NOT NULL DEFAULT '',"
                         " deadline TEXT)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossier_notices_dossier"
                         " ON dossier_notices (dossier_id)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_due_sort"
                         " ON dossiers (COALESCE(legal_due_at, '9999'))"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_officer"
                         " ON dossiers (officer, received_at)")}});

    // Compliance indicators (DOMAIN §10, QĐ 766): the yearly targets with their source, and
    // what the counters need: indicator_facts, one row of integer facts per dossier, and
    // indicator_daily, the counters of each day of receipt for the office (dim 0) and per
    // procedure (1), receiving officer (2) and channel (3). Both are kept in the register's
    // write transactions (IndicatorStore); existing dossiers are counted by the step's hook.
    {
        QStringList statements{
            QStringLiteral("CREATE TABLE IF NOT EXISTS indicator_targets ("
                           " year INTEGER NOT NULL,"
                           " key TEXT NOT NULL,"
                           // A share from 0 to 1; NULL: an increase over the same period a
                           // year earlier (e_certified_copies).
                           " target REAL CHECK (target IS NULL OR (target >= 0 AND target <= 1)),"
                           " source TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " updated_by TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (year, key))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS indicator_facts ("
                           " dossier_id INTEGER PRIMARY KEY REFERENCES dossiers (id),"
                           " received_day INTEGER NOT NULL," // Julian day of the local date
                           " received_s INTEGER NOT NULL,"   // seconds since the epoch
                           " procedure_code TEXT NOT NULL,"
                           " officer TEXT NOT NULL,"
                           " channel INTEGER NOT NULL,"
                           " accepted_s INTEGER,"
                           " due_s INTEGER,"
                           " end_s INTEGER,"
                           " end_status INTEGER NOT NULL DEFAULT 0,"
                           " returned_s INTEGER,"
                           " supplement1_requested_s INTEGER,"
                           " supplement1_received_s INTEGER,"
                           " supplement2_requested_s INTEGER,"
                           " apology_s INTEGER,"
                           " last_s INTEGER NOT NULL,"
                           " late_from_s INTEGER,"
                           " digitized INTEGER NOT NULL DEFAULT 0,"
                           " e_result INTEGER NOT NULL DEFAULT 0,"
                           " fee_charged INTEGER NOT NULL DEFAULT 0,"
                           " paid_online INTEGER NOT NULL DEFAULT 0,"
                           " unsatisfied INTEGER NOT NULL DEFAULT 0,"
                           " complaint INTEGER NOT NULL DEFAULT 0,"
                           " result_document INTEGER NOT NULL DEFAULT 1,"
                           " e_certified_copies INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS indicator_facts_day"
                           " ON indicator_facts (received_day)"),
            // The open dossiers whose clock runs: the only ones that turn late as time passes.
            // Covering what the report reads of them.
            QStringLiteral("CREATE INDEX IF NOT EXISTS indicator_facts_running"
                           " ON indicator_facts (late_from_s, received_day, complaint, apology_s,"
                           " procedure_code, officer, channel) WHERE late_from_s IS NOT NULL"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS indicator_daily ("
                           " dim INTEGER NOT NULL,"
                           " day INTEGER NOT NULL,"
                           " grp TEXT NOT NULL,"
                           " p INTEGER NOT NULL DEFAULT 0,"
                           " on_time INTEGER NOT NULL DEFAULT 0,"
                           " satisfied INTEGER NOT NULL DEFAULT 0,"
                           " digitized INTEGER NOT NULL DEFAULT 0,"
                           " online INTEGER NOT NULL DEFAULT 0,"
                           " fee_charged INTEGER NOT NULL DEFAULT 0,"
                           " paid_online INTEGER NOT NULL DEFAULT 0,"
                           " finished_doc INTEGER NOT NULL DEFAULT 0,"
                           " e_result INTEGER NOT NULL DEFAULT 0,"
                           " late_apology INTEGER NOT NULL DEFAULT 0,"
                           " e_certified_copies INTEGER NOT NULL DEFAULT 0,"
                           " max_last_s INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (dim, day, grp))")};
        // The 2024 plan of Tân Bình commune (seed/): its targets, with where the plan's own
        // table says otherwise.
        const struct
        {
            const char* key;
            const char* target;
            const char* note;
        } plan2024[] = {
            {"on_time_rate", "0.97", ""},
            {"satisfaction_rate", "0.94", ""},
            {"digitized_rate", "0.35", ""},
            {"e_result_rate", "0.20", ""},
            {"online_rate", "0.35", "The plan's table (item 3.2) says 30%."},
            {"online_payment_rate", "0.10", ""},
            {"feedback_on_time_rate", "0.97", "The plan's table (item 4.1) says 98%."},
            {"feedback_satisfaction_rate", "0.93", ""},
            {"apology_rate", "1.00", ""},
            {"sample_dossier_rate", "0.70", ""},
            {"online_service_rate", "1.00", ""},
            {"online_payment_procedures_rate", "0.50", ""},
            {"e_certified_copies", "NULL", "An increase over the same period of 2023."},
        };
        for (const auto& row : plan2024) {
            statements << QStringLiteral("INSERT INTO indicator_targets (year, key, target, "
                                         "source, note) VALUES (2024, %1, %2, %3, %4) "
                                         "ON CONFLICT DO NOTHING")
                              .arg(sqlText(row.key), QString::fromLatin1(row.target),
                                   sqlText("Kế hoạch CCHC xã Tân Bình năm 2024"),
                                   sqlText(row.note));
        }
        steps.push_back({7, "indicator targets", statements});
    }

    // Indicators, faster reports: a day's dossiers with events after an as-of time are found
    // by their last event (re-evaluated one by one), the running dossiers' index also covers
    // their last event, and the feedback indicators read a covering index.
    steps.push_back(
        {8,
         "indicator indexes",
         {QStringLiteral("DROP INDEX IF EXISTS indicator_facts_day"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS indicator_facts_day"
                         " ON indicator_facts (received_day, last_s)"),
          QStringLiteral("DROP INDEX IF EXISTS indicator_facts_running"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS indicator_facts_running"
              " ON indicator_facts (late_from_s, received_day, last_s, complaint, apology_s,"
              " procedure_code, officer, channel) WHERE late_from_s IS NOT NULL"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS feedback_indicators ON feedback"
                         " (received_at, resolved_at, deadline_at, rating, dossier_code)")}});

    // Word-start search of the register: the folded words of each dossier's search key
    // (DossierTerms); the hook fills it for the dossiers already there.
    {
        QStringList statements{
            QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_terms ("
                           " term TEXT NOT NULL,"
                           " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                           " PRIMARY KEY (term, dossier_id)){{without_rowid}}")};
        steps.push_back({9, "dossier search terms", statements});
    }

    // Several desks on one PostgreSQL server: every committed change of the register, the
    // feedback, the targets or the calendar is announced on SqlDialect::changeChannel(), so
    // the other desks' dashboards and overdue lists follow (ChangeWatcher). SQLite desks look
    // at PRAGMA data_version instead: nothing to add there.
    {
        QStringList statements{QStringLiteral(
            "postgresql:CREATE OR REPLACE FUNCTION motcua_announce_change() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('motcua_changes', TG_TABLE_NAME); "
            "RETURN NULL; END $$")};
        for (const char* table : {"dossiers", "status_events", "feedback", "indicator_targets",
                                  "calendar_entries", "calendar_years", "settings"}) {
            statements << QStringLiteral("postgresql:CREATE OR REPLACE TRIGGER %1_announce AFTER "
                                         "INSERT OR UPDATE OR DELETE ON %1 FOR EACH STATEMENT "
                                         "EXECUTE FUNCTION motcua_announce_change()")
                              .arg(QLatin1String(table));
        }
        steps.push_back({10, "change announcements", statements});
    }

    // The search terms no longer repeat the start of each search key, which the search_key
    // index already finds (DossierTerms::of): a fifth fewer rows to write with each dossier.
    // 24: the length of a term.
    steps.push_back({11,
                     "search terms from the second word",
                     {QStringLiteral("DELETE FROM dossier_terms WHERE (term, dossier_id) IN "
                                     "(SELECT substr(search_key, 1, 24), id FROM dossiers)")}});

    // Issue 15: the audit log is append-only like the status history, and sealed with the
    // office's audit key that lives outside the database (AuditSeal); the hook gives the
    // register its id and key and seals the log as it stands.
    steps.push_back(
        {12,
         "sealed audit log",
         {QStringLiteral("sqlite:CREATE TRIGGER IF NOT EXISTS audit_log_append_only"
                         " BEFORE UPDATE ON audit_log"
                         " BEGIN SELECT RAISE(ABORT, 'audit entries are never changed'); END"),
          QStringLiteral("sqlite:CREATE TRIGGER IF NOT EXISTS audit_log_never_deleted"
                         " BEFORE DELETE ON audit_log"
                         " BEGIN SELECT RAISE(ABORT, 'audit entries are never deleted'); END"),
          QStringLiteral("postgresql:CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS "
                         "trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit entries "
                         "are never %', CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' "
                         "END; END $$"),
          QStringLiteral("postgresql:CREATE OR REPLACE TRIGGER audit_log_append_only"
                         " BEFORE UPDATE OR DELETE ON audit_log"
                         " FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()")}});

    // The forms an inspector accepts (DOMAIN §9): a register of notice numbers per year and
    // kind, each notice keeping the number it was issued with; the office's identity with its
    // history (valid from a date: the header of 1/7/2025 has no district line, NĐ 118/2025)
    // and, per version and form, the symbol after the number, the signer and "Nơi nhận".
    // Notices issued before get their numbers in the order they were issued.
    steps.push_back(
        {16,
         "notice numbers and office identity history",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS notice_numbers ("
                         " year INTEGER NOT NULL,"
                         " form TEXT NOT NULL,"
                         " last_number INTEGER NOT NULL,"
                         " PRIMARY KEY (year, form))"),
          // Beside the notices (a new table, so the step can run again).
          QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_notice_numbers ("
                         " notice_id INTEGER PRIMARY KEY REFERENCES dossier_notices (id),"
                         " number TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossier_notices_form"
                         " ON dossier_notices (form, issued_at)"),
          QStringLiteral("INSERT INTO dossier_notice_numbers (notice_id, number) "
                         "SELECT id, CAST((SELECT COUNT(*) FROM dossier_notices n "
                         "WHERE n.form = d.form AND n.issued_at >= substr(d.issued_at, 1, 4) AND "
                         "(n.issued_at < d.issued_at OR (n.issued_at = d.issued_at AND "
                         "n.id <= d.id))) AS TEXT) FROM dossier_notices d "
                         // SQLite: a WHERE tells the upsert's ON from a join's.
                         "WHERE 1 = 1 ON CONFLICT DO NOTHING"),
          QStringLiteral(
              "INSERT INTO notice_numbers (year, form, last_number) "
              "SELECT CAST(substr(issued_at, 1, 4) AS INTEGER), form, COUNT(*) "
              "FROM dossier_notices WHERE 1 = 1 GROUP BY CAST(substr(issued_at, 1, 4) AS INTEGER), "
              "form ON CONFLICT DO NOTHING"),
          QStringLiteral(
              "INSERT INTO notice_numbers (year, form, last_number) "
              "SELECT CAST(substr(issued_at, 1, 4) AS INTEGER), 'apology', COUNT(*) "
              "FROM apology_letters WHERE 1 = 1 GROUP BY CAST(substr(issued_at, 1, 4) AS INTEGER) "
              "ON CONFLICT DO NOTHING"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS office_identities ("
                         " valid_from TEXT PRIMARY KEY," // YYYY-MM-DD
                         " agency_name TEXT NOT NULL,"
                         " parent_agency TEXT NOT NULL DEFAULT '',"
                         " unit_name TEXT NOT NULL DEFAULT '',"
                         " place_name TEXT NOT NULL,"
                         " agency_code TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS office_form_signatures ("
                         " valid_from TEXT NOT NULL REFERENCES office_identities (valid_from)"
                         " ON UPDATE CASCADE ON DELETE CASCADE,"
                         " form TEXT NOT NULL,"
                         " symbol TEXT NOT NULL DEFAULT '',"
                         " signer_title TEXT NOT NULL DEFAULT '',"
                         " signer_name TEXT NOT NULL DEFAULT '',"
                         " recipients TEXT NOT NULL DEFAULT '',"
                         " PRIMARY KEY (valid_from, form))")}});

    // The law as of December 2026 (issue 17); the work is the hook's (lawOf2026), which can
    // run again: SQLite has no ADD COLUMN IF NOT EXISTS.
    steps.push_back({14, "catalogue history, half days and the 24/11 holiday", {}});
    // Issue 20: the CCCD's QR code gives the applicant's date of birth and sex; the
    // reception keeps them with the dossier ('' when not given; the date as yyyy-MM-dd). The
    // hook adds the columns that are missing, so the step can run again. The citizen's own
    // rating on the screen facing them, with the supervisor's follow-up of "not satisfied";
    // the corrections of printed receipts; scanned documents.
    steps.push_back(
        {17,
         "issue 20: applicant, ratings, corrections, attachments",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS citizen_ratings ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " chosen_at TEXT NOT NULL,"
                         " choice TEXT NOT NULL CHECK (choice IN ('satisfied', 'neutral', "
                         "'unsatisfied', 'not-rated')),"
                         " reason TEXT NOT NULL DEFAULT '',"
                         " officer TEXT NOT NULL DEFAULT '',"
                         " followed_up_at TEXT)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS citizen_ratings_dossier"
                         " ON citizen_ratings (dossier_id)"),
          // Corrections of a printed receipt: the changed fields as "field: old → new" lines.
          QStringLiteral("CREATE TABLE IF NOT EXISTS receipt_corrections ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " version INTEGER NOT NULL,"
                         " corrected_at TEXT NOT NULL,"
                         " officer TEXT NOT NULL,"
                         " reason TEXT NOT NULL,"
                         " changes TEXT NOT NULL,"
                         " UNIQUE (dossier_id, version))"),
          // Scanned documents: the file itself is kept in the database (so every backup and
          // every copy to a server carries it), with its SHA-256 to prove it unchanged.
          // (content: the hook adds it, BLOB or BYTEA).
          QStringLiteral("CREATE TABLE IF NOT EXISTS attachments ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " document TEXT NOT NULL DEFAULT '',"
                         " name TEXT NOT NULL,"
                         " sha256 TEXT NOT NULL,"
                         " size INTEGER NOT NULL,"
                         " mime_type TEXT NOT NULL DEFAULT '',"
                         " pages INTEGER,"
                         " attached_at TEXT NOT NULL,"
                         " officer TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS attachments_dossier"
                         " ON attachments (dossier_id)")}});
    // Accounts for every officer: a reset password must be changed at the next sign-in, and
    // failed sign-ins are counted per account so the growing delay survives a restart.
    // The columns are added by the step's hook, which skips those already there (SQLite has no
    // ADD COLUMN IF NOT EXISTS), so the step is safe to re-run.
    steps.push_back({13, "account sign-in state", {}});

    // Issue 18 (QĐ 766/QĐ-TTg, indicators of digitization and data reuse): at receipt the
    // counter records whether the applicant's identity was looked up in the national
    // population database / VNeID instead of a paper copy, and whether at least one document
    // was taken from stored digitized data instead of paper.
    // Columns added by the hook, only where missing: safe to re-run.
    steps.push_back({15, "identity checked and data reused", {}});

    // DOMAIN §10 as settled in 2026: a dossier is complained of from the receipt of a feedback
    // naming its code (indicator_facts.complained_s; the running dossiers' index covers it);
    // month reports as of their end get their own aggregates (the hook fills them);
    // electronic certified copies count when their dossier ends (indicator_copies, the copies
    // of each day of issue, and a covering index of the dossiers with copies by end day; the
    // daily column is no longer written); feedback is found by the dossier it names.
    // Its columns and the indexes over them are added by its hook, so that running the step
    // again on a register that has them is harmless (SQLite has no ADD COLUMN IF NOT EXISTS).
    steps.push_back(
        {18,
         "indicator rules of DOMAIN 10",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS indicator_copies ("
                         " dim INTEGER NOT NULL,"
                         " day INTEGER NOT NULL," // the local day the copies were issued
                         " grp TEXT NOT NULL,"
                         " copies INTEGER NOT NULL DEFAULT 0,"
                         " PRIMARY KEY (dim, day, grp))"),
          // Each dossier's standing at the end of its month of receipt, summed per day of
          // receipt like indicator_daily: a month report as of its end (the dashboard's
          // trend, the previous month) reads it without evaluating anyone.
          QStringLiteral("CREATE TABLE IF NOT EXISTS indicator_month_end ("
                         " dim INTEGER NOT NULL,"
                         " day INTEGER NOT NULL,"
                         " grp TEXT NOT NULL,"
                         " p INTEGER NOT NULL DEFAULT 0,"
                         " on_time INTEGER NOT NULL DEFAULT 0,"
                         " satisfied INTEGER NOT NULL DEFAULT 0,"
                         " digitized INTEGER NOT NULL DEFAULT 0,"
                         " online INTEGER NOT NULL DEFAULT 0,"
                         " fee_charged INTEGER NOT NULL DEFAULT 0,"
                         " paid_online INTEGER NOT NULL DEFAULT 0,"
                         " finished_doc INTEGER NOT NULL DEFAULT 0,"
                         " e_result INTEGER NOT NULL DEFAULT 0,"
                         " late_apology INTEGER NOT NULL DEFAULT 0,"
                         " identity_checked INTEGER NOT NULL DEFAULT 0,"
                         " reused_data INTEGER NOT NULL DEFAULT 0,"
                         " max_last_s INTEGER NOT NULL DEFAULT 0,"
                         " PRIMARY KEY (dim, day, grp))"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS feedback_dossier ON feedback (dossier_code)"),
          // QĐ 766/QĐ-TTg's national target for indicator 4.3, as the issue states it.
          QStringLiteral("INSERT INTO indicator_targets (year, key, target, source, note) VALUES "
                         "(2024, 'data_reuse_rate', 0.80, 'Quyết định 766/QĐ-TTg', 'National "
                         "target (QĐ 766, indicator 4.3).') ON CONFLICT DO NOTHING")}});

    // Issue 17, what was left: the holiday notices of 2023–2026 on their days (checkedNotices)
    // and, in the hook, the shipped catalogue's corrected names, limit and checks for the
    // registers seeded before (a dossier keeps what it was given).
    steps.push_back(
        {22, "holiday notices of 2023-2026 and catalogue corrections", checkedNotices()});

    // Issue 19 (QĐ 766/QĐ-TTg 2.2 and 4.1): each finished dossier's processing time in tenths
    // of a working day (indicator_facts.working_tenths, summed by end day from step 23 on);
    // where the electronic result's file is kept
    // (dossiers.result_file) and the count of those recorded. Columns added by the hook, only
    // where missing: safe to re-run.
    steps.push_back({19, "processing time and result files", {}});

    // Issue 16: the stop notice (Mẫu 05, TT 03/2025/TT-VPCP) says who asked to stop and what
    // of the fees paid is refunded (beside the notice, a new table so the step can run again);
    // the leadership's approval of a dossier's result is a step of its history, printed on the
    // control sheet (Mẫu 06) between the professional officer and the one-stop unit.
    steps.push_back(
        {21,
         "stop requester and fee refund, leadership approval",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_stop_details ("
                         " notice_id INTEGER PRIMARY KEY REFERENCES dossier_notices (id),"
                         " requester TEXT NOT NULL,"
                         " fee_refund INTEGER NOT NULL CHECK (fee_refund >= 0))"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_approvals ("
                         " id {{pk}},"
                         " dossier_id INTEGER NOT NULL REFERENCES dossiers (id),"
                         " approved_at TEXT NOT NULL,"
                         " leader TEXT NOT NULL,"
                         " officer TEXT NOT NULL," // who recorded it
                         " note TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS dossier_approvals_dossier"
                         " ON dossier_approvals (dossier_id)"),
          // Imported and generated dossiers had their supplement requests, refusals and stops
          // without the notice (Mẫu 02, 03, 05): they get it, and the hook numbers them
          // (NoticeNumbers::numberUnnumbered). Only where the notice is missing: safe to re-run.
          QStringLiteral(
              "INSERT INTO dossier_notices (dossier_id, form, issued_at, officer, reason) "
              "SELECT s.dossier_id, 'supplement', s.requested_at, s.officer, COALESCE((SELECT "
              "MAX(e.note) FROM status_events e WHERE e.dossier_id = s.dossier_id AND "
              "e.to_status = 5 AND e.at = s.requested_at), '') FROM supplement_requests s "
              "WHERE NOT EXISTS (SELECT 1 FROM dossier_notices n WHERE n.dossier_id = "
              "s.dossier_id AND n.form = 'supplement' AND n.issued_at = s.requested_at)"),
          QStringLiteral(
              "INSERT INTO dossier_notices (dossier_id, form, issued_at, officer, reason) "
              "SELECT e.dossier_id, CASE e.to_status WHEN 3 THEN 'refusal' ELSE 'stop' END, e.at, "
              "e.officer, e.note FROM status_events e WHERE e.to_status IN (3, 8) AND NOT EXISTS "
              "(SELECT 1 FROM dossier_notices n WHERE n.dossier_id = e.dossier_id AND n.form = "
              "CASE e.to_status WHEN 3 THEN 'refusal' ELSE 'stop' END AND n.issued_at = e.at)")}});

    // Issue 20, second part: who closed a "not satisfied" follow-up and what was done; scanned
    // files over 64 MB kept in the folder beside the register, named by their SHA-256
    // (attachments.beside = 1, content NULL). Columns added by the hook where missing.
    steps.push_back({20, "issue 20: closed follow-ups and files beside the register", {}});

    // Issue 19 (QĐ 766/QĐ-TTg 2.2): the average processing time is over the dossiers finished
    // in the period, whenever they were received, so it is summed per day of the end like the
    // electronic certified copies (DOMAIN §10): indicator_copies gains the finished dossiers
    // and their working tenths (columns added by the hook, only where missing), every ended
    // dossier keeps its end day, and one index covers them all by end day instead of only
    // those with copies.
    steps.push_back({23,
                     "processing time counted when finished",
                     {QStringLiteral("DROP INDEX IF EXISTS indicator_facts_copies"),
                      QStringLiteral("CREATE INDEX IF NOT EXISTS indicator_facts_ended"
                                     " ON indicator_facts (end_day, end_s, end_status,"
                                     " e_certified_copies, working_tenths, procedure_code,"
                                     " officer, channel) WHERE end_day IS NOT NULL")}});

    // Steps of work done side by side are written in any order: they run in version order.
    std::stable_sort(
        steps.begin(), steps.end(),
        [](const MigrationStep& a, const MigrationStep& b) { return a.version < b.version; });

    return steps;
}

} // namespace

const std::vector<MigrationStep>& Migrations::steps()
{
    static const std::vector<MigrationStep> all = buildSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().empty() ? 0 : steps().back().version;
}

bool Migrations::migrate(const Database& db, int targetVersion, QString* error)
{
    const int current = db.schemaVersion(error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        if (error)
            *error = tr("The database has schema version %1, but this program knows only up to "
                        "version %2. Use a newer version of Một Cửa Desk.")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    for (const MigrationStep& step : steps()) {
        if (step.version > targetVersion)
            break;
        if (step.version <= current)
            continue;
        TransactionGuard transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        // Another desk may have upgraded while we waited for the write lock.
        const int now = db.schemaVersion(error);
        if (now < 0)
            return false;
        if (now >= step.version)
            continue;
        QSqlQuery query(db.connection());
        for (const QString& portable : step.statements) {
            const QString statement = db.dialect().adapt(portable);
            if (statement.isEmpty())
                continue; // for the other backend
            if (!query.exec(statement)) {
                if (error)
                    *error =
                        tr("Upgrading the database to version %1 (%2) failed: %3")
                            .arg(step.version)
                            .arg(QString::fromUtf8(step.description), query.lastError().text());
                return false;
            }
        }
        if (!runHook(db, step, error))
            return false;
        if (!db.dialect().writeSchemaVersion(db.connection(), step.version, error))
            return false;
        if (!transaction.commit(error))
            return false;
    }
    return true;
}
