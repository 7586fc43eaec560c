#include "FeedbackRepository.h"

#include "audit/AuditLog.h"

#include "DossierCsv.h"
#include "DueDateRules.h"
#include "common/SqlTime.h"
#include "common/Validators.h"
#include "indicators/IndicatorStore.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/TransactionGuard.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace {
QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(SqlTime::toSql(time))
                          : QVariant(QMetaType(QMetaType::QString));
}
QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

FeedbackRepository::FeedbackRepository(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

QStringList FeedbackRepository::csvHeader()
{
    return {QStringLiteral("received_at"),  QStringLiteral("deadline_at"),
            QStringLiteral("resolved_at"),  QStringLiteral("rating"),
            QStringLiteral("dossier_code"), QStringLiteral("content")};
}

bool FeedbackRepository::check(Feedback* f, QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!f->receivedAt.isValid())
        return fail(tr("Received at: a valid date and time is required."));
    if (!f->deadlineAt.isValid())
        f->deadlineAt = m_rules.dueAt(f->receivedAt, 2 * defaultDeadlineWorkingDays(),
                                      QStringLiteral("working-days")); // in half days
    if (f->deadlineAt < f->receivedAt)
        return fail(tr("Deadline: cannot be before the receipt time."));
    if (f->resolvedAt.isValid() && f->resolvedAt < f->receivedAt)
        return fail(tr("Resolved at: cannot be before the receipt time."));
    f->content = f->content.trimmed();
    f->dossierCode = f->dossierCode.trimmed();
    return true;
}

void FeedbackRepository::prepareInsert(QSqlQuery* insert) const
{
    insert->prepare(
        QStringLiteral("INSERT INTO feedback (received_at, deadline_at, resolved_at, "
                       "rating, dossier_code, content) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
}

bool FeedbackRepository::insert(QSqlQuery& q, const Feedback& f, qint64* id, QString* error) const
{
    q.addBindValue(SqlTime::toSql(f.receivedAt));
    q.addBindValue(SqlTime::toSql(f.deadlineAt));
    q.addBindValue(timeOrNull(f.resolvedAt));
    q.addBindValue(textOrNull(Ratings::key(f.rating)));
    q.addBindValue(textOrNull(f.dossierCode));
    q.addBindValue(f.content.isNull() ? QStringLiteral("") : f.content);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot save the feedback: %1").arg(q.lastError().text());
        return false;
    }
    if (id)
        *id = SqlDialect::insertedId(q);
    return true;
}

bool FeedbackRepository::add(Feedback* feedback, const QString& officer, QString* error) const
{
    if (!check(feedback, error))
        return false;
    QList<Feedback> one{*feedback};
    if (!insertAll(&one, officer, error))
        return false;
    *feedback = one.first();
    return true;
}

bool FeedbackRepository::insertAll(QList<Feedback>* items, const QString& officer,
                                   QString* error) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSet<QString> named;
    QSqlQuery add(m_db.connection());
    prepareInsert(&add);
    for (Feedback& f : *items) {
        if (!check(&f, error) || !insert(add, f, &f.id, error))
            return false;
        if (!f.dossierCode.isEmpty())
            named.insert(f.dossierCode);
    }
    // DOMAIN §10: a dossier is complained of from the receipt of a feedback naming it.
    if (!named.isEmpty()) {
        IndicatorStore indicators(m_db);
        if (!indicators.prepare(error))
            return false;
        for (const QString& code : std::as_const(named)) {
            if (!indicators.complained(code, error))
                return false;
        }
    }
    if (!AuditLog::append(
            m_db,
            {0, QDateTime::currentDateTime(), officer, QStringLiteral("feedback"), QString(),
             tr("%n feedback item(s) recorded", nullptr, int(items->size())), QString()},
            error))
        return false;
    return transaction.commit(error);
}

bool FeedbackRepository::resolve(qint64 id, const QDateTime& at, Rating rating,
                                 const QString& officer, QString* error) const
{
    Feedback f;
    if (!load(id, &f, error))
        return false;
    if (!at.isValid() || at < f.receivedAt) {
        if (error)
            *error = tr("Resolved at: a valid time after the receipt is required.");
        return false;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE feedback SET resolved_at = ?, rating = ? WHERE id = ?"));
    q.addBindValue(SqlTime::toSql(at));
    q.addBindValue(textOrNull(Ratings::key(rating)));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot save the feedback: %1").arg(q.lastError().text());
        return false;
    }
    if (!AuditLog::append(m_db,
                          {0, QDateTime::currentDateTime(), officer,
                           QStringLiteral("feedback-resolved"), f.dossierCode, QString::number(id),
                           QString()},
                          error))
        return false;
    return transaction.commit(error);
}

bool FeedbackRepository::load(qint64 id, Feedback* feedback, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT received_at, deadline_at, resolved_at, rating, "
                             "dossier_code, content FROM feedback WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the feedback: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.next()) {
        if (error)
            *error = tr("Feedback %1: not found.").arg(id);
        return false;
    }
    Feedback f;
    f.id = id;
    f.receivedAt = SqlTime::fromSql(q.value(0).toString());
    f.deadlineAt = SqlTime::fromSql(q.value(1).toString());
    f.resolvedAt = SqlTime::fromSql(q.value(2).toString());
    Ratings::fromKey(q.value(3).toString(), &f.rating);
    f.dossierCode = q.value(4).toString();
    f.content = q.value(5).toString();
    *feedback = f;
    return true;
}

bool FeedbackRepository::list(bool openOnly, QList<Feedback>* items, QString* error) const
{
    return select(openOnly ? QStringLiteral("resolved_at IS NULL") : QString(),
                  QStringLiteral("received_at DESC, id DESC"), {}, items, error);
}

bool FeedbackRepository::overdue(const QDateTime& asOf, QList<Feedback>* items,
                                 QString* error) const
{
    return select(QStringLiteral("resolved_at IS NULL AND deadline_at < ?"),
                  QStringLiteral("deadline_at, id"), {SqlTime::toSql(asOf)}, items, error);
}

bool FeedbackRepository::forDossier(const QString& code, QList<Feedback>* items,
                                    QString* error) const
{
    return select(QStringLiteral("dossier_code = ?"), QStringLiteral("received_at, id"),
                  {code.trimmed()}, items, error);
}

bool FeedbackRepository::select(const QString& where, const QString& order,
                                const QVariantList& values, QList<Feedback>* items,
                                QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, received_at, deadline_at, resolved_at, rating, "
                             "dossier_code, content FROM feedback") +
              (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
              QStringLiteral(" ORDER BY ") + order);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the feedback: %1").arg(q.lastError().text());
        return false;
    }
    items->clear();
    while (q.next()) {
        Feedback f;
        f.id = q.value(0).toLongLong();
        f.receivedAt = SqlTime::fromSql(q.value(1).toString());
        f.deadlineAt = SqlTime::fromSql(q.value(2).toString());
        f.resolvedAt = SqlTime::fromSql(q.value(3).toString());
        Ratings::fromKey(q.value(4).toString(), &f.rating);
        f.dossierCode = q.value(5).toString();
        f.content = q.value(6).toString();
        items->append(f);
    }
    return true;
}

bool FeedbackRepository::importFile(const QString& path, const QString& officer, int* imported,
                                    QList<CsvProblem>* problems, QString* error) const
{
    if (imported)
        *imported = 0;
    CsvStream file;
    return file.openFile(path, error) && importStream(file, officer, imported, problems, error);
}

bool FeedbackRepository::importData(const QByteArray& utf8, const QString& officer, int* imported,
                                    QList<CsvProblem>* problems, QString* error) const
{
    CsvStream data;
    data.openData(utf8);
    return importStream(data, officer, imported, problems, error);
}

bool FeedbackRepository::importStream(CsvStream& file, const QString& officer, int* imported,
                                      QList<CsvProblem>* problems, QString* error) const
{
    if (imported)
        *imported = 0;
    CsvRecord headerRecord;
    if (!file.next(&headerRecord)) {
        if (error)
            *error = file.error();
        if (error && !error->isEmpty())
            return false;
        problems->append({1, QString(), tr("the file is empty; expected the header line")});
        return false;
    }
    const QStringList header = csvHeader();
    QList<int> columns;
    if (!Csv::mapHeader(headerRecord, header, &columns, problems))
        return false;

    // The file is read, checked and written a row at a time inside one write transaction, so
    // memory does not grow with the file and one bad row still leaves nothing written. Good
    // rows are written even after a bad one (all rolled back at the end): a repeat of any
    // earlier row of the file is then found in the register.
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery exists(m_db.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM dossiers WHERE code = ?"));
    // Issue 18: an item is known by its receipt time, content and dossier; the same file
    // imported twice must not double the register.
    QSqlQuery repeated(m_db.connection());
    repeated.prepare(QStringLiteral("SELECT id FROM feedback WHERE received_at = ? AND content = "
                                    "? AND COALESCE(dossier_code, '') = ?"));
    QSqlQuery add(m_db.connection());
    prepareInsert(&add);
    // The rows this import wrote, in the order of their ids, with their lines: a repeat found
    // in the register names its line when it came from this file.
    std::vector<std::pair<qint64, int>> written;
    auto lineOf = [&written](qint64 id) {
        const auto it = std::lower_bound(written.cbegin(), written.cend(), std::make_pair(id, 0));
        return it != written.cend() && it->first == id ? it->second : 0;
    };
    // DOMAIN §10: a dossier is complained of from the receipt of a feedback naming it; the
    // dossiers named are marked a block of rows at a time.
    QSet<QString> named;
    IndicatorStore indicators(m_db);
    if (!indicators.prepare(error))
        return false;
    auto markNamed = [&]() {
        for (const QString& code : std::as_const(named)) {
            if (!indicators.complained(code, error))
                return false;
        }
        named.clear();
        return true;
    };
    constexpr qsizetype blockSize = 4096;

    CsvProblemList listed(problems);
    CsvRecord row;
    while (file.next(&row)) {
        if (row.fields.size() != headerRecord.fields.size()) {
            listed.add({row.line, QString(),
                        tr("has %1 values, the header has %2")
                            .arg(row.fields.size())
                            .arg(headerRecord.fields.size())});
            continue;
        }
        QList<CsvProblem> rowProblems;
        auto field = [&](int column) {
            return row.fields.at(columns.at(column)).trimmed();
        };
        auto problem = [&](int column, const QString& reason) {
            rowProblems.append({row.line, header.at(column), reason});
        };
        auto time = [&](int column, bool required) {
            const QString text = field(column);
            if (text.isEmpty()) {
                if (required)
                    problem(column, tr("required"));
                return QDateTime();
            }
            const QDateTime parsed = QDateTime::fromString(text, DossierCsv::timeFormat());
            if (!parsed.isValid())
                problem(column, tr("\"%1\" is not a time of the form YYYY-MM-DD HH:MM").arg(text));
            return parsed;
        };
        Feedback f;
        f.receivedAt = time(0, true);
        f.deadlineAt = time(1, false);
        f.resolvedAt = time(2, false);
        if (!Ratings::fromKey(field(3), &f.rating))
            problem(3, tr("\"%1\" must be satisfied, unsatisfied or empty").arg(field(3)));
        f.dossierCode = field(4);
        if (!f.dossierCode.isEmpty()) {
            exists.addBindValue(f.dossierCode);
            if (!exists.exec()) {
                if (error)
                    *error = tr("Cannot read the dossier codes: %1").arg(exists.lastError().text());
                return false;
            }
            if (!exists.next())
                problem(4, tr("%1 is not in the register").arg(f.dossierCode));
            exists.finish();
        }
        QString reason;
        if (!Validators::checkText(row.fields.at(columns.at(5)), Validators::maxContentLength,
                                   &f.content, &reason, true))
            problem(5, reason);
        else if (f.content.isEmpty())
            problem(5, tr("required: the feedback has no content"));
        if (rowProblems.isEmpty() && f.receivedAt.isValid()) {
            repeated.addBindValue(SqlTime::toSql(f.receivedAt));
            repeated.addBindValue(f.content);
            // A null QString would bind as NULL, which equals nothing.
            repeated.addBindValue(f.dossierCode.isNull() ? QStringLiteral("") : f.dossierCode);
            if (!repeated.exec()) {
                if (error)
                    *error = tr("Cannot read the feedback register: %1")
                                 .arg(repeated.lastError().text());
                return false;
            }
            if (repeated.next()) {
                const int line = lineOf(repeated.value(0).toLongLong());
                problem(5, line > 0 ? tr("the same feedback (time, dossier and content) is "
                                         "already on line %1")
                                          .arg(line)
                                    : tr("the same feedback (time, dossier and content) is "
                                         "already in the register"));
            }
            repeated.finish();
        }
        if (f.receivedAt.isValid() && f.deadlineAt.isValid() && f.deadlineAt < f.receivedAt)
            problem(1, tr("is before received_at"));
        if (f.receivedAt.isValid() && f.resolvedAt.isValid() && f.resolvedAt < f.receivedAt)
            problem(2, tr("is before received_at"));
        if (!rowProblems.isEmpty()) {
            listed.add(rowProblems);
            continue;
        }
        qint64 id = 0;
        if (!check(&f, error) || !insert(add, f, &id, error))
            return false;
        written.emplace_back(id, row.line);
        if (!f.dossierCode.isEmpty())
            named.insert(f.dossierCode);
        if (named.size() >= blockSize && !markNamed())
            return false;
    }
    if (const QString failure = file.error(); !failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    if (listed.count() > 0) {
        listed.finish();
        return false;
    }
    if (!markNamed() ||
        !AuditLog::append(
            m_db,
            {0, QDateTime::currentDateTime(), officer, QStringLiteral("feedback"), QString(),
             tr("%n feedback item(s) recorded", nullptr, int(written.size())), QString()},
            error) ||
        !transaction.commit(error))
        return false;
    if (imported)
        *imported = int(written.size());
    return true;
}
