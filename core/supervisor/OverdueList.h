#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;
class DueDateRules;

// One line of the supervisor's overdue list: a dossier past its legal due date or due within
// one working day (DOMAIN §8: the last moment to apologise), or citizen feedback past its
// deadline and unresolved.
struct OverdueItem
{
    enum class Kind { Dossier, Feedback };
    enum class State { Overdue, DueSoon };

    Kind kind = Kind::Dossier;
    State state = State::Overdue;
    QString code; // the dossier code; for feedback the linked dossier, if any
    qint64 feedbackId = 0;
    QString subject; // the procedure's name, or the feedback's content
    QString field;
    QString officer;
    QString applicantName;
    QString maskedId;     // DOMAIN §11: lists show the ID number masked
    QDateTime legalDueAt; // for feedback: its deadline
    int workingDaysOverdue = 0;
    int apologyCount = 0;
    QDateTime apologyIssuedAt; // the first letter's date
    QDateTime apologyNewDueAt; // the date it promised
    // DOMAIN §8: the apology is due now (the dossier is overdue, or its legal due date is the
    // next working day or sooner). Until then a due-soon dossier without one is no alarm.
    bool apologyWindowOpen = false;

    bool apologySent() const { return apologyCount > 0; }
    // No apology although one is due: the list shows it in alarm red.
    bool apologyMissing() const
    {
        return kind == Kind::Dossier && !apologySent() && apologyWindowOpen;
    }
};

// Reads the overdue list from the register.
class OverdueList
{
    Q_DECLARE_TR_FUNCTIONS(OverdueList)

public:
    // Overdue dossiers (oldest due first), then those due within one working day of asOf,
    // then overdue feedback.
    static bool load(const Database& db, const DueDateRules& rules, const QDateTime& asOf,
                     QList<OverdueItem>* items, QString* error);
    // The end of the "due soon" window: one working day after asOf.
    static QDateTime dueSoonHorizon(const DueDateRules& rules, const QDateTime& asOf);
    // DOMAIN §8: an apology is issued no later than one working day before the due date, so
    // its window opens on the working day before legalDue's day.
    static bool apologyWindowOpen(const DueDateRules& rules, const QDateTime& legalDue,
                                  const QDateTime& asOf);

    static QString stateText(const OverdueItem& item);
    static QString apologyText(const OverdueItem& item);
};
