#include "NoticeNumbers.h"

#include "settings/OfficeIdentityStore.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

bool NoticeNumbers::next(const Database& db, const QString& form, const QDate& day, QString* number,
                         QString* error)
{
    if (!day.isValid()) {
        if (error)
            *error = tr("Notice number: the date of the notice is missing.");
        return false;
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO notice_numbers (year, form, last_number) "
                             "VALUES (?, ?, 1) ON CONFLICT (year, form) DO UPDATE SET "
                             "last_number = notice_numbers.last_number + 1 "
                             "RETURNING last_number"));
    q.addBindValue(day.year());
    q.addBindValue(form);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("Cannot number the notice: %1").arg(q.lastError().text());
        return false;
    }
    const int n = q.value(0).toInt();
    OfficeIdentity identity;
    if (!OfficeIdentityStore(db).on(day, &identity, error))
        return false;
    const QString symbol = identity.form(form).symbol.trimmed();
    *number =
        symbol.isEmpty() ? QString::number(n) : QString::number(n) + QLatin1Char('/') + symbol;
    return true;
}
