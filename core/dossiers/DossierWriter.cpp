#include "DossierWriter.h"

#include "DueDateRules.h"

#include "NoticeNumbers.h"
#include "common/Csv.h"
#include "common/SqlTime.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QVariant>

#include <cerrno>

namespace {
// SqlTime::toSql, without the time-zone look-ups and the generic formatter for times with
// a fixed offset (what imports and the generator produce): bulk writes format millions.
QString timeText(const QDateTime& time)
{
    // How SqlTime writes a zero offset ("Z" or "+00:00"), asked once.
    static const QString utcSuffix = [] {
        const QString sample =
            SqlTime::toSql(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 0));
        return sample.mid(19);
    }();
    const int offset = time.offsetFromUtc();
    const bool fixed = time.timeSpec() == Qt::OffsetFromUTC || time.timeSpec() == Qt::UTC;
    if (!fixed || offset % 60 != 0 || time.date().year() < 1000 || time.date().year() > 9999 ||
        (offset == 0 && utcSuffix != QLatin1String("Z") && utcSuffix != QLatin1String("+00:00")))
        return SqlTime::toSql(time);
    const QDate d = time.date();
    const QTime t = time.time();
    const int offsetMinutes = qAbs(offset) / 60;
    char buffer[32];
    int n = 0;
    auto two = [&](int value) {
        buffer[n++] = char('0' + value / 10);
        buffer[n++] = char('0' + value % 10);
    };
    two(d.year() / 100);
    two(d.year() % 100);
    buffer[n++] = '-';
    two(d.month());
    buffer[n++] = '-';
    two(d.day());
    buffer[n++] = 'T';
    two(t.hour());
    buffer[n++] = ':';
    two(t.minute());
    buffer[n++] = ':';
    two(t.second());
    if (offset == 0)
        return QString::fromLatin1(buffer, n) + utcSuffix;
    buffer[n++] = offset < 0 ? '-' : '+';
    two(offsetMinutes / 60);
    buffer[n++] = ':';
    two(offsetMinutes % 60);
    return QString::fromLatin1(buffer, n);
}

QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(timeText(time)) : QVariant(QMetaType(QMetaType::QString));
}
// Qt binds a null QString as SQL NULL; text columns that are NOT NULL get '' instead.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

DossierWriter::DossierWriter(const Database& db, const DueDateRules* rules)
    : m_db(db)
    , m_insertDossier(db.connection())
    , m_insertLedgerLine(
          db.connection(), QStringLiteral("ledger_lines"),
          {QStringLiteral("book_id"), QStringLiteral("line"), QStringLiteral("dossier_id")})
    , m_insertEvent(db.connection(), QStringLiteral("status_events"),
                    {QStringLiteral("dossier_id"), QStringLiteral("from_status"),
                     QStringLiteral("to_status"), QStringLiteral("at"), QStringLiteral("officer"),
                     QStringLiteral("note")})
    , m_insertDocument(db.connection(), QStringLiteral("dossier_documents"),
                       {QStringLiteral("dossier_id"), QStringLiteral("position"),
                        QStringLiteral("name"), QStringLiteral("originals"),
                        QStringLiteral("copies")})
    , m_insertSupplement(db.connection())
    , m_insertApology(db.connection())
    , m_insertNotice(db.connection())
    , m_terms(db)
    , m_audit(db)
    , m_indicators(db, rules ? rules->engine() : nullptr)
    , m_noticeNumbers(db)
{}

bool DossierWriter::fail(const QString& what, const QString& reason, QString* error) const
{
    if (error)
        *error = tr("Cannot save %1: %2").arg(what, reason);
    return false;
}

bool DossierWriter::fail(const QSqlQuery& query, const QString& what, QString* error) const
{
    // SQLITE_FULL (13) and PostgreSQL's disk_full (53100): say so in words.
    const QString code = query.lastError().nativeErrorCode();
    if (code == QLatin1String("13") || code == QLatin1String("53100"))
        return fail(what, Csv::writeFailure(ENOSPC, QString()), error);
    return fail(what, query.lastError().text(), error);
}

bool DossierWriter::prepare(QString* error)
{
    const QString returning = m_db.dialect().returningId();
    const struct
    {
        BoundStatement* query;
        QString sql;
    } statements[] = {
        {&m_insertDossier,
         QStringLiteral(
             "INSERT INTO dossiers (code, procedure_code, duration, unit, channel, "
             "applicant_name, applicant_id, applicant_phone, applicant_email, applicant_address, "
             "applicant_organisation, received_at, due_at, legal_due_at, apology_new_due_at, "
             "status, digitized, e_result, fee, paid_online, e_certified_copies, rating, "
             "complaint, officer, ledger_year, ledger_book, ledger_line, finished_at, "
             "returned_at, supplement_count, search_key, applicant_birth_date, applicant_sex, "
             "identity_checked, reused_data, result_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
             returning},
        {&m_insertSupplement,
         QStringLiteral("INSERT INTO supplement_requests (dossier_id, requested_at, received_at, "
                        "confirmed_second, confirmation_note, officer) VALUES (?, ?, ?, ?, ?, ?)") +
             returning},
        {&m_insertApology,
         QStringLiteral("INSERT INTO apology_letters (dossier_id, number, issued_at, reason, "
                        "original_due_at, new_due_at, signer, supervisor_note) VALUES (?, ?, ?, "
                        "?, ?, ?, ?, ?)") +
             returning},
        {&m_insertNotice,
         QStringLiteral("INSERT INTO dossier_notices (dossier_id, form, issued_at, officer, "
                        "reason) VALUES (?, ?, ?, ?, ?)")},
    };
    for (const auto& statement : statements) {
        if (!statement.query->prepare(statement.sql)) {
            if (error)
                *error = tr("Cannot prepare the dossier register: %1")
                             .arg(statement.query->query().lastError().text());
            return false;
        }
    }
    return m_terms.prepare(error) && m_indicators.prepare(error);
}

QString DossierWriter::formatCode(const QString& agencyCode, const QDate& day, int number)
{
    return agencyCode + QLatin1Char('-') + day.toString(QStringLiteral("yyMMdd")) +
           QLatin1Char('-') + QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}

bool DossierWriter::parseCode(const QString& code, QString* agencyCode, QDate* day, int* number)
{
    // {agency}-{yyMMdd}-{NNNN}: the last two parts are 6 and at least 4 ASCII digits. Read
    // by hand: imports parse every code.
    auto digits = [&code](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (code.at(i) < QLatin1Char('0') || code.at(i) > QLatin1Char('9'))
                return false;
        }
        return true;
    };
    const qsizetype last = code.lastIndexOf(QLatin1Char('-'));
    if (last < 8 || code.size() - last - 1 < 4 || code.at(last - 7) != QLatin1Char('-') ||
        !digits(last + 1, code.size()) || !digits(last - 6, last))
        return false;
    auto two = [&code](qsizetype at) {
        return (code.at(at).unicode() - '0') * 10 + (code.at(at + 1).unicode() - '0');
    };
    // yyMMdd: codes are of this century.
    const QDate parsed(2000 + two(last - 6), two(last - 4), two(last - 2));
    if (!parsed.isValid())
        return false;
    if (agencyCode)
        *agencyCode = code.left(last - 7);
    if (day)
        *day = parsed;
    if (number)
        *number = QStringView(code).mid(last + 1).toInt();
    return true;
}

bool DossierWriter::sequenceFor(const QString& agencyCode, const QDate& day, Sequence** sequence,
                                QString* error)
{
    const QPair<QString, QDate> key(agencyCode, day);
    auto it = m_sequences.find(key);
    if (it == m_sequences.end()) {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT last_number FROM dossier_code_sequences WHERE "
                                     "agency_code = ? AND day = ?"));
        query.addBindValue(agencyCode);
        query.addBindValue(SqlTime::dateToSql(day));
        if (!query.exec())
            return fail(query, tr("the dossier number"), error);
        Sequence fresh;
        if (query.next())
            fresh.last = query.value(0).toInt();
        it = m_sequences.insert(key, fresh);
    }
    *sequence = &it.value();
    return true;
}

bool DossierWriter::ledgerFor(int year, LedgerBook** book, QString* error)
{
    auto it = m_books.find(year);
    if (it == m_books.end()) {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT id, book_number, last_line FROM ledger_books WHERE "
                                     "year = ? ORDER BY book_number DESC LIMIT 1"));
        query.addBindValue(year);
        if (!query.exec())
            return fail(query, tr("the ledger"), error);
        LedgerBook fresh;
        if (query.next()) {
            fresh.id = query.value(0).toLongLong();
            fresh.number = query.value(1).toInt();
            fresh.lastLine = query.value(2).toInt();
        } else {
            // Form 07: one ledger book per year, opened with its first dossier.
            QSqlQuery insert(m_db.connection());
            insert.prepare(QStringLiteral("INSERT INTO ledger_books (year, book_number, last_line) "
                                          "VALUES (?, 1, 0) RETURNING id"));
            insert.addBindValue(year);
            if (!insert.exec())
                return fail(insert, tr("the ledger"), error);
            fresh.id = SqlDialect::insertedId(insert);
        }
        it = m_books.insert(year, fresh);
    }
    *book = &it.value();
    return true;
}

bool DossierWriter::write(DossierRecord* record, const QString& agencyCode,
                          const QDateTime& auditAt, const QString& auditOfficer,
                          const QString& auditAction, QString* error)
{
    Dossier& d = record->dossier;
    const QDate day = d.receivedAt.date();
    if (d.code.isEmpty()) {
        Sequence* sequence = nullptr;
        if (!sequenceFor(agencyCode, day, &sequence, error))
            return false;
        ++sequence->last;
        sequence->dirty = true;
        d.code = formatCode(agencyCode, day, sequence->last);
    } else {
        // An imported code of this office: later codes of that day must come after it.
        QString codeAgency;
        QDate codeDay;
        int number = 0;
        if (parseCode(d.code, &codeAgency, &codeDay, &number)) {
            Sequence* sequence = nullptr;
            if (!sequenceFor(codeAgency, codeDay, &sequence, error))
                return false;
            if (number > sequence->last) {
                sequence->last = number;
                sequence->dirty = true;
            }
        }
    }

    LedgerBook* book = nullptr;
    if (!ledgerFor(day.year(), &book, error))
        return false;
    ++book->lastLine;
    book->dirty = true;
    d.ledgerYear = day.year();
    d.ledgerBook = book->number;
    d.ledgerLine = book->lastLine;
    d.supplementCount = int(record->supplements.size());

    BoundStatement& q = m_insertDossier;
    q.add(text(d.code));
    q.add(text(d.procedureCode));
    q.add(d.halves);
    q.add(text(d.durationUnit));
    q.add(int(d.channel));
    q.add(text(d.applicantName));
    q.add(text(d.applicantId));
    q.add(text(d.applicantPhone));
    q.add(text(d.applicantEmail));
    q.add(text(d.applicantAddress));
    q.add(text(d.applicantOrganisation));
    q.add(timeText(d.receivedAt));
    q.add(timeOrNull(d.dueAt));
    q.add(timeOrNull(d.legalDueAt));
    q.add(timeOrNull(d.apologyNewDueAt));
    q.add(int(d.status));
    q.add(int(d.digitized));
    q.add(int(d.eResult));
    q.add(d.fee);
    q.add(int(d.paidOnline));
    q.add(d.eCertifiedCopies);
    q.add(d.rating == Rating::None ? QVariant(QMetaType(QMetaType::QString))
                                   : QVariant(Ratings::key(d.rating)));
    q.add(int(d.complaint));
    q.add(text(d.officer));
    q.add(d.ledgerYear);
    q.add(d.ledgerBook);
    q.add(d.ledgerLine);
    q.add(timeOrNull(d.finishedAt));
    q.add(timeOrNull(d.returnedAt));
    q.add(d.supplementCount);
    const QString searchKey = d.searchKey();
    q.add(searchKey);
    q.add(d.applicantBirthDate.isValid() ? d.applicantBirthDate.toString(Qt::ISODate)
                                         : QStringLiteral(""));
    q.add(text(d.applicantSex));
    q.add(int(d.identityChecked));
    q.add(int(d.reusedData));
    q.add(text(d.resultFile.trimmed()));
    if (!q.exec()) {
        if (q.query().lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)) {
            if (error)
                *error = tr("Code: the dossier code %1 is already in the register.").arg(d.code);
            return false;
        }
        return fail(q.query(), tr("the dossier %1").arg(d.code), error);
    }
    d.id = SqlDialect::insertedId(q.query());
    if (!m_terms.add(d.id, searchKey, error))
        return false;

    m_insertLedgerLine.add(book->id);
    m_insertLedgerLine.add(d.ledgerLine);
    m_insertLedgerLine.add(d.id);
    if (!m_insertLedgerLine.endRow())
        return fail(tr("the ledger line of %1").arg(d.code), m_insertLedgerLine.errorText(), error);

    for (const StatusEvent& event : std::as_const(record->events)) {
        if (!appendEvent(d.id, event, error))
            return false;
    }
    int position = 0;
    for (const RequiredDocument& document : std::as_const(record->documents)) {
        BatchInsert& p = m_insertDocument;
        p.add(d.id);
        p.add(++position);
        p.add(text(document.name));
        p.add(document.originals);
        p.add(document.copies);
        if (!p.endRow())
            return fail(tr("the documents of %1").arg(d.code), p.errorText(), error);
    }
    for (SupplementRequest& request : record->supplements) {
        BoundStatement& s = m_insertSupplement;
        s.add(d.id);
        s.add(timeText(request.requestedAt));
        s.add(timeOrNull(request.receivedAt));
        s.add(int(request.confirmedSecond));
        s.add(text(request.confirmationNote));
        s.add(text(request.officer));
        if (!s.exec())
            return fail(s.query(), tr("the supplement requests of %1").arg(d.code), error);
        request.id = SqlDialect::insertedId(s.query());
    }
    for (ApologyLetter& letter : record->apologies) {
        // DOMAIN §9: an imported or generated letter without a number takes the register's.
        if (letter.number.trimmed().isEmpty() && letter.issuedAt.isValid() &&
            !m_noticeNumbers.next(QStringLiteral("apology"), letter.issuedAt.date(), &letter.number,
                                  error))
            return false;
        BoundStatement& a = m_insertApology;
        a.add(d.id);
        a.add(text(letter.number));
        a.add(timeText(letter.issuedAt));
        a.add(text(letter.reason));
        a.add(timeOrNull(letter.originalDueAt));
        a.add(timeText(letter.newDueAt));
        a.add(text(letter.signer));
        a.add(text(letter.supervisorNote));
        if (!a.exec())
            return fail(a.query(), tr("the apology letters of %1").arg(d.code), error);
        letter.id = SqlDialect::insertedId(a.query());
    }
    // DOMAIN §9: the notices of an imported or generated history (Mẫu 02 for each supplement
    // request, Mẫu 03 for a refusal, Mẫu 05 for a stop) are in the register too, numbered in
    // date order by flush() after the numbers already issued, so that they print with "Số".
    auto addNotice = [&](const QString& form, const QDateTime& at, const QString& officer,
                         const QString& reason) {
        BoundStatement& n = m_insertNotice;
        n.add(d.id);
        n.add(form);
        n.add(timeText(at));
        n.add(text(officer));
        n.add(text(reason));
        m_unnumberedNotices = true;
        return n.exec() || fail(n.query(), tr("the notices of %1").arg(d.code), error);
    };
    for (const SupplementRequest& request : std::as_const(record->supplements)) {
        QString reason;
        for (const StatusEvent& event : std::as_const(record->events)) {
            if (event.to == DossierStatus::SupplementRequested && event.at == request.requestedAt)
                reason = event.note;
        }
        if (!addNotice(QStringLiteral("supplement"), request.requestedAt, request.officer, reason))
            return false;
    }
    for (const StatusEvent& event : std::as_const(record->events)) {
        if ((event.to == DossierStatus::Refused || event.to == DossierStatus::Stopped) &&
            !addNotice(event.to == DossierStatus::Refused ? QStringLiteral("refusal")
                                                          : QStringLiteral("stop"),
                       event.at, event.officer, event.note))
            return false;
    }
    if (!m_indicators.add(*record, error))
        return false;
    // Bulk writers without an action log the whole batch once instead.
    return auditAction.isEmpty() ||
           audit(auditAt, auditOfficer, auditAction, d.code, QString(), error);
}

bool DossierWriter::refreshIndicators(qint64 dossierId, QString* error)
{
    // The indicators read the status history back.
    return flushRows(error) && m_indicators.refresh(dossierId, error);
}

bool DossierWriter::flushRows(QString* error)
{
    const struct
    {
        BatchInsert* rows;
        QString what;
    } batches[] = {{&m_insertLedgerLine, tr("the ledger")},
                   {&m_insertEvent, tr("the status history")},
                   {&m_insertDocument, tr("the documents handed in")}};
    for (const auto& batch : batches) {
        if (!batch.rows->flush())
            return fail(batch.what, batch.rows->errorText(), error);
    }
    return true;
}

bool DossierWriter::appendEvent(qint64 dossierId, const StatusEvent& event, QString* error)
{
    BatchInsert& e = m_insertEvent;
    e.add(dossierId);
    e.add(event.hasFrom ? QVariant(int(event.from)) : QVariant(QMetaType(QMetaType::Int)));
    e.add(int(event.to));
    e.add(timeText(event.at));
    e.add(text(event.officer));
    e.add(text(event.note));
    return e.endRow() || fail(tr("the status history"), e.errorText(), error);
}

bool DossierWriter::audit(const QDateTime& at, const QString& officer, const QString& action,
                          const QString& dossierCode, const QString& detail, QString* error)
{
    return m_audit.append({0, at, officer, action, dossierCode, detail, QString()}, error);
}

bool DossierWriter::flush(QString* error)
{
    if (!flushRows(error))
        return false;
    QSqlQuery sequence(m_db.connection());
    // Upsert keeps the larger number, so an older reader never moves a sequence back.
    sequence.prepare(QStringLiteral(
        "INSERT INTO dossier_code_sequences (agency_code, day, last_number) VALUES (?, ?, ?) "
        "ON CONFLICT (agency_code, day) DO UPDATE SET last_number = CASE WHEN "
        "excluded.last_number > dossier_code_sequences.last_number THEN excluded.last_number "
        "ELSE dossier_code_sequences.last_number END"));
    for (auto it = m_sequences.begin(); it != m_sequences.end(); ++it) {
        if (!it->dirty)
            continue;
        sequence.addBindValue(it.key().first);
        sequence.addBindValue(SqlTime::dateToSql(it.key().second));
        sequence.addBindValue(it->last);
        if (!sequence.exec())
            return fail(sequence, tr("the dossier number"), error);
        it->dirty = false;
    }
    QSqlQuery ledger(m_db.connection());
    ledger.prepare(QStringLiteral("UPDATE ledger_books SET last_line = ? WHERE id = ?"));
    for (LedgerBook& book : m_books) {
        if (!book.dirty)
            continue;
        ledger.addBindValue(book.lastLine);
        ledger.addBindValue(book.id);
        if (!ledger.exec())
            return fail(ledger, tr("the ledger"), error);
        book.dirty = false;
    }
    if (!m_noticeNumbers.flush(error))
        return false;
    if (m_unnumberedNotices) {
        if (!NoticeNumbers::numberUnnumbered(m_db, error))
            return false;
        m_unnumberedNotices = false;
    }
    return m_terms.flush(error) && m_indicators.flush(error) && m_audit.finish(error);
}
