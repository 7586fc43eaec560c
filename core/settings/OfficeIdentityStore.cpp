#include "OfficeIdentityStore.h"

#include "OfficeSettingsStore.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool queryFailed(const QSqlQuery& query, const QString& what, QString* error)
{
    if (error)
        *error = OfficeIdentityStore::tr("Cannot %1: %2").arg(what, query.lastError().text());
    return false;
}

// Empty text is stored as '' (the columns are NOT NULL), never as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

} // namespace

bool OfficeIdentityStore::versions(QList<OfficeIdentity>* versions, QString* error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT valid_from, agency_name, parent_agency, unit_name, "
                               "place_name, agency_code FROM office_identities "
                               "ORDER BY valid_from")))
        return queryFailed(q, tr("read the office's identity history"), error);
    QList<OfficeIdentity> result;
    while (q.next()) {
        OfficeIdentity identity;
        identity.validFrom = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        identity.agencyName = q.value(1).toString();
        identity.parentAgency = q.value(2).toString();
        identity.unitName = q.value(3).toString();
        identity.placeName = q.value(4).toString();
        identity.agencyCode = q.value(5).toString();
        result.append(identity);
    }
    QSqlQuery forms(m_db.connection());
    if (!forms.exec(QStringLiteral("SELECT valid_from, form, symbol, signer_title, signer_name, "
                                   "recipients FROM office_form_signatures")))
        return queryFailed(forms, tr("read the office's identity history"), error);
    while (forms.next()) {
        const QDate from = QDate::fromString(forms.value(0).toString(), Qt::ISODate);
        for (OfficeIdentity& identity : result) {
            if (identity.validFrom == from) {
                FormSignature signature;
                signature.symbol = forms.value(2).toString();
                signature.signerTitle = forms.value(3).toString();
                signature.signerName = forms.value(4).toString();
                signature.recipients = forms.value(5).toString();
                identity.forms.insert(forms.value(1).toString(), signature);
            }
        }
    }
    *versions = result;
    return true;
}

bool OfficeIdentityStore::save(const OfficeIdentity& version, QString* error) const
{
    if (!version.validate(error))
        return false;
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    const QString from = version.validFrom.toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO office_identities (valid_from, agency_name, "
                             "parent_agency, unit_name, place_name, agency_code) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (valid_from) DO UPDATE SET "
                             "agency_name = excluded.agency_name, "
                             "parent_agency = excluded.parent_agency, "
                             "unit_name = excluded.unit_name, place_name = excluded.place_name, "
                             "agency_code = excluded.agency_code"));
    q.addBindValue(from);
    q.addBindValue(text(version.agencyName));
    q.addBindValue(text(version.parentAgency));
    q.addBindValue(text(version.unitName));
    q.addBindValue(text(version.placeName));
    q.addBindValue(text(version.agencyCode));
    if (!q.exec())
        return queryFailed(q, tr("save the office's identity"), error);
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM office_form_signatures WHERE valid_from = ?"));
    clear.addBindValue(from);
    if (!clear.exec())
        return queryFailed(clear, tr("save the office's identity"), error);
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO office_form_signatures (valid_from, form, symbol, "
                                  "signer_title, signer_name, recipients) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto it = version.forms.cbegin(); it != version.forms.cend(); ++it) {
        insert.addBindValue(from);
        insert.addBindValue(it.key());
        insert.addBindValue(text(it->symbol));
        insert.addBindValue(text(it->signerTitle));
        insert.addBindValue(text(it->signerName));
        insert.addBindValue(text(it->recipients));
        if (!insert.exec())
            return queryFailed(insert, tr("save the office's identity"), error);
    }
    return transaction.commit(error);
}

bool OfficeIdentityStore::remove(const QDate& validFrom, QString* error) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    for (const QString& table :
         {QStringLiteral("office_form_signatures"), QStringLiteral("office_identities")}) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE valid_from = ?"));
        q.addBindValue(validFrom.toString(Qt::ISODate));
        if (!q.exec())
            return queryFailed(q, tr("remove a version of the office's identity"), error);
    }
    return transaction.commit(error);
}

bool OfficeIdentityStore::on(const QDate& day, OfficeIdentity* identity, QString* error) const
{
    QList<OfficeIdentity> all;
    if (!versions(&all, error))
        return false;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (day.isValid() && it->validFrom <= day) {
            *identity = *it;
            return true;
        }
    }
    if (!all.isEmpty()) {
        // Before the first version: the oldest known identity, not today's.
        *identity = all.constFirst();
        return true;
    }
    OfficeSettings settings;
    if (!OfficeSettingsStore(m_db).load(&settings, error))
        return false;
    *identity = OfficeIdentity::fromSettings(settings);
    return true;
}
