// The four measuring rules DOMAIN §10 settled in 2026, and the returned dossier without a
// finished time, each on a small hand-built set whose numerators and denominators are counted
// by hand in the comments.

#include "IndicatorFixture.h"
#include "TestDatabase.h"
#include "dossiers/DossierTransfer.h"
#include "dossiers/FeedbackRepository.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorStore.h"
#include "indicators/TargetRepository.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace IndicatorFixture;

namespace {

const QString civil = QStringLiteral("1.001193");    // Hộ tịch
const QString copy = QStringLiteral("2.000908");     // Chứng thực
const QString marriage = QStringLiteral("1.003583"); // Hộ tịch, issues a document

struct FeedbackRow
{
    const char* received;
    const char* deadline;
    const char* resolved;
    Rating rating;
    const char* dossier;
};

bool addFeedback(const Database& db, const QList<FeedbackRow>& rows, QString* error)
{
    QList<Feedback> items;
    for (const FeedbackRow& r : rows) {
        Feedback f;
        f.receivedAt = at(r.received);
        f.deadlineAt = at(r.deadline);
        f.resolvedAt = *r.resolved ? at(r.resolved) : QDateTime();
        f.rating = r.rating;
        f.dossierCode = QString::fromLatin1(r.dossier);
        f.content = QStringLiteral("Phản ánh về thời gian giải quyết");
        items << f;
    }
    SimpleDueDateRules rules;
    return FeedbackRepository(db, rules).insertAll(&items, QStringLiteral("test"), error);
}

bool report(const Database& db, const ReportPeriod& period, const char* asOf, IndicatorReport* r,
            QString* error)
{
    return IndicatorEngine(db).report(period, at(asOf), IndicatorGrouping::None, r, error);
}

void expect(const IndicatorReport& r, const char* key, qint64 numerator, qint64 denominator)
{
    const IndicatorValue* v = r.find(QString::fromLatin1(key));
    QVERIFY2(v, key);
    QVERIFY2(v->numerator == numerator && v->denominator == denominator,
             qPrintable(QStringLiteral("%1 as of %2: %3/%4, expected %5/%6")
                            .arg(QString::fromLatin1(key),
                                 r.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                            .arg(v->numerator)
                            .arg(v->denominator)
                            .arg(numerator)
                            .arg(denominator)));
}

QStringList dailySnapshot(const Database& db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    // The counters of the days of receipt, then those of the days of the dossiers' end.
    for (const QString& sql :
         {QStringLiteral("SELECT * FROM indicator_daily WHERE p <> 0 ORDER BY dim, day, grp"),
          QStringLiteral("SELECT * FROM indicator_copies WHERE copies <> 0 OR finished <> 0 "
                         "ORDER BY dim, day, grp")}) {
        q.exec(sql);
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(QLatin1Char(','));
        }
    }
    return rows;
}

} // namespace

class TestIndicatorRules : public QObject
{
    Q_OBJECT

private slots:
    // Rule 1: a returned dossier (10) without a finished time skipped status 9; its end is
    // the return time. The import accepts it and the register keeps it as it is.
    void returnedWithoutFinishedTimeIsValidInput()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        const QByteArray csv =
            "code,procedure_code,channel,received_at,due_at,status,applicant_name,applicant_id,"
            "applicant_phone,applicant_address,officer,digitized,e_result,fee,paid_online,"
            "e_certified_copies,supplement_requested_at,supplement_received_at,finished_at,"
            "returned_at,rating,apology_issued_at,apology_new_due_at\n"
            // R1 returned before its appointment: on time; electronic result.
            "000.00.06.H56-240304-0001,1.003583,direct,2024-03-04 08:15,2024-03-05 08:15,10,Nguyễn "
            "Văn An,,,,cb,0,1,0,"
            "0,0,,,,2024-03-05 08:00,satisfied,,\n"
            // R2 returned after its appointment: late.
            "000.00.06.H56-240306-0001,1.003583,direct,2024-03-06 08:00,2024-03-07 08:00,10,Trần "
            "Thị Bình,,,,cb,0,0,0,"
            "0,0,,,,2024-03-08 10:00,,,\n"
            // R3 finished before its appointment, returned after it: on time (9 is the end).
            "000.00.06.H56-240311-0001,1.003583,direct,2024-03-11 08:00,2024-03-12 08:00,10,Lê Văn "
            "Cường,,,,cb,0,0,0,"
            "0,0,,,2024-03-12 07:00,2024-03-13 09:00,,,\n";
        int imported = 0;
        QList<CsvProblem> problems;
        SimpleDueDateRules rules;
        const bool ok = DossierTransfer(t.db(), rules)
                            .importData(csv, QStringLiteral("cb"), &imported, &problems, &error);
        QStringList lines;
        for (const CsvProblem& p : std::as_const(problems))
            lines << p.toString();
        QVERIFY2(ok, qPrintable(error + lines.join(QLatin1Char('\n'))));
        QCOMPARE(imported, 3);

        // The register keeps the finished time empty and records no status 9.
        const DossierRepository repo(t.db(), rules);
        const QString r1Code = QStringLiteral("000.00.06.H56-240304-0001");
        Dossier r1;
        QList<StatusEvent> events;
        QVERIFY2(repo.load(r1Code, &r1, &error) && repo.history(r1Code, &events, &error),
                 qPrintable(error));
        QCOMPARE(r1.status, DossierStatus::Returned);
        QVERIFY(!r1.finishedAt.isValid());
        QCOMPARE(r1.returnedAt, at("2024-03-05 08:00"));
        for (const StatusEvent& e : std::as_const(events))
            QVERIFY(e.to != DossierStatus::Finished);
        QCOMPARE(events.last().to, DossierStatus::Returned);
        QCOMPARE(events.last().at, at("2024-03-05 08:00"));

        IndicatorReport r;
        QVERIFY2(report(t.db(), ReportPeriod::month(2024, 3), "2024-04-10 12:00", &r, &error),
                 qPrintable(error));
        // P = R1, R2, R3; late: R2 (ended at its return, 10/3 after 7/3 08:00).
        expect(r, "on_time_rate", 2, 3);
        // All three ended (R1, R2 at the return); R1 has an electronic result.
        expect(r, "e_result_rate", 1, 3);
        // As of 5/3 08:30 R1 has ended on time, R2 is open and not due: both on time.
        QVERIFY2(report(t.db(), ReportPeriod::month(2024, 3), "2024-03-06 09:00", &r, &error),
                 qPrintable(error));
        expect(r, "on_time_rate", 2, 2);
        expect(r, "e_result_rate", 1, 1);
    }

    // Rule 2: complained of from the receipt of a feedback naming the dossier (by the as-of
    // time); the flag still counts for complaints without a feedback entry.
    void complainedOfFromTheFeedbackNamingIt()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        // K4's feedback arrives before K4 is entered (an import of the feedback first).
        QVERIFY2(addFeedback(t.db(),
                             {{"2024-03-09 08:00", "2024-03-29 08:00", "", Rating::None, "K4"}},
                             &error),
                 qPrintable(error));
        // K1–K4 on time and satisfied at hand-over; K3 flagged as complained of.
        const QList<Spec> dossiers = {
            Spec(civil, "2024-03-04 08:00", "2024-03-05 08:00")
                .finished("2024-03-04 15:00")
                .returned("2024-03-04 16:00")
                .code(QStringLiteral("K1")),
            Spec(civil, "2024-03-04 09:00", "2024-03-05 09:00")
                .finished("2024-03-04 15:00")
                .returned("2024-03-04 16:00")
                .code(QStringLiteral("K2")),
            Spec(civil, "2024-03-04 10:00", "2024-03-05 10:00")
                .finished("2024-03-04 15:00")
                .complaint()
                .code(QStringLiteral("K3")),
            Spec(civil, "2024-03-08 10:00", "2024-03-11 10:00")
                .finished("2024-03-08 15:00")
                .code(QStringLiteral("K4")),
            // K5 still open, named by feedback on 11/3 before its appointment on 12/3: late
            // once the appointment passes, and complained of all the same.
            Spec(civil, "2024-03-11 08:00", "2024-03-12 08:00").code(QStringLiteral("K5")),
        };
        QVERIFY2(insert(t.db(), dossiers, &error), qPrintable(error));
        // K1 named on 20/3, K2 on 15/4.
        QVERIFY2(addFeedback(t.db(),
                             {{"2024-03-20 08:00", "2024-04-10 08:00", "2024-03-25 08:00",
                               Rating::Satisfied, "K1"},
                              {"2024-04-15 08:00", "2024-05-06 08:00", "", Rating::None, "K2"},
                              {"2024-03-11 12:00", "2024-04-01 08:00", "", Rating::None, "K5"},
                              {"2024-03-21 08:00", "2024-04-11 08:00", "", Rating::None, "X9"}},
                             &error),
                 qPrintable(error));

        IndicatorReport r;
        const ReportPeriod march = ReportPeriod::month(2024, 3);
        // As of 8/3 09:00 (K4 not received): K1, K2 satisfied; K3 flagged. 2/3.
        QVERIFY2(report(t.db(), march, "2024-03-08 09:00", &r, &error), qPrintable(error));
        expect(r, "satisfaction_rate", 2, 3);
        // As of 8/3 12:00: K4 received, its feedback not yet (9/3). 3/4.
        QVERIFY2(report(t.db(), march, "2024-03-08 12:00", &r, &error), qPrintable(error));
        expect(r, "satisfaction_rate", 3, 4);
        // As of 11/3 10:00: K5 received, not yet named, not yet due. K1, K2, K5: 3/5.
        QVERIFY2(report(t.db(), march, "2024-03-11 10:00", &r, &error), qPrintable(error));
        expect(r, "satisfaction_rate", 3, 5);
        expect(r, "on_time_rate", 5, 5);
        // As of 15/3: K4 complained of since 9/3, K5 since 11/3 and late since 12/3. K1, K2
        // satisfied: 2/5.
        QVERIFY2(report(t.db(), march, "2024-03-15 12:00", &r, &error), qPrintable(error));
        expect(r, "satisfaction_rate", 2, 5);
        expect(r, "on_time_rate", 4, 5);
        // As of 10/4: K1 named on 20/3. Only K2: 1/5.
        QVERIFY2(report(t.db(), march, "2024-04-10 12:00", &r, &error), qPrintable(error));
        expect(r, "satisfaction_rate", 1, 5);
        // As of 20/4: K2 named on 15/4 too. 0/5.
        QVERIFY2(report(t.db(), march, "2024-04-20 12:00", &r, &error), qPrintable(error));
        expect(r, "satisfaction_rate", 0, 5);

        // The counters kept as the feedback arrived are those of a recount.
        const QStringList kept = dailySnapshot(t.db());
        QVERIFY(!kept.isEmpty());
        QVERIFY2(IndicatorStore::rebuildAll(t.db(), &error), qPrintable(error));
        QCOMPARE(dailySnapshot(t.db()), kept);
        QVERIFY2(report(t.db(), march, "2024-04-10 12:00", &r, &error), qPrintable(error));
        expect(r, "satisfaction_rate", 1, 5);
        expect(r, "on_time_rate", 4, 5);
    }

    // Rule 3: feedback still open within its deadline at the as-of time counts as handled on
    // time, and satisfied unless rated otherwise, in both feedback rates' denominators.
    void openFeedbackWithinItsDeadlineIsOnTime()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        QVERIFY2(addFeedback(t.db(),
                             {// F1 open, due 20/4.
                              {"2024-03-28 08:00", "2024-04-20 08:00", "", Rating::None, ""},
                              // F2 open, due 5/4.
                              {"2024-03-14 08:00", "2024-04-05 08:00", "", Rating::None, ""},
                              // F3 resolved on 15/4 (in time), rated unsatisfied then.
                              {"2024-03-29 08:00", "2024-04-20 08:00", "2024-04-15 08:00",
                               Rating::Unsatisfied, ""},
                              // F4 resolved in time, rated unsatisfied.
                              {"2024-03-04 08:00", "2024-03-25 08:00", "2024-03-20 08:00",
                               Rating::Unsatisfied, ""},
                              // F5 open, due 20/4, already rated unsatisfied.
                              {"2024-03-29 09:00", "2024-04-20 08:00", "", Rating::Unsatisfied, ""},
                              // F6 resolved late, satisfied.
                              {"2024-03-01 08:00", "2024-03-21 08:00", "2024-03-22 08:00",
                               Rating::Satisfied, ""},
                              // F7 received after the period.
                              {"2024-04-01 08:00", "2024-04-20 08:00", "", Rating::None, ""}},
                             &error),
                 qPrintable(error));
        IndicatorReport r;
        const ReportPeriod march = ReportPeriod::month(2024, 3);
        // As of 10/4: F1–F6. On time: F1, F3 (open then), F4, F5. Satisfied: F1, F3 (its
        // rating comes later).
        QVERIFY2(report(t.db(), march, "2024-04-10 12:00", &r, &error), qPrintable(error));
        expect(r, "feedback_on_time_rate", 4, 6);
        expect(r, "feedback_satisfaction_rate", 2, 6);
        // As of 21/4: F1, F5 overdue; F3 resolved in time but unsatisfied. On time: F3, F4.
        QVERIFY2(report(t.db(), march, "2024-04-21 12:00", &r, &error), qPrintable(error));
        expect(r, "feedback_on_time_rate", 2, 6);
        expect(r, "feedback_satisfaction_rate", 0, 6);
        // As of 15/3: F2, F4, F6 received; all open within their deadlines.
        QVERIFY2(report(t.db(), march, "2024-03-15 12:00", &r, &error), qPrintable(error));
        expect(r, "feedback_on_time_rate", 3, 3);
        expect(r, "feedback_satisfaction_rate", 3, 3);
    }

    // Rule 4: electronic certified copies count when issued, at the end of their dossier,
    // within the period and by the as-of time; compared with the same period a year earlier
    // as of a year earlier.
    void certifiedCopiesCountWhenIssued()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        const QList<Spec> dossiers = {
            // C1 received on 31/12/2024, finished on 2/1/2025: 2 copies in January 2025.
            Spec(copy, "2024-12-31 10:00", "2025-01-02 17:00")
                .finished("2025-01-02 09:00")
                .copies(2)
                .code(QStringLiteral("C1")),
            // C2 3 copies on 6/1/2025.
            Spec(copy, "2025-01-06 08:00", "2025-01-06 17:00")
                .finished("2025-01-06 10:00")
                .returned("2025-01-06 11:00")
                .copies(3)
                .code(QStringLiteral("C2")),
            // C5 4 copies on 25/1/2025.
            Spec(copy, "2025-01-20 08:00", "2025-01-27 17:00")
                .finished("2025-01-25 10:00")
                .copies(4)
                .code(QStringLiteral("C5")),
            // C6 withdrawn: its copies were never issued.
            Spec(copy, "2025-01-10 08:00", "2025-01-10 17:00")
                .event(DossierStatus::Withdrawn, "2025-01-10 09:00")
                .copies(5)
                .code(QStringLiteral("C6")),
            // C3 1 copy on 3/1/2024.
            Spec(copy, "2024-01-03 08:00", "2024-01-03 17:00")
                .finished("2024-01-03 10:00")
                .copies(1)
                .code(QStringLiteral("C3")),
            // C4 received on 30/1/2024, finished on 2/2/2024: 6 copies in February 2024.
            Spec(copy, "2024-01-30 08:00", "2024-02-05 17:00")
                .finished("2024-02-02 10:00")
                .copies(6)
                .code(QStringLiteral("C4")),
        };
        QVERIFY2(insert(t.db(), dossiers, &error), qPrintable(error));

        auto copies = [&](const ReportPeriod& period, const char* asOf, qint64 now, qint64 before) {
            IndicatorReport r;
            QVERIFY2(report(t.db(), period, asOf, &r, &error), qPrintable(error));
            expect(r, "e_certified_copies", now, before);
        };
        // January 2025: C1 2 + C2 3 + C5 4; January 2024: C3 1.
        copies(ReportPeriod::month(2025, 1), "2025-01-31 23:59:59", 9, 1);
        // As of 22/1/2025 C5 is not finished; as of 22/1/2024 C3 was.
        copies(ReportPeriod::month(2025, 1), "2025-01-22 12:00", 5, 1);
        // As of 2/1/2025 08:00 nothing is issued yet; as of 2/1/2024 08:00 neither.
        copies(ReportPeriod::month(2025, 1), "2025-01-02 08:00", 0, 0);
        // The year 2024: C3 1 + C4 6 (C1 ended in 2025); 2023: none.
        copies(ReportPeriod::year(2024), "2024-12-31 23:59:59", 7, 0);
        // The year 2025 as of its end: C1, C2, C5; a year earlier C3, C4.
        copies(ReportPeriod::year(2025), "2025-12-31 23:59:59", 9, 7);
        // February 2024: C4, although it was received in January.
        copies(ReportPeriod::month(2024, 2), "2024-02-29 23:59:59", 6, 0);
    }

    // QĐ 766 4.5 and 4.3 over P, in the report after the plan's indicators, with the national
    // 80% target of 4.3.
    void identityCheckedAndDataReuse()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        const QList<Spec> dossiers = {
            Spec(civil, "2024-03-04 08:00", "2024-03-05 08:00").identityChecked().reusedData(),
            Spec(civil, "2024-03-05 08:00", "2024-03-06 08:00").identityChecked(),
            Spec(civil, "2024-03-06 08:00", "2024-03-07 08:00"),
            // Refused at the counter: outside P, its ticks do not count.
            Spec::notAccepted(civil, "2024-03-07 08:00", DossierStatus::Refused)
                .identityChecked()
                .reusedData(),
        };
        QVERIFY2(insert(t.db(), dossiers, &error), qPrintable(error));
        IndicatorReport r;
        QVERIFY2(report(t.db(), ReportPeriod::month(2024, 3), "2024-04-10 12:00", &r, &error),
                 qPrintable(error));
        expect(r, "identity_checked_rate", 2, 3);
        expect(r, "data_reuse_rate", 1, 3);
        const IndicatorValue* reuse = r.find(QStringLiteral("data_reuse_rate"));
        QCOMPARE(*reuse->target, 0.8);
        QCOMPARE(*reuse->met, false);
        QVERIFY(!r.find(QStringLiteral("identity_checked_rate"))->target);
        QCOMPARE(r.indicators.at(r.indicators.size() - 4).key,
                 QStringLiteral("identity_checked_rate"));
        QCOMPARE(r.indicators.at(r.indicators.size() - 3).key, QStringLiteral("data_reuse_rate"));
    }

    // QĐ 766 2.2 and 4.1 on a hand-built set. The office's windows are the defaults, 07:30–11:30
    // and 13:30–17:00, so one working day is 7.5 hours (27,000 s); tenths round half up.
    void processingTimeAndResultFiles()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        const QList<Spec> dossiers = {
            // A: Mon 4/3 08:00 to Tue 5/3 08:00, one working day: 10 tenths. Electronic result
            // with its file.
            Spec(civil, "2024-03-04 08:00", "2024-03-05 08:00")
                .processing("2024-03-04 08:05")
                .finished("2024-03-05 08:00")
                .eResult()
                .resultFile("VBĐT-2024-0001"),
            // B: received 06:30, so the clock starts at 07:30; finished 11:30: 4 h = 5.33 → 5.
            Spec(civil, "2024-03-04 06:30", "2024-03-05 07:30")
                .processing("2024-03-04 07:40")
                .finished("2024-03-04 11:30"),
            // C: Fri 8/3 16:00 to Thu 14/3 16:00 is 1 + 22.5 + 6.5 = 30 working hours, less the
            // supplement pause Mon 11/3 09:00 – Wed 13/3 09:00 (6 + 7.5 + 1.5 = 15 h): 15 h,
            // two working days, 20 tenths. Returned on 15/3, but 9 is the end. Electronic
            // result, file not recorded.
            Spec(marriage, "2024-03-08 16:00", "2024-03-13 16:00")
                .processing("2024-03-08 16:30")
                .supplement("2024-03-11 09:00", "2024-03-13 09:00")
                .finished("2024-03-14 16:00")
                .returned("2024-03-15 08:00")
                .eResult(),
            // D: received at lunch (12:00, clock from 13:30), returned Thu 7/3 10:00 without a
            // finished time (DOMAIN §10: its end is the return): 3.5 + 2.5 = 6 h = 8 tenths.
            Spec(civil, "2024-03-06 12:00", "2024-03-07 13:30")
                .processing("2024-03-06 13:30")
                .returned("2024-03-07 10:00")
                .eResult()
                .resultFile("/luu-tru/2024/03/ket-qua-D.pdf"),
            // E: still being processed: not finished, not counted.
            Spec(civil, "2024-03-11 08:00", "2024-03-12 08:00").processing("2024-03-11 09:00"),
            // F: withdrawn (7): ended but not finished, not counted.
            Spec(civil, "2024-03-12 08:00", "2024-03-13 08:00")
                .processing("2024-03-12 09:00")
                .event(DossierStatus::Withdrawn, "2024-03-13 10:00"),
            // G: a copy (no result document) finished in an hour: 1.33 → 1 tenth. Counted in
            // the average; its electronic result is outside 4.1 (no document).
            Spec(copy, "2024-03-04 09:00", "2024-03-04 17:00")
                .finished("2024-03-04 10:00")
                .eResult()
                .resultFile("BS-01"),
            // H (April): Fri 26/4 15:00 to Thu 2/5 09:00: 2 h on Friday; 27–28/4 weekend,
            // 29/4 (swapped, 2450/VPCP-KGVX), 30/4 and 1/5 holidays; 1.5 h on 2/5: 3.5 h →
            // 4.67 → 5 tenths.
            Spec(civil, "2024-04-26 15:00", "2024-05-02 15:00")
                .processing("2024-04-26 15:10")
                .finished("2024-05-02 09:00"),
            // I: received Thu 28/3 08:00, finished Tue 2/4 08:00: 7 h on 28/3, 7.5 h on Fri
            // 29/3 and on Mon 1/4, 0.5 h on 2/4: 22.5 h, three working days, 30 tenths.
            // Finished in April: counted in April's average, not March's.
            Spec(marriage, "2024-03-28 08:00", "2024-04-04 08:00")
                .processing("2024-03-28 08:30")
                .finished("2024-04-02 08:00"),
            // J: Mon 22/4 08:00 to Tue 23/4 08:00, one working day: 10 tenths.
            Spec(civil, "2024-04-22 08:00", "2024-04-23 08:00")
                .processing("2024-04-22 08:30")
                .finished("2024-04-23 08:00"),
        };
        QVERIFY2(insert(t.db(), dossiers, &error), qPrintable(error));

        const ReportPeriod march = ReportPeriod::month(2024, 3);
        IndicatorReport r;
        // As of the end of March: A 10 + B 5 + C 20 + D 8 + G 1 = 44 tenths over 5 dossiers,
        // 0.88 → 0.9 working days. Electronic results of finished dossiers with a document:
        // A, C, D; files recorded for A and D: 2/3.
        QVERIFY2(report(t.db(), march, "2024-03-31 23:59:59", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 44, 5);
        QCOMPARE(*r.find(QStringLiteral("avg_processing_working_days"))->value, 0.9);
        expect(r, "e_result_rate", 3, 4);
        expect(r, "e_result_file_rate", 2, 3);
        QCOMPARE(r.indicators.at(r.indicators.size() - 2).key,
                 QStringLiteral("avg_processing_working_days"));
        QCOMPARE(r.indicators.last().key, QStringLiteral("e_result_file_rate"));
        // No target unless one is set: no verdict.
        QVERIFY(!r.find(QStringLiteral("avg_processing_working_days"))->target);
        QVERIFY(!r.find(QStringLiteral("e_result_file_rate"))->target);

        // As of 14/3 12:00 C has not finished: A, B, D, G: 24 tenths over 4 = 0.6.
        QVERIFY2(report(t.db(), march, "2024-03-14 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 24, 4);
        QCOMPARE(*r.find(QStringLiteral("avg_processing_working_days"))->value, 0.6);
        expect(r, "e_result_file_rate", 2, 2);

        // QĐ 766 2.2 averages the dossiers finished in the period, whenever they were received
        // (DOMAIN §10: the end is status 9, else 10). March as of a later time still counts A,
        // B, C, D, G: I, received in March, finished in April.
        QVERIFY2(report(t.db(), march, "2024-05-31 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 44, 5);
        const ReportPeriod april = ReportPeriod::month(2024, 4);
        // April as of its end (the month-end aggregates): I 30 + J 10 = 40 tenths over 2;
        // H, received in April, finished in May.
        QVERIFY2(report(t.db(), april, "2024-04-30 23:59:59", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 40, 2);
        QCOMPARE(*r.find(QStringLiteral("avg_processing_working_days"))->value, 2.0);
        // As of 23/4 07:00 J finishes an hour later: I alone, 3.0. At 12:00 both.
        QVERIFY2(report(t.db(), april, "2024-04-23 07:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 30, 1);
        QVERIFY2(report(t.db(), april, "2024-04-22 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 30, 1);
        QVERIFY2(report(t.db(), april, "2024-04-23 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 40, 2);
        // Per procedure: I is a marriage, J a civil-status dossier.
        QVERIFY2(IndicatorEngine(t.db()).report(april, at("2024-05-31 12:00"),
                                                IndicatorGrouping::Procedure, &r, &error),
                 qPrintable(error));
        expect(r, "avg_processing_working_days", 40, 2);
        QHash<QString, QPair<qint64, qint64>> byProcedure;
        for (const IndicatorGroupReport& g : std::as_const(r.groups)) {
            for (const IndicatorValue& v : g.indicators) {
                if (v.key == QLatin1String("avg_processing_working_days") && v.denominator > 0)
                    byProcedure.insert(g.group, {v.numerator, v.denominator});
            }
        }
        QCOMPARE(byProcedure.size(), 2);
        QCOMPARE(byProcedure.value(marriage), qMakePair(qint64(30), qint64(1)));
        QCOMPARE(byProcedure.value(civil), qMakePair(qint64(10), qint64(1)));
        // May: H alone, over the weekend and the holidays: 5 tenths.
        QVERIFY2(report(t.db(), ReportPeriod::month(2024, 5), "2024-05-31 12:00", &r, &error),
                 qPrintable(error));
        expect(r, "avg_processing_working_days", 5, 1);

        // The officer records C's result file after the hand-over: 3/3. An open dossier has no
        // result to record.
        SimpleDueDateRules rules;
        DossierRepository repo(t.db(), rules);
        const User chief = User::acting(QStringLiteral("Trưởng bộ phận"), Role::Supervisor);
        QVERIFY2(repo.setResultFile(QStringLiteral("000.00.06.H56-240308-0001"),
                                    QStringLiteral("  VBĐT-2024-0003 "), chief, &error),
                 qPrintable(error));
        Dossier c;
        QVERIFY2(repo.load(QStringLiteral("000.00.06.H56-240308-0001"), &c, &error),
                 qPrintable(error));
        QCOMPARE(c.resultFile, QStringLiteral("VBĐT-2024-0003"));
        QVERIFY(!repo.setResultFile(QStringLiteral("000.00.06.H56-240311-0001"),
                                    QStringLiteral("x"), chief, &error));
        QVERIFY2(error.contains(QLatin1String("000.00.06.H56-240311-0001")), qPrintable(error));
        QVERIFY2(report(t.db(), march, "2024-03-31 23:59:59", &r, &error), qPrintable(error));
        expect(r, "e_result_file_rate", 3, 3);
        expect(r, "avg_processing_working_days", 44, 5);

        // E, received in March, finishes on Wed 3/4 10:00: 7 h on 11/3, 7.5 h on each of the
        // 16 working days 12/3–2/4, 2.5 h on 3/4: 129.5 h, 17.27 working days, 173 tenths. The
        // save moves it into April's average: (30 + 10 + 173) / 3 = 71 → 7.1.
        QVERIFY2(repo.markResultReady(QStringLiteral("000.00.06.H56-240311-0001"),
                                      at("2024-04-03 10:00"), chief, false, 0, &error),
                 qPrintable(error));
        QVERIFY2(report(t.db(), april, "2024-05-31 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 213, 3);
        QCOMPARE(*r.find(QStringLiteral("avg_processing_working_days"))->value, 7.1);
        QVERIFY2(report(t.db(), april, "2024-04-02 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 30, 1);
        QVERIFY2(report(t.db(), march, "2024-05-31 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 44, 5);

        // A target in working days, met at or below it.
        IndicatorTarget target;
        target.year = 2024;
        target.key = QStringLiteral("avg_processing_working_days");
        target.target = 1.0;
        target.source = QStringLiteral("Kế hoạch");
        QVERIFY2(TargetRepository(t.db()).setTarget(target, QStringLiteral("chief"), &error),
                 qPrintable(error));
        QVERIFY2(report(t.db(), march, "2024-03-31 23:59:59", &r, &error), qPrintable(error));
        QCOMPARE(*r.find(QStringLiteral("avg_processing_working_days"))->met, true);
        target.target = 0.8;
        QVERIFY2(TargetRepository(t.db()).setTarget(target, QStringLiteral("chief"), &error),
                 qPrintable(error));
        QVERIFY2(report(t.db(), march, "2024-03-31 23:59:59", &r, &error), qPrintable(error));
        QCOMPARE(*r.find(QStringLiteral("avg_processing_working_days"))->met, false);

        // A rebuild from the register's tables gives the same counters and numbers.
        const QStringList kept = dailySnapshot(t.db());
        QVERIFY2(IndicatorStore::rebuildAll(t.db(), &error), qPrintable(error));
        QCOMPARE(dailySnapshot(t.db()), kept);
        QVERIFY2(report(t.db(), march, "2024-03-31 23:59:59", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 44, 5);
        expect(r, "e_result_file_rate", 3, 3);
        QVERIFY2(report(t.db(), april, "2024-05-31 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 213, 3);
        // So does the schema upgrade's bulk measure, from the facts (the end days of a register
        // that kept them only for dossiers with copies, too).
        QVERIFY2(exec(t.db(),
                      QStringLiteral("UPDATE indicator_facts SET working_tenths = NULL, end_day = "
                                     "NULL WHERE e_certified_copies = 0"),
                      &error),
                 qPrintable(error));
        QVERIFY2(IndicatorStore::upgradeFacts(t.db(), &error), qPrintable(error));
        QCOMPARE(dailySnapshot(t.db()), kept);

        // A register of the version before this step: the end-day table without the finished
        // dossiers and their working time, end days only for the dossiers with copies, the average
        // summed per day of receipt. The upgrade fills the new columns.
        for (const char* sql :
             {"DROP INDEX indicator_facts_ended",
              "ALTER TABLE indicator_copies DROP COLUMN finished",
              "ALTER TABLE indicator_copies DROP COLUMN working_tenths",
              "UPDATE indicator_facts SET end_day = NULL WHERE e_certified_copies = 0",
              "DELETE FROM indicator_copies"}) {
            QVERIFY2(exec(t.db(), QString::fromLatin1(sql), &error), qPrintable(error));
        }
        // The version before the step that counts by end day, whatever number it is given.
        int endDayStep = 0;
        for (const MigrationStep& step : Migrations::steps()) {
            if (qstrcmp(step.description, "processing time counted when finished") == 0)
                endDayStep = step.version;
        }
        QVERIFY(endDayStep > 0);
        QVERIFY2(t.db().dialect().writeSchemaVersion(t.db().connection(), endDayStep - 1, &error),
                 qPrintable(error));
        QVERIFY2(t.db().migrate(&error), qPrintable(error));
        QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(dailySnapshot(t.db()), kept);
        QVERIFY2(report(t.db(), april, "2024-05-31 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 213, 3);
        QVERIFY2(report(t.db(), march, "2024-05-31 12:00", &r, &error), qPrintable(error));
        expect(r, "avg_processing_working_days", 44, 5);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorRules)
#include "tst_indicatorrules.moc"
