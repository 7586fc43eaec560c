#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class Database;
class User;

// The rating a citizen gives with their own hand on the screen facing them at hand-over (not
// the officer's word for it): three choices, or none when the screen timed out. "Không hài
// lòng" carries a reason from a short list and puts the dossier on the supervisor's follow-up
// list. On the dossier (QĐ 766 satisfaction) satisfied and unsatisfied count as such; neutral
// and not rated leave the dossier unrated.
enum class CitizenChoice { NotRated, Satisfied, Neutral, Unsatisfied };

struct CitizenRating
{
    qint64 id = 0; // 0 until recorded
    QString dossierCode;
    QDateTime chosenAt;
    CitizenChoice choice = CitizenChoice::NotRated;
    QString reason;         // for Unsatisfied, one of CitizenRatings::reasons()
    QString officer;        // at the counter when the citizen chose
    QDateTime followedUpAt; // when the supervisor closed the follow-up
    QString followedUpBy;   // who closed it
    QString followUpNote;   // what was done for the citizen
};

Q_DECLARE_METATYPE(CitizenRating)

class CitizenRatings
{
    Q_DECLARE_TR_FUNCTIONS(CitizenRatings)

public:
    // "satisfied", "neutral", "unsatisfied", "not-rated": the spelling in the database.
    static QString key(CitizenChoice choice);
    static bool fromKey(const QString& key, CitizenChoice* choice);
    static QString label(CitizenChoice choice);
    // The short list the citizen picks a reason from after "Không hài lòng".
    static QStringList reasons();

    explicit CitizenRatings(const Database& db)
        : m_db(db)
    {}

    bool forDossier(const QString& code, QList<CitizenRating>* ratings, QString* error) const;
    // Unsatisfied ratings the supervisor has not followed up yet, newest first.
    bool followUps(QList<CitizenRating>* ratings, QString* error) const;
    // Takes the unsatisfied rating ratingId off the follow-up list: the supervisor says what
    // was done (note, required); when, by whom and the note stay with the rating, and the
    // audit log names the dossier. Only a role with Permission::CloseFollowUp may; a rating
    // that is not "not satisfied" or is already closed is refused.
    bool closeFollowUp(qint64 ratingId, const User& actor, const QString& note, const QDateTime& at,
                       QString* error) const;

private:
    bool select(const QString& where, const QVariantList& values, QList<CitizenRating>* ratings,
                QString* error) const;

    const Database& m_db;
};
