#include "OfficeSettingsStore.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Key {
const QString agencyName = QStringLiteral("office.agency_name");
const QString parentAgency = QStringLiteral("office.parent_agency");
const QString agencyCode = QStringLiteral("office.agency_code");
const QString placeName = QStringLiteral("office.place_name");
const QString unitName = QStringLiteral("office.unit_name");
const QString morningStart = QStringLiteral("hours.morning_start");
const QString morningEnd = QStringLiteral("hours.morning_end");
const QString afternoonStart = QStringLiteral("hours.afternoon_start");
const QString afternoonEnd = QStringLiteral("hours.afternoon_end");
const QString supplementPolicy = QStringLiteral("rules.supplement_policy");
const QString formsSwitchDate = QStringLiteral("forms.switch_date");
} // namespace Key

namespace {
const QString timeFormat = QStringLiteral("HH:mm");

QTime timeOr(const QHash<QString, QString>& values, const QString& key, const QTime& fallback)
{
    const QTime parsed = QTime::fromString(values.value(key), timeFormat);
    return parsed.isValid() ? parsed : fallback;
}
} // namespace

bool OfficeSettingsStore::load(OfficeSettings* settings, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings"))) {
        if (error)
            *error = tr("Cannot read the office settings: %1").arg(query.lastError().text());
        return false;
    }
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());

    OfficeSettings result;
    result.agencyName = values.value(Key::agencyName);
    result.parentAgency = values.value(Key::parentAgency);
    result.agencyCode = values.value(Key::agencyCode);
    result.placeName = values.value(Key::placeName);
    result.unitName = values.value(Key::unitName);
    result.windows.morningStart = timeOr(values, Key::morningStart, result.windows.morningStart);
    result.windows.morningEnd = timeOr(values, Key::morningEnd, result.windows.morningEnd);
    result.windows.afternoonStart =
        timeOr(values, Key::afternoonStart, result.windows.afternoonStart);
    result.windows.afternoonEnd = timeOr(values, Key::afternoonEnd, result.windows.afternoonEnd);
    if (values.value(Key::supplementPolicy) == QLatin1String("restart"))
        result.supplementPolicy = SupplementPolicy::RestartFullLimit;
    const QDate switchDate = QDate::fromString(values.value(Key::formsSwitchDate), Qt::ISODate);
    if (switchDate.isValid())
        result.formsSwitchDate = switchDate;
    *settings = result;
    return true;
}

bool OfficeSettingsStore::save(const OfficeSettings& settings, QString* error,
                               const QString& officer) const
{
    if (!settings.validate(error))
        return false;
    const QList<QPair<QString, QString>> values = {
        {Key::agencyName, settings.agencyName.trimmed()},
        {Key::parentAgency, settings.parentAgency.trimmed()},
        {Key::agencyCode, settings.agencyCode},
        {Key::placeName, settings.placeName.trimmed()},
        // Empty, never NULL (the column is NOT NULL).
        {Key::unitName,
         settings.unitName.isEmpty() ? QStringLiteral("") : settings.unitName.trimmed()},
        {Key::morningStart, settings.windows.morningStart.toString(timeFormat)},
        {Key::morningEnd, settings.windows.morningEnd.toString(timeFormat)},
        {Key::afternoonStart, settings.windows.afternoonStart.toString(timeFormat)},
        {Key::afternoonEnd, settings.windows.afternoonEnd.toString(timeFormat)},
        {Key::supplementPolicy, settings.supplementPolicy == SupplementPolicy::RestartFullLimit
                                    ? QStringLiteral("restart")
                                    : QStringLiteral("extend")},
        {Key::formsSwitchDate, settings.formsSwitchDate.toString(Qt::ISODate)},
    };

    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_db.connection());
    QStringList changes;
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    for (const auto& [key, value] : values) {
        query.addBindValue(key);
        if (!query.exec()) {
            if (error)
                *error = tr("Cannot save the office settings: %1").arg(query.lastError().text());
            return false;
        }
        const QString old = query.next() ? query.value(0).toString() : QString();
        if (old != value)
            changes << key + QStringLiteral(": ") + old + QStringLiteral(" -> ") + value;
    }
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& [key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            if (error)
                *error = tr("Cannot save the office settings: %1").arg(query.lastError().text());
            return false;
        }
    }
    if (!changes.isEmpty() && !AuditLog::append(m_db,
                                                {0, QDateTime::currentDateTime(), officer,
                                                 QStringLiteral("office-settings"), QString(),
                                                 changes.join(QLatin1Char('\n')), QString()},
                                                error))
        return false;
    return transaction.commit(error);
}
