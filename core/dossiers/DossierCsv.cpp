#include "DossierCsv.h"

#include "DossierHistory.h"
#include "DossierWriter.h"
#include "DueDateRules.h"
#include "common/TextFold.h"
#include "common/Validators.h"

#include <QLocale>

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
    // Issue 18: optional, at the end.
    ApplicantEmail,
    ApplicantOrganisation,
    Documents,
    IdentityChecked,
    ReusedData,
    // Optional, at the end: issue 19 (QĐ 766 4.1), then issue 20.
    ResultFile,
    ApplicantBirthDate,
    ApplicantSex,
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

// No procedure takes years (DOMAIN §5): a due date further away is a typing error.
constexpr int maxYearsToDue = 5;

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

    QString raw(int column) const
    {
        const int index = m_columns.at(column);
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index) : QString();
    }
    QString text(int column) const { return raw(column).trimmed(); }
    // Free text: no control characters, not only invisible ones, at most maxLength.
    QString cleanText(int column, qsizetype maxLength, bool required)
    {
        QString cleaned;
        QString reason;
        if (!Validators::checkText(raw(column), maxLength, &cleaned, &reason)) {
            problem(column, reason);
            return QString();
        }
        if (required && cleaned.isEmpty())
            problem(column, raw(column).isEmpty()
                                ? DossierCsv::tr("required")
                                : DossierCsv::tr("required; the text holds only spaces or "
                                                 "invisible characters"));
        return cleaned;
    }
    void problem(int column, const QString& reason)
    {
        m_problems->append({m_record.line, DossierCsv::header().at(column), reason});
        m_ok = false;
    }
    bool ok() const { return m_ok; }
    int line() const { return m_record.line; }

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
    // A whole number from 0 to max, read as 64 bits: nothing is cut to fit.
    qint64 count(int column, qint64 max)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < 0 || number > max) {
            problem(column, DossierCsv::tr("\"%1\" must be a whole number from 0 to %2")
                                .arg(value, QLocale(QLocale::Vietnamese).toString(max)));
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
            QStringLiteral("apology_new_due_at"),
            QStringLiteral("applicant_email"),
            QStringLiteral("applicant_organisation"),
            QStringLiteral("documents"),
            QStringLiteral("identity_checked"),
            QStringLiteral("reused_data"),
            QStringLiteral("result_file"),
            QStringLiteral("applicant_birth_date"),
            QStringLiteral("applicant_sex")};
}

qsizetype DossierCsv::requiredColumns()
{
    return Col::ApplicantEmail;
}

QString DossierCsv::encodeDocuments(const QList<RequiredDocument>& documents)
{
    QStringList items;
    items.reserve(documents.size());
    for (const RequiredDocument& document : documents) {
        QString name;
        name.reserve(document.name.size());
        for (const QChar c : document.name) {
            if (c == QLatin1Char('\\') || c == QLatin1Char('|') || c == QLatin1Char(';'))
                name += QLatin1Char('\\');
            name += c;
        }
        items << name + QLatin1Char('|') + QString::number(document.originals) + QLatin1Char('|') +
                     QString::number(document.copies);
    }
    return items.join(QLatin1Char(';'));
}

bool DossierCsv::decodeDocuments(const QString& text, QList<RequiredDocument>* documents,
                                 QString* problem)
{
    documents->clear();
    if (text.isEmpty())
        return true;
    // Split on unescaped ";" and "|", keeping each item's parts.
    QList<QStringList> items{{QString()}};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size()) {
                *problem = tr("ends with a lone \"\\\"");
                return false;
            }
            items.last().last() += text.at(++i);
        } else if (c == QLatin1Char(';')) {
            items.append({QString()});
        } else if (c == QLatin1Char('|')) {
            items.last().append(QString());
        } else {
            items.last().last() += c;
        }
    }
    for (qsizetype k = 0; k < items.size(); ++k) {
        const QStringList& parts = items.at(k);
        if (parts.size() != 3) {
            *problem = tr("item %1 must be name|originals|copies (write \\| or \\; for a | or ; "
                          "inside a name)")
                           .arg(k + 1);
            return false;
        }
        RequiredDocument document;
        QString reason;
        if (!Validators::checkText(parts.at(0), Validators::maxAddressLength, &document.name,
                                   &reason)) {
            *problem = tr("item %1, name: %2").arg(k + 1).arg(reason);
            return false;
        }
        if (document.name.isEmpty()) {
            *problem = tr("item %1 has no name").arg(k + 1);
            return false;
        }
        int* counts[2] = {&document.originals, &document.copies};
        for (int part = 1; part <= 2; ++part) {
            bool ok = false;
            const qint64 value = parts.at(part).trimmed().toLongLong(&ok);
            if (!ok || value < 0 || value > maxCopies) {
                *problem = tr("item %1: \"%2\" must be a whole number from 0 to %3")
                               .arg(k + 1)
                               .arg(parts.at(part))
                               .arg(maxCopies);
                return false;
            }
            *counts[part - 1] = int(value);
        }
        documents->append(document);
    }
    return true;
}

struct DossierCsv::Reader::State
{
    const Context& context;
    const DueDateRules& rules;
    QList<int> columns;
    qsizetype width = 0;
    // Codes seen in the file so far, by (day, number): a code must be this office's, so
    // the pair names it. value: the line.
    QHash<qint64, int> codesInFile;
    TimeParser timeParser;
    QString note = tr("imported");
    // Asked once: QDate::currentDate() reads the time zone (a stat of /etc/localtime) per call.
    QDate today = QDate::currentDate();
    QDateTime latestReceipt;

    State(const Context& c, const DueDateRules& r)
        : context(c)
        , rules(r)
    {
        const QDateTime asOf = c.asOf.isValid() ? c.asOf : QDateTime::currentDateTime();
        latestReceipt = asOf.addDays(1);
        // The same instant at a fixed offset: comparing a local time converts it (a time-zone
        // look-up) on every row.
        latestReceipt = latestReceipt.toOffsetFromUtc(latestReceipt.offsetFromUtc());
        today = asOf.date();
    }

    // The code as the register holds it: spaces removed, letters in upper case, the agency
    // spelt as in the office settings. Empty when it is not of this office's form; reason
    // then says why.
    QString canonicalCode(const QString& raw, QDate* day, int* number, QString* reason) const
    {
        QString code;
        code.reserve(raw.size());
        for (const QChar c : raw) {
            if (!c.isSpace())
                code += c.toUpper();
        }
        const QString& agency = context.agencyCode;
        const QString expected = tr("%1-YYMMDD-NNNN (the date of receipt, then a four-digit "
                                    "number)")
                                     .arg(agency.isEmpty() ? tr("AGENCY") : agency);
        QString codeAgency;
        if (!DossierWriter::parseCode(code, &codeAgency, day, number)) {
            *reason = tr("\"%1\" is not a dossier code; expected %2").arg(raw, expected);
            return QString();
        }
        if (!agency.isEmpty()) {
            if (codeAgency.compare(agency, Qt::CaseInsensitive) != 0) {
                *reason = tr("\"%1\" is not a code of this office; expected %2").arg(raw, expected);
                return QString();
            }
            code = agency + code.mid(codeAgency.size());
        }
        // Four digits, five once a day passes 9999 (DOMAIN §4).
        const qsizetype digits = code.size() - code.lastIndexOf(QLatin1Char('-')) - 1;
        if (*number < 1 || *number > 99999 || digits != (*number > 9999 ? 5 : 4)) {
            *reason = tr("\"%1\": the number after the date must have four digits (five from "
                         "10000 to 99999), not 0")
                          .arg(raw);
            return QString();
        }
        return code;
    }
};

DossierCsv::Reader::Reader(const Context& context, const DueDateRules& rules)
    : d(std::make_unique<State>(context, rules))
{}

DossierCsv::Reader::~Reader() = default;

bool DossierCsv::Reader::readHeader(const CsvRecord& header, QList<CsvProblem>* problems)
{
    d->width = header.fields.size();
    return Csv::mapHeader(header, DossierCsv::header(), requiredColumns(), &d->columns, problems);
}

QString DossierCsv::Reader::code(const CsvRecord& row) const
{
    const int index = d->columns.value(Col::Code, -1);
    if (index < 0 || index >= row.fields.size())
        return QString();
    QDate day;
    int number = 0;
    QString reason;
    return d->canonicalCode(row.fields.at(index), &day, &number, &reason);
}

bool DossierCsv::Reader::readRow(const CsvRecord& row, const QSet<QString>& existingCodes,
                                 DossierRecord* record, QList<CsvProblem>* problems,
                                 QList<CsvProblem>* notes)
{
    *record = DossierRecord();
    if (row.fields.size() != d->width) {
        problems->append(
            {row.line, QString(),
             tr("has %1 values, the header has %2").arg(row.fields.size()).arg(d->width)});
        return false;
    }
    RowReader r(row, d->columns, &d->timeParser, problems);
    Dossier& dd = record->dossier;

    dd.receivedAt = r.time(Col::ReceivedAt, true);
    const QString rawCode = r.raw(Col::Code);
    if (!rawCode.trimmed().isEmpty()) {
        QDate codeDay;
        int number = 0;
        QString reason;
        dd.code = d->canonicalCode(rawCode, &codeDay, &number, &reason);
        if (dd.code.isEmpty()) {
            r.problem(Col::Code, reason);
        } else {
            if (dd.receivedAt.isValid() && codeDay != dd.receivedAt.date())
                r.problem(Col::Code,
                          tr("%1: the date in the code is not the date of receipt "
                             "(%2)")
                              .arg(dd.code, dd.receivedAt.toString(QStringLiteral("yyMMdd"))));
            const qint64 key = codeDay.toJulianDay() * 100000 + number;
            // The file first: earlier rows of it may already be written.
            if (const auto seen = d->codesInFile.constFind(key); seen != d->codesInFile.constEnd())
                r.problem(Col::Code, tr("%1 is already on line %2").arg(dd.code).arg(*seen));
            else if (existingCodes.contains(dd.code))
                r.problem(Col::Code, tr("%1 is already in the register").arg(dd.code));
            else
                d->codesInFile.insert(key, row.line);
            if (r.ok() && dd.code != rawCode && notes)
                notes->append({row.line, header().at(Col::Code),
                               tr("\"%1\" written as %2").arg(rawCode, dd.code)});
        }
    }
    dd.procedureCode = r.text(Col::ProcedureCode);
    const auto procedure = d->context.catalogue.constFind(dd.procedureCode);
    if (dd.procedureCode.isEmpty())
        r.problem(Col::ProcedureCode, tr("required"));
    else if (procedure == d->context.catalogue.constEnd())
        r.problem(Col::ProcedureCode,
                  tr("%1 is not in the procedure catalogue").arg(dd.procedureCode));
    else // DOMAIN §5: the limit in force on the receipt day (catalogue history).
        procedure->on(dd.receivedAt.date(), &dd.halves, &dd.durationUnit);
    const bool channelOk = Channels::fromKey(r.text(Col::Channel), &dd.channel);
    if (!channelOk)
        r.problem(
            Col::Channel,
            tr("\"%1\" must be direct, online or postal (or 1, 2, 3)").arg(r.text(Col::Channel)));
    dd.dueAt = r.time(Col::DueAt, false);
    bool statusOk = false;
    const qint64 statusCode = r.text(Col::Status).toLongLong(&statusOk);
    if (!statusOk || statusCode < 1 || statusCode > 10 ||
        !DossierStatuses::fromCode(int(statusCode), &dd.status)) {
        r.problem(Col::Status,
                  tr("\"%1\" must be a status code from 1 to 10").arg(r.text(Col::Status)));
        statusOk = false;
    }

    dd.applicantName = r.cleanText(Col::ApplicantName, Validators::maxNameLength, true);
    QString problem;
    dd.applicantId = Validators::normalizeCitizenId(r.text(Col::ApplicantId));
    if (dd.applicantId.contains(QLatin1Char('*')))
        r.problem(Col::ApplicantId,
                  tr("\"%1\" is a masked ID number; import a file exported with --full")
                      .arg(dd.applicantId));
    else if (!dd.applicantId.isEmpty() &&
             !Validators::checkCitizenId(dd.applicantId, &problem, d->today))
        r.problem(Col::ApplicantId, problem);
    dd.applicantPhone = r.text(Col::ApplicantPhone);
    if (!dd.applicantPhone.isEmpty()) {
        if (Validators::checkPhone(dd.applicantPhone, &problem))
            dd.applicantPhone = Validators::normalizePhone(dd.applicantPhone);
        else
            r.problem(Col::ApplicantPhone, problem);
    }
    dd.applicantAddress = r.cleanText(Col::ApplicantAddress, Validators::maxAddressLength, false);
    dd.officer = r.cleanText(Col::Officer, Validators::maxNameLength, false);
    dd.applicantEmail = r.text(Col::ApplicantEmail);
    if (!dd.applicantEmail.isEmpty() && !Validators::checkEmail(dd.applicantEmail, &problem))
        r.problem(Col::ApplicantEmail, problem);
    dd.applicantOrganisation =
        r.cleanText(Col::ApplicantOrganisation, Validators::maxNameLength, false);
    // The ID number as a check of both, unless it is masked.
    const QString idDigits = dd.applicantId.contains(QLatin1Char('*')) ? QString() : dd.applicantId;
    const QString birth = r.text(Col::ApplicantBirthDate);
    if (birth.size() == 4 && birth.toInt() > 0) {
        r.problem(Col::ApplicantBirthDate, tr("\"%1\" is a birth year only, as an export with "
                                              "masked ID numbers writes it; import a file "
                                              "exported with --full")
                                               .arg(birth));
    } else if (!birth.isEmpty()) {
        dd.applicantBirthDate = QDate::fromString(birth, Qt::ISODate);
        if (birth.size() != 10 || !dd.applicantBirthDate.isValid())
            r.problem(Col::ApplicantBirthDate,
                      tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(birth));
        else if (!Validators::checkBirthDate(dd.applicantBirthDate, idDigits, dd.receivedAt.date(),
                                             &problem))
            r.problem(Col::ApplicantBirthDate, problem);
    }
    const QString sex = r.text(Col::ApplicantSex);
    if (!sex.isEmpty()) {
        if (!sexFromKey(sex, &dd.applicantSex))
            r.problem(Col::ApplicantSex,
                      tr("\"%1\" must be male or female (or Nam, Nữ) or empty").arg(sex));
        else if (!Validators::checkSex(dd.applicantSex, idDigits, &problem))
            r.problem(Col::ApplicantSex, problem);
    }
    if (!decodeDocuments(r.raw(Col::Documents), &record->documents, &problem))
        r.problem(Col::Documents, problem);
    dd.digitized = r.flag(Col::Digitized);
    dd.eResult = r.flag(Col::EResult);
    const qsizetype problemsBeforeFee = problems->size();
    dd.fee = r.count(Col::Fee, maxFee);
    const bool feeOk = problems->size() == problemsBeforeFee;
    dd.paidOnline = r.flag(Col::PaidOnline);
    dd.eCertifiedCopies = int(r.count(Col::ECertifiedCopies, maxCopies));
    dd.identityChecked = r.flag(Col::IdentityChecked);
    dd.reusedData = r.flag(Col::ReusedData);
    dd.resultFile = r.cleanText(Col::ResultFile, Validators::maxAddressLength, false);
    const QList<QDateTime> requested = r.times(Col::SupplementRequestedAt);
    const QList<QDateTime> received = r.times(Col::SupplementReceivedAt);
    dd.finishedAt = r.time(Col::FinishedAt, false);
    dd.returnedAt = r.time(Col::ReturnedAt, false);
    if (!Ratings::fromKey(r.text(Col::Rating), &dd.rating))
        r.problem(Col::Rating,
                  tr("\"%1\" must be satisfied, unsatisfied or empty").arg(r.text(Col::Rating)));
    const QDateTime apologyIssued = r.time(Col::ApologyIssuedAt, false);
    dd.apologyNewDueAt = r.time(Col::ApologyNewDueAt, false);

    // Consistency of the values with each other and with the status.
    const DossierStatus s = dd.status;
    const bool hasClock = s != DossierStatus::Registered && s != DossierStatus::Refused;
    if (dd.receivedAt.isValid() && dd.receivedAt > d->latestReceipt)
        r.problem(Col::ReceivedAt,
                  tr("%1 is in the future (after %2)")
                      .arg(formatTime(dd.receivedAt), formatTime(d->latestReceipt)));
    if (dd.receivedAt.isValid() && dd.dueAt.isValid() && dd.dueAt < dd.receivedAt)
        r.problem(Col::DueAt, tr("is before received_at"));
    // No procedure takes years: a due date that far away is a typing error.
    if (dd.receivedAt.isValid() && dd.dueAt.isValid() &&
        dd.dueAt > dd.receivedAt.addYears(maxYearsToDue))
        r.problem(Col::DueAt, tr("%1 is more than %2 years after received_at")
                                  .arg(formatTime(dd.dueAt))
                                  .arg(maxYearsToDue));
    if (dd.paidOnline && dd.fee == 0 && feeOk)
        r.problem(Col::PaidOnline, tr("online payment of a dossier without a fee (fee is 0)"));
    if (channelOk && statusOk && s == DossierStatus::Registered && dd.channel == Channel::Direct)
        r.problem(Col::Status, tr("status 1 (registered online) is not possible for a dossier "
                                  "received at the counter (channel direct)"));
    if (statusOk && s == DossierStatus::Refused) {
        if (dd.eResult)
            r.problem(Col::EResult, tr("a refused dossier (status 3) has no result, so no "
                                       "electronic result"));
        if (dd.paidOnline)
            r.problem(Col::PaidOnline, tr("a refused dossier (status 3) pays no fee online"));
    }
    if (statusOk && dd.rating != Rating::None &&
        (s == DossierStatus::Accepted || s == DossierStatus::Withdrawn ||
         s == DossierStatus::Finished))
        r.problem(Col::Rating, tr("a dossier in status %1 has not been returned, so it cannot "
                                  "be rated yet")
                                   .arg(statusCode));
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
        if (openRequest && s != DossierStatus::SupplementRequested && s != DossierStatus::Withdrawn)
            r.problem(Col::SupplementReceivedAt,
                      tr("the last request is unanswered, so the status must be 5 or 7"));
        if (s == DossierStatus::SupplementRequested && !openRequest)
            r.problem(Col::SupplementRequestedAt,
                      tr("status 5 needs a request without a supplement time"));
        const bool ended = DossierStatuses::isEnding(s) || s == DossierStatus::Returned;
        // DOMAIN §10: a returned dossier (10) without a finished time skipped status 9; its
        // end is the return time. Registers that record only the return are valid.
        if (ended && s != DossierStatus::Returned && !dd.finishedAt.isValid() &&
            r.text(Col::FinishedAt).isEmpty())
            r.problem(Col::FinishedAt, tr("required for status %1").arg(statusCode));
        if (!ended && dd.finishedAt.isValid())
            r.problem(Col::FinishedAt,
                      tr("must be empty for status %1, which has not ended").arg(statusCode));
        if (s == DossierStatus::Returned && !dd.returnedAt.isValid() &&
            r.text(Col::ReturnedAt).isEmpty())
            r.problem(Col::ReturnedAt, tr("required for status 10"));
        if (s != DossierStatus::Returned && dd.returnedAt.isValid())
            r.problem(Col::ReturnedAt, tr("must be empty unless the status is 10"));
    }
    QDateTime last = dd.receivedAt;
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
    if (dd.finishedAt.isValid() && last.isValid() && dd.finishedAt < last)
        r.problem(Col::FinishedAt, tr("is before the receipt or the last supplement"));
    if (!dd.finishedAt.isValid() && dd.returnedAt.isValid() && last.isValid() &&
        dd.returnedAt < last)
        r.problem(Col::ReturnedAt, tr("is before the receipt or the last supplement"));
    if (dd.returnedAt.isValid() && dd.finishedAt.isValid() && dd.returnedAt < dd.finishedAt)
        r.problem(Col::ReturnedAt, tr("is before finished_at"));
    if (r.text(Col::ApologyIssuedAt).isEmpty() != r.text(Col::ApologyNewDueAt).isEmpty())
        r.problem(r.text(Col::ApologyIssuedAt).isEmpty() ? Col::ApologyIssuedAt
                                                         : Col::ApologyNewDueAt,
                  tr("apology_issued_at and apology_new_due_at go together"));
    if (apologyIssued.isValid() && dd.receivedAt.isValid() && apologyIssued < dd.receivedAt)
        r.problem(Col::ApologyIssuedAt, tr("is before received_at"));
    if (apologyIssued.isValid() && dd.apologyNewDueAt.isValid() &&
        dd.apologyNewDueAt < apologyIssued)
        r.problem(Col::ApologyNewDueAt,
                  tr("%1 is before the apology was issued (%2)")
                      .arg(formatTime(dd.apologyNewDueAt), formatTime(apologyIssued)));
    if (!r.ok())
        return false;

    // The appointment and the legal due date.
    if (hasClock && !dd.dueAt.isValid()) {
        dd.dueAt = d->rules.dueAt(dd.receivedAt, dd.halves, dd.durationUnit);
        if (!dd.dueAt.isValid()) {
            r.problem(Col::DueAt, tr("cannot be computed for this receipt time"));
            return false;
        }
    }
    dd.legalDueAt = dd.dueAt;
    for (qsizetype k = 0; k < received.size(); ++k) {
        SupplementRequest request;
        request.requestedAt = requested.at(k);
        request.receivedAt = received.at(k);
        request.confirmedSecond = k > 0;
        request.officer = dd.officer;
        record->supplements << request;
        if (dd.legalDueAt.isValid())
            dd.legalDueAt = d->rules.legalDueAfterSupplement(
                dd.legalDueAt, request.requestedAt, request.receivedAt, dd.halves, dd.durationUnit);
    }
    if (openRequest) {
        SupplementRequest request;
        request.requestedAt = requested.last();
        request.confirmedSecond = requested.size() > 1;
        request.officer = dd.officer;
        record->supplements << request;
    }
    if (apologyIssued.isValid()) {
        ApologyLetter letter;
        letter.issuedAt = apologyIssued;
        letter.newDueAt = dd.apologyNewDueAt;
        letter.originalDueAt = dd.legalDueAt;
        record->apologies << letter;
    }
    DossierHistory::rebuild(record, d->note);
    return true;
}

bool DossierCsv::read(const QList<CsvRecord>& file, const Context& context,
                      const QSet<QString>& existingCodes, const DueDateRules& rules,
                      QList<DossierRecord>* records, QList<CsvProblem>* problems,
                      QList<CsvProblem>* notes)
{
    records->clear();
    if (file.isEmpty()) {
        problems->append({1, QString(), tr("the file is empty; expected the header line")});
        return false;
    }
    Reader reader(context, rules);
    if (!reader.readHeader(file.first(), problems))
        return false;
    records->reserve(file.size() - 1);
    bool ok = true;
    for (qsizetype i = 1; i < file.size(); ++i) {
        DossierRecord record;
        if (reader.readRow(file.at(i), existingCodes, &record, problems, notes))
            records->append(std::move(record));
        else
            ok = false;
    }
    return ok;
}

QString DossierCsv::sexKey(const QString& sex)
{
    if (sex == QStringLiteral("Nam"))
        return QStringLiteral("male");
    if (sex == QStringLiteral("Nữ"))
        return QStringLiteral("female");
    return QString();
}

bool DossierCsv::sexFromKey(const QString& key, QString* sex)
{
    const QString folded = TextFold::searchKey(key);
    if (folded == QLatin1String("male") || folded == QLatin1String("nam"))
        *sex = QStringLiteral("Nam");
    else if (folded == QLatin1String("female") || folded == QLatin1String("nu"))
        *sex = QStringLiteral("Nữ");
    else
        return false;
    return true;
}

QString DossierCsv::writeRow(const DossierRecord& record, Privacy privacy)
{
    const Dossier& d = record.dossier;
    // DOMAIN §11: an export that masks the ID number keeps only the year of birth.
    const QString birth = !d.applicantBirthDate.isValid() ? QString()
                          : privacy == Privacy::Masked
                              ? QString::number(d.applicantBirthDate.year())
                              : d.applicantBirthDate.toString(Qt::ISODate);
    QStringList requested;
    QStringList received;
    for (const SupplementRequest& request : record.supplements) {
        requested << formatTime(request.requestedAt);
        if (request.receivedAt.isValid())
            received << formatTime(request.receivedAt);
    }
    const QDateTime apologyIssued =
        record.apologies.isEmpty() ? QDateTime() : record.apologies.first().issuedAt;
    return Csv::encodeRecord({d.code,
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
                              formatTime(d.apologyNewDueAt),
                              d.applicantEmail,
                              d.applicantOrganisation,
                              encodeDocuments(record.documents),
                              QString::number(int(d.identityChecked)),
                              QString::number(int(d.reusedData)),
                              d.resultFile,
                              birth,
                              sexKey(d.applicantSex)});
}

QString DossierCsv::write(const QList<DossierRecord>& records, Privacy privacy)
{
    QString text = Csv::encodeRecord(header());
    for (const DossierRecord& record : records)
        text += writeRow(record, privacy);
    return text;
}
