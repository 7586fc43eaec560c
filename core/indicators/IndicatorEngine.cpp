#include "IndicatorEngine.h"

#include "IndicatorSql.h"
#include "TargetRepository.h"
#include "common/SqlTime.h"
#include "dossiers/Channel.h"
#include "storage/Database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

enum Counter {
    P,
    OnTime,
    Satisfied,
    Digitized,
    Online,
    FeeCharged,
    PaidOnline,
    FinishedDocument,
    EResult,
    LateApology,
    IdentityChecked,
    ReusedData,
    EResultFile,
    // Counted on the day each dossier ends (indicator_copies): the finished dossiers with a
    // measured processing time, its sum in tenths of a working day, the electronic certified
    // copies.
    Finished,
    WorkingTenths,
    ECertifiedCopies
};

// Everything one group's indicators are computed from.
struct Totals
{
    IndicatorEngine::Counters dossiers{};
    qint64 eCertifiedPrevious = 0;
    qint64 feedbackDecided = 0;
    qint64 feedbackOnTime = 0;
    qint64 feedbackSatisfied = 0;
    qint64 activeProcedures = 0;
    qint64 sampleDossier = 0;
    qint64 onlineService = 0;
    qint64 feeProcedures = 0;
    qint64 feeProceduresOnlinePayment = 0;
};

bool queryFailed(const QSqlQuery& query, QString* error)
{
    if (error)
        *error =
            IndicatorEngine::tr("Cannot compute the indicators: %1").arg(query.lastError().text());
    return false;
}

// The days of the period with an event after the as-of time.
const QString liveDays = QStringLiteral(
    "SELECT s.day FROM indicator_daily s WHERE s.dim = 0 AND s.grp = '' AND s.day >= ? AND "
    "s.day <= ? AND s.max_last_s > ?");

void add(IndicatorEngine::Counters* to, const QSqlQuery& q, int firstColumn, int sign = 1)
{
    for (int i = 0; i < int(IndicatorSql::counters().size()); ++i)
        (*to)[i] += sign * q.value(firstColumn + i).toLongLong();
}

IndicatorValue share(const QString& key, qint64 numerator, qint64 denominator,
                     const QHash<QString, IndicatorTarget>& targets)
{
    IndicatorValue v;
    v.key = key;
    v.numerator = numerator;
    v.denominator = denominator;
    if (denominator > 0)
        v.value = std::round(double(numerator) / double(denominator) * 10000.0) / 10000.0;
    const auto target = targets.constFind(key);
    if (target != targets.constEnd() && target->target) {
        v.target = *target->target;
        if (denominator > 0)
            v.met = double(numerator) / double(denominator) >= *v.target - 1e-12;
    }
    return v;
}

QList<IndicatorValue> indicatorsOf(const Totals& t, const QHash<QString, IndicatorTarget>& targets)
{
    const IndicatorEngine::Counters& c = t.dossiers;
    const qint64 late = c[P] - c[OnTime];
    QList<IndicatorValue> list;
    list << share(QStringLiteral("on_time_rate"), c[OnTime], c[P], targets)
         << share(QStringLiteral("satisfaction_rate"), c[Satisfied], c[P], targets)
         << share(QStringLiteral("digitized_rate"), c[Digitized], c[P], targets)
         << share(QStringLiteral("e_result_rate"), c[EResult], c[FinishedDocument], targets)
         << share(QStringLiteral("online_rate"), c[Online], c[P], targets)
         << share(QStringLiteral("online_payment_rate"), c[PaidOnline], c[FeeCharged], targets)
         << share(QStringLiteral("feedback_on_time_rate"), t.feedbackOnTime, t.feedbackDecided,
                  targets)
         << share(QStringLiteral("feedback_satisfaction_rate"), t.feedbackSatisfied,
                  t.feedbackDecided, targets)
         << share(QStringLiteral("apology_rate"), c[LateApology], late, targets)
         << share(QStringLiteral("sample_dossier_rate"), t.sampleDossier, t.activeProcedures,
                  targets)
         << share(QStringLiteral("online_service_rate"), t.onlineService, t.activeProcedures,
                  targets)
         << share(QStringLiteral("online_payment_procedures_rate"), t.feeProceduresOnlinePayment,
                  t.feeProcedures, targets);
    // The plan: more electronic certified copies than in the same period a year earlier.
    IndicatorValue copies;
    copies.key = QStringLiteral("e_certified_copies");
    copies.numerator = c[ECertifiedCopies];
    copies.denominator = t.eCertifiedPrevious;
    copies.value = double(c[ECertifiedCopies]);
    if (targets.contains(copies.key)) {
        copies.target = double(t.eCertifiedPrevious);
        copies.met = c[ECertifiedCopies] > t.eCertifiedPrevious;
    }
    list << copies;
    // QĐ 766 4.5 and 4.3, after the plan's indicators (the report's key order is a contract).
    list << share(QStringLiteral("identity_checked_rate"), c[IdentityChecked], c[P], targets)
         << share(QStringLiteral("data_reuse_rate"), c[ReusedData], c[P], targets);
    // QĐ 766 2.2: the mean processing time in working days with one decimal, over the
    // dossiers finished in the period (by the as-of time), whenever they were received; the
    // numerator is their working days times 10, so it stays an integer. Its target is a
    // number of working days, met at or below it.
    IndicatorValue days;
    days.key = QStringLiteral("avg_processing_working_days");
    days.numerator = c[WorkingTenths];
    days.denominator = c[Finished];
    if (days.denominator > 0)
        days.value = std::round(double(days.numerator) / double(days.denominator)) / 10.0;
    const auto daysTarget = targets.constFind(days.key);
    if (daysTarget != targets.constEnd() && daysTarget->target) {
        days.target = *daysTarget->target;
        if (days.value)
            days.met = *days.value <= *days.target + 1e-12;
    }
    list << days;
    // QĐ 766 4.1: of the finished dossiers with an electronic result, the result file recorded.
    list << share(QStringLiteral("e_result_file_rate"), c[EResultFile], c[EResult], targets);
    return list;
}

ReportPeriod yearEarlier(const ReportPeriod& period)
{
    return {period.from.addYears(-1), period.to.addYears(-1)};
}

} // namespace

IndicatorEngine::IndicatorEngine(const Database& db)
    : m_db(db)
{}

QList<IndicatorEngine::Statement> IndicatorEngine::counterStatements(const ReportPeriod& period,
                                                                     const QDateTime& asOf,
                                                                     int dimension, bool withCopies)
{
    const qint64 fromDay = period.from.toJulianDay();
    const qint64 toDay = period.to.toJulianDay();
    const qint64 a = asOf.toSecsSinceEpoch();
    QList<Statement> statements;

    QStringList sums;
    for (const QString& name : IndicatorSql::counters())
        sums << QStringLiteral("SUM(d.%1)").arg(name);

    // A calendar month as of its end: every dossier received in it is kept as of then.
    const ReportPeriod month = ReportPeriod::month(period.from.year(), period.from.month());
    if (period.from == month.from && period.to == month.to && a == month.end().toSecsSinceEpoch()) {
        statements.append(
            {QStringLiteral("SELECT d.grp, ") + sums.join(QStringLiteral(", ")) +
                 QStringLiteral(" FROM indicator_month_end d WHERE d.dim = ? AND d.day >= ? AND "
                                "d.day <= ? GROUP BY d.grp"),
             {dimension, fromDay, toDay},
             Statement::Add});
        if (withCopies)
            statements += copiesStatements(period, asOf, dimension);
        return statements;
    }

    // 1. The aggregates of the period's days: every dossier as of its own last event.
    statements.append({QStringLiteral("SELECT d.grp, ") + sums.join(QStringLiteral(", ")) +
                           QStringLiteral(" FROM indicator_daily d WHERE d.dim = ? AND d.day >= ? "
                                          "AND d.day <= ? GROUP BY d.grp"),
                       {dimension, fromDay, toDay},
                       Statement::Add});

    // 2. Open dossiers whose clock ran past their appointment after their last event (and by
    // the as-of time): late now (QĐ 766: an open dossier is measured at the as-of time). They
    // are few: the unary + keeps the planner on their partial index rather than the day index.
    const QString group = IndicatorSql::groupExpression(dimension, QStringLiteral("f"));
    statements.append(
        {QStringLiteral("SELECT ") + group +
             QStringLiteral(
                 // Complained of (flagged, or named by feedback, which is by last_s): already
                 // not satisfied.
                 ", COUNT(*), SUM(CASE WHEN f.complaint = 0 AND f.complained_s IS NULL THEN 1 "
                 "ELSE 0 END), SUM(CASE WHEN f.apology_s IS NOT NULL THEN 1 ELSE 0 END) FROM "
                 "indicator_facts f WHERE f.late_from_s IS NOT NULL AND "
                 "f.late_from_s < ? AND +f.received_day >= ? AND "
                 "+f.received_day <= ? AND +f.last_s <= ? GROUP BY ") +
             group,
         {a, fromDay, toDay, a},
         Statement::LateSince});

    // 3. Dossiers with events after the as-of time (on the days whose aggregates say there
    // are some): their aggregated standing is replaced by their standing as of then.
    const QString rowGroup = IndicatorSql::groupExpression(dimension, QStringLiteral("r"));
    const QString straddling =
        QStringLiteral("f.received_day IN (") + liveDays + QStringLiteral(") AND f.last_s > ");
    statements.append(
        {QStringLiteral("SELECT ") + rowGroup + QStringLiteral(", ") +
             IndicatorSql::sums(QStringLiteral("r")) + QStringLiteral(" FROM (") +
             IndicatorSql::rows(QStringLiteral("q.a"), straddling + QStringLiteral("q.a"), true) +
             QStringLiteral(") r GROUP BY ") + rowGroup,
         {a, fromDay, toDay, a},
         Statement::Add});
    statements.append({QStringLiteral("SELECT ") + rowGroup + QStringLiteral(", ") +
                           IndicatorSql::sums(QStringLiteral("r")) + QStringLiteral(" FROM (") +
                           IndicatorSql::rows(QStringLiteral("f.last_s"),
                                              straddling + QStringLiteral("?"), false) +
                           QStringLiteral(") r GROUP BY ") + rowGroup,
                       {fromDay, toDay, a, a},
                       Statement::Subtract});

    // 4. Electronic certified copies and processing times, counted when the dossier ends
    // (DOMAIN §10, QĐ 766 2.2).
    if (withCopies)
        statements += copiesStatements(period, asOf, dimension);
    return statements;
}

IndicatorEngine::Statement IndicatorEngine::feedbackStatement(const ReportPeriod& period,
                                                              const QDateTime& asOf, int dimension)
{
    // Feedback about a dossier belongs to that dossier's group. Stored times of one office
    // compare as text (SqlTime), and their first ten characters are the office's date.
    // DOMAIN §10: every item received by the as-of time counts; one still open whose deadline
    // has not passed is on time, like an open dossier, and satisfied unless rated otherwise. A
    // resolution (and its rating) after the as-of time has not happened yet.
    return {QStringLiteral("SELECT x.g, COUNT(*), SUM(x.on_time), SUM(CASE WHEN x.on_time = 1 AND "
                           "(x.rating IS NULL OR x.rating <> 'unsatisfied' OR x.later = 1) THEN 1 "
                           "ELSE 0 END) FROM (SELECT ") +
                IndicatorSql::groupExpression(dimension, QStringLiteral("f")) +
                QStringLiteral(
                    " AS g, fb.rating, CASE WHEN fb.resolved_at > q.a THEN 1 ELSE 0 END AS "
                    "later, CASE WHEN (fb.resolved_at <= q.a AND fb.resolved_at <= "
                    "fb.deadline_at) OR ((fb.resolved_at IS NULL OR fb.resolved_at > q.a) AND "
                    "fb.deadline_at >= q.a) THEN 1 ELSE 0 END AS on_time FROM (SELECT ? AS a) q, "
                    "feedback fb") +
                (dimension == 0
                     ? QString()
                     : QStringLiteral(" LEFT JOIN dossiers d ON d.code = fb.dossier_code "
                                      "LEFT JOIN indicator_facts f ON f.dossier_id = "
                                      "d.id")) +
                QStringLiteral(" WHERE fb.received_at >= ? AND fb.received_at < ? AND "
                               "fb.received_at <= q.a) x GROUP BY x.g"),
            {SqlTime::toSql(asOf), SqlTime::dateToSql(period.from),
             SqlTime::dateToSql(period.to.addDays(1))},
            Statement::Add};
}

QList<IndicatorEngine::Statement>
IndicatorEngine::copiesStatements(const ReportPeriod& period, const QDateTime& asOf, int dimension)
{
    // DOMAIN §10: electronic certified copies count at the end of their dossier (status 9,
    // else 10), within the period and by the as-of time, whenever the dossier was received; so
    // do the finished dossiers' processing times (QĐ 766 2.2). The days before the as-of day
    // from their sums, the as-of day itself from its dossiers.
    const qint64 fromDay = period.from.toJulianDay();
    const qint64 toDay = period.to.toJulianDay();
    const qint64 asOfDay = asOf.date().toJulianDay();
    QList<Statement> statements;
    if (fromDay <= std::min(toDay, asOfDay - 1)) {
        statements.append({QStringLiteral("SELECT c.grp, SUM(c.copies), SUM(c.finished), "
                                          "SUM(c.working_tenths) FROM indicator_copies c WHERE "
                                          "c.dim = ? AND c.day >= ? AND c.day <= ? GROUP BY "
                                          "c.grp"),
                           {dimension, fromDay, std::min(toDay, asOfDay - 1)},
                           Statement::Ended});
    }
    if (asOfDay >= fromDay && asOfDay <= toDay) {
        const QString group = IndicatorSql::groupExpression(dimension, QStringLiteral("f"));
        statements.append(
            {QStringLiteral("SELECT ") + group +
                 QStringLiteral(", SUM(f.e_certified_copies), SUM(CASE WHEN f.working_tenths "
                                "IS NULL THEN 0 ELSE 1 END), SUM(COALESCE(f.working_tenths, 0)) "
                                "FROM indicator_facts f WHERE f.end_day = ? AND f.end_s <= ? AND "
                                "f.end_status IN (9, 10) GROUP BY ") +
                 group,
             {asOfDay, asOf.toSecsSinceEpoch()},
             Statement::Ended});
    }
    return statements;
}

bool IndicatorEngine::exec(const Statement& statement, QSqlQuery* q, QString* error) const
{
    q->setForwardOnly(true);
    q->prepare(statement.sql);
    for (const QVariant& value : statement.values)
        q->addBindValue(value);
    return q->exec() || queryFailed(*q, error);
}

bool IndicatorEngine::run(const Statement& statement, QHash<QString, Counters>* counters,
                          QString* error) const
{
    QSqlQuery q(m_db.connection());
    if (!exec(statement, &q, error))
        return false;
    while (q.next()) {
        Counters& c = (*counters)[q.value(0).toString()];
        switch (statement.kind) {
        case Statement::LateSince:
            c[OnTime] -= q.value(1).toLongLong();
            c[Satisfied] -= q.value(2).toLongLong();
            c[LateApology] += q.value(3).toLongLong();
            break;
        case Statement::Ended:
            c[ECertifiedCopies] += q.value(1).toLongLong();
            c[Finished] += q.value(2).toLongLong();
            c[WorkingTenths] += q.value(3).toLongLong();
            break;
        case Statement::Add:
        case Statement::Subtract:
            add(&c, q, 1, statement.kind == Statement::Subtract ? -1 : 1);
            break;
        }
    }
    return true;
}

bool IndicatorEngine::eCertifiedCopies(const ReportPeriod& period, const QDateTime& asOf,
                                       int dimension, QHash<QString, Counters>* counters,
                                       QString* error) const
{
    counters->clear();
    for (const Statement& statement : copiesStatements(period, asOf, dimension)) {
        if (!run(statement, counters, error))
            return false;
    }
    return true;
}

QStringList IndicatorEngine::sqlTexts(const ReportPeriod& period, const QDateTime& asOf,
                                      int dimension)
{
    QList<Statement> statements = counterStatements(period, asOf, dimension);
    statements << copiesStatements(yearEarlier(period), asOf.addYears(-1), dimension)
               << feedbackStatement(period, asOf, dimension);
    QStringList texts;
    for (const Statement& statement : std::as_const(statements)) {
        QString text;
        qsizetype next = 0;
        for (const QChar c : statement.sql) {
            if (c == QLatin1Char('?') && next < statement.values.size()) {
                const QVariant& value = statement.values.at(next++);
                text += value.typeId() == QMetaType::QString
                            ? QLatin1Char('\'') + value.toString() + QLatin1Char('\'')
                            : value.toString();
            } else {
                text += c;
            }
        }
        texts << text;
    }
    return texts;
}

bool IndicatorEngine::dossierCounters(const ReportPeriod& period, const QDateTime& asOf,
                                      int dimension, QHash<QString, Counters>* counters,
                                      QString* error, bool withCopies) const
{
    counters->clear();
    for (const Statement& statement : counterStatements(period, asOf, dimension, withCopies)) {
        if (!run(statement, counters, error))
            return false;
    }
    return true;
}

bool IndicatorEngine::report(const ReportPeriod& period, const QDateTime& asOf,
                             IndicatorGrouping grouping, IndicatorReport* report,
                             QString* error) const
{
    if (!period.isValid()) {
        if (error)
            *error = tr("Period: the first day must be a valid date on or before the last day.");
        return false;
    }
    if (!asOf.isValid()) {
        if (error)
            *error = tr("As of: a valid date and time is required.");
        return false;
    }
    report->from = period.from;
    report->to = period.to;
    report->asOf = asOf;
    report->grouping = grouping;
    report->indicators.clear();
    report->groups.clear();

    // The procedures: field of each, and the catalogue indicators of the active ones.
    QHash<QString, QString> fieldOf;
    Totals overall;
    QMap<QString, Totals> groups;
    const bool byField = grouping == IndicatorGrouping::Field;
    const bool byProcedure = grouping == IndicatorGrouping::Procedure;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT code, field, active, sample_dossier, online_level, fee, "
                                   "online_payment FROM procedures")))
            return queryFailed(q, error);
        while (q.next()) {
            const QString code = q.value(0).toString();
            fieldOf.insert(code, q.value(1).toString());
            if (!q.value(2).toBool())
                continue;
            auto count = [&q](Totals* t) {
                ++t->activeProcedures;
                t->sampleDossier += q.value(3).toBool() ? 1 : 0;
                t->onlineService += q.value(4).toString() != QLatin1String("none") ? 1 : 0;
                if (q.value(5).toLongLong() > 0) {
                    ++t->feeProcedures;
                    t->feeProceduresOnlinePayment += q.value(6).toBool() ? 1 : 0;
                }
            };
            count(&overall);
            // Catalogue indicators belong to a field or a procedure, not to an officer or a
            // channel: those groups show them empty.
            if (byField)
                count(&groups[q.value(1).toString()]);
            else if (byProcedure)
                count(&groups[code]);
        }
    }

    const int dimension = grouping == IndicatorGrouping::Officer   ? 2
                          : grouping == IndicatorGrouping::Channel ? 3
                          : grouping == IndicatorGrouping::None    ? 0
                                                                   : 1;
    auto groupName = [&](const QString& key) {
        if (byField)
            return fieldOf.value(key, key);
        if (dimension == 3) {
            Channel channel = Channel::Direct;
            return Channels::fromCode(key.toInt(), &channel) ? Channels::key(channel) : key;
        }
        return key;
    };

    const ReportPeriod earlier = yearEarlier(period);
    const QDateTime earlierAsOf = asOf.addYears(-1);
    // Every dossier and every item of feedback belongs to one group of a dimension, so the
    // office's figures are the sum of its groups': one pass over the aggregates.
    {
        QHash<QString, Counters> now, before;
        if (!dossierCounters(period, asOf, dimension, &now, error) ||
            !eCertifiedCopies(earlier, earlierAsOf, dimension, &before, error))
            return false;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            for (Totals* t : {&overall, dimension == 0 ? nullptr : &groups[groupName(it.key())]}) {
                for (int i = 0; t && i < int(t->dossiers.size()); ++i)
                    t->dossiers[i] += it.value()[i];
            }
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            for (Totals* t : {&overall, dimension == 0 ? nullptr : &groups[groupName(it.key())]}) {
                if (t)
                    t->eCertifiedPrevious += it.value()[ECertifiedCopies];
            }
        }
    }

    // Citizen feedback received in the period, by the as-of time.
    {
        QSqlQuery q(m_db.connection());
        if (!exec(feedbackStatement(period, asOf, dimension), &q, error))
            return false;
        while (q.next()) {
            // Feedback not about a dossier of the register: in the office's figures only.
            const bool inGroup = dimension != 0 && !q.value(0).isNull();
            for (Totals* t :
                 {&overall, inGroup ? &groups[groupName(q.value(0).toString())] : nullptr}) {
                if (!t)
                    continue;
                t->feedbackDecided += q.value(1).toLongLong();
                t->feedbackOnTime += q.value(2).toLongLong();
                t->feedbackSatisfied += q.value(3).toLongLong();
            }
        }
    }

    QHash<QString, IndicatorTarget> targets;
    if (!TargetRepository(m_db).targetsFor(period.from.year(), &targets, error))
        return false;
    report->indicators = indicatorsOf(overall, targets);
    if (grouping != IndicatorGrouping::None) {
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            report->groups.append({it.key(), indicatorsOf(it.value(), targets)});
    }
    return true;
}
