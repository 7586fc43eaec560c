// Audit log: how long the supervisor's page takes to read a page of a large log, first page and
// deep pages (keyset paging), with each filter; and how long verifying the chain takes.
//
//   bench_audit [ENTRIES]   (default 1,000,000)

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
const QStringList officers{QStringLiteral("Trần Thị Mai"), QStringLiteral("Phạm Văn Đức"),
                           QStringLiteral("Lê Văn Hùng"), QStringLiteral("Nguyễn Thị Lan")};
// Mostly views and status changes; exports are rare.
QString actionOf(int i)
{
    if (i % 1000 == 0)
        return QStringLiteral("export");
    if (i % 10 == 0)
        return QStringLiteral("print");
    return i % 2 == 0 ? QStringLiteral("view") : QStringLiteral("status");
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    Database db;
    QString error;
    if (!dir.isValid() ||
        !db.openAndMigrate(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        out << "cannot open a database: " << error << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    {
        TransactionGuard transaction(db);
        AuditChain chain(db);
        const QDateTime start(QDate(2024, 1, 1), QTime(7, 30));
        for (int i = 0; i < count; ++i) {
            AuditEntry entry;
            entry.at = start.addSecs(qint64(i) * 60); // one a minute
            entry.officer = officers.at(i % officers.size());
            entry.action = actionOf(i);
            entry.dossierCode =
                QStringLiteral("000.00.06.H56-%1").arg(i / 8, 8, 10, QLatin1Char('0'));
            if (!chain.append(entry, &error)) {
                out << error << '\n';
                return 1;
            }
        }
        if (!chain.finish(&error) || !transaction.commit(&error)) {
            out << error << '\n';
            return 1;
        }
    }
    out << count << " entries written in " << timer.elapsed() << " ms\n";

    const User reader = User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor);
    auto measure = [&](const char* name, AuditLog::Filter filter) {
        filter.limit = 200;
        QList<AuditEntry> page;
        QElapsedTimer t;
        t.start();
        if (!AuditLog::find(db, reader, filter, &page, &error)) {
            out << error << '\n';
            return;
        }
        const qint64 first = t.nsecsElapsed() / 1000;
        // 50 pages further down, as a supervisor scrolling would.
        int pages = 0;
        t.restart();
        while (pages < 50 && page.size() == 200) {
            filter.beforeAt = page.constLast().at;
            filter.beforeId = page.constLast().id;
            if (!AuditLog::find(db, reader, filter, &page, &error))
                break;
            ++pages;
        }
        out << name << ": first page " << first << " µs, then "
            << (pages ? t.nsecsElapsed() / 1000 / pages : 0) << " µs a page over " << pages
            << " pages\n";
    };
    measure("no filter", {});
    AuditLog::Filter f;
    f.officer = officers.at(2);
    measure("officer", f);
    f = {};
    f.action = QStringLiteral("print");
    measure("action print (1 in 10)", f);
    f.action = QStringLiteral("export");
    measure("action export (1 in 1000)", f);
    f = {};
    f.dossierCode = QStringLiteral("000.00.06.H56-%1").arg(count / 16, 8, 10, QLatin1Char('0'));
    measure("dossier code", f);
    f = {};
    f.from = QDateTime(QDate(2024, 3, 1), QTime(0, 0));
    f.to = QDateTime(QDate(2024, 3, 31), QTime(23, 59, 59));
    measure("one month", f);

    timer.restart();
    qint64 broken = 0;
    const bool intact = AuditLog::verify(db, &broken, &error);
    out << "verify: " << (intact ? "intact" : "broken") << " in " << timer.elapsed() << " ms\n";
    return 0;
}
