#include "NoticeNumbers.h"

#include "common/SqlTime.h"
#include "settings/OfficeIdentityStore.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The symbol the office set for form on day ("PYCBS"), or empty.
bool formSymbol(const Database& db, const QString& form, const QDate& day, QString* symbol,
                QString* error)
{
    OfficeIdentity identity;
    if (!OfficeIdentityStore(db).on(day, &identity, error))
        return false;
    *symbol = identity.form(form).symbol.trimmed();
    return true;
}

// "12/PYCBS", or "12" without a symbol.
QString numberText(int number, const QString& symbol)
{
    return symbol.isEmpty() ? QString::number(number)
                            : QString::number(number) + QLatin1Char('/') + symbol;
}
} // namespace

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
    QString symbol;
    if (!formSymbol(db, form, day, &symbol, error))
        return false;
    *number = numberText(n, symbol);
    return true;
}

NoticeNumberBatch::NoticeNumberBatch(const Database& db)
    : m_db(db)
{}

bool NoticeNumberBatch::next(const QString& form, const QDate& day, QString* number, QString* error)
{
    if (!day.isValid()) {
        if (error)
            *error = NoticeNumbers::tr("Notice number: the date of the notice is missing.");
        return false;
    }
    const QPair<int, QString> key(day.year(), form);
    auto counter = m_counters.find(key);
    if (counter == m_counters.end()) {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT last_number FROM notice_numbers WHERE year = ? AND form = ?"));
        q.addBindValue(day.year());
        q.addBindValue(form);
        if (!q.exec()) {
            if (error)
                *error =
                    NoticeNumbers::tr("Cannot number the notice: %1").arg(q.lastError().text());
            return false;
        }
        counter = m_counters.insert(key, {q.next() ? q.value(0).toInt() : 0, false});
    }
    const QPair<QDate, QString> dayForm(day, form);
    auto symbol = m_symbols.constFind(dayForm);
    if (symbol == m_symbols.constEnd()) {
        QString text;
        if (!formSymbol(m_db, form, day, &text, error))
            return false;
        symbol = m_symbols.insert(dayForm, text);
    }
    ++counter->last;
    counter->dirty = true;
    *number = numberText(counter->last, symbol.value());
    return true;
}

bool NoticeNumberBatch::flush(QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO notice_numbers (year, form, last_number) VALUES (?, ?, "
                             "?) ON CONFLICT (year, form) DO UPDATE SET last_number = "
                             "excluded.last_number"));
    for (auto it = m_counters.begin(); it != m_counters.end(); ++it) {
        if (!it->dirty)
            continue;
        q.addBindValue(it.key().first);
        q.addBindValue(it.key().second);
        q.addBindValue(it->last);
        if (!q.exec()) {
            if (error)
                *error =
                    NoticeNumbers::tr("Cannot number the notice: %1").arg(q.lastError().text());
            return false;
        }
        it->dirty = false;
    }
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
