#include "CitizenRating.h"

#include "accounts/Permissions.h"
#include "audit/AuditLog.h"
#include "common/SqlTime.h"
#include "common/Validators.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

QString CitizenRatings::key(CitizenChoice choice)
{
    switch (choice) {
    case CitizenChoice::Satisfied:
        return QStringLiteral("satisfied");
    case CitizenChoice::Neutral:
        return QStringLiteral("neutral");
    case CitizenChoice::Unsatisfied:
        return QStringLiteral("unsatisfied");
    case CitizenChoice::NotRated:
        break;
    }
    return QStringLiteral("not-rated");
}

bool CitizenRatings::fromKey(const QString& key, CitizenChoice* choice)
{
    for (const CitizenChoice c : {CitizenChoice::NotRated, CitizenChoice::Satisfied,
                                  CitizenChoice::Neutral, CitizenChoice::Unsatisfied}) {
        if (CitizenRatings::key(c) == key) {
            *choice = c;
            return true;
        }
    }
    return false;
}

QString CitizenRatings::label(CitizenChoice choice)
{
    switch (choice) {
    case CitizenChoice::Satisfied:
        return tr("Satisfied");
    case CitizenChoice::Neutral:
        return tr("Neutral");
    case CitizenChoice::Unsatisfied:
        return tr("Not satisfied");
    case CitizenChoice::NotRated:
        break;
    }
    return tr("Not rated");
}

QStringList CitizenRatings::reasons()
{
    return {tr("Waited too long"),
            tr("Staff were not helpful or polite"),
            tr("Guidance was unclear"),
            tr("The result has mistakes"),
            tr("Asked for papers not on the list"),
            tr("Another reason")};
}

bool CitizenRatings::forDossier(const QString& code, QList<CitizenRating>* ratings,
                                QString* error) const
{
    return select(QStringLiteral("d.code = ? ORDER BY r.chosen_at"), {code}, ratings, error);
}

bool CitizenRatings::followUps(QList<CitizenRating>* ratings, QString* error) const
{
    return select(QStringLiteral("r.choice = 'unsatisfied' AND r.followed_up_at IS NULL "
                                 "ORDER BY r.chosen_at DESC"),
                  {}, ratings, error);
}

bool CitizenRatings::select(const QString& where, const QVariantList& values,
                            QList<CitizenRating>* ratings, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.code, r.chosen_at, r.choice, r.reason, r.officer, "
                             "r.followed_up_at, r.id, r.followed_up_by, r.follow_up_note FROM "
                             "citizen_ratings r JOIN dossiers d ON d.id = r.dossier_id WHERE ") +
              where);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the citizens' ratings: %1").arg(q.lastError().text());
        return false;
    }
    ratings->clear();
    while (q.next()) {
        CitizenRating r;
        r.dossierCode = q.value(0).toString();
        r.chosenAt = SqlTime::fromSql(q.value(1).toString());
        fromKey(q.value(2).toString(), &r.choice);
        r.reason = q.value(3).toString();
        r.officer = q.value(4).toString();
        r.followedUpAt = SqlTime::fromSql(q.value(5).toString());
        r.id = q.value(6).toLongLong();
        r.followedUpBy = q.value(7).toString();
        r.followUpNote = q.value(8).toString();
        ratings->append(r);
    }
    return true;
}

bool CitizenRatings::closeFollowUp(qint64 ratingId, const User& actor, const QString& note,
                                   const QDateTime& at, QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!Permissions::check(actor, Permission::CloseFollowUp, error))
        return false;
    QString cleaned;
    QString problem;
    if (!Validators::checkText(note, Validators::maxContentLength, &cleaned, &problem, true))
        return fail(tr("Note: %1.").arg(problem));
    if (cleaned.isEmpty())
        return fail(tr("Note: say what was done for the citizen."));
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.code, r.choice, r.followed_up_at, r.followed_up_by FROM "
                             "citizen_ratings r JOIN dossiers d ON d.id = r.dossier_id WHERE "
                             "r.id = ?"));
    q.addBindValue(ratingId);
    if (!q.exec())
        return fail(tr("Cannot read the citizens' ratings: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(tr("There is no rating %1 in the register.").arg(ratingId));
    const QString code = q.value(0).toString();
    if (q.value(1).toString() != key(CitizenChoice::Unsatisfied))
        return fail(tr("Dossier %1: the citizen did not choose \"not satisfied\", so there is no "
                       "follow-up to close.")
                        .arg(code));
    if (!q.value(2).isNull())
        return fail(tr("Dossier %1: %2 already closed this follow-up on %3.")
                        .arg(code, q.value(3).toString(),
                             SqlTime::fromSql(q.value(2).toString())
                                 .toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE citizen_ratings SET followed_up_at = ?, "
                                  "followed_up_by = ?, follow_up_note = ? WHERE id = ? AND "
                                  "followed_up_at IS NULL"));
    update.addBindValue(SqlTime::toSql(at));
    update.addBindValue(actor.name());
    update.addBindValue(cleaned);
    update.addBindValue(ratingId);
    if (!update.exec() || update.numRowsAffected() != 1)
        return fail(
            tr("Cannot close the follow-up of %1: %2").arg(code, update.lastError().text()));
    AuditEntry entry;
    entry.at = at;
    entry.officer = actor.name();
    entry.action = QStringLiteral("follow-up");
    entry.dossierCode = code;
    entry.detail = QStringLiteral("\"not satisfied\" followed up: ") + cleaned;
    return AuditLog::append(m_db, entry, error) && transaction.commit(error);
}
