#pragma once

#include "dossiers/DossierRecord.h"

class DueDateEngine;

#include <QString>

#include <optional>

// What the compliance indicators need to know of one dossier (DOMAIN §10), reduced to
// integers: times as seconds since the epoch, the day of receipt as a Julian day number of
// the office's local date. Stored in indicator_facts next to the dossier and kept current by
// IndicatorStore whenever the register writes the dossier, so that a report never reads the
// dossiers' wide rows nor parses their text times.
struct IndicatorFacts
{
    qint64 dossierId = 0;
    qint64 receivedDay = 0; // QDate::toJulianDay() of the local date of receipt
    qint64 receivedS = 0;
    // The last second of the month of receipt (ReportPeriod::end() of that month): its
    // standing then is kept per day for month reports as of their end (IndicatorStore).
    qint64 monthEndS = 0;
    QString procedureCode;
    QString officer;
    int channel = 1;
    // When the counter accepted the dossier (status 2); none for a dossier refused (3) or
    // still waiting (1), or withdrawn before it was accepted: those are outside P.
    std::optional<qint64> acceptedS;
    std::optional<qint64> dueS; // the appointment printed at receipt
    // QĐ 766: the end is the time of status 9, else of 10 when 9 was skipped, else of 7 or 8.
    std::optional<qint64> endS;
    int endStatus = 0;
    // The local day of the end (Julian day): a finished dossier's electronic certified copies
    // and processing time count on that day (DOMAIN §10, QĐ 766 2.2), summed per day in
    // indicator_copies.
    std::optional<qint64> endDay;
    std::optional<qint64> returnedS; // status 10: when the rating was given
    // The first two supplement requests: a second one makes the dossier late (QĐ 766).
    std::optional<qint64> supplement1RequestedS;
    std::optional<qint64> supplement1ReceivedS;
    std::optional<qint64> supplement2RequestedS;
    std::optional<qint64> apologyS; // the first apology letter (Mẫu 04)
    // DOMAIN §10: complained of from the first citizen feedback naming the dossier's code.
    std::optional<qint64> complainedS;
    qint64 lastS = 0; // the latest of all these times
    // For an open dossier whose clock runs and which is not late at lastS: it becomes late
    // once the as-of time passes this (the appointment plus the supplement time). Empty
    // otherwise: then its lateness no longer depends on the as-of time.
    std::optional<qint64> lateFromS;

    bool digitized = false;
    // QĐ 766: identified through the national population database / VNeID (4.5), stored
    // digitized data reused for at least one document (4.3).
    bool identityChecked = false;
    bool reusedData = false;
    bool eResult = false;
    // QĐ 766 4.1: the result file is recorded (a stored file or its reference, result_file).
    bool resultFile = false;
    bool feeCharged = false;
    bool paidOnline = false;
    bool unsatisfied = false;
    bool complaint = false;     // complained of, recorded on the dossier without a feedback entry
    bool resultDocument = true; // the procedure issues a document (copied when written)
    int eCertifiedCopies = 0;
    // QĐ 766 2.2: for a dossier that finished (9, or 10 when 9 was skipped), its processing
    // time in tenths of a working day (measure()); none while it has not, or when the
    // calendar cannot measure it. Written when the dossier finishes, so the average is a sum.
    std::optional<qint64> workingTenths;

    // From a dossier and its history. resultDocument: the procedure's flag in the catalogue;
    // complainedAt: when the first feedback naming the dossier was received (none: none yet).
    static IndicatorFacts from(const DossierRecord& record, bool resultDocument,
                               const QDateTime& complainedAt = QDateTime());

    // Fills workingTenths for a finished dossier (nothing for any other), measured on the
    // office's calendar and working windows (engine), as measure() says.
    void measureWorkingTime(const DueDateEngine& engine, const DossierRecord& record);

    // A pause of the clock: a supplement request from its time to the supplement's arrival.
    struct Pause
    {
        qint64 fromS = 0;
        std::optional<qint64> toS; // none: never supplemented
    };
    // QĐ 766 2.2, processing time in tenths of a working day: the working time (inside the
    // office's working windows, on its working days: DOMAIN §5–6, the due dates' arithmetic)
    // from the clock start (acceptance; before opening, at lunch or after closing the clock
    // starts at the next opening, DOMAIN §5) to the end, less the working time of each
    // supplement pause up to the end (DOMAIN §7: the clock stops while the applicant
    // supplements). One working day is one day's windows (7.5 hours by default), because a
    // dossier ended exactly at its N-working-day appointment (same time of day N working days
    // later, DOMAIN §5) must measure N; a part of a day counts as its share of that length,
    // rounded half up to the nearest tenth. Times are seconds since the epoch, read at the
    // office's UTC offset (offsetS). None when the calendar cannot place a time.
    static std::optional<qint64> measure(const DueDateEngine& engine, qint64 startS, qint64 endS,
                                         const QList<Pause>& pauses, int offsetS);
};
