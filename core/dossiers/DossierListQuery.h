#pragma once

#include "Channel.h"
#include "DossierStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

// What the dossier list shows: a filter, a sort order and pages of light rows, so that the
// list stays instant at a million dossiers (only the rows on screen are read).
struct DossierListFilter
{
    QList<DossierStatus> statuses; // empty: every status
    QString field;                 // the procedure's lĩnh vực; empty: every field
    int channel = 0;               // Channel code; 0: every channel
    QString officer;               // receiving officer; empty: every officer
    QDateTime receivedFrom;        // receipt period [from, to); invalid: open
    QDateTime receivedTo;
    // Open dossiers whose clock runs (2, 4, 6) with the legal due date in [dueFrom, dueBefore):
    // the overdue list (dueBefore = now) and the due-soon list (now … a few working days on).
    bool runningOnly = false;
    QDateTime dueFrom;
    QDateTime dueBefore;
    QString search; // diacritic-insensitive, over code, applicant name, ID number and phone
};

enum class DossierListSort { ReceivedAt, Code, Applicant, DueAt };

// One line of the list.
struct DossierListRow
{
    qint64 id = 0;
    QString code;
    QString procedureCode;
    QString procedureName;
    QString field;
    QString applicantName;
    QString applicantId;
    Channel channel = Channel::Direct;
    DossierStatus status = DossierStatus::Accepted;
    QDateTime receivedAt;
    QDateTime legalDueAt;      // invalid before acceptance
    QDateTime apologyNewDueAt; // invalid without an apology
    QString officer;
    // Where the next page starts (keyset paging): the sort key of this row.
    QVariant sortKey;
};
