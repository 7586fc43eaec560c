#pragma once

#include "calendar/DurationUnit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One document an applicant hands in for a procedure (thành phần hồ sơ): how many
// originals (bản chính) and how many copies (bản sao) the office keeps. Both zero: the
// document is only shown at the counter (xuất trình).
struct RequiredDocument
{
    QString name;
    int originals = 0;
    int copies = 0;

    bool operator==(const RequiredDocument& other) const;
    bool operator!=(const RequiredDocument& other) const { return !(*this == other); }
};

// An administrative procedure (thủ tục hành chính) of the office's catalogue, with its
// national code from the Cơ sở dữ liệu quốc gia về TTHC, its legal time limit and the
// facts the QĐ 766 indicators need (result document, online level, payment, sample).
class Procedure
{
    Q_DECLARE_TR_FUNCTIONS(Procedure)

public:
    // Time-limit units (DOMAIN.md §5), stored as these keys.
    static const QString WorkingDays;  // "working-days": ngày làm việc
    static const QString Days;         // "days": calendar days (BLDS 2015 Điều 147-148)
    static const QString WorkingHours; // "working-hours"
    static const QString SameDay;      // "same-day": by 15:00 the same day, else the next
                                       // working day (NĐ 23/2015 Điều 7; hộ tịch)
    // Online service levels (Nghị định 42/2022/NĐ-CP Điều 11): none, partial (một phần),
    // full (toàn trình).
    static const QString OnlineNone;
    static const QString OnlinePartial;
    static const QString OnlineFull;

    QString code;   // e.g. "1.001193"
    QString name;   // "Đăng ký khai sinh"
    QString field;  // lĩnh vực: "Hộ tịch"
    int halves = 0; // the time limit in halves of its unit: 5 is 2.5 working days
    QString unit = WorkingDays;
    bool resultDocument = true; // the result is a document (counts for electronic results)
    // Fees and charges in đồng (0: free) by receipt channel (DOMAIN §3): at the counter,
    // online (often lower or exempt by a provincial resolution) and by public postal service.
    qint64 fee = 0;
    qint64 feeOnline = 0;
    qint64 feePostal = 0;
    QString onlineLevel = OnlineNone;
    bool onlinePayment = false;
    bool sampleDossier = false; // the counter has a sample dossier (hồ sơ mẫu)
    bool active = true;
    QString source; // the legal documents the facts come from
    // The day this row takes effect; a later row of the same code supersedes it from its
    // own day (invalid: in force since always). Dossiers keep the limit of their receipt day.
    QDate effectiveFrom;
    // "YYYY-MM-DD source": when the row was last checked and against what; empty: never.
    QString verified;
    QList<RequiredDocument> documents;

    static QStringList units();
    static QStringList onlineLevels();
    // The unit as an officer reads it ("working days"); the key itself when unknown.
    static QString unitLabel(const QString& unit);
    static QString onlineLevelLabel(const QString& level);
    // The unit for the due-date engine (the keys are DurationUnits::key spellings).
    DurationUnit durationUnit() const;
    // "5 working days", "2.5 working days", "same day".
    QString timeLimitText() const;
    // The fee for a dossier received through channel (1 direct, 2 online, 3 postal, as
    // DOMAIN §3 numbers them); the direct fee for an unknown channel.
    qint64 feeFor(int channel) const;
    // Every channel costs the same.
    bool hasOneFee() const { return feeOnline == fee && feePostal == fee; }
    void setFee(qint64 all) { fee = feeOnline = feePostal = all; }
    // True when this row is in force on date: it has taken effect (no later row is looked at).
    bool inForceOn(const QDate& date) const
    {
        return !effectiveFrom.isValid() || !date.isValid() || effectiveFrom <= date;
    }

    // Checks every field; the message names the field and the problem.
    bool validate(QString* error) const;
    // A national procedure code (1.001193), optionally with a provincial suffix (.H19).
    static bool isValidCode(const QString& code);

    bool operator==(const Procedure& other) const;
    bool operator!=(const Procedure& other) const { return !(*this == other); }
};
