// Procedure catalogue: how long the seed takes to load into a new database, how long an
// all-or-nothing import of a large provincial catalogue takes, and how fast the reception
// search answers. Prints the figures.

#include "catalogue/ProcedureCsv.h"
#include "catalogue/ProcedureRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    Database db;
    QString error;
    if (!dir.isValid() ||
        !db.openAndMigrate(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        out << "cannot open a database: " << error << '\n';
        return 1;
    }
    const ProcedureRepository repo(db);

    QElapsedTimer timer;
    timer.start();
    if (!repo.seedIfEmpty(&error)) {
        out << "seed failed: " << error << '\n';
        return 1;
    }
    out << "seed (43 procedures with documents) loaded in " << timer.elapsed() << " ms\n";

    // A provincial catalogue of 2,000 procedures (real ones have 1,500–2,000 at all levels).
    constexpr int count = 2000;
    QList<Procedure> generated;
    for (int i = 0; i < count; ++i) {
        Procedure p;
        p.code = QStringLiteral("8.%1").arg(i, 6, 10, QLatin1Char('0'));
        p.name = QStringLiteral("Thủ tục cấp giấy xác nhận số %1 về đất đai và xây dựng").arg(i);
        p.field = i % 2 ? QStringLiteral("Đất đai") : QStringLiteral("Hoạt động xây dựng");
        p.halves = 2 * (1 + i % 30);
        p.fee = 1000 * (i % 50);
        p.source = QStringLiteral("bench");
        generated.append(p);
    }
    QList<CsvRecord> records;
    if (!Csv::parse(ProcedureCsv::writeProcedures(generated).toUtf8(), &records, &error)) {
        out << error << '\n';
        return 1;
    }
    timer.restart();
    ProcedureRepository::ImportCounts counts;
    QList<CsvProblem> problems;
    if (!repo.importProcedures(records, &counts, &problems, &error)) {
        out << "import failed: " << error << '\n';
        return 1;
    }
    out << "import of " << counts.added << " procedures (one transaction) in " << timer.elapsed()
        << " ms\n";

    const QStringList queries = {QStringLiteral("khai sinh"), QStringLiteral("chung thuc"),
                                 QStringLiteral("1.001193"), QStringLiteral("xây dựng 1999"),
                                 QStringLiteral("giay xac nhan")};
    constexpr int rounds = 200;
    QList<Procedure> found;
    timer.restart();
    for (int r = 0; r < rounds; ++r) {
        for (const QString& q : queries) {
            if (!repo.search(q, &found, &error)) {
                out << error << '\n';
                return 1;
            }
        }
    }
    const double perSearch = double(timer.nsecsElapsed()) / 1e6 / (rounds * queries.size());
    out << "search over " << (count + 43) << " procedures: " << QString::number(perSearch, 'f', 2)
        << " ms per query (with documents)\n";
    return 0;
}
