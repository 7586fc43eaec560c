// Compliance indicators on a large register: how long a one-year report takes through the
// application's code, how long saving one dossier and reading the live counters again take,
// and the SQL of the same report for the sqlite3 shell (bench/indicators_bench.sh times it
// there). Prints the figures.
//
// bench_indicators --db FILE --year YYYY [--sql-dir DIR] [--runs N]

#include "common/SqlTime.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/OfficeDueDateRules.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorSql.h"
#include "indicators/LiveCounters.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// The statements of IndicatorEngine::report() for the office (no grouping), values written in.
QStringList reportSql(const ReportPeriod& period, const QDateTime& asOf)
{
    QStringList sql = IndicatorEngine::sqlTexts(period, asOf, 0);
    sql << QStringLiteral("SELECT code, field, active, sample_dossier, online_level, fee, "
                          "online_payment FROM procedures");
    sql << QStringLiteral("SELECT year, key, target, source, note, updated_by, updated_at FROM "
                          "indicator_targets t WHERE t.year = (SELECT MAX(u.year) FROM "
                          "indicator_targets u WHERE u.key = t.key AND u.year <= %1)")
               .arg(period.from.year());
    return sql;
}

// The same counters recounted from every dossier's facts, without the daily aggregates.
QStringList recountSql(const ReportPeriod& period, const QDateTime& asOf)
{
    QStringList sql;
    const ReportPeriod earlier{period.from.addYears(-1), period.to.addYears(-1)};
    for (const auto& [p, a] : {std::pair{period, asOf}, std::pair{earlier, asOf.addYears(-1)}}) {
        sql << QStringLiteral("SELECT ") + IndicatorSql::sums(QStringLiteral("r")) +
                   QStringLiteral(" FROM (") +
                   IndicatorSql::rows(QString::number(a.toSecsSinceEpoch()),
                                      QStringLiteral("f.received_day >= %1 AND f.received_day "
                                                     "<= %2")
                                          .arg(p.from.toJulianDay())
                                          .arg(p.to.toJulianDay()),
                                      false) +
                   QStringLiteral(") r");
    }
    return sql;
}

bool writeSql(const QString& path, const QStringList& statements)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream s(&f);
    for (const QString& statement : statements)
        s << statement << ";\n";
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database."),
                                      QStringLiteral("file"));
    const QCommandLineOption yearOption(QStringLiteral("year"), QStringLiteral("Report year."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption sqlOption(QStringLiteral("sql-dir"),
                                       QStringLiteral("Write report.sql and recount.sql here."),
                                       QStringLiteral("dir"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption monthOption(
        QStringLiteral("month"),
        QStringLiteral(
            "Write the SQL of this month's report (as of its end) instead of the year's."),
        QStringLiteral("M"));
    parser.addOptions({dbOption, yearOption, sqlOption, runsOption, monthOption});
    parser.process(app);
    if (!parser.isSet(dbOption) || !parser.isSet(yearOption)) {
        out << "usage: bench_indicators --db FILE --year YYYY [--sql-dir DIR] [--runs N]\n";
        return 2;
    }
    Database db;
    QString error;
    if (!db.openAndMigrate(parser.value(dbOption), &error)) {
        out << error << '\n';
        return 1;
    }
    QSqlQuery count(db.connection());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM dossiers"));
    count.next();
    out << "dossiers in the database: " << count.value(0).toLongLong() << '\n';

    const ReportPeriod period = ReportPeriod::year(parser.value(yearOption).toInt());
    const QDateTime asOf = period.defaultAsOf();
    const IndicatorEngine engine(db);
    IndicatorReport report;

    QElapsedTimer timer;
    timer.start();
    if (!engine.report(period, asOf, IndicatorGrouping::None, &report, &error)) {
        out << error << '\n';
        return 1;
    }
    out << "year report, first run: " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1)
        << " ms\n";
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        engine.report(period, asOf, IndicatorGrouping::None, &report, &error);
        times << timer.nsecsElapsed() / 1e6;
    }
    out << "year report through the application (median of " << runs
        << "): " << QString::number(median(times), 'f', 1) << " ms\n";
    const IndicatorValue* onTime = report.find(QStringLiteral("on_time_rate"));
    out << "  on_time_rate " << onTime->numerator << '/' << onTime->denominator << '\n';

    for (const IndicatorGrouping g : {IndicatorGrouping::Field, IndicatorGrouping::Officer}) {
        times.clear();
        for (int i = 0; i < std::max(1, runs / 2); ++i) {
            timer.restart();
            engine.report(period, asOf, g, &report, &error);
            times << timer.nsecsElapsed() / 1e6;
        }
        out << "year report --by " << IndicatorGroupings::key(g) << ": "
            << QString::number(median(times), 'f', 1) << " ms\n";
    }

    // A year report as of an earlier time: the days with later events are evaluated live.
    const QDateTime midYear(QDate(period.from.year(), 6, 30), QTime(23, 59, 59));
    times.clear();
    for (int i = 0; i < std::max(1, runs / 2); ++i) {
        timer.restart();
        engine.report(ReportPeriod{period.from, midYear.date()}, midYear, IndicatorGrouping::None,
                      &report, &error);
        times << timer.nsecsElapsed() / 1e6;
    }
    out << "half-year report as of 30/6 (live days): " << QString::number(median(times), 'f', 1)
        << " ms\n";

    if (parser.isSet(sqlOption)) {
        const QDir dir(parser.value(sqlOption));
        const ReportPeriod sqlPeriod =
            parser.isSet(monthOption)
                ? ReportPeriod::month(period.from.year(), parser.value(monthOption).toInt())
                : period;
        if (!writeSql(dir.filePath(QStringLiteral("report.sql")),
                      reportSql(sqlPeriod, sqlPeriod.defaultAsOf())) ||
            !writeSql(dir.filePath(QStringLiteral("recount.sql")), recountSql(period, asOf))) {
            out << "cannot write the SQL files\n";
            return 1;
        }
    }

    // One new dossier saved at the counter, then the dashboard's live counters again.
    OfficeDueDateRules rules;
    if (!rules.load(db, &error)) {
        out << error << '\n';
        return 1;
    }
    QSqlQuery procedure(db.connection());
    procedure.exec(QStringLiteral("SELECT code FROM procedures WHERE active = 1 LIMIT 1"));
    procedure.next();
    DossierRepository repo(db, rules);
    const LiveCounters live(db);
    QList<double> saves, reads;
    for (int i = 0; i < 5; ++i) {
        Dossier d;
        d.procedureCode = procedure.value(0).toString();
        d.applicantName = QStringLiteral("Nguyễn Văn Bench");
        d.receivedAt = std::min(asOf.addSecs(-3600), QDateTime::currentDateTime());
        timer.restart();
        if (!repo.create(&d, QStringLiteral("bench"), &error)) {
            out << error << '\n';
            return 1;
        }
        saves << timer.nsecsElapsed() / 1e6;
        timer.restart();
        if (!live.current(period, &report, &error)) {
            out << error << '\n';
            return 1;
        }
        reads << timer.nsecsElapsed() / 1e6;
    }
    out << "save one dossier (median of 5): " << QString::number(median(saves), 'f', 1)
        << " ms; live counters current again after (median of 5): "
        << QString::number(median(reads), 'f', 1) << " ms (P now "
        << report.find(QStringLiteral("on_time_rate"))->denominator << ")\n";
    return 0;
}
