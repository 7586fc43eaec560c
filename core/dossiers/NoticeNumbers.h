#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>

class Database;

// The register of notice numbers (DOMAIN §9): kept per year and kind of notice, written with
// the symbol the office set for that kind on the day of the act ("12/PYCBS"). A number is
// taken once, when the notice is issued, and stored with it: a reprint shows the same.
class NoticeNumbers
{
    Q_DECLARE_TR_FUNCTIONS(NoticeNumbers)

public:
    // The next number of `form` (FormKinds::key) in the year of `day`. Runs in the caller's
    // transaction.
    static bool next(const Database& db, const QString& form, const QDate& day, QString* number,
                     QString* error);
    // Numbers the notices recorded without one (an imported or generated history, notices of a
    // register from before numbering): in the order of their time of issue (then of their
    // recording) within each year and kind, after the last number already issued, so that no
    // number is skipped or given twice and the same register always gets the same numbers.
    // Runs in the caller's transaction.
    static bool numberUnnumbered(const Database& db, QString* error);
};

// The same for many notices in one write transaction (an import numbering its apology
// letters): each year's counter is read once and kept in memory (the transaction holds the
// write lock, so no other desk moves it meanwhile) and each day's symbol looked up once.
// flush() writes the counters back; call it before the transaction commits.
class NoticeNumberBatch
{
public:
    explicit NoticeNumberBatch(const Database& db);

    bool next(const QString& form, const QDate& day, QString* number, QString* error);
    bool flush(QString* error);

private:
    struct Counter
    {
        int last = 0;
        bool dirty = false;
    };
    const Database& m_db;
    QHash<QPair<int, QString>, Counter> m_counters;  // key: year, form
    QHash<QPair<QDate, QString>, QString> m_symbols; // key: day, form
};
