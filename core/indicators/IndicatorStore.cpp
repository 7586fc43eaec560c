#include "IndicatorStore.h"

#include "IndicatorSql.h"
#include "common/SqlTime.h"
#include "dossiers/OfficeDueDateRules.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace {

// Up to this many new dossiers in one transaction get their counters one by one; more
// (imports, generated data) recount the days they fall on.
constexpr int oneByOneLimit = 200;
// A recount of many days groups about this many dossiers per statement (recountDays).
constexpr qint64 windowRows = 20000;

QVariant orNull(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QString counterUpdates(const QString& table)
{
    QStringList parts;
    for (const QString& name : IndicatorSql::counters())
        parts << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(name, table);
    parts << QStringLiteral("max_last_s = CASE WHEN excluded.max_last_s > %1.max_last_s THEN "
                            "excluded.max_last_s ELSE %1.max_last_s END")
                 .arg(table);
    return parts.join(QStringLiteral(", "));
}

// The aggregate tables: indicator_daily, each dossier as of its latest event, and
// indicator_month_end, each as of the end of its month of receipt; and the as-of time of each.
struct Aggregate
{
    const char* table;
    const char* asOf;
};
constexpr Aggregate aggregates[] = {{"indicator_daily", "f.last_s"},
                                    {"indicator_month_end", "f.month_end_s"}};

// Inserts the four dimensions' rows of the evaluated dossiers r into table.
// perDossier: one row of r per statement, so no grouping is needed.
QString insertDaily(const QString& table, const QString& rows, bool perDossier, int sign)
{
    QStringList selects;
    for (int dimension = 0; dimension < 4; ++dimension) {
        const QString group = IndicatorSql::groupExpression(dimension, QStringLiteral("r"));
        QString values;
        if (perDossier) {
            QStringList parts;
            for (const QString& name : IndicatorSql::counters())
                parts << QStringLiteral("r.n_%1 * %2").arg(name).arg(sign);
            values = parts.join(QStringLiteral(", ")) + QStringLiteral(", r.last_s");
        } else {
            values = IndicatorSql::sums(QStringLiteral("r")) + QStringLiteral(", MAX(r.last_s)");
        }
        selects << QStringLiteral("SELECT %1, r.received_day, %2, %3 FROM r WHERE 1 = 1")
                           .arg(dimension)
                           .arg(group, values) +
                       (perDossier ? QString()
                                   : QStringLiteral(" GROUP BY r.received_day, ") + group);
    }
    QString sql = QStringLiteral("WITH r AS (") + rows + QStringLiteral(") INSERT INTO ") + table +
                  QStringLiteral(" (dim, day, grp, ") + IndicatorSql::dailyColumns() +
                  QStringLiteral(", max_last_s) ") + selects.join(QStringLiteral(" UNION ALL "));
    if (perDossier)
        sql +=
            QStringLiteral(" ON CONFLICT (dim, day, grp) DO UPDATE SET ") + counterUpdates(table);
    return sql;
}

// What the dossiers with facts f matching where count on the day they end (status 9, else 10),
// per dimension, into indicator_copies: their electronic certified copies (DOMAIN §10) and,
// when measured, their processing time (QĐ 766 2.2: the dossiers finished in the period). One
// dossier (with sign), or all of them grouped.
QString insertCopies(const QString& where, bool perDossier, int sign)
{
    const QString measured = QStringLiteral("CASE WHEN r.working_tenths IS NULL THEN 0 ELSE 1 END");
    const QString tenths = QStringLiteral("COALESCE(r.working_tenths, 0)");
    QStringList selects;
    for (int dimension = 0; dimension < 4; ++dimension) {
        const QString group = IndicatorSql::groupExpression(dimension, QStringLiteral("r"));
        const QString values = perDossier
                                   ? QStringLiteral("r.e_certified_copies * %1, %2 * %1, %3 * %1")
                                         .arg(sign)
                                         .arg(measured, tenths)
                                   : QStringLiteral("SUM(r.e_certified_copies), SUM(%1), SUM(%2)")
                                         .arg(measured, tenths);
        selects << QStringLiteral("SELECT %1, r.end_day, %2, %3 FROM r WHERE 1 = 1")
                           .arg(dimension)
                           .arg(group, values) +
                       (perDossier ? QString() : QStringLiteral(" GROUP BY r.end_day, ") + group);
    }
    QString sql =
        QStringLiteral("WITH r AS (SELECT f.* FROM indicator_facts f WHERE "
                       "f.end_status IN (9, 10) AND f.end_day IS NOT NULL AND "
                       "(f.e_certified_copies > 0 OR f.working_tenths IS NOT NULL) AND ") +
        where +
        QStringLiteral(") INSERT INTO indicator_copies (dim, day, grp, copies, finished, "
                       "working_tenths) ") +
        selects.join(QStringLiteral(" UNION ALL "));
    if (perDossier)
        sql += QStringLiteral(
            " ON CONFLICT (dim, day, grp) DO UPDATE SET copies = indicator_copies.copies + "
            "excluded.copies, finished = indicator_copies.finished + excluded.finished, "
            "working_tenths = indicator_copies.working_tenths + excluded.working_tenths");
    return sql;
}

} // namespace

IndicatorStore::IndicatorStore(const Database& db, const DueDateEngine* engine)
    : m_db(db)
    , m_insertFacts(db.connection())
    , m_engine(engine)
{
    // The two aggregate tables, then indicator_copies.
    for (int i = 0; i < 3; ++i) {
        m_addCounters.emplace_back(db.connection());
        m_subtractCounters.emplace_back(db.connection());
    }
}

IndicatorStore::~IndicatorStore() = default;

bool IndicatorStore::fail(const QSqlQuery& query, QString* error) const
{
    if (error)
        *error = tr("Cannot update the indicator counters: %1").arg(query.lastError().text());
    return false;
}

bool IndicatorStore::prepare(QString* error)
{
    if (!m_insertFacts.prepare(QStringLiteral(
            "INSERT INTO indicator_facts (dossier_id, received_day, received_s, month_end_s, "
            "procedure_code, officer, channel, accepted_s, due_s, end_s, end_status, end_day, "
            "returned_s, "
            "supplement1_requested_s, supplement1_received_s, supplement2_requested_s, "
            "apology_s, complained_s, last_s, late_from_s, digitized, e_result, fee_charged, "
            "paid_online, unsatisfied, complaint, result_document, e_certified_copies, "
            "identity_checked, reused_data, working_tenths, result_file) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON "
            "CONFLICT "
            "(dossier_id) DO UPDATE SET received_day = excluded.received_day, received_s = "
            "excluded.received_s, month_end_s = excluded.month_end_s, procedure_code = "
            "excluded.procedure_code, officer = "
            "excluded.officer, channel = excluded.channel, accepted_s = excluded.accepted_s, "
            "due_s = excluded.due_s, end_s = excluded.end_s, end_status = excluded.end_status, "
            "end_day = excluded.end_day, "
            "returned_s = excluded.returned_s, supplement1_requested_s = "
            "excluded.supplement1_requested_s, supplement1_received_s = "
            "excluded.supplement1_received_s, supplement2_requested_s = "
            "excluded.supplement2_requested_s, apology_s = excluded.apology_s, complained_s = "
            "excluded.complained_s, last_s = "
            "excluded.last_s, late_from_s = excluded.late_from_s, digitized = "
            "excluded.digitized, e_result = excluded.e_result, fee_charged = "
            "excluded.fee_charged, paid_online = excluded.paid_online, unsatisfied = "
            "excluded.unsatisfied, complaint = excluded.complaint, result_document = "
            "excluded.result_document, e_certified_copies = excluded.e_certified_copies, "
            "identity_checked = excluded.identity_checked, reused_data = excluded.reused_data, "
            "working_tenths = excluded.working_tenths, result_file = excluded.result_file")))
        return fail(m_insertFacts.query(), error);
    for (int i = 0; i < 2; ++i) {
        const QString table = QLatin1String(aggregates[i].table);
        const QString one = IndicatorSql::rows(QLatin1String(aggregates[i].asOf),
                                               QStringLiteral("f.dossier_id = ?"), false);
        if (!m_addCounters[i].prepare(insertDaily(table, one, true, 1)))
            return fail(m_addCounters[i], error);
        if (!m_subtractCounters[i].prepare(insertDaily(table, one, true, -1)))
            return fail(m_subtractCounters[i], error);
    }
    if (!m_addCounters[2].prepare(insertCopies(QStringLiteral("f.dossier_id = ?"), true, 1)))
        return fail(m_addCounters[2], error);
    if (!m_subtractCounters[2].prepare(insertCopies(QStringLiteral("f.dossier_id = ?"), true, -1)))
        return fail(m_subtractCounters[2], error);
    return true;
}

bool IndicatorStore::resultDocument(const QString& procedureCode, bool* issuesDocument,
                                    QString* error)
{
    auto it = m_resultDocuments.constFind(procedureCode);
    if (it == m_resultDocuments.constEnd()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT result_document FROM procedures WHERE code = ?"));
        q.addBindValue(procedureCode);
        if (!q.exec())
            return fail(q, error);
        it = m_resultDocuments.insert(procedureCode, q.next() ? q.value(0).toBool() : true);
    }
    *issuesDocument = it.value();
    return true;
}

bool IndicatorStore::writeFacts(const IndicatorFacts& f, QString* error)
{
    BoundStatement& q = m_insertFacts;
    q.add(f.dossierId);
    q.add(f.receivedDay);
    q.add(f.receivedS);
    q.add(f.monthEndS);
    q.add(f.procedureCode);
    q.add(f.officer.isNull() ? QStringLiteral("") : f.officer);
    q.add(f.channel);
    q.add(orNull(f.acceptedS));
    q.add(orNull(f.dueS));
    q.add(orNull(f.endS));
    q.add(f.endStatus);
    q.add(orNull(f.endDay));
    q.add(orNull(f.returnedS));
    q.add(orNull(f.supplement1RequestedS));
    q.add(orNull(f.supplement1ReceivedS));
    q.add(orNull(f.supplement2RequestedS));
    q.add(orNull(f.apologyS));
    q.add(orNull(f.complainedS));
    q.add(f.lastS);
    q.add(orNull(f.lateFromS));
    q.add(int(f.digitized));
    q.add(int(f.eResult));
    q.add(int(f.feeCharged));
    q.add(int(f.paidOnline));
    q.add(int(f.unsatisfied));
    q.add(int(f.complaint));
    q.add(int(f.resultDocument));
    q.add(f.eCertifiedCopies);
    q.add(int(f.identityChecked));
    q.add(int(f.reusedData));
    q.add(orNull(f.workingTenths));
    q.add(int(f.resultFile));
    if (!q.exec())
        return fail(q.query(), error);
    return true;
}

bool IndicatorStore::applyCounters(qint64 dossierId, int sign, QString* error)
{
    for (QSqlQuery& q : sign > 0 ? m_addCounters : m_subtractCounters) {
        q.addBindValue(dossierId);
        if (!q.exec())
            return fail(q, error);
    }
    return true;
}

bool IndicatorStore::engine(const DueDateEngine** engine, QString* error)
{
    if (m_engine) {
        *engine = m_engine;
        return true;
    }
    if (!m_rules) {
        auto rules = std::make_unique<OfficeDueDateRules>();
        if (!rules->load(m_db, error))
            return false;
        m_rules = std::move(rules);
    }
    *engine = m_rules->engine();
    return true;
}

bool IndicatorStore::factsOf(const DossierRecord& record, const QDateTime& complainedAt,
                             IndicatorFacts* facts, QString* error)
{
    bool document = true;
    if (!resultDocument(record.dossier.procedureCode, &document, error))
        return false;
    *facts = IndicatorFacts::from(record, document, complainedAt);
    // QĐ 766 2.2: the processing time of a finished dossier, once, when it finishes.
    if (facts->acceptedS && facts->endS &&
        (facts->endStatus == int(DossierStatus::Finished) ||
         facts->endStatus == int(DossierStatus::Returned))) {
        const DueDateEngine* office = nullptr;
        if (!engine(&office, error))
            return false;
        if (office)
            facts->measureWorkingTime(*office, record);
    }
    return true;
}

bool IndicatorStore::add(const DossierRecord& record, QString* error)
{
    IndicatorFacts facts;
    if (!factsOf(record, QDateTime(), &facts, error))
        return false;
    if (!writeFacts(facts, error))
        return false;
    if (m_pendingIds.isEmpty()) {
        m_pendingFirstDay = facts.receivedDay;
        m_pendingLastDay = facts.receivedDay;
    }
    m_pendingFirstDay = std::min(m_pendingFirstDay, facts.receivedDay);
    m_pendingLastDay = std::max(m_pendingLastDay, facts.receivedDay);
    if (m_pendingIds.size() <= oneByOneLimit)
        m_pendingIds.append(facts.dossierId);
    else
        m_pendingIds.last() = -1; // past the limit: only the day range matters
    return true;
}

bool IndicatorStore::flush(QString* error)
{
    if (m_pendingIds.isEmpty())
        return true;
    // Feedback recorded before the dossiers it names (an import of both): their facts are
    // written again with the complaint before they are counted.
    const QList<qint64> ids = std::exchange(m_pendingIds, {});
    if (!rewriteComplained(ids, m_pendingFirstDay, m_pendingLastDay, error))
        return false;
    if (ids.size() > oneByOneLimit)
        return recountDays(m_pendingFirstDay, m_pendingLastDay, error);
    for (const qint64 id : ids) {
        if (!applyCounters(id, 1, error))
            return false;
    }
    return true;
}

bool IndicatorStore::dayWindows(const QString& dayColumn, qint64 fromDay, qint64 toDay,
                                QList<QPair<qint64, qint64>>* windows, QString* error)
{
    windows->clear();
    // Read off the index by day: no sort. The column is one of the facts' own, never a user's.
    QSqlQuery days(m_db.connection());
    days.setForwardOnly(true);
    days.prepare(
        QStringLiteral("SELECT %1, COUNT(*) FROM indicator_facts WHERE %1 >= ? AND %1 <= ? "
                       "GROUP BY %1 ORDER BY %1")
            .arg(dayColumn));
    days.addBindValue(fromDay);
    days.addBindValue(toDay);
    if (!days.exec())
        return fail(days, error);
    qint64 rows = 0;
    while (days.next()) {
        const qint64 day = days.value(0).toLongLong();
        const qint64 count = days.value(1).toLongLong();
        if (windows->isEmpty() || rows + count > windowRows) {
            windows->append({day, day});
            rows = 0;
        }
        windows->last().second = day;
        rows += count;
    }
    return true;
}

bool IndicatorStore::recountDays(qint64 fromDay, qint64 toDay, QString* error)
{
    // The days are counted a window of about windowRows dossiers at a time: each statement
    // groups its rows four times (one per dimension), and SQLite keeps every one of those
    // sorts in memory up to the size of its page cache until the statement ends; over a
    // million dossiers at once that was some 200 MB (issue 18).
    QList<QPair<qint64, qint64>> windows;
    if (!dayWindows(QStringLiteral("received_day"), fromDay, toDay, &windows, error))
        return false;
    for (const Aggregate& aggregate : aggregates) {
        const QString table = QLatin1String(aggregate.table);
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM ") + table +
                       QStringLiteral(" WHERE day >= ? AND day <= ?"));
        remove.addBindValue(fromDay);
        remove.addBindValue(toDay);
        if (!remove.exec())
            return fail(remove, error);
        QSqlQuery insert(m_db.connection());
        if (!insert.prepare(insertDaily(table,
                                        IndicatorSql::rows(QLatin1String(aggregate.asOf),
                                                           QStringLiteral("f.received_day >= ? AND "
                                                                          "f.received_day <= ?"),
                                                           false),
                                        false, 1)))
            return fail(insert, error);
        for (const auto& [first, last] : std::as_const(windows)) {
            insert.addBindValue(first);
            insert.addBindValue(last);
            if (!insert.exec())
                return fail(insert, error);
        }
    }
    // The copies and the processing time count on the day their dossier ended: the days on
    // which the dossiers received on these days ended are counted again.
    QSqlQuery ends(m_db.connection());
    ends.prepare(QStringLiteral("SELECT MIN(end_day), MAX(end_day) FROM indicator_facts WHERE "
                                "received_day >= ? AND received_day <= ? AND end_day IS NOT NULL"));
    ends.addBindValue(fromDay);
    ends.addBindValue(toDay);
    if (!ends.exec() || !ends.next())
        return fail(ends, error);
    if (ends.value(0).isNull())
        return true;
    const qint64 firstEnd = ends.value(0).toLongLong();
    const qint64 lastEnd = ends.value(1).toLongLong();
    // Every finished dossier has an end day: a window at a time here too.
    if (!dayWindows(QStringLiteral("end_day"), firstEnd, lastEnd, &windows, error))
        return false;
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM indicator_copies WHERE day >= ? AND day <= ?"));
    remove.addBindValue(firstEnd);
    remove.addBindValue(lastEnd);
    if (!remove.exec())
        return fail(remove, error);
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(
            insertCopies(QStringLiteral("f.end_day >= ? AND f.end_day <= ?"), false, 1)))
        return fail(insert, error);
    for (const auto& [first, last] : std::as_const(windows)) {
        insert.addBindValue(first);
        insert.addBindValue(last);
        if (!insert.exec())
            return fail(insert, error);
    }
    return true;
}

bool IndicatorStore::rewriteComplained(const QList<qint64>& ids, qint64 fromDay, qint64 toDay,
                                       QString* error)
{
    // A few new dossiers: each looked up by its code; many: the feedback of their days.
    const bool few = ids.size() <= oneByOneLimit;
    QSqlQuery q(m_db.connection());
    q.prepare(few ? QStringLiteral("SELECT d.id FROM dossiers d WHERE d.id = ? AND EXISTS (SELECT "
                                   "1 FROM feedback fb WHERE fb.dossier_code = d.code)")
                  : QStringLiteral("SELECT DISTINCT f.dossier_id FROM feedback fb JOIN dossiers d "
                                   "ON d.code = fb.dossier_code JOIN indicator_facts f ON "
                                   "f.dossier_id = d.id WHERE f.received_day >= ? AND "
                                   "f.received_day <= ? AND f.complained_s IS NULL"));
    QList<qint64> found;
    for (const qint64 id : few ? ids : QList<qint64>{0}) {
        if (few) {
            q.addBindValue(id);
        } else {
            q.addBindValue(fromDay);
            q.addBindValue(toDay);
        }
        if (!q.exec())
            return fail(q, error);
        while (q.next())
            found.append(q.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(found)) {
        IndicatorFacts facts;
        bool exists = false;
        if (!loadFacts(id, &facts, &exists, error) || (exists && !writeFacts(facts, error)))
            return false;
    }
    return true;
}

bool IndicatorStore::complained(const QString& dossierCode, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM dossiers WHERE code = ?"));
    q.addBindValue(dossierCode);
    if (!q.exec())
        return fail(q, error);
    return !q.next() || refresh(q.value(0).toLongLong(), error);
}

bool IndicatorStore::loadFacts(qint64 dossierId, IndicatorFacts* facts, bool* found, QString* error)
{
    DossierRecord record;
    QDateTime complainedAt;
    if (!loadRecord(dossierId, &record, &complainedAt, found, error))
        return false;
    if (!*found)
        return true;
    return factsOf(record, complainedAt, facts, error);
}

bool IndicatorStore::loadRecord(qint64 dossierId, DossierRecord* record, QDateTime* complainedAt,
                                bool* found, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT received_at, procedure_code, officer, channel, due_at, status, digitized, "
        "e_result, fee, paid_online, rating, complaint, e_certified_copies, finished_at, "
        "returned_at, code, identity_checked, reused_data, result_file FROM dossiers WHERE id = "
        "?"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return fail(q, error);
    *found = q.next();
    if (!*found)
        return true;
    Dossier& d = record->dossier;
    d.id = dossierId;
    d.receivedAt = SqlTime::fromSql(q.value(0).toString());
    d.procedureCode = q.value(1).toString();
    d.officer = q.value(2).toString();
    Channels::fromCode(q.value(3).toInt(), &d.channel);
    d.dueAt = SqlTime::fromSql(q.value(4).toString());
    DossierStatuses::fromCode(q.value(5).toInt(), &d.status);
    d.digitized = q.value(6).toBool();
    d.eResult = q.value(7).toBool();
    d.fee = q.value(8).toLongLong();
    d.paidOnline = q.value(9).toBool();
    Ratings::fromKey(q.value(10).toString(), &d.rating);
    d.complaint = q.value(11).toBool();
    d.eCertifiedCopies = q.value(12).toInt();
    d.finishedAt = SqlTime::fromSql(q.value(13).toString());
    d.returnedAt = SqlTime::fromSql(q.value(14).toString());
    d.code = q.value(15).toString();
    d.identityChecked = q.value(16).toBool();
    d.reusedData = q.value(17).toBool();
    d.resultFile = q.value(18).toString();

    // DOMAIN §10: complained of from the first feedback naming the code. Stored times of one
    // office compare as text (SqlTime).
    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral("SELECT MIN(received_at) FROM feedback WHERE dossier_code = ?"));
    c.addBindValue(d.code);
    if (!c.exec())
        return fail(c, error);
    *complainedAt =
        c.next() && !c.value(0).isNull() ? SqlTime::fromSql(c.value(0).toString()) : QDateTime();

    QSqlQuery e(m_db.connection());
    e.prepare(QStringLiteral(
        "SELECT from_status, to_status, at FROM status_events WHERE dossier_id = ? ORDER BY id"));
    e.addBindValue(dossierId);
    if (!e.exec())
        return fail(e, error);
    while (e.next()) {
        StatusEvent event;
        event.hasFrom = !e.value(0).isNull();
        if (event.hasFrom)
            DossierStatuses::fromCode(e.value(0).toInt(), &event.from);
        DossierStatuses::fromCode(e.value(1).toInt(), &event.to);
        event.at = SqlTime::fromSql(e.value(2).toString());
        record->events.append(event);
    }
    QSqlQuery s(m_db.connection());
    s.prepare(QStringLiteral("SELECT requested_at, received_at FROM supplement_requests WHERE "
                             "dossier_id = ? ORDER BY id"));
    s.addBindValue(dossierId);
    if (!s.exec())
        return fail(s, error);
    while (s.next()) {
        SupplementRequest request;
        request.requestedAt = SqlTime::fromSql(s.value(0).toString());
        request.receivedAt = SqlTime::fromSql(s.value(1).toString());
        record->supplements.append(request);
    }
    QSqlQuery a(m_db.connection());
    a.prepare(QStringLiteral("SELECT issued_at FROM apology_letters WHERE dossier_id = ?"));
    a.addBindValue(dossierId);
    if (!a.exec())
        return fail(a, error);
    while (a.next()) {
        ApologyLetter letter;
        letter.issuedAt = SqlTime::fromSql(a.value(0).toString());
        record->apologies.append(letter);
    }
    return true;
}

bool IndicatorStore::refresh(qint64 dossierId, QString* error)
{
    IndicatorFacts facts;
    bool found = false;
    if (!loadFacts(dossierId, &facts, &found, error))
        return false;
    if (!found)
        return true;
    QSqlQuery existing(m_db.connection());
    existing.prepare(QStringLiteral("SELECT 1 FROM indicator_facts WHERE dossier_id = ?"));
    existing.addBindValue(dossierId);
    if (!existing.exec())
        return fail(existing, error);
    if (existing.next() && !applyCounters(dossierId, -1, error))
        return false;
    return writeFacts(facts, error) && applyCounters(dossierId, 1, error);
}

bool IndicatorStore::upgradeFacts(const Database& db, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM dossiers), (SELECT COUNT(*) FROM "
                               "indicator_facts)")) ||
        !q.next())
        return IndicatorStore(db).fail(q, error);
    if (q.value(1).toLongLong() < q.value(0).toLongLong())
        return rebuildAll(db, error);
    IndicatorStore store(db);
    if (!store.prepare(error))
        return false;
    QSqlQuery named(db.connection());
    if (!named.exec(QStringLiteral("SELECT DISTINCT dossier_code FROM feedback WHERE "
                                   "dossier_code IS NOT NULL AND dossier_code <> ''")))
        return store.fail(named, error);
    QStringList codes;
    while (named.next())
        codes << named.value(0).toString();
    for (const QString& code : std::as_const(codes)) {
        if (!store.complained(code, error))
            return false;
    }
    // The end of each day's month of receipt, then both aggregates counted again.
    QSqlQuery days(db.connection());
    if (!days.exec(QStringLiteral("SELECT DISTINCT received_day FROM indicator_facts")))
        return store.fail(days, error);
    QList<qint64> all;
    while (days.next())
        all.append(days.value(0).toLongLong());
    QSqlQuery monthEnd(db.connection());
    monthEnd.prepare(
        QStringLiteral("UPDATE indicator_facts SET month_end_s = ? WHERE received_day = ?"));
    for (const qint64 julian : std::as_const(all)) {
        const QDate day = QDate::fromJulianDay(julian);
        monthEnd.addBindValue(
            QDateTime(QDate(day.year(), day.month(), day.daysInMonth()), QTime(23, 59, 59))
                .toSecsSinceEpoch());
        monthEnd.addBindValue(julian);
        if (!monthEnd.exec())
            return store.fail(monthEnd, error);
    }
    // The day each dossier ended, where it is not kept yet (registers that kept it only for
    // the dossiers with electronic certified copies).
    QSqlQuery ends(db.connection());
    ends.setForwardOnly(true);
    if (!ends.exec(QStringLiteral("SELECT dossier_id, end_s FROM indicator_facts WHERE end_s IS "
                                  "NOT NULL AND end_day IS NULL")))
        return store.fail(ends, error);
    QList<QPair<qint64, qint64>> endDays;
    while (ends.next()) {
        endDays.append(
            {ends.value(0).toLongLong(),
             QDateTime::fromSecsSinceEpoch(ends.value(1).toLongLong()).date().toJulianDay()});
    }
    ends.finish();
    QSqlQuery endDay(db.connection());
    endDay.prepare(QStringLiteral("UPDATE indicator_facts SET end_day = ? WHERE dossier_id = ?"));
    for (const auto& [id, day] : std::as_const(endDays)) {
        endDay.addBindValue(day);
        endDay.addBindValue(id);
        if (!endDay.exec())
            return store.fail(endDay, error);
    }
    // QĐ 766 2.2 and 4.1: the processing time of every finished dossier, and whether its
    // result file is recorded.
    if (!store.measureAllWorkingTimes(error))
        return false;
    QSqlQuery files(db.connection());
    if (!files.exec(QStringLiteral("UPDATE indicator_facts SET result_file = 1 WHERE dossier_id IN "
                                   "(SELECT id FROM dossiers WHERE result_file <> '')")))
        return store.fail(files, error);
    if (all.isEmpty())
        return true;
    return store.recountDays(*std::min_element(all.cbegin(), all.cend()),
                             *std::max_element(all.cbegin(), all.cend()), error);
}

bool IndicatorStore::measureAllWorkingTimes(QString* error)
{
    // The same measure as factsOf(), read in bulk: the facts' acceptance and end, the
    // supplement requests, and the office's offset from each dossier's receipt time.
    QHash<qint64, QList<IndicatorFacts::Pause>> pauses;
    QSqlQuery s(m_db.connection());
    s.setForwardOnly(true);
    if (!s.exec(QStringLiteral("SELECT dossier_id, requested_at, received_at FROM "
                               "supplement_requests")))
        return fail(s, error);
    while (s.next()) {
        const QDateTime requested = SqlTime::fromSql(s.value(1).toString());
        if (!requested.isValid())
            continue;
        IndicatorFacts::Pause pause;
        pause.fromS = requested.toSecsSinceEpoch();
        const QDateTime received = SqlTime::fromSql(s.value(2).toString());
        if (received.isValid())
            pause.toS = received.toSecsSinceEpoch();
        pauses[s.value(0).toLongLong()].append(pause);
    }
    s.finish();
    struct Finished
    {
        qint64 id;
        qint64 acceptedS;
        qint64 endS;
        int offsetS;
    };
    std::vector<Finished> finished;
    QSqlQuery f(m_db.connection());
    f.setForwardOnly(true);
    if (!f.exec(QStringLiteral("SELECT f.dossier_id, f.accepted_s, f.end_s, d.received_at FROM "
                               "indicator_facts f JOIN dossiers d ON d.id = f.dossier_id WHERE "
                               "f.end_status IN (9, 10) AND f.accepted_s IS NOT NULL AND f.end_s "
                               "IS NOT NULL")))
        return fail(f, error);
    while (f.next()) {
        finished.push_back({f.value(0).toLongLong(), f.value(1).toLongLong(),
                            f.value(2).toLongLong(),
                            SqlTime::fromSql(f.value(3).toString()).offsetFromUtc()});
    }
    f.finish();
    if (finished.empty())
        return true;
    const DueDateEngine* office = nullptr;
    if (!engine(&office, error))
        return false;
    QSqlQuery update(m_db.connection());
    update.prepare(
        QStringLiteral("UPDATE indicator_facts SET working_tenths = ? WHERE dossier_id = ?"));
    for (const Finished& one : finished) {
        update.addBindValue(orNull(IndicatorFacts::measure(*office, one.acceptedS, one.endS,
                                                           pauses.value(one.id), one.offsetS)));
        update.addBindValue(one.id);
        if (!update.exec())
            return fail(update, error);
    }
    return true;
}

bool IndicatorStore::rebuildAll(const Database& db, QString* error)
{
    IndicatorStore store(db);
    if (!store.prepare(error))
        return false;
    QSqlQuery clear(db.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM indicator_daily")) ||
        !clear.exec(QStringLiteral("DELETE FROM indicator_month_end")) ||
        !clear.exec(QStringLiteral("DELETE FROM indicator_copies")) ||
        !clear.exec(QStringLiteral("DELETE FROM indicator_facts")))
        return store.fail(clear, error);
    QSqlQuery ids(db.connection());
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT id FROM dossiers ORDER BY id")))
        return store.fail(ids, error);
    QList<qint64> all;
    while (ids.next())
        all.append(ids.value(0).toLongLong());
    ids.finish();
    for (const qint64 id : std::as_const(all)) {
        IndicatorFacts facts;
        bool found = false;
        if (!store.loadFacts(id, &facts, &found, error) ||
            (found && !store.writeFacts(facts, error)))
            return false;
    }
    QSqlQuery range(db.connection());
    if (!range.exec(QStringLiteral("SELECT MIN(received_day), MAX(received_day) FROM "
                                   "indicator_facts")) ||
        !range.next())
        return store.fail(range, error);
    if (range.value(0).isNull())
        return true;
    return store.recountDays(range.value(0).toLongLong(), range.value(1).toLongLong(), error);
}
