#pragma once

#include "DossierRecord.h"
#include "DossierTerms.h"
#include "NoticeNumbers.h"
#include "audit/AuditLog.h"
#include "common/BatchInsert.h"
#include "common/BoundStatement.h"
#include "indicators/IndicatorStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QString>

class Database;
class DueDateRules;

// Writes whole dossiers inside a write transaction the caller holds (TransactionGuard):
// allocates the code and the ledger line, inserts the dossier, its events, supplement
// requests, apology letters and an audit entry, with statements prepared once so that
// importing or generating many dossiers in one transaction stays fast.
//
// Counters (the daily code sequence, the ledger line, the apology numbers) are read once and kept
// in memory: the transaction holds the write lock (BEGIN IMMEDIATE), so no other desk can move them
// until commit. flush() writes them back; call it before committing.
class DossierWriter
{
    Q_DECLARE_TR_FUNCTIONS(DossierWriter)

public:
    // rules: the office's rules the caller holds, whose calendar then measures processing
    // times (none: loaded from the database when a dossier finishes).
    explicit DossierWriter(const Database& db, const DueDateRules* rules = nullptr);

    bool prepare(QString* error);

    // Fills in record->dossier.code when empty ({agency}-{yyMMdd}-{NNNN}, DOMAIN §4), the
    // ledger position and every id; records an audit entry with action and the officer
    // (none when action is empty: the caller logs the batch).
    bool write(DossierRecord* record, const QString& agencyCode, const QDateTime& auditAt,
               const QString& auditOfficer, const QString& auditAction, QString* error);
    bool appendEvent(qint64 dossierId, const StatusEvent& event, QString* error);
    bool audit(const QDateTime& at, const QString& officer, const QString& action,
               const QString& dossierCode, const QString& detail, QString* error);
    // The dossier changed after it was written (status, supplement, apology): brings the
    // compliance indicators' counters up to date (IndicatorStore).
    bool refreshIndicators(qint64 dossierId, QString* error);
    // Writes the counters back, the rows still waiting to be written in batches, and the new
    // dossiers' indicator counters. Must run before the transaction commits.
    bool flush(QString* error);

    // {agency}-{yyMMdd}-{NNNN}
    static QString formatCode(const QString& agencyCode, const QDate& day, int number);
    // Splits a code of this form; false for any other shape.
    static bool parseCode(const QString& code, QString* agencyCode, QDate* day, int* number);

private:
    struct LedgerBook
    {
        qint64 id = 0;
        int number = 1;
        int lastLine = 0;
        bool dirty = false;
    };
    struct Sequence
    {
        int last = 0;
        bool dirty = false;
    };

    bool sequenceFor(const QString& agencyCode, const QDate& day, Sequence** sequence,
                     QString* error);
    bool ledgerFor(int year, LedgerBook** book, QString* error);
    bool fail(const QString& what, const QString& reason, QString* error) const;
    bool fail(const QSqlQuery& query, const QString& what, QString* error) const;
    // Writes the ledger lines and status events still waiting in their batches.
    bool flushRows(QString* error);

    const Database& m_db;
    QHash<QPair<QString, QDate>, Sequence> m_sequences; // key: agency code, day
    QHash<int, LedgerBook> m_books;                     // key: year
    BoundStatement m_insertDossier;
    BatchInsert m_insertLedgerLine;
    BatchInsert m_insertEvent;
    BatchInsert m_insertDocument;
    BoundStatement m_insertSupplement;
    BoundStatement m_insertApology;
    BoundStatement m_insertNotice;
    bool m_unnumberedNotices = false; // numbered by flush (NoticeNumbers::numberUnnumbered)
    DossierTerms m_terms;
    AuditChain m_audit;
    IndicatorStore m_indicators;
    NoticeNumberBatch m_noticeNumbers; // apology letters written without a number
};
