// The counter desk at scale: fills a database with synthetic dossiers (once; the file is kept
// for desk_startup.sh) and times what the dossier list asks of it: the first page, a page deep
// in the list, each sort, each filter and the searches. Prints the figures.
//
//   bench_desk DB.sqlite [COUNT [YEAR]]   (default 1,000,000 dossiers over 2022-2025; with YEAR
//   all of that year, as the register stands today)

#include "catalogue/ProcedureRepository.h"
#include "dossiers/DossierListRepository.h"
#include "dossiers/OfficeDueDateRules.h"
#include "dossiers/SyntheticDossiers.h"
#include "settings/OfficeSettingsStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>

namespace {

QTextStream out(stdout);

int dossierCount(const Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM dossiers")) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

bool fill(Database& db, int wanted, int onlyYear, QString* error)
{
    OfficeSettings office;
    if (!OfficeSettingsStore(db).load(&office, error))
        return false;
    if (!office.isConfigured()) {
        office.agencyName = QStringLiteral("UBND xã Tân Bình");
        office.parentAgency = QStringLiteral("UBND huyện Vĩnh Cửu");
        office.agencyCode = QStringLiteral("000.00.06.H56");
        office.placeName = QStringLiteral("Tân Bình");
        if (!OfficeSettingsStore(db).save(office, error))
            return false;
    }
    if (!ProcedureRepository(db).seedIfEmpty(error))
        return false;
    OfficeDueDateRules rules;
    if (!rules.load(db, error))
        return false;
    // Spread over the years before the current one, in chunks of at most 250,000 (one
    // transaction each).
    int have = dossierCount(db);
    int year = onlyYear > 0 ? onlyYear : 2022;
    quint64 seed = 1;
    while (have < wanted) {
        SyntheticDossiers::Options options;
        options.count = qMin(250000, wanted - have);
        options.year = year;
        options.seed = seed++;
        options.feedback = false;
        QElapsedTimer timer;
        timer.start();
        int made = 0;
        int feedback = 0;
        if (!SyntheticDossiers(db, rules).generate(options, &made, &feedback, error))
            return false;
        have += made;
        out << "generated " << made << " dossiers of " << year << " in " << timer.elapsed()
            << " ms\n";
        out.flush();
        if (onlyYear <= 0)
            year = year >= 2025 ? 2022 : year + 1;
    }
    return true;
}

void time(const QString& what, const std::function<bool(QString*)>& run)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = run(&error);
    out << QStringLiteral("%1: %2 ms%3\n")
               .arg(what, -48)
               .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
               .arg(ok ? QString() : QStringLiteral(" FAILED: ") + error);
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_desk DB.sqlite [COUNT [YEAR]]\n";
        return 2;
    }
    const int wanted = args.size() > 2 ? args.at(2).toInt() : 1000000;
    const int year = args.size() > 3 ? args.at(3).toInt() : 0;
    Database db;
    QString error;
    if (!db.openAndMigrate(args.at(1), &error) || !fill(db, wanted, year, &error)) {
        out << "cannot prepare the database: " << error << '\n';
        return 1;
    }
    out << "dossiers in the register: " << dossierCount(db) << '\n';

    const DossierListRepository list(db);
    const int page = 200;
    auto firstPage = [&](const DossierListFilter& filter, DossierListSort sort,
                         Qt::SortOrder order) {
        return [&, filter, sort, order](QString* e) {
            QList<DossierListRow> rows;
            return list.page(filter, sort, order, nullptr, page, &rows, e);
        };
    };
    time(QStringLiteral("first page, newest first"),
         firstPage({}, DossierListSort::ReceivedAt, Qt::DescendingOrder));
    time(QStringLiteral("first page by code"),
         firstPage({}, DossierListSort::Code, Qt::AscendingOrder));
    time(QStringLiteral("first page by applicant"),
         firstPage({}, DossierListSort::Applicant, Qt::AscendingOrder));
    time(QStringLiteral("first page by due date"),
         firstPage({}, DossierListSort::DueAt, Qt::AscendingOrder));

    // Scrolling: 500 pages (100,000 rows) one after the other; the last page is timed alone.
    {
        QList<DossierListRow> rows;
        DossierListRow last;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 500; ++i) {
            if (!list.page({}, DossierListSort::ReceivedAt, Qt::DescendingOrder,
                           i == 0 ? nullptr : &last, page, &rows, &error) ||
                rows.isEmpty())
                break;
            last = rows.constLast();
        }
        out << QStringLiteral("%1: %2 ms\n")
                   .arg(QStringLiteral("500 pages scrolled (100,000 rows)"), -48)
                   .arg(timer.elapsed());
        time(QStringLiteral("page 501 (rows 100,001-100,200)"), [&](QString* e) {
            return list.page({}, DossierListSort::ReceivedAt, Qt::DescendingOrder, &last, page,
                             &rows, e);
        });
    }

    const QDateTime now = QDateTime::currentDateTime();
    DossierListFilter overdue;
    overdue.runningOnly = true;
    overdue.dueBefore = now;
    time(QStringLiteral("overdue, by due date"),
         firstPage(overdue, DossierListSort::DueAt, Qt::AscendingOrder));
    DossierListFilter open;
    open.statuses = {DossierStatus::Accepted, DossierStatus::Processing,
                     DossierStatus::SupplementRequested};
    time(QStringLiteral("open statuses, newest first"),
         firstPage(open, DossierListSort::ReceivedAt, Qt::DescendingOrder));
    DossierListFilter field;
    field.field = QStringLiteral("Chứng thực");
    field.channel = int(Channel::Online);
    time(QStringLiteral("field + channel, newest first"),
         firstPage(field, DossierListSort::ReceivedAt, Qt::DescendingOrder));
    DossierListFilter month;
    month.receivedFrom = QDateTime(QDate(2024, 3, 1), QTime(0, 0));
    month.receivedTo = QDateTime(QDate(2024, 4, 1), QTime(0, 0));
    time(QStringLiteral("one month, newest first"),
         firstPage(month, DossierListSort::ReceivedAt, Qt::DescendingOrder));

    QList<DossierListRow> sample;
    list.page({}, DossierListSort::ReceivedAt, Qt::AscendingOrder, nullptr, 1, &sample, &error);
    if (!sample.isEmpty()) {
        DossierListFilter byCode;
        byCode.search = sample.first().code;
        time(QStringLiteral("search: a whole dossier code"),
             firstPage(byCode, DossierListSort::ReceivedAt, Qt::DescendingOrder));
        DossierListFilter byId;
        byId.search = sample.first().applicantId;
        time(QStringLiteral("search: a whole ID number"),
             firstPage(byId, DossierListSort::ReceivedAt, Qt::DescendingOrder));
    }
    DossierListFilter byName;
    byName.search = QStringLiteral("nguyen thi");
    time(QStringLiteral("search: a common name, no diacritics"),
         firstPage(byName, DossierListSort::ReceivedAt, Qt::DescendingOrder));
    DossierListFilter rare;
    rare.search = QStringLiteral("zzzz không có");
    time(QStringLiteral("search: text nobody has (whole scan)"),
         firstPage(rare, DossierListSort::ReceivedAt, Qt::DescendingOrder));
    time(QStringLiteral("count, capped at 10,000"), [&](QString* e) {
        int n = 0;
        return list.count({}, 10000, &n, e);
    });
    time(QStringLiteral("officers for the filter"), [&](QString* e) {
        QStringList officers;
        return list.officers(&officers, e);
    });
    return 0;
}
