// The dossier register at a million dossiers: saving one dossier, the overdue list, search,
// and a 100,000-dossier import, into an empty register and into the full one. Prints the
// figures (wall time, and the process's CPU time, which varies less when other programs
// share the machine); not a test.
//
//   bench_register [dossiers=1000000] [import=100000] [--reuse FILE]
//
// --reuse FILE: the generated register is copied to FILE, or copied from it when it exists
// (generating a million dossiers takes minutes).

#include "accounts/User.h"
#include "catalogue/ProcedureRepository.h"
#include "common/HugePageHeap.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DossierTransfer.h"
#include "dossiers/OfficeDueDateRules.h"
#include "dossiers/SyntheticDossiers.h"
#include "settings/OfficeSettingsStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

namespace {
QTextStream out(stdout);

bool prepare(Database& db, const QString& path)
{
    QString error;
    OfficeSettings settings;
    settings.agencyName = QStringLiteral("UBND XÃ TÂN BÌNH");
    settings.parentAgency = QStringLiteral("UBND HUYỆN VĨNH CỬU");
    settings.agencyCode = QStringLiteral("000.00.06.H56");
    settings.placeName = QStringLiteral("Tân Bình");
    if (!db.openAndMigrate(path, &error) || !OfficeSettingsStore(db).save(settings, &error) ||
        !ProcedureRepository(db).seedIfEmpty(&error)) {
        out << "set-up failed: " << error << Qt::endl;
        return false;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// User and system CPU time of the process so far, in seconds.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Imports file into db; prints the wall and CPU time.
bool timeImport(const Database& db, const DueDateRules& rules, const QString& file,
                const QString& what)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    int imported = 0;
    QList<CsvProblem> problems;
    QString error;
    if (!DossierTransfer(db, rules).importFile(file, QStringLiteral("bench"), &imported, &problems,
                                               &error)) {
        out << "import failed: " << error
            << (problems.isEmpty() ? QString() : problems.first().toString()) << Qt::endl;
        return false;
    }
    out << QStringLiteral("import %1 dossiers from CSV into %2: %3 s (CPU %4 s)")
               .arg(imported)
               .arg(what)
               .arg(msSince(timer) / 1000, 0, 'f', 2)
               .arg(cpuSeconds() - cpu, 0, 'f', 2)
        << Qt::endl;
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    // The same heap as motcua-cli's, so that the figures are the ones an office gets.
    HugePageHeap::restartIfUseful(argv);
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString reuse;
    if (const qsizetype at = args.indexOf(QStringLiteral("--reuse"));
        at > 0 && at + 1 < args.size()) {
        reuse = args.at(at + 1);
        args.remove(at, 2);
    }
    const int total = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const int importCount = args.size() > 2 ? args.at(2).toInt() : 100000;
    out << "heap: GLIBC_TUNABLES=" << qEnvironmentVariable("GLIBC_TUNABLES") << Qt::endl;
    QTemporaryDir dir;
    QString error;
    QElapsedTimer timer;
    timer.start();
    int generated = 0;
    int feedback = 0;

    // The import file: dossiers of another year, exported from a second register.
    const QString file = dir.filePath(QStringLiteral("import.csv"));
    {
        Database other;
        if (!prepare(other, dir.filePath(QStringLiteral("other.sqlite"))))
            return 1;
        OfficeDueDateRules otherRules;
        otherRules.load(other, &error);
        SyntheticDossiers::Options next;
        next.count = importCount;
        next.year = 2025;
        next.seed = 2;
        next.asOf = QDateTime(QDate(2025, 12, 31), QTime(17, 0));
        next.feedback = false;
        if (!SyntheticDossiers(other, otherRules).generate(next, &generated, &feedback, &error) ||
            !DossierTransfer(other, otherRules)
                 .exportFile(file, QDateTime(), QDateTime(),
                             User::acting(QStringLiteral("bench"), Role::Administrator), true,
                             &generated, &error)) {
            out << "preparing the import failed: " << error << Qt::endl;
            return 1;
        }
    }
    // Into an empty register.
    {
        Database empty;
        OfficeDueDateRules emptyRules;
        if (!prepare(empty, dir.filePath(QStringLiteral("empty.sqlite"))) ||
            !emptyRules.load(empty, &error) ||
            !timeImport(empty, emptyRules, file, QStringLiteral("an empty register")))
            return 1;
    }

    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    const bool reused = !reuse.isEmpty() && QFile::exists(reuse);
    if (reused && !QFile::copy(reuse, path)) {
        out << "cannot copy " << reuse << Qt::endl;
        return 1;
    }
    Database db;
    if (!prepare(db, path))
        return 1;
    OfficeDueDateRules rules;
    if (!rules.load(db, &error)) {
        out << error << Qt::endl;
        return 1;
    }

    SyntheticDossiers::Options options;
    options.count = total;
    options.year = 2024;
    options.seed = 1;
    options.asOf = QDateTime(QDate(2024, 12, 31), QTime(17, 0));
    if (!reused) {
        timer.start();
        const double cpu = cpuSeconds();
        if (!SyntheticDossiers(db, rules).generate(options, &generated, &feedback, &error)) {
            out << "generate failed: " << error << Qt::endl;
            return 1;
        }
        out << QStringLiteral("generate %1 dossiers (+%2 feedback): %3 s (CPU %4 s)")
                   .arg(generated)
                   .arg(feedback)
                   .arg(msSince(timer) / 1000, 0, 'f', 1)
                   .arg(cpuSeconds() - cpu, 0, 'f', 1)
            << Qt::endl;
        if (!reuse.isEmpty()) {
            QSqlQuery checkpoint(db.connection());
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (!QFile::copy(path, reuse))
                out << "cannot copy the register to " << reuse << Qt::endl;
        }
    } else {
        QSqlQuery count(db.connection());
        count.exec(QStringLiteral("SELECT COUNT(*) FROM dossiers"));
        count.next();
        out << QStringLiteral("register copied from %1: %2 dossiers")
                   .arg(reuse)
                   .arg(count.value(0).toLongLong())
            << Qt::endl;
    }
    DossierRepository repository(db, rules);
    // Save one dossier: code, ledger line, dossier, first event, audit, in one transaction.
    QList<double> saves;
    for (int i = 0; i < 101; ++i) {
        Dossier d;
        d.procedureCode = QStringLiteral("1.001193");
        d.applicantName = QStringLiteral("Nguyễn Thị Bích Ngọc");
        d.applicantId = QStringLiteral("075190001234");
        d.applicantPhone = QStringLiteral("0912345678");
        d.receivedAt = QDateTime(QDate(2024, 12, 31), QTime(9, 0)).addSecs(i * 60);
        timer.restart();
        if (!repository.create(&d, QStringLiteral("bench"), &error)) {
            out << "save failed: " << error << Qt::endl;
            return 1;
        }
        saves << msSince(timer);
    }
    out << QStringLiteral("save one dossier: median %1 ms (max %2 ms)")
               .arg(median(saves), 0, 'f', 2)
               .arg(*std::max_element(saves.cbegin(), saves.cend()), 0, 'f', 2)
        << Qt::endl;

    QList<double> overdueTimes;
    QList<OverdueDossier> overdue;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        if (!repository.overdue(options.asOf, &overdue, &error)) {
            out << "overdue failed: " << error << Qt::endl;
            return 1;
        }
        overdueTimes << msSince(timer);
    }
    out << QStringLiteral("overdue list (%1 dossiers): median %2 ms")
               .arg(overdue.size())
               .arg(median(overdueTimes), 0, 'f', 2)
        << Qt::endl;

    // Search: a name prefix, a name without its start, an ID number, a phone, a code's tail,
    // and a text found nowhere (the worst case: a scan of the whole key index).
    QSqlQuery sample(db.connection());
    sample.prepare(QStringLiteral("SELECT applicant_id, applicant_phone, code FROM dossiers WHERE "
                                  "applicant_phone <> '' LIMIT 1 OFFSET ?"));
    sample.addBindValue(total / 2);
    if (!sample.exec() || !sample.next()) {
        out << "no sample dossier" << Qt::endl;
        return 1;
    }
    const QStringList queries = {
        QStringLiteral("nguyen van an"), QStringLiteral("Nguyễn Thị Thu"),
        QStringLiteral("thi ngoc lan"),  sample.value(0).toString(),
        sample.value(1).toString(),      sample.value(2).toString().right(11),
        QStringLiteral("xyz khong co"),  QStringLiteral("van an"),
        QStringLiteral("thi thu"),       QStringLiteral("van xyz")};
    sample.finish(); // an open read keeps a bulk write from setting indexes aside
    for (const QString& query : queries) {
        QList<double> times;
        QList<Dossier> found;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            if (!repository.search(query, 50, &found, &error)) {
                out << "search failed: " << error << Qt::endl;
                return 1;
            }
            times << msSince(timer);
        }
        out << QStringLiteral("search \"%1\" (%2 found): median %3 ms")
                   .arg(query)
                   .arg(found.size())
                   .arg(median(times), 0, 'f', 2)
            << Qt::endl;
    }
    // For comparison: the former fallback, a scan of the search_key index for text found
    // nowhere (what "xyz khong co" cost before the word-start search terms).
    {
        QSqlQuery scan(db.connection());
        scan.prepare(
            QStringLiteral("SELECT id FROM dossiers WHERE search_key LIKE ? ESCAPE '\\' LIMIT 50"));
        scan.addBindValue(QStringLiteral("%xyz khong co%"));
        timer.restart();
        int rows = 0;
        if (scan.exec()) {
            while (scan.next())
                ++rows;
        }
        out << QStringLiteral("former search_key scan for text found nowhere (%1 found): %2 ms")
                   .arg(rows)
                   .arg(msSince(timer), 0, 'f', 2)
            << Qt::endl;
    }

    // Import: the same 100,000 dossiers of another year, into the full register.
    if (!timeImport(db, rules, file, QStringLiteral("the register of %1").arg(total)))
        return 1;
    return 0;
}
