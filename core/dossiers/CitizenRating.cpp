#include "CitizenRating.h"

#include "common/SqlTime.h"
#include "storage/Database.h"

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
                             "r.followed_up_at FROM citizen_ratings r JOIN dossiers d ON "
                             "d.id = r.dossier_id WHERE ") +
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
        ratings->append(r);
    }
    return true;
}
