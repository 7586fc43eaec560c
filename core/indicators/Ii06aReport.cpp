#include "Ii06aReport.h"

#include "storage/Database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

void Ii06aLine::add(const Ii06aLine& o)
{
    carriedOver += o.carriedOver;
    newOnline += o.newOnline;
    newDirect += o.newDirect;
    newPostal += o.newPostal;
    finishedBeforeDue += o.finishedBeforeDue;
    finishedOnDue += o.finishedOnDue;
    finishedLate += o.finishedLate;
    openWithinTime += o.openWithinTime;
    openOverdue += o.openOverdue;
}

QStringList Ii06aReport::columnKeys()
{
    return {QStringLiteral("field"),
            QStringLiteral("received_total"),
            QStringLiteral("carried_over"),
            QStringLiteral("new_total"),
            QStringLiteral("new_online"),
            QStringLiteral("new_direct"),
            QStringLiteral("new_postal"),
            QStringLiteral("finished_total"),
            QStringLiteral("finished_before_due"),
            QStringLiteral("finished_on_due"),
            QStringLiteral("finished_late"),
            QStringLiteral("open_total"),
            QStringLiteral("open_within_time"),
            QStringLiteral("open_overdue")};
}

QStringList Ii06aReport::columnTitles()
{
    return {tr("Field"),
            tr("Received: total"),
            tr("Carried over from the previous period"),
            tr("New in the period: total"),
            tr("New: online"),
            tr("New: at the counter"),
            tr("New: by public postal service"),
            tr("Handled: total"),
            tr("Handled before the due date"),
            tr("Handled on the due date"),
            tr("Handled late"),
            tr("In hand: total"),
            tr("In hand: within time"),
            tr("In hand: overdue")};
}

QList<qint64> Ii06aReport::values(const Ii06aLine& l)
{
    return {l.receivedTotal(), l.carriedOver,  l.newTotal(),      l.newOnline,
            l.newDirect,       l.newPostal,    l.finishedTotal(), l.finishedBeforeDue,
            l.finishedOnDue,   l.finishedLate, l.openTotal(),     l.openWithinTime,
            l.openOverdue};
}

bool Ii06aReport::compute(const Database& db, const ReportPeriod& period, const QDateTime& asOf,
                          Ii06aReport* report, QString* error)
{
    if (!period.isValid()) {
        if (error)
            *error = tr("Period: the first day must be a valid date on or before the last day.");
        return false;
    }
    const QDateTime end = asOf.isValid() && asOf < period.end() ? asOf : period.end();
    report->period = period;
    report->asOf = end;
    report->lines.clear();
    report->total = Ii06aLine();

    const qint64 t = end.toSecsSinceEpoch();
    const qint64 start = QDateTime(period.from, QTime(0, 0)).toSecsSinceEpoch();
    // Calendar dates of epoch seconds in the office's time (no daylight saving in Vietnam).
    const qint64 offset = QDateTime(period.from, QTime(0, 0)).offsetFromUtc();

    // m: the end when it happened by t, else t; w: the supplement time up to m; nreq: the
    // requests made by m (QĐ 766: a second one makes the dossier late).
    const QString measured = QStringLiteral(
        "SELECT z.*, (CASE WHEN z.supplement1_requested_s <= z.m THEN 1 ELSE 0 END) + "
        "(CASE WHEN z.supplement2_requested_s <= z.m THEN 1 ELSE 0 END) AS nreq, "
        "CASE WHEN z.supplement1_requested_s <= z.m THEN (CASE WHEN z.supplement1_received_s < "
        "z.m THEN z.supplement1_received_s ELSE z.m END) - z.supplement1_requested_s ELSE 0 END "
        "AS w FROM (SELECT f.procedure_code, f.received_day, f.channel, f.due_s, "
        "f.supplement1_requested_s, f.supplement1_received_s, f.supplement2_requested_s, "
        "CASE WHEN f.end_s <= :t THEN 1 ELSE 0 END AS ended, CASE WHEN f.end_s <= :t THEN "
        "f.end_s ELSE :t END AS m FROM indicator_facts f WHERE f.received_day <= :to_day AND "
        "f.accepted_s <= :t AND (f.end_s IS NULL OR f.end_s >= :start)) z");
    const QString dated =
        QStringLiteral(
            "SELECT y.*, (y.m - y.w + :offset) / 86400 AS md, (y.due_s + :offset) / 86400 AS dd, "
            "CASE WHEN y.nreq >= 2 OR y.m - y.w > y.due_s THEN 1 ELSE 0 END AS late FROM (") +
        measured + QStringLiteral(") y");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT x.procedure_code, "
                  "SUM(CASE WHEN x.received_day < :from_day THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN x.received_day >= :from_day AND x.channel = 2 THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN x.received_day >= :from_day AND x.channel = 1 THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN x.received_day >= :from_day AND x.channel = 3 THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN x.ended = 1 AND x.nreq < 2 AND x.md < x.dd THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN x.ended = 1 AND x.nreq < 2 AND x.md = x.dd THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN x.ended = 1 AND (x.nreq >= 2 OR x.md > x.dd) THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN x.ended = 0 AND x.late = 0 THEN 1 ELSE 0 END), "
                  "SUM(CASE WHEN x.ended = 0 AND x.late = 1 THEN 1 ELSE 0 END) "
                  "FROM (") +
              dated + QStringLiteral(") x GROUP BY x.procedure_code"));
    q.bindValue(QStringLiteral(":t"), t);
    q.bindValue(QStringLiteral(":start"), start);
    q.bindValue(QStringLiteral(":to_day"), period.to.toJulianDay());
    q.bindValue(QStringLiteral(":from_day"), period.from.toJulianDay());
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot compute the periodic report: %1").arg(q.lastError().text());
        return false;
    }
    QHash<QString, Ii06aLine> byProcedure;
    while (q.next()) {
        Ii06aLine l;
        l.carriedOver = q.value(1).toLongLong();
        l.newOnline = q.value(2).toLongLong();
        l.newDirect = q.value(3).toLongLong();
        l.newPostal = q.value(4).toLongLong();
        l.finishedBeforeDue = q.value(5).toLongLong();
        l.finishedOnDue = q.value(6).toLongLong();
        l.finishedLate = q.value(7).toLongLong();
        l.openWithinTime = q.value(8).toLongLong();
        l.openOverdue = q.value(9).toLongLong();
        byProcedure.insert(q.value(0).toString(), l);
    }
    QSqlQuery fields(db.connection());
    if (!fields.exec(QStringLiteral("SELECT code, field FROM procedures"))) {
        if (error)
            *error = tr("Cannot compute the periodic report: %1").arg(fields.lastError().text());
        return false;
    }
    QHash<QString, QString> fieldOf;
    while (fields.next())
        fieldOf.insert(fields.value(0).toString(), fields.value(1).toString());
    QMap<QString, Ii06aLine> byField;
    for (auto it = byProcedure.cbegin(); it != byProcedure.cend(); ++it) {
        const QString field = fieldOf.value(it.key(), it.key());
        Ii06aLine& line = byField[field];
        line.field = field;
        line.add(it.value());
        report->total.add(it.value());
    }
    report->lines = byField.values();
    return true;
}
