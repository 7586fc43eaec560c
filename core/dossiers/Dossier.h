#pragma once

#include "Channel.h"
#include "DossierStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// One dossier (hồ sơ) as the counter sees it, independent of storage.
class Dossier
{
    Q_DECLARE_TR_FUNCTIONS(Dossier)

public:
    qint64 id = 0; // 0 until saved
    QString code;  // {agency code}-{yyMMdd}-{NNNN} (DOMAIN §4); filled in when saved
    QString procedureCode;
    // DOMAIN §5: the procedure's limit and unit, copied at receipt.
    int halves = 0;       // the time limit copied at receipt, in halves of its unit (5 = 2.5)
    QString durationUnit; // "working-days" | "days" | "working-hours" | "same-day"
    Channel channel = Channel::Direct;

    QString applicantName;
    QString applicantId; // CCCD, 12 digits
    QString applicantPhone;
    QString applicantEmail;
    QString applicantAddress;
    QString applicantOrganisation;
    QDate applicantBirthDate; // from the CCCD's QR code; invalid when not given
    QString applicantSex;     // as the card says ("Nam", "Nữ"); empty when not given

    QDateTime receivedAt;
    QDateTime dueAt;           // the appointment printed at receipt: never changes
    QDateTime legalDueAt;      // dueAt moved by supplement pauses (DOMAIN §7)
    QDateTime apologyNewDueAt; // promised in an apology letter, at most once (DOMAIN §8)

    DossierStatus status = DossierStatus::Accepted;
    bool digitized = false; // documents digitized at receipt (TT 01/2023)
    // QĐ 766/QĐ-TTg: the applicant's identity was looked up in the national population
    // database / VNeID instead of a paper copy.
    bool identityChecked = false;
    // At least one document was taken from stored digitized data instead of paper.
    bool reusedData = false;
    bool eResult = false; // result also issued electronically with legal value
    // QĐ 766 4.1: where the electronic result's file is kept: the document system's number,
    // a path, or the SHA-256 of an attachment; empty when none is recorded.
    QString resultFile;
    qint64 fee = 0; // đồng
    bool paidOnline = false;
    int eCertifiedCopies = 0;
    Rating rating = Rating::None;
    bool complaint = false;

    QString officer; // receiving officer
    int ledgerYear = 0;
    int ledgerBook = 0;
    int ledgerLine = 0;

    QDateTime finishedAt; // time of the ending status (9, or 7/8)
    QDateTime returnedAt; // time of status 10
    int supplementCount = 0;

    // Names and addresses to Unicode NFC with white space collapsed; ID and phone trimmed,
    // the phone without separators.
    void normalize();
    // The applicant and receipt fields a counter officer enters; the message names the field
    // and the problem.
    bool validate(QString* error) const;
    // TextFold::searchKey of name, ID number, phone and code: what search compares.
    QString searchKey() const;
};
