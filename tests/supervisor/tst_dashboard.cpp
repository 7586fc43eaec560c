#include "CliRun.h"
#include "IndicatorFixture.h"
#include "TestDatabase.h"
#include "common/DeskSession.h"
#include "dashboard/BreakdownModel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/IndicatorTile.h"
#include "dashboard/TrendChart.h"

#include <QTableView>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

// The live dashboard: a save by another process on the same database file reaches the tiles
// within two seconds, with no manual refresh; nothing is recomputed while the data is unchanged.
class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void tilesFollowASaveFromAnotherProcess()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        DeskSession session(t.db());
        DashboardPage page(session);
        page.resize(1366, 700);
        page.show();
        page.setPeriod(DashboardPage::PeriodKind::Year, QDate(2024, 6, 1));
        IndicatorTile* onTime = page.tile(QStringLiteral("on_time_rate"));
        QVERIFY(onTime);
        const QString before = onTime->countsText();
        QVERIFY2(before.startsWith(QStringLiteral("0 / 0")), qPrintable(before));

        // Idle: the 1-second check finds the same data version and recomputes nothing.
        const int idle = page.recomputations();
        QTest::qWait(1500);
        QCOMPARE(page.recomputations(), idle);

        // Another process (another desk, or the command line) writes to the same file.
        QString error;
        // On a server the process signs in as an account.
        QVERIFY2(signInCliProcesses(t.path(), &error), qPrintable(error));
        QProcess cli;
        cli.start(QStringLiteral(MOTCUA_CLI_PATH),
                  {QStringLiteral("--db"), t.path(), QStringLiteral("generate"),
                   QStringLiteral("--dossiers"), QStringLiteral("200"), QStringLiteral("--year"),
                   QStringLiteral("2024"), QStringLiteral("--as-of"),
                   QStringLiteral("2024-12-31 17:00")});
        QVERIFY2(cli.waitForFinished(120000), "motcua-cli generate did not finish");
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QElapsedTimer clock;
        clock.start();
        // The desk checks once a second; a loaded machine may take longer to recompute.
        QTRY_VERIFY_WITH_TIMEOUT(onTime->countsText() != before, 10000);
        qInfo("dashboard current %lld ms after the other process finished", clock.elapsed());
        QVERIFY2(!onTime->valueText().isEmpty() && onTime->valueText() != QStringLiteral("—"),
                 qPrintable(onTime->valueText()));
    }

    // The copies tile compares with the same period a year earlier (its target), not with
    // the previous month; the breakdown counts dossiers; a save refreshes what it can change.
    void copiesBreakdownAndRefresh()
    {
        using namespace IndicatorFixture;
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        const QString copy = QStringLiteral("2.000908");
        QVERIFY2(insert(t.db(),
                        {Spec(copy, "2024-03-05 08:00", "2024-03-05 17:00")
                             .finished("2024-03-05 10:00")
                             .copies(3),
                         Spec(copy, "2024-02-05 08:00", "2024-02-05 17:00")
                             .finished("2024-02-05 10:00")
                             .copies(5),
                         Spec(copy, "2023-03-06 08:00", "2023-03-06 17:00")
                             .finished("2023-03-06 10:00")
                             .copies(2)},
                        &error),
                 qPrintable(error));
        DeskSession session(t.db());
        DashboardPage page(session);
        page.resize(1366, 700);
        page.show();
        page.setPeriod(DashboardPage::PeriodKind::Month, QDate(2024, 3, 15));
        IndicatorTile* copies = page.tile(QStringLiteral("e_certified_copies"));
        QCOMPARE(copies->valueText(), QStringLiteral("3"));
        // 3 against March 2023's 2, not February 2024's 5.
        QVERIFY2(copies->countsText().contains(QStringLiteral("▲ +1 vs the same period last year")),
                 qPrintable(copies->countsText()));

        // QĐ 766 2.2: 08:00–10:00 is 2 of the 7.5 working hours of a day: 0.27 → 0.3 days,
        // as in February, against no target.
        IndicatorTile* days = page.tile(QStringLiteral("avg_processing_working_days"));
        QCOMPARE(days->valueText(), QStringLiteral("0.3 days"));
        QCOMPARE(days->countsText(), QStringLiteral("1 finished in the period · = 0.0 days"));
        // 4.1: no electronic result, no share.
        QCOMPARE(page.tile(QStringLiteral("e_result_file_rate"))->valueText(), QStringLiteral("—"));

        auto* table = page.findChild<QTableView*>(QStringLiteral("breakdownTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->headerData(BreakdownModel::Received, Qt::Horizontal).toString(),
                 QStringLiteral("Number of dossiers"));

        // The trend: February 2024 had one dossier. A dossier received in February is saved at
        // this desk: February's point follows, March's tiles stay.
        auto* chart = page.findChild<TrendChart*>();
        QVERIFY(chart);
        QVERIFY2(chart->toolTip().contains(QStringLiteral("02/2024: 1,")),
                 qPrintable(chart->toolTip()));
        Dossier d;
        d.procedureCode = copy;
        d.applicantName = QStringLiteral("Phạm Văn Đức");
        d.receivedAt = at("2024-02-20 09:00");
        DossierRepository repo(t.db(), session.rules());
        QVERIFY2(repo.create(&d, QStringLiteral("cb"), &error), qPrintable(error));
        const int before = page.recomputations();
        emit session.dossierChanged(d.code);
        QCOMPARE(page.recomputations(), before + 1);
        QVERIFY2(chart->toolTip().contains(QStringLiteral("02/2024: 2,")),
                 qPrintable(chart->toolTip()));
        QVERIFY2(chart->toolTip().contains(QStringLiteral("03/2024: 1,")),
                 qPrintable(chart->toolTip()));
        QCOMPARE(page.tile(QStringLiteral("on_time_rate"))->countsText().left(5),
                 QStringLiteral("1 / 1"));
    }

    void previousPeriods()
    {
        using K = DashboardPage::PeriodKind;
        const ReportPeriod march = ReportPeriod::month(2024, 3);
        QCOMPARE(DashboardPage::previousPeriod(K::Month, march).from, QDate(2024, 2, 1));
        QCOMPARE(DashboardPage::previousPeriod(K::Month, ReportPeriod::month(2024, 1)).to,
                 QDate(2023, 12, 31));
        QCOMPARE(DashboardPage::previousPeriod(K::Quarter, ReportPeriod::quarter(2024, 1)).from,
                 QDate(2023, 10, 1));
        QCOMPARE(DashboardPage::previousPeriod(K::Year, ReportPeriod::year(2024)).from,
                 QDate(2023, 1, 1));
        const ReportPeriod custom = ReportPeriod::range(QDate(2024, 3, 11), QDate(2024, 3, 20));
        const ReportPeriod before = DashboardPage::previousPeriod(K::Custom, custom);
        QCOMPARE(before.from, QDate(2024, 3, 1));
        QCOMPARE(before.to, QDate(2024, 3, 10));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
