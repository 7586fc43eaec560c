#include "DossierCsv.h"

#include "DossierHistory.h"
#include "DueDateRules.h"
#include "common/TextFold.h"
#include "common/Validators.h"

namespace {

namespace Col {
enum {
    Code,
    ProcedureCode,
    Channel,
    ReceivedAt,
    DueAt,
    Status,
    ApplicantName,
    ApplicantId,
    ApplicantPhone,
    ApplicantAddress,
    Officer,
    Digitized,
    EResult,
    Fee,
    PaidOnline,
    ECertifiedCopies,
    SupplementRequestedAt,
    SupplementReceivedAt,
    FinishedAt,
    ReturnedAt,
    Rating,
    ApologyIssuedAt,
    ApologyNewDueAt,
    Count
};
}

// Parses "YYYY-MM-DD HH:MM" as local time, with the offset fixed so that later arithmetic
// and formatting need no time-zone look-ups. QDateTime::fromString looks the zone up on
// every call, which made it most of the cost of a large import; here the offset is looked
// up once per day.
class TimeParser
{
public:
    QDateTime parse(const QString& text)
    {
        if (text.size() != 16 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
            text.at(10) != QLatin1Char(' ') || text.at(13) != QLatin1Char(':'))
            return QDateTime();
        int values[5] = {};
        const int starts[5] = {0, 5, 8, 11, 14};
        const int lengths[5] = {4, 2, 2, 2, 2};
        for (int i = 0; i < 5; ++i) {
            for (int k = 0; k < lengths[i]; ++k) {
                const QChar c = text.at(starts[i] + k);
                if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                    return QDateTime();
                values[i] = values[i] * 10 + (c.unicode() - '0');
            }
        }
        const QDate date(values[0], values[1], values[2]);
        const QTime time(values[3], values[4]);
        if (!date.isValid() || !time.isValid())
            return QDateTime();
        auto offset = m_offsets.constFind(date);
        if (offset == m_offsets.constEnd())
            offset = m_offsets.insert(date, QDateTime(date, QTime(12, 0)).offsetFromUtc());
        return QDateTime(date, time, Qt::OffsetFromUTC, offset.value());
    }

private:
    QHash<QDate, int> m_offsets;
};

QString formatTime(const QDateTime& time)
{
    return time.isValid() ? time.toString(DossierCsv::timeFormat()) : QString();
}

// Reads one row, adding a problem for each bad value.
class RowReader
{
public:
    RowReader(const CsvRecord& record, const QList<int>& columns, TimeParser* times,
              QList<CsvProblem>* problems)
        : m_record(record)
        , m_columns(columns)
        , m_times(times)
        , m_problems(problems)
    {}

    QString text(int column) const
    {
        const int index = m_columns.at(column);
        return index < m_record.fields.size() ? m_record.fields.at(index).trimmed() : QString();
    }
    void problem(int column, const QString& reason)
    {
        m_problems->append({m_record.line, DossierCsv::header().at(column), reason});
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    QDateTime time(int column, bool required)
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            if (required)
                problem(column, DossierCsv::tr("required"));
            return QDateTime();
        }
        const QDateTime parsed = m_times->parse(value);
        if (!parsed.isValid())
            problem(column,
                    DossierCsv::tr("\"%1\" is not a time of the form YYYY-MM-DD HH:MM").arg(value));
        return parsed;
    }
    QList<QDateTime> times(int column)
    {
        QList<QDateTime> result;
        const QString value = text(column);
        if (value.isEmpty())
            return result;
        for (const QString& part : value.split(QLatin1Char(';'))) {
            const QDateTime parsed = m_times->parse(part.trimmed());
            if (!parsed.isValid()) {
                problem(column, DossierCsv::tr("\"%1\" is not a time of the form YYYY-MM-DD "
                                               "HH:MM")
                                    .arg(part.trimmed()));
                return {};
            }
            result << parsed;
        }
        return result;
    }
    bool flag(int column)
    {
        const QString value = text(column);
        if (value.isEmpty() || value == QLatin1String("0"))
            return false;
        if (value == QLatin1String("1"))
            return true;
        problem(column, DossierCsv::tr("\"%1\" must be 0 or 1").arg(value));
        return false;
    }
    qint64 count(int column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < 0) {
            problem(column, DossierCsv::tr("\"%1\" must be a whole number, 0 or more").arg(value));
            return 0;
        }
        return number;
    }

private:
    const CsvRecord& m_record;
    const QList<int>& m_columns;
    TimeParser* m_times;
    QList<CsvProblem>* m_problems;
    bool m_ok = true;
};

} // namespace

QStringList DossierCsv::header()
{
    return {QStringLiteral("code"),
            QStringLiteral("procedure_code"),
            QStringLiteral("channel"),
            QStringLiteral("received_at"),
            QStringLiteral("due_at"),
            QStringLiteral("status"),
            QStringLiteral("applicant_name"),
            QStringLiteral("applicant_id"),
            QStringLiteral("applicant_phone"),
            QStringLiteral("applicant_address"),
            QStringLiteral("officer"),
            QStringLiteral("digitized"),
            QStringLiteral("e_result"),
            QStringLiteral("fee"),
            QStringLiteral("paid_online"),
            QStringLiteral("e_certified_copies"),
            QStringLiteral("supplement_requested_at"),
            QStringLiteral("supplement_received_at"),
            QStringLiteral("finished_at"),
            QStringLiteral("returned_at"),
            QStringLiteral("rating"),
            QStringLiteral("apology_issued_at"),
            QStringLiteral("apology_new_due_at")};
}

bool DossierCsv::read(const QList<CsvRecord>& file, const QHash<QString, ProcedureTerms>& catalogue,
                      const QSet<QString>& existingCodes, const DueDateRules& rules,
                      QList<DossierRecord>* records, QList<CsvProblem>* problems)
{
    records->clear();
    const int problemsBefore = int(problems->size());
    if (file.isEmpty()) {
        problems->append({1, QString(), tr("the file is empty; expected the header line")});
        return false;
    }
    QList<int> columns;
    if (!Csv::mapHeader(file.first(), header(), &columns, problems))
        return false;

    QHash<QString, int> codesInFile; // code -> line
    codesInFile.reserve(file.size());
    records->reserve(file.size() - 1);
    TimeParser timeParser;
    const QString note = tr("imported");
    // Asked once: QDate::currentDate() reads the time zone (a stat of /etc/localtime) per call.
    const QDate today = QDate::currentDate();
    for (qsizetype i = 1; i < file.size(); ++i) {
        const CsvRecord& row = file.at(i);
        if (row.fields.size() != file.first().fields.size()) {
            problems->append({row.line, QString(),
                              tr("has %1 values, the header has %2")
                                  .arg(row.fields.size())
                                  .arg(file.first().fields.size())});
            continue;
        }
        RowReader r(row, columns, &timeParser, problems);
        DossierRecord record;
        Dossier& d = record.dossier;

        d.code = r.text(Col::Code);
        if (!d.code.isEmpty()) {
            if (existingCodes.contains(d.code))
                r.problem(Col::Code, tr("%1 is already in the register").arg(d.code));
            else if (codesInFile.contains(d.code))
                r.problem(
                    Col::Code,
                    tr("%1 is already on line %2").arg(d.code).arg(codesInFile.value(d.code)));
            else
                codesInFile.insert(d.code, row.line);
        }
        d.procedureCode = r.text(Col::ProcedureCode);
        const auto procedure = catalogue.constFind(d.procedureCode);
        if (d.procedureCode.isEmpty())
            r.problem(Col::ProcedureCode, tr("required"));
        else if (procedure == catalogue.constEnd())
            r.problem(Col::ProcedureCode,
                      tr("%1 is not in the procedure catalogue").arg(d.procedureCode));
        else {
            d.duration = procedure->duration;
            d.durationUnit = procedure->unit;
        }
        if (!Channels::fromKey(r.text(Col::Channel), &d.channel))
            r.problem(Col::Channel, tr("\"%1\" must be direct, online or postal (or 1, 2, 3)")
                                        .arg(r.text(Col::Channel)));
        d.receivedAt = r.time(Col::ReceivedAt, true);
        d.dueAt = r.time(Col::DueAt, false);
        bool statusOk = false;
        const int statusCode = r.text(Col::Status).toInt(&statusOk);
        if (!statusOk || !DossierStatuses::fromCode(statusCode, &d.status)) {
            r.problem(Col::Status,
                      tr("\"%1\" must be a status code from 1 to 10").arg(r.text(Col::Status)));
            statusOk = false;
        }

        d.applicantName = TextFold::normalized(r.text(Col::ApplicantName));
        if (d.applicantName.isEmpty())
            r.problem(Col::ApplicantName, tr("required"));
        QString problem;
        d.applicantId = Validators::normalizeCitizenId(r.text(Col::ApplicantId));
        if (d.applicantId.contains(QLatin1Char('*')))
            r.problem(Col::ApplicantId,
                      tr("\"%1\" is a masked ID number; import a file exported with --full")
                          .arg(d.applicantId));
        else if (!d.applicantId.isEmpty() &&
                 !Validators::checkCitizenId(d.applicantId, &problem, today))
            r.problem(Col::ApplicantId, problem);
        d.applicantPhone = r.text(Col::ApplicantPhone);
        if (!d.applicantPhone.isEmpty()) {
            if (Validators::checkPhone(d.applicantPhone, &problem))
                d.applicantPhone = Validators::normalizePhone(d.applicantPhone);
            else
                r.problem(Col::ApplicantPhone, problem);
        }
        d.applicantAddress = TextFold::normalized(r.text(Col::ApplicantAddress));
        d.officer = TextFold::normalized(r.text(Col::Officer));
        d.digitized = r.flag(Col::Digitized);
        d.eResult = r.flag(Col::EResult);
        d.fee = r.count(Col::Fee);
        d.paidOnline = r.flag(Col::PaidOnline);
        d.eCertifiedCopies = int(r.count(Col::ECertifiedCopies));
        const QList<QDateTime> requested = r.times(Col::SupplementRequestedAt);
        const QList<QDateTime> received = r.times(Col::SupplementReceivedAt);
        d.finishedAt = r.time(Col::FinishedAt, false);
        d.returnedAt = r.time(Col::ReturnedAt, false);
        if (!Ratings::fromKey(r.text(Col::Rating), &d.rating))
            r.problem(
                Col::Rating,
                tr("\"%1\" must be satisfied, unsatisfied or empty").arg(r.text(Col::Rating)));
        const QDateTime apologyIssued = r.time(Col::ApologyIssuedAt, false);
        d.apologyNewDueAt = r.time(Col::ApologyNewDueAt, false);

        // Consistency of the times with each other and with the status.
        const DossierStatus s = d.status;
        const bool hasClock = s != DossierStatus::Registered && s != DossierStatus::Refused;
        if (d.receivedAt.isValid() && d.dueAt.isValid() && d.dueAt < d.receivedAt)
            r.problem(Col::DueAt, tr("is before received_at"));
        if (received.size() > requested.size() || received.size() + 1 < requested.size())
            r.problem(Col::SupplementReceivedAt,
                      tr("has %1 times for %2 requests; each request but the last needs its "
                         "supplement time")
                          .arg(received.size())
                          .arg(requested.size()));
        const bool openRequest = requested.size() == received.size() + 1;
        if (statusOk) {
            if (!hasClock && !requested.isEmpty())
                r.problem(Col::SupplementRequestedAt,
                          tr("a dossier in status %1 has no supplement requests").arg(statusCode));
            if (openRequest && s != DossierStatus::SupplementRequested &&
                s != DossierStatus::Withdrawn)
                r.problem(Col::SupplementReceivedAt,
                          tr("the last request is unanswered, so the status must be 5 or 7"));
            if (s == DossierStatus::SupplementRequested && !openRequest)
                r.problem(Col::SupplementRequestedAt,
                          tr("status 5 needs a request without a supplement time"));
            const bool ended = DossierStatuses::isEnding(s) || s == DossierStatus::Returned;
            // DOMAIN §10: a returned dossier (10) without a finished time skipped status 9;
            // its end is the return time. Registers that record only the return are valid.
            if (ended && s != DossierStatus::Returned && !d.finishedAt.isValid() &&
                r.text(Col::FinishedAt).isEmpty())
                r.problem(Col::FinishedAt, tr("required for status %1").arg(statusCode));
            if (!ended && d.finishedAt.isValid())
                r.problem(Col::FinishedAt,
                          tr("must be empty for status %1, which has not ended").arg(statusCode));
            if (s == DossierStatus::Returned && !d.returnedAt.isValid() &&
                r.text(Col::ReturnedAt).isEmpty())
                r.problem(Col::ReturnedAt, tr("required for status 10"));
            if (s != DossierStatus::Returned && d.returnedAt.isValid())
                r.problem(Col::ReturnedAt, tr("must be empty unless the status is 10"));
        }
        QDateTime last = d.receivedAt;
        for (qsizetype k = 0; k < requested.size() && last.isValid(); ++k) {
            if (requested.at(k) < last) {
                r.problem(Col::SupplementRequestedAt,
                          tr("%1 is before the previous event").arg(formatTime(requested.at(k))));
                break;
            }
            last = requested.at(k);
            if (k < received.size()) {
                if (received.at(k) < last) {
                    r.problem(Col::SupplementReceivedAt,
                              tr("%1 is before its request").arg(formatTime(received.at(k))));
                    break;
                }
                last = received.at(k);
            }
        }
        if (d.finishedAt.isValid() && last.isValid() && d.finishedAt < last)
            r.problem(Col::FinishedAt, tr("is before the receipt or the last supplement"));
        if (!d.finishedAt.isValid() && d.returnedAt.isValid() && last.isValid() &&
            d.returnedAt < last)
            r.problem(Col::ReturnedAt, tr("is before the receipt or the last supplement"));
        if (d.returnedAt.isValid() && d.finishedAt.isValid() && d.returnedAt < d.finishedAt)
            r.problem(Col::ReturnedAt, tr("is before finished_at"));
        if (r.text(Col::ApologyIssuedAt).isEmpty() != r.text(Col::ApologyNewDueAt).isEmpty())
            r.problem(r.text(Col::ApologyIssuedAt).isEmpty() ? Col::ApologyIssuedAt
                                                             : Col::ApologyNewDueAt,
                      tr("apology_issued_at and apology_new_due_at go together"));
        if (apologyIssued.isValid() && d.receivedAt.isValid() && apologyIssued < d.receivedAt)
            r.problem(Col::ApologyIssuedAt, tr("is before received_at"));
        if (!r.ok())
            continue;

        // The appointment and the legal due date.
        if (hasClock && !d.dueAt.isValid()) {
            d.dueAt = rules.dueAt(d.receivedAt, d.duration, d.durationUnit);
            if (!d.dueAt.isValid()) {
                r.problem(Col::DueAt, tr("cannot be computed for this receipt time"));
                continue;
            }
        }
        d.legalDueAt = d.dueAt;
        for (qsizetype k = 0; k < received.size(); ++k) {
            SupplementRequest request;
            request.requestedAt = requested.at(k);
            request.receivedAt = received.at(k);
            request.confirmedSecond = k > 0;
            request.officer = d.officer;
            record.supplements << request;
            if (d.legalDueAt.isValid())
                d.legalDueAt =
                    rules.legalDueAfterSupplement(d.legalDueAt, request.requestedAt,
                                                  request.receivedAt, d.duration, d.durationUnit);
        }
        if (openRequest) {
            SupplementRequest request;
            request.requestedAt = requested.last();
            request.confirmedSecond = requested.size() > 1;
            request.officer = d.officer;
            record.supplements << request;
        }
        if (apologyIssued.isValid()) {
            ApologyLetter letter;
            letter.issuedAt = apologyIssued;
            letter.newDueAt = d.apologyNewDueAt;
            letter.originalDueAt = d.legalDueAt;
            record.apologies << letter;
        }
        DossierHistory::rebuild(&record, note);
        records->append(std::move(record));
    }
    return problems->size() == problemsBefore;
}

QString DossierCsv::write(const QList<DossierRecord>& records)
{
    QString text = Csv::encodeRecord(header());
    for (const DossierRecord& record : records) {
        const Dossier& d = record.dossier;
        QStringList requested;
        QStringList received;
        for (const SupplementRequest& request : record.supplements) {
            requested << formatTime(request.requestedAt);
            if (request.receivedAt.isValid())
                received << formatTime(request.receivedAt);
        }
        const QDateTime apologyIssued =
            record.apologies.isEmpty() ? QDateTime() : record.apologies.first().issuedAt;
        text += Csv::encodeRecord({d.code,
                                   d.procedureCode,
                                   Channels::key(d.channel),
                                   formatTime(d.receivedAt),
                                   formatTime(d.dueAt),
                                   QString::number(int(d.status)),
                                   d.applicantName,
                                   d.applicantId,
                                   d.applicantPhone,
                                   d.applicantAddress,
                                   d.officer,
                                   QString::number(int(d.digitized)),
                                   QString::number(int(d.eResult)),
                                   QString::number(d.fee),
                                   QString::number(int(d.paidOnline)),
                                   QString::number(d.eCertifiedCopies),
                                   requested.join(QLatin1Char(';')),
                                   received.join(QLatin1Char(';')),
                                   formatTime(d.finishedAt),
                                   formatTime(d.returnedAt),
                                   Ratings::key(d.rating),
                                   formatTime(apologyIssued),
                                   formatTime(d.apologyNewDueAt)});
    }
    return text;
}
