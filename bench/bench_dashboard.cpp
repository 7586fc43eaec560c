// The supervisor's dashboard on a large register: how long its first draw of a month takes
// (the numbers computed, the tiles, breakdown and trend painted), and how long the refresh
// after one dossier is saved takes. Prints both, with the page's own "(N ms)" figure.
//
//   bench_dashboard -platform offscreen --db FILE --month YYYY-MM [--runs N]
//
// The month should hold dossiers (motcua-cli generate --dossiers N --year YYYY).

#include "accounts/User.h"
#include "common/DeskSession.h"
#include "dashboard/DashboardPage.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/OfficeDueDateRules.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// The page's own figure: "… (N ms)".
QString pageFigure(const DashboardPage& page)
{
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        const QString text = label->text();
        if (text.endsWith(QLatin1String(" ms)")))
            return text.mid(text.lastIndexOf(QLatin1Char('(')));
    }
    return QString();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database."),
                                      QStringLiteral("file"));
    const QCommandLineOption monthOption(QStringLiteral("month"), QStringLiteral("Month shown."),
                                         QStringLiteral("YYYY-MM"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({dbOption, monthOption, runsOption});
    parser.process(app);
    const QDate month =
        QDate::fromString(parser.value(monthOption) + QStringLiteral("-01"), Qt::ISODate);
    if (!parser.isSet(dbOption) || !month.isValid()) {
        out << "usage: bench_dashboard --db FILE --month YYYY-MM [--runs N]\n";
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

    DeskSession session(db);
    DashboardPage page(session);
    page.resize(1366, 700);
    page.show();
    QApplication::processEvents();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // The very first draw of the month: nothing kept from an earlier view.
    QElapsedTimer timer;
    timer.start();
    page.setPeriod(DashboardPage::PeriodKind::Month, month);
    page.grab();
    out << "first draw of the month, nothing kept: "
        << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms; the page said "
        << pageFigure(page) << '\n';

    // Then: another month first, then the one to measure, computed and painted.
    QList<double> firstDraws;
    QString firstFigure;
    for (int i = 0; i < runs; ++i) {
        page.setPeriod(DashboardPage::PeriodKind::Month, month.addMonths(-1 - i));
        timer.start();
        page.setPeriod(DashboardPage::PeriodKind::Month, month);
        page.grab();
        firstDraws << timer.nsecsElapsed() / 1e6;
        if (i == 0)
            firstFigure = pageFigure(page);
    }
    out << "draw of the month after another month (median of " << runs
        << "): " << QString::number(median(firstDraws), 'f', 1) << " ms; the page said "
        << firstFigure << " the first time\n";

    // One dossier received in that month saved at the counter, then the refresh that the
    // session's signal starts.
    OfficeDueDateRules rules;
    timer.start();
    if (!rules.load(db, &error)) {
        out << error << '\n';
        return 1;
    }
    // What a save that finishes a dossier pays once for its processing time (QĐ 766 2.2).
    out << "load the office's calendar and working hours: "
        << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms\n";
    QSqlQuery procedure(db.connection());
    procedure.exec(QStringLiteral("SELECT code FROM procedures WHERE active = 1 LIMIT 1"));
    procedure.next();
    DossierRepository repo(db, rules);
    const ReportPeriod period = page.period();
    QList<double> saves, refreshes, finishes;
    QString refreshFigure;
    const User bench = User::acting(QStringLiteral("bench"), Role::Supervisor);
    for (int i = 0; i < runs; ++i) {
        Dossier d;
        d.procedureCode = procedure.value(0).toString();
        d.applicantName = QStringLiteral("Nguyễn Văn Bench");
        d.receivedAt =
            std::min(period.defaultAsOf().addSecs(-3600 - 60 * i), QDateTime::currentDateTime());
        timer.start();
        if (!repo.create(&d, QStringLiteral("bench"), &error)) {
            out << error << '\n';
            return 1;
        }
        saves << timer.nsecsElapsed() / 1e6;
        timer.start();
        emit session.dossierChanged(d.code);
        page.grab();
        refreshes << timer.nsecsElapsed() / 1e6;
        refreshFigure = pageFigure(page);
        // The same dossier processed and finished: the save measures its working time.
        const QDateTime started = d.receivedAt.addSecs(60);
        if (!repo.changeStatus(d.code, DossierStatus::Processing, started, bench, QString(),
                               &error)) {
            out << error << '\n';
            return 1;
        }
        timer.start();
        if (!repo.markResultReady(d.code, started.addSecs(60), bench, true, 0,
                                  QStringLiteral("bench"), &error)) {
            out << error << '\n';
            return 1;
        }
        finishes << timer.nsecsElapsed() / 1e6;
    }
    out << "save one dossier (median of " << runs << "): " << QString::number(median(saves), 'f', 1)
        << " ms\n";
    out << "save that finishes a dossier (median of " << runs
        << "): " << QString::number(median(finishes), 'f', 1) << " ms\n";
    out << "refresh after the save (median of " << runs
        << "): " << QString::number(median(refreshes), 'f', 1) << " ms; the page said "
        << refreshFigure << " the last time\n";
    return 0;
}
