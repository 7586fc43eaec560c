#include "IndicatorFixture.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "common/SqlTime.h"
#include "dossiers/FeedbackRepository.h"
#include "dossiers/SyntheticDossiers.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorSql.h"
#include "indicators/IndicatorStore.h"
#include "indicators/LiveCounters.h"
#include "indicators/TargetRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace IndicatorFixture;

namespace {

const QString civil = QStringLiteral("1.001193");    // Hộ tịch
const QString copy = QStringLiteral("2.000908");     // Chứng thực, no result document
const QString marriage = QStringLiteral("1.003583"); // Hộ tịch

// The March 2024 dataset; comments give each dossier's expected standing as of 10/4 12:00.
QList<Spec> march()
{
    QList<Spec> s;
    // D1 on time, satisfied, digitized, fee paid online, electronic result, 2 copies.
    s << Spec(marriage, "2024-03-04 08:00", "2024-03-11 08:00")
             .processing("2024-03-04 08:10")
             .finished("2024-03-08 10:00")
             .returned("2024-03-08 15:00")
             .digitized()
             .eResult()
             .fee(50000, true)
             .copies(2)
             .code(QStringLiteral("D1"));
    // D2 online, late (finished after the appointment) with an apology.
    s << Spec(civil, "2024-03-05 08:00", "2024-03-06 08:00")
             .channel(Channel::Online)
             .processing("2024-03-05 08:10")
             .apology("2024-03-05 16:00")
             .finished("2024-03-07 09:00")
             .returned("2024-03-07 10:00")
             .officer(QStringLiteral("Cán bộ B"))
             .code(QStringLiteral("D2"));
    // D3 late without an apology, fee paid in cash.
    s << Spec(marriage, "2024-03-05 09:00", "2024-03-06 09:00")
             .processing("2024-03-05 09:10")
             .finished("2024-03-08 09:00")
             .fee(20000, false)
             .code(QStringLiteral("D3"));
    // D4 the supplement time (48 h) is taken off: on time, digitized.
    s << Spec(civil, "2024-03-11 08:00", "2024-03-12 08:00")
             .processing("2024-03-11 08:10")
             .supplement("2024-03-11 10:00", "2024-03-13 10:00")
             .finished("2024-03-13 16:00")
             .digitized()
             .code(QStringLiteral("D4"));
    // D5 two supplement requests: late although quick; electronic result.
    s << Spec(marriage, "2024-03-12 08:00", "2024-03-19 08:00")
             .processing("2024-03-12 08:10")
             .supplement("2024-03-12 09:00", "2024-03-12 10:00")
             .supplement("2024-03-12 11:00", "2024-03-12 12:00")
             .finished("2024-03-12 13:00")
             .eResult()
             .officer(QStringLiteral("Cán bộ B"))
             .code(QStringLiteral("D5"));
    // D6 online, a supplement request still open, made before the appointment: on time.
    s << Spec(civil, "2024-03-18 08:00", "2024-03-19 08:00")
             .channel(Channel::Online)
             .processing("2024-03-18 08:10")
             .supplement("2024-03-18 15:00")
             .code(QStringLiteral("D6"));
    // D6b a supplement request still open, made after the appointment: late.
    s << Spec(civil, "2024-03-18 08:00", "2024-03-19 08:00")
             .processing("2024-03-18 08:10")
             .supplement("2024-03-20 09:00")
             .code(QStringLiteral("D6b"));
    // D7 status 10 without 9: the end is the hand-over; rated unsatisfied; fee paid online.
    s << Spec(marriage, "2024-03-20 08:00", "2024-03-21 08:00")
             .processing("2024-03-20 08:10")
             .returned("2024-03-20 16:00", Rating::Unsatisfied)
             .fee(10000, true)
             .code(QStringLiteral("D7"));
    // D8 withdrawn before the appointment: on time, not finished.
    s << Spec(civil, "2024-03-21 08:00", "2024-03-22 08:00")
             .processing("2024-03-21 08:10")
             .event(DossierStatus::Withdrawn, "2024-03-21 15:00")
             .code(QStringLiteral("D8"));
    // D9 the period's first minute; chứng thực (no result document), 3 copies.
    s << Spec(copy, "2024-03-01 00:00", "2024-03-01 17:00")
             .processing("2024-03-01 00:05")
             .finished("2024-03-01 10:00")
             .copies(3)
             .code(QStringLiteral("D9"));
    // D10 the period's last minute, still open, apology sent: late by 10/4.
    s << Spec(civil, "2024-03-31 23:59:30", "2024-04-01 17:00")
             .apology("2024-04-01 10:00")
             .code(QStringLiteral("D10"));
    // D11 and D12 just outside the period.
    s << Spec(civil, "2024-02-29 23:59:59", "2024-03-01 17:00")
             .processing("2024-03-01 08:00")
             .finished("2024-03-01 09:00")
             .code(QStringLiteral("D11"));
    s << Spec(civil, "2024-04-01 00:00", "2024-04-01 17:00")
             .processing("2024-04-01 08:00")
             .finished("2024-04-01 09:00")
             .code(QStringLiteral("D12"));
    // D13 refused, D14 submitted online and not accepted: outside P.
    s << Spec::notAccepted(civil, "2024-03-13 08:00", DossierStatus::Refused)
             .code(QStringLiteral("D13"));
    s << Spec::notAccepted(civil, "2024-03-14 08:00", DossierStatus::Registered)
             .channel(Channel::Online)
             .code(QStringLiteral("D14"));
    // D15 open, not yet due.
    s << Spec(marriage, "2024-03-29 08:00", "2024-04-30 08:00")
             .processing("2024-03-29 08:10")
             .code(QStringLiteral("D15"));
    // D16 postal, on time but the subject of a complaint.
    s << Spec(copy, "2024-03-06 08:00", "2024-03-07 08:00")
             .channel(Channel::Postal)
             .processing("2024-03-06 08:10")
             .finished("2024-03-06 16:00")
             .returned("2024-03-06 17:00")
             .complaint()
             .officer(QStringLiteral("Cán bộ B"))
             .code(QStringLiteral("D16"));
    // A year earlier: 4 electronic certified copies.
    s << Spec(copy, "2023-03-15 08:00", "2023-03-15 17:00")
             .processing("2023-03-15 08:10")
             .finished("2023-03-15 10:00")
             .copies(4)
             .code(QStringLiteral("D2023"));
    return s;
}

// Through the feedback register, which marks the dossiers it names as complained of.
bool addFeedback(const Database& db, QString* error)
{
    struct Row
    {
        const char* received;
        const char* deadline;
        const char* resolved;
        Rating rating;
        const char* dossier;
    };
    const Row rows[] = {
        {"2024-03-02 08:00", "2024-03-22 08:00", "2024-03-10 08:00", Rating::Satisfied, "D1"},
        {"2024-03-03 08:00", "2024-03-23 08:00", "2024-03-25 08:00", Rating::None, "D2"},
        {"2024-03-05 08:00", "2024-03-26 08:00", "2024-03-20 08:00", Rating::Unsatisfied, ""},
        {"2024-03-28 08:00", "2024-04-20 08:00", nullptr, Rating::None, ""},   // not yet due
        {"2024-03-01 08:00", "2024-03-21 08:00", nullptr, Rating::None, "D9"}, // overdue
        {"2024-04-02 08:00", "2024-04-22 08:00", nullptr, Rating::None, ""},   // outside
    };
    QList<Feedback> items;
    for (const Row& r : rows) {
        Feedback f;
        f.receivedAt = at(r.received);
        f.deadlineAt = at(r.deadline);
        f.resolvedAt = r.resolved ? at(r.resolved) : QDateTime();
        f.rating = r.rating;
        f.dossierCode = QString::fromLatin1(r.dossier);
        items << f;
    }
    SimpleDueDateRules rules;
    return FeedbackRepository(db, rules).insertAll(&items, QStringLiteral("test"), error);
}

void expect(const IndicatorValue* v, qint64 numerator, qint64 denominator, const char* key)
{
    QVERIFY2(v, key);
    QVERIFY2(v->numerator == numerator && v->denominator == denominator,
             qPrintable(QStringLiteral("%1: %2/%3, expected %4/%5")
                            .arg(QString::fromLatin1(key))
                            .arg(v->numerator)
                            .arg(v->denominator)
                            .arg(numerator)
                            .arg(denominator)));
}

const IndicatorValue* in(const QList<IndicatorValue>& list, const char* key)
{
    for (const IndicatorValue& v : list) {
        if (v.key == QLatin1String(key))
            return &v;
    }
    return nullptr;
}

} // namespace

class TestIndicatorEngine : public QObject
{
    Q_OBJECT

private:
    bool setUp(TestDatabase& t, QString* error)
    {
        return IndicatorFixture::prepare(t.db(), error) && insert(t.db(), march(), error) &&
               addFeedback(t.db(), error);
    }

private slots:
    void everyIndicatorByHand()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(setUp(t, &error), qPrintable(error));
        IndicatorReport r;
        QVERIFY2(IndicatorEngine(t.db()).report(ReportPeriod::month(2024, 3),
                                                at(QStringLiteral("2024-04-10 12:00")),
                                                IndicatorGrouping::None, &r, &error),
                 qPrintable(error));
        // P: D1–D10, D15, D16 and D6b: 13. Late: D2, D3, D5 (two requests), D6b (open request
        // after the appointment), D10 (open past the appointment).
        expect(r.find(QStringLiteral("on_time_rate")), 8, 13, "on_time_rate");
        // Not late, not unsatisfied (D7), no complaint (D16 flagged; D1 and D9 named by
        // feedback).
        expect(r.find(QStringLiteral("satisfaction_rate")), 4, 13, "satisfaction_rate");
        expect(r.find(QStringLiteral("digitized_rate")), 2, 13, "digitized_rate");
        // Finished (9/10) with a result document: D1, D2, D3, D4, D5, D7 (D9, D16: chứng thực).
        expect(r.find(QStringLiteral("e_result_rate")), 2, 6, "e_result_rate");
        expect(r.find(QStringLiteral("online_rate")), 2, 13, "online_rate");
        expect(r.find(QStringLiteral("online_payment_rate")), 2, 3, "online_payment_rate");
        // Feedback F1–F5: F2 resolved late, F5 overdue; F4 open within its deadline is on time
        // and satisfied; F3 rated unsatisfied.
        expect(r.find(QStringLiteral("feedback_on_time_rate")), 3, 5, "feedback_on_time_rate");
        expect(r.find(QStringLiteral("feedback_satisfaction_rate")), 2, 5,
               "feedback_satisfaction_rate");
        expect(r.find(QStringLiteral("apology_rate")), 2, 5, "apology_rate");
        expect(r.find(QStringLiteral("sample_dossier_rate")), 2, 3, "sample_dossier_rate");
        expect(r.find(QStringLiteral("online_service_rate")), 2, 3, "online_service_rate");
        expect(r.find(QStringLiteral("online_payment_procedures_rate")), 1, 2,
               "online_payment_procedures_rate");
        expect(r.find(QStringLiteral("e_certified_copies")), 5, 4, "e_certified_copies");

        const IndicatorValue* onTime = r.find(QStringLiteral("on_time_rate"));
        QCOMPARE(*onTime->value, 0.6154);
        QCOMPARE(*onTime->target, 0.97);
        QCOMPARE(*onTime->met, false);
        const IndicatorValue* copies = r.find(QStringLiteral("e_certified_copies"));
        QCOMPARE(*copies->value, 5.0);
        QCOMPARE(*copies->target, 4.0);
        QCOMPARE(*copies->met, true);
        QCOMPARE(r.indicators.size(), Indicators::keys().size());
        for (int i = 0; i < int(r.indicators.size()); ++i)
            QCOMPARE(r.indicators.at(i).key, Indicators::keys().at(i));
    }

    void eventsAfterTheAsOfTimeHaveNotHappened()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(setUp(t, &error), qPrintable(error));
        IndicatorReport r;
        QVERIFY2(IndicatorEngine(t.db()).report(ReportPeriod::month(2024, 3),
                                                at(QStringLiteral("2024-03-12 12:00")),
                                                IndicatorGrouping::None, &r, &error),
                 qPrintable(error));
        // Accepted by then: D9, D1, D2, D3, D16, D4 (its supplement still awaited: measured at
        // the request, on time), D5 (second request made: late). Late: D2, D3, D5.
        expect(r.find(QStringLiteral("on_time_rate")), 4, 7, "on_time_rate");
        // D2 and D3 were finished by then, D5 not yet: D1, D2, D3 have result documents.
        expect(r.find(QStringLiteral("e_result_rate")), 1, 3, "e_result_rate");
        expect(r.find(QStringLiteral("apology_rate")), 1, 3, "apology_rate");
        // Feedback: F1 resolved on time; F2, F3 and F5 open and not yet due (F3's rating comes
        // later); F4 not received yet.
        expect(r.find(QStringLiteral("feedback_on_time_rate")), 4, 4, "feedback_on_time_rate");
        expect(r.find(QStringLiteral("feedback_satisfaction_rate")), 4, 4,
               "feedback_satisfaction_rate");
        // D9 (3) and D1 (2) finished by then; a year earlier, as of 12/3/2023: D2023 not yet.
        expect(r.find(QStringLiteral("e_certified_copies")), 5, 0, "e_certified_copies");
    }

    void asOfInsideTheLastDayExcludesLaterReceipts()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(setUp(t, &error), qPrintable(error));
        IndicatorReport r;
        // D10 arrives at 23:59:30: as of 23:59:00 it has not been received yet.
        QVERIFY2(IndicatorEngine(t.db()).report(ReportPeriod::month(2024, 3),
                                                at(QStringLiteral("2024-03-31 23:59")),
                                                IndicatorGrouping::None, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.find(QStringLiteral("on_time_rate"))->denominator, 12);
        QVERIFY2(IndicatorEngine(t.db()).report(ReportPeriod::month(2024, 3),
                                                at(QStringLiteral("2024-03-31 23:59:59")),
                                                IndicatorGrouping::None, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.find(QStringLiteral("on_time_rate"))->denominator, 13);
        // As of the period's end D10 is not due yet; D6b is late (request after the due time).
        QCOMPARE(r.find(QStringLiteral("on_time_rate"))->numerator, 9);
    }

    void emptyPeriodHasNullValues()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(setUp(t, &error), qPrintable(error));
        IndicatorReport r;
        QVERIFY2(IndicatorEngine(t.db()).report(ReportPeriod::month(2024, 6),
                                                at(QStringLiteral("2024-06-30 23:59")),
                                                IndicatorGrouping::None, &r, &error),
                 qPrintable(error));
        for (const char* key :
             {"on_time_rate", "satisfaction_rate", "digitized_rate", "e_result_rate", "online_rate",
              "online_payment_rate", "feedback_on_time_rate", "feedback_satisfaction_rate",
              "apology_rate"}) {
            const IndicatorValue* v = r.find(QString::fromLatin1(key));
            QVERIFY2(v && v->denominator == 0 && !v->value && !v->met, key);
        }
        QCOMPARE(*r.find(QStringLiteral("on_time_rate"))->target, 0.97);
        // The catalogue indicators do not depend on the period.
        QCOMPARE(*r.find(QStringLiteral("sample_dossier_rate"))->value, 0.6667);
        const IndicatorValue* copies = r.find(QStringLiteral("e_certified_copies"));
        QCOMPARE(*copies->value, 0.0);
        QCOMPARE(*copies->met, false); // 0 is no increase over 0
    }

    void groupsByFieldProcedureOfficerChannel()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(setUp(t, &error), qPrintable(error));
        IndicatorEngine engine(t.db());
        const QDateTime asOf = at(QStringLiteral("2024-04-10 12:00"));
        IndicatorReport r;

        QVERIFY2(
            engine.report(ReportPeriod::month(2024, 3), asOf, IndicatorGrouping::Field, &r, &error),
            qPrintable(error));
        QCOMPARE(r.groups.size(), 2);
        QCOMPARE(r.groups.at(0).group, QStringLiteral("Chứng thực"));
        QCOMPARE(r.groups.at(1).group, QStringLiteral("Hộ tịch"));
        expect(in(r.groups.at(0).indicators, "on_time_rate"), 2, 2, "Chứng thực on_time_rate");
        // D9 named by F5, D16 flagged.
        expect(in(r.groups.at(0).indicators, "satisfaction_rate"), 0, 2,
               "Chứng thực satisfaction_rate");
        expect(in(r.groups.at(0).indicators, "feedback_on_time_rate"), 0, 1,
               "Chứng thực feedback_on_time_rate"); // F5 about D9
        expect(in(r.groups.at(0).indicators, "sample_dossier_rate"), 1, 1,
               "Chứng thực sample_dossier_rate");
        expect(in(r.groups.at(1).indicators, "on_time_rate"), 6, 11, "Hộ tịch on_time_rate");
        expect(in(r.groups.at(1).indicators, "e_certified_copies"), 2, 0,
               "Hộ tịch e_certified_copies");
        expect(in(r.groups.at(1).indicators, "online_service_rate"), 1, 2,
               "Hộ tịch online_service_rate");

        QVERIFY2(engine.report(ReportPeriod::month(2024, 3), asOf, IndicatorGrouping::Channel, &r,
                               &error),
                 qPrintable(error));
        QCOMPARE(r.groups.size(), 3);
        QCOMPARE(r.groups.at(0).group, QStringLiteral("direct"));
        QCOMPARE(r.groups.at(1).group, QStringLiteral("online"));
        QCOMPARE(r.groups.at(2).group, QStringLiteral("postal"));
        expect(in(r.groups.at(1).indicators, "on_time_rate"), 1, 2, "online on_time_rate");
        expect(in(r.groups.at(1).indicators, "online_rate"), 2, 2, "online online_rate");
        expect(in(r.groups.at(2).indicators, "satisfaction_rate"), 0, 1, "postal satisfaction");
        // Catalogue indicators are not a channel's.
        QVERIFY(!in(r.groups.at(0).indicators, "sample_dossier_rate")->value);

        QVERIFY2(engine.report(ReportPeriod::month(2024, 3), asOf, IndicatorGrouping::Officer, &r,
                               &error),
                 qPrintable(error));
        QCOMPARE(r.groups.size(), 2);
        QCOMPARE(r.groups.at(1).group, QStringLiteral("Cán bộ B"));
        // D2 (late), D5 (late), D16.
        expect(in(r.groups.at(1).indicators, "on_time_rate"), 1, 3, "Cán bộ B on_time_rate");

        QVERIFY2(engine.report(ReportPeriod::month(2024, 3), asOf, IndicatorGrouping::Procedure, &r,
                               &error),
                 qPrintable(error));
        QCOMPARE(r.groups.size(), 3);
        QCOMPARE(r.groups.at(0).group, civil);
        // D2, D4, D6, D6b, D8, D10: late D2, D6b, D10.
        expect(in(r.groups.at(0).indicators, "on_time_rate"), 3, 6, "1.001193 on_time_rate");
        expect(in(r.groups.at(0).indicators, "apology_rate"), 2, 3, "1.001193 apology_rate");
    }

    void targetsFallBackToAnEarlierYear()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        TargetRepository targets(t.db());
        IndicatorTarget changed;
        changed.year = 2026;
        changed.key = QStringLiteral("on_time_rate");
        changed.target = 0.9;
        changed.source = QStringLiteral("Kế hoạch CCHC năm 2026");
        QVERIFY2(targets.setTarget(changed, QStringLiteral("Chủ tịch"), &error), qPrintable(error));

        IndicatorEngine engine(t.db());
        IndicatorReport r;
        QVERIFY2(engine.report(ReportPeriod::year(2025), at(QStringLiteral("2025-12-31 23:59")),
                               IndicatorGrouping::None, &r, &error),
                 qPrintable(error));
        QCOMPARE(*r.find(QStringLiteral("on_time_rate"))->target, 0.97); // 2024's
        QVERIFY2(engine.report(ReportPeriod::quarter(2027, 2),
                               at(QStringLiteral("2027-06-30 23:59")), IndicatorGrouping::None, &r,
                               &error),
                 qPrintable(error));
        QCOMPARE(*r.find(QStringLiteral("on_time_rate"))->target, 0.9);       // 2026's
        QCOMPARE(*r.find(QStringLiteral("satisfaction_rate"))->target, 0.94); // still 2024's
        QVERIFY2(engine.report(ReportPeriod::year(2023), at(QStringLiteral("2023-12-31 23:59")),
                               IndicatorGrouping::None, &r, &error),
                 qPrintable(error));
        QVERIFY(!r.find(QStringLiteral("on_time_rate"))->target); // no plan before 2024
        QVERIFY(!r.find(QStringLiteral("on_time_rate"))->met);
        QVERIFY(!r.find(QStringLiteral("e_certified_copies"))->met);
    }

    void liveCountersFollowEachSave()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        SimpleDueDateRules rules;
        DossierRepository repo(t.db(), rules);
        LiveCounters live(t.db());
        const ReportPeriod year = ReportPeriod::year(QDate::currentDate().year());
        IndicatorReport r;

        Dossier d;
        d.procedureCode = marriage;
        d.applicantName = QStringLiteral("Trần Thị Bình");
        d.receivedAt = QDateTime::currentDateTime().addSecs(-60);
        d.digitized = true;
        QVERIFY2(repo.create(&d, QStringLiteral("cb1"), &error), qPrintable(error));
        QVERIFY2(live.current(year, &r, &error), qPrintable(error));
        expect(r.find(QStringLiteral("on_time_rate")), 1, 1, "after create");
        expect(r.find(QStringLiteral("digitized_rate")), 1, 1, "after create");

        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY2(repo.changeStatus(d.code, DossierStatus::Processing, now.addSecs(-50),
                                   User::acting(QStringLiteral("cb1")), QString(), &error),
                 qPrintable(error));
        QVERIFY2(repo.requestSupplement(d.code, now.addSecs(-40),
                                        User::acting(QStringLiteral("cb1")), QString(), false,
                                        &error),
                 qPrintable(error));
        QVERIFY2(repo.receiveSupplement(d.code, now.addSecs(-30),
                                        User::acting(QStringLiteral("cb1")), &error),
                 qPrintable(error));
        QVERIFY2(repo.requestSupplement(d.code, now.addSecs(-20),
                                        User::acting(QStringLiteral("cb1")),
                                        QStringLiteral("thiếu giấy tờ"), true, &error),
                 qPrintable(error));
        QVERIFY2(live.current(year, &r, &error), qPrintable(error));
        // QĐ 766: the second supplement request makes the dossier late at once.
        expect(r.find(QStringLiteral("on_time_rate")), 0, 1, "after a second request");
        expect(r.find(QStringLiteral("apology_rate")), 0, 1, "after a second request");
    }

    void incrementalCountersMatchARecount()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(setUp(t, &error), qPrintable(error));
        SimpleDueDateRules rules;
        DossierRepository repo(t.db(), rules);
        // Move some dossiers on through the register, one change at a time.
        QVERIFY2(repo.changeStatus(QStringLiteral("D15"), DossierStatus::Finished,
                                   at(QStringLiteral("2024-04-02 09:00")),
                                   User::acting(QStringLiteral("cb")), QString(), &error),
                 qPrintable(error));
        // D15 is Cán bộ A's: once finished, only a supervisor may act on it for them.
        QVERIFY2(repo.handOver(QStringLiteral("D15"), at(QStringLiteral("2024-04-03 09:00")),
                               User::acting(QStringLiteral("cb"), Role::Supervisor),
                               Rating::Unsatisfied, &error),
                 qPrintable(error));
        QVERIFY2(repo.receiveSupplement(QStringLiteral("D6"),
                                        at(QStringLiteral("2024-04-05 09:00")),
                                        User::acting(QStringLiteral("cb")), &error),
                 qPrintable(error));
        ApologyLetter letter;
        letter.issuedAt = at(QStringLiteral("2024-04-05 10:00"));
        letter.newDueAt = at(QStringLiteral("2024-04-20 10:00"));
        letter.reason = QStringLiteral("Chờ ý kiến cơ quan liên quan");
        QVERIFY2(repo.issueApology(QStringLiteral("D6"), &letter,
                                   User::acting(QStringLiteral("cb")), &error),
                 qPrintable(error));

        auto snapshot = [&t]() {
            QStringList rows;
            QSqlQuery q(t.db().connection());
            for (const QString& table :
                 {QStringLiteral("indicator_daily"), QStringLiteral("indicator_month_end"),
                  QStringLiteral("indicator_copies")}) {
                q.exec(QStringLiteral("SELECT * FROM ") + table +
                       (table == QLatin1String("indicator_copies")
                            ? QStringLiteral(" WHERE copies <> 0 OR finished <> 0 ORDER BY "
                                             "dim, day, grp")
                            : QStringLiteral(" WHERE p <> 0 ORDER BY dim, day, grp")));
                while (q.next()) {
                    QStringList values{table};
                    for (int i = 0; i < q.record().count(); ++i)
                        values << q.value(i).toString();
                    rows << values.join(QLatin1Char(','));
                }
            }
            return rows;
        };
        const QStringList incremental = snapshot();
        QVERIFY(!incremental.isEmpty());
        QVERIFY2(IndicatorStore::rebuildAll(t.db(), &error), qPrintable(error));
        QCOMPARE(incremental, snapshot());

        // And the reports agree with the hand count: D15 finished on time but unsatisfied,
        // D6 answered on 5/4 (paused since 18/3), now late with an apology.
        IndicatorReport r;
        QVERIFY2(IndicatorEngine(t.db()).report(ReportPeriod::month(2024, 3),
                                                at(QStringLiteral("2024-04-10 12:00")),
                                                IndicatorGrouping::None, &r, &error),
                 qPrintable(error));
        expect(r.find(QStringLiteral("on_time_rate")), 7, 13, "on_time_rate");
        // Satisfied: D4, D8 (D1, D9 complained of, D15 unsatisfied, D6 late).
        expect(r.find(QStringLiteral("satisfaction_rate")), 2, 13, "satisfaction_rate");
        expect(r.find(QStringLiteral("apology_rate")), 3, 6, "apology_rate");
    }

    // The daily aggregates, the late-since corrections and the live days together give what a
    // recount of every dossier gives, for any period and as-of time.
    void aggregatesAgreeWithARecount()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        SimpleDueDateRules rules;
        SyntheticDossiers::Options options;
        options.count = 3000;
        options.year = 2024;
        options.seed = 7;
        options.asOf = at("2024-11-20 10:00");
        int dossiers = 0;
        int feedback = 0;
        QVERIFY2(SyntheticDossiers(t.db(), rules).generate(options, &dossiers, &feedback, &error),
                 qPrintable(error));
        QVERIFY(dossiers > 2900);

        const IndicatorEngine engine(t.db());
        const QList<ReportPeriod> periods = {ReportPeriod::year(2024), ReportPeriod::month(2024, 3),
                                             ReportPeriod::quarter(2024, 4),
                                             ReportPeriod::day(QDate(2024, 11, 19))};
        // 31/3 23:59:59: March as of its end reads the month-end aggregates.
        const QList<QDateTime> times = {at("2024-03-15 12:00"),    at("2024-03-31 23:59:59"),
                                        at("2024-06-30 23:59:59"), at("2024-11-19 16:30"),
                                        at("2024-11-20 10:00"),    at("2025-02-01 00:00")};
        for (const ReportPeriod& period : periods) {
            for (const QDateTime& asOf : times) {
                for (const int dimension : {0, 1, 2}) {
                    QHash<QString, IndicatorEngine::Counters> counted;
                    QVERIFY2(engine.dossierCounters(period, asOf, dimension, &counted, &error),
                             qPrintable(error));
                    QSqlQuery q(t.db().connection());
                    const QString group =
                        IndicatorSql::groupExpression(dimension, QStringLiteral("r"));
                    QVERIFY(q.exec(QStringLiteral("SELECT ") + group + QStringLiteral(", ") +
                                   IndicatorSql::sums(QStringLiteral("r")) +
                                   QStringLiteral(" FROM (") +
                                   IndicatorSql::rows(QString::number(asOf.toSecsSinceEpoch()),
                                                      QStringLiteral("f.received_day >= %1 AND "
                                                                     "f.received_day <= %2")
                                                          .arg(period.from.toJulianDay())
                                                          .arg(period.to.toJulianDay()),
                                                      false) +
                                   QStringLiteral(") r GROUP BY ") + group));
                    int groups = 0;
                    while (q.next()) {
                        ++groups;
                        const IndicatorEngine::Counters c = counted.value(q.value(0).toString());
                        for (int i = 0; i < int(IndicatorSql::counters().size()); ++i) {
                            QVERIFY2(c[i] == q.value(i + 1).toLongLong(),
                                     qPrintable(QStringLiteral("%1 as of %2, dim %3, group %4, "
                                                               "%5: %6 instead of %7")
                                                    .arg(period.from.toString(Qt::ISODate),
                                                         asOf.toString(Qt::ISODate))
                                                    .arg(dimension)
                                                    .arg(q.value(0).toString(),
                                                         IndicatorSql::counters().at(i))
                                                    .arg(c[i])
                                                    .arg(q.value(i + 1).toLongLong())));
                        }
                    }
                    QVERIFY(groups > 0);
                    // DOMAIN §10: the copies issued in the period by the as-of time.
                    if (dimension == 0) {
                        const qint64 first = period.from.startOfDay().toSecsSinceEpoch();
                        const qint64 last =
                            std::min(period.to.addDays(1).startOfDay().toSecsSinceEpoch() - 1,
                                     asOf.toSecsSinceEpoch());
                        QVERIFY(q.exec(
                            QStringLiteral("SELECT COALESCE(SUM(e_certified_copies), 0) FROM "
                                           "indicator_facts WHERE end_status IN (9, 10) AND "
                                           "end_s >= %1 AND end_s <= %2")
                                .arg(first)
                                .arg(last)));
                        QVERIFY(q.next());
                        QCOMPARE(counted.value(QString())[15], q.value(0).toLongLong());
                        // QĐ 766 2.2: the dossiers finished in the period by the as-of time,
                        // whenever received, and their working time (indexes 13 and 14).
                        QVERIFY(q.exec(
                            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(working_tenths), 0) "
                                           "FROM indicator_facts WHERE end_status IN (9, 10) AND "
                                           "working_tenths IS NOT NULL AND end_s >= %1 AND "
                                           "end_s <= %2")
                                .arg(first)
                                .arg(last)));
                        QVERIFY(q.next());
                        QCOMPARE(counted.value(QString())[13], q.value(0).toLongLong());
                        QCOMPARE(counted.value(QString())[14], q.value(1).toLongLong());
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIndicatorEngine)
#include "tst_indicatorengine.moc"
