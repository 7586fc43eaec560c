#include "NoticeNumbers.h"

#include "common/SqlTime.h"
#include "settings/OfficeIdentityStore.h"
#include "storage/Database.h"

#include <QHash>
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

bool NoticeNumbers::numberUnnumbered(const Database& db, QString* error)
{
    auto failed = [error](const QSqlQuery& q) {
        if (error)
            *error = tr("Cannot number the notices: %1").arg(q.lastError().text());
        return false;
    };
    QSqlQuery pending(db.connection());
    pending.setForwardOnly(true);
    if (!pending.exec(QStringLiteral(
            "SELECT n.id, n.form, n.issued_at FROM dossier_notices n LEFT JOIN "
            "dossier_notice_numbers nn ON nn.notice_id = n.id WHERE nn.notice_id IS NULL "
            "ORDER BY n.issued_at, n.id")))
        return failed(pending);
    struct Notice
    {
        qint64 id;
        QString form;
        QDate day;
    };
    QList<Notice> notices;
    while (pending.next())
        notices.append({pending.value(0).toLongLong(), pending.value(1).toString(),
                        SqlTime::fromSql(pending.value(2).toString()).date()});
    pending.finish();
    if (notices.isEmpty())
        return true;

    QHash<QPair<int, QString>, int> last; // year and kind: the last number issued
    QHash<QDate, OfficeIdentity> identities;
    QSqlQuery read(db.connection());
    read.prepare(
        QStringLiteral("SELECT last_number FROM notice_numbers WHERE year = ? AND form = ?"));
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO dossier_notice_numbers (notice_id, number) VALUES (?, ?)"));
    const OfficeIdentityStore store(db);
    for (const Notice& notice : std::as_const(notices)) {
        const QPair<int, QString> key{notice.day.year(), notice.form};
        auto it = last.find(key);
        if (it == last.end()) {
            read.addBindValue(key.first);
            read.addBindValue(key.second);
            if (!read.exec())
                return failed(read);
            it = last.insert(key, read.next() ? read.value(0).toInt() : 0);
            read.finish();
        }
        const int n = ++it.value();
        auto identity = identities.find(notice.day);
        if (identity == identities.end()) {
            OfficeIdentity found;
            if (!store.on(notice.day, &found, error))
                return false;
            identity = identities.insert(notice.day, found);
        }
        const QString symbol = identity->form(notice.form).symbol.trimmed();
        insert.addBindValue(notice.id);
        insert.addBindValue(symbol.isEmpty() ? QString::number(n)
                                             : QString::number(n) + QLatin1Char('/') + symbol);
        if (!insert.exec())
            return failed(insert);
    }
    QSqlQuery save(db.connection());
    save.prepare(QStringLiteral("INSERT INTO notice_numbers (year, form, last_number) VALUES "
                                "(?, ?, ?) ON CONFLICT (year, form) DO UPDATE SET last_number = "
                                "excluded.last_number"));
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        save.addBindValue(it.key().first);
        save.addBindValue(it.key().second);
        save.addBindValue(it.value());
        if (!save.exec())
            return failed(save);
    }
    return true;
}
