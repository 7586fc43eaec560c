#include "IndicatorSql.h"

const QStringList& IndicatorSql::counters()
{
    static const QStringList names = {QStringLiteral("p"),
                                      QStringLiteral("on_time"),
                                      QStringLiteral("satisfied"),
                                      QStringLiteral("digitized"),
                                      QStringLiteral("online"),
                                      QStringLiteral("fee_charged"),
                                      QStringLiteral("paid_online"),
                                      QStringLiteral("finished_doc"),
                                      QStringLiteral("e_result"),
                                      QStringLiteral("late_apology"),
                                      QStringLiteral("identity_checked"),
                                      QStringLiteral("reused_data"),
                                      QStringLiteral("e_result_file")};
    return names;
}

QString IndicatorSql::rows(const QString& asOf, const QString& where, bool withParameter)
{
    // z: the as-of time a, membership of P (accepted at or before a) and the measuring point
    // m: the end when it has happened by a, else a itself (QĐ 766: an open dossier is
    // measured at the as-of time; events after it have not happened yet).
    const QString z =
        QStringLiteral("SELECT f.*, ") + asOf +
        QStringLiteral(" AS a, CASE WHEN f.accepted_s <= ") + asOf +
        QStringLiteral(" THEN 1 ELSE 0 END AS inp, CASE WHEN f.end_s <= ") + asOf +
        QStringLiteral(" THEN f.end_s ELSE ") + asOf +
        QStringLiteral(" END AS m FROM indicator_facts f") +
        (withParameter ? QStringLiteral(", (SELECT CAST(? AS BIGINT) AS a) q") : QString()) +
        QStringLiteral(" WHERE ") + where;
    // y: the requests made by m, and the time waited for the first one up to its answer or
    // to m. A request still open at m therefore measures the dossier at the request time.
    const QString y =
        QStringLiteral(
            "SELECT z.*, (CASE WHEN z.supplement1_requested_s <= z.m THEN 1 ELSE 0 END) + "
            "(CASE WHEN z.supplement2_requested_s <= z.m THEN 1 ELSE 0 END) AS nreq, "
            "CASE WHEN z.supplement1_requested_s <= z.m THEN (CASE WHEN z.supplement1_received_s < "
            "z.m THEN z.supplement1_received_s ELSE z.m END) - z.supplement1_requested_s ELSE 0 "
            "END "
            "AS w FROM (") +
        z + QStringLiteral(") z");
    // x: late (QĐ 766 §2.1): a second supplement request, or (m - wait) after the appointment.
    const QString x = QStringLiteral("SELECT y.*, CASE WHEN y.inp = 1 AND (y.nreq >= 2 OR y.m - "
                                     "y.w > y.due_s) THEN 1 ELSE 0 "
                                     "END AS late, CASE WHEN y.inp = 1 AND y.end_s <= y.a AND "
                                     "y.end_status IN (9, 10) THEN 1 "
                                     "ELSE 0 END AS done FROM (") +
                      y + QStringLiteral(") y");
    return QStringLiteral(
               "SELECT x.dossier_id, x.received_day, x.procedure_code, x.officer, x.channel, "
               "x.last_s, "
               "x.late_from_s, x.inp AS n_p, "
               "CASE WHEN x.inp = 1 AND x.late = 0 THEN 1 ELSE 0 END AS n_on_time, "
               // QĐ 766 §5.4: neither late, nor rated unsatisfied (at hand-over, by a), nor
               // complained of (DOMAIN §10: flagged, or named by a feedback received by a).
               "CASE WHEN x.inp = 1 AND x.late = 0 AND x.complaint = 0 AND (x.complained_s IS "
               "NULL OR x.complained_s > x.a) AND (x.unsatisfied = 0 OR x.returned_s IS NULL OR "
               "x.returned_s > x.a) THEN 1 ELSE 0 END AS n_satisfied, "
               "CASE WHEN x.inp = 1 AND x.digitized = 1 THEN 1 ELSE 0 END AS n_digitized, "
               "CASE WHEN x.inp = 1 AND x.channel = 2 THEN 1 ELSE 0 END AS n_online, "
               "CASE WHEN x.inp = 1 AND x.fee_charged = 1 THEN 1 ELSE 0 END AS n_fee_charged, "
               "CASE WHEN x.inp = 1 AND x.fee_charged = 1 AND x.paid_online = 1 THEN 1 ELSE 0 END "
               "AS n_paid_online, "
               "CASE WHEN x.done = 1 AND x.result_document = 1 THEN 1 ELSE 0 END AS "
               "n_finished_doc, "
               "CASE WHEN x.done = 1 AND x.result_document = 1 AND x.e_result = 1 THEN 1 ELSE 0 "
               "END "
               "AS n_e_result, "
               "CASE WHEN x.late = 1 AND x.apology_s <= x.a THEN 1 ELSE 0 END AS n_late_apology, "
               "CASE WHEN x.inp = 1 AND x.identity_checked = 1 THEN 1 ELSE 0 END AS "
               "n_identity_checked, "
               "CASE WHEN x.inp = 1 AND x.reused_data = 1 THEN 1 ELSE 0 END AS n_reused_data, "
               // QĐ 766 4.1: of those with an electronic result (n_e_result), the result file
               // recorded.
               "CASE WHEN x.done = 1 AND x.result_document = 1 AND x.e_result = 1 AND "
               "x.result_file = 1 THEN 1 ELSE 0 END AS n_e_result_file "
               "FROM (") +
           x + QStringLiteral(") x");
}

QString IndicatorSql::sums(const QString& alias, int factor)
{
    QStringList parts;
    for (const QString& name : counters()) {
        parts << QStringLiteral("SUM(%1.n_%2)%3 AS %2")
                     .arg(alias, name,
                          factor == 1 ? QString() : QStringLiteral(" * %1").arg(factor));
    }
    return parts.join(QStringLiteral(", "));
}

QString IndicatorSql::dailyColumns()
{
    return counters().join(QStringLiteral(", "));
}

QString IndicatorSql::groupExpression(int dimension, const QString& alias)
{
    switch (dimension) {
    case 1:
        return alias + QStringLiteral(".procedure_code");
    case 2:
        return alias + QStringLiteral(".officer");
    case 3:
        return QStringLiteral("CAST(%1.channel AS TEXT)").arg(alias);
    default:
        // One group for the whole office. Not a bare '': PostgreSQL refuses a constant in
        // GROUP BY, and a query without GROUP BY would return a row even with no dossiers.
        return QStringLiteral("CAST('' AS TEXT)");
    }
}
