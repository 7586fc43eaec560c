#pragma once

#include "IndicatorFacts.h"
#include "common/BoundStatement.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <vector>

class Database;
class DueDateEngine;
class OfficeDueDateRules;

// Keeps the indicators' own tables current with the register, inside the register's write
// transaction: indicator_facts (one row per dossier) and indicator_daily, the counters of
// each day of receipt for the whole office (dimension 0) and per procedure (1), receiving
// officer (2) and channel (3), each dossier evaluated as of its own latest event, and
// indicator_month_end, the same evaluated at the end of the month of receipt, and
// indicator_copies, what counts on the day each dossier ends: its electronic certified copies
// and processing time (DOMAIN §10, QĐ 766 2.2). A report then sums days instead of recounting
// dossiers (IndicatorEngine).
class IndicatorStore
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorStore)

public:
    // engine: the office's calendar and working windows, when the caller has them loaded
    // (none: loaded from the database the first time a finished dossier needs them).
    explicit IndicatorStore(const Database& db, const DueDateEngine* engine = nullptr);
    ~IndicatorStore();

    bool prepare(QString* error);

    // A new dossier: its facts are written now, its counters at flush().
    bool add(const DossierRecord& record, QString* error);
    // Adds the counters of the dossiers written since the last flush: one by one when they
    // are few, else by recounting the days they were received on.
    bool flush(QString* error);

    // A dossier changed (status, supplement, apology): reads it back, takes its old counters
    // out, writes its new facts and puts its new counters in.
    bool refresh(qint64 dossierId, QString* error);

    // A citizen feedback naming dossierCode was recorded: the dossier is complained of from
    // its receipt (DOMAIN §10). Nothing to do when no dossier has the code.
    bool complained(const QString& dossierCode, QString* error);

    // Recounts the aggregates of the days of receipt from fromDay to toDay (Julian days), some
    // 20,000 dossiers at a time so that memory does not grow with their number.
    bool recountDays(qint64 fromDay, qint64 toDay, QString* error);

    // Facts and aggregates for every dossier, from the register's tables (the schema upgrade
    // that introduced them, and repairs).
    static bool rebuildAll(const Database& db, QString* error);

    // The schema upgrade to the facts' current shape: rebuildAll() when some dossiers have
    // no facts, else the complaint time of every dossier named by citizen feedback, the end
    // of each month of receipt, the day each dossier ended, the processing time of each
    // finished dossier and whether its result file is recorded (QĐ 766 2.2, 4.1), and every
    // aggregate counted again.
    static bool upgradeFacts(const Database& db, QString* error);

    // The procedure's result_document flag, for the facts of a dossier of that procedure.
    bool resultDocument(const QString& procedureCode, bool* issuesDocument, QString* error);

private:
    // The facts of a dossier, its processing time measured on the office's calendar.
    bool factsOf(const DossierRecord& record, const QDateTime& complainedAt, IndicatorFacts* facts,
                 QString* error);
    // The office's calendar and working windows, loaded the first time a finished dossier
    // needs them.
    bool engine(const DueDateEngine** engine, QString* error);
    // Every finished dossier's processing time, in bulk (upgradeFacts()).
    bool measureAllWorkingTimes(QString* error);
    // The days from fromDay to toDay that have dossiers (by dayColumn of the facts: received_day
    // or end_day), cut into runs of about windowRows dossiers (a day is never cut): first and
    // last day of each.
    bool dayWindows(const QString& dayColumn, qint64 fromDay, qint64 toDay,
                    QList<QPair<qint64, qint64>>* windows, QString* error);
    bool loadRecord(qint64 dossierId, DossierRecord* record, QDateTime* complainedAt, bool* found,
                    QString* error);
    bool loadFacts(qint64 dossierId, IndicatorFacts* facts, bool* found, QString* error);
    bool rewriteComplained(const QList<qint64>& ids, qint64 fromDay, qint64 toDay, QString* error);
    bool writeFacts(const IndicatorFacts& facts, QString* error);
    bool applyCounters(qint64 dossierId, int sign, QString* error);
    bool fail(const QSqlQuery& query, QString* error) const;

    const Database& m_db;
    BoundStatement m_insertFacts;
    std::vector<QSqlQuery> m_addCounters; // per aggregate table
    std::vector<QSqlQuery> m_subtractCounters;
    QList<qint64> m_pendingIds;
    qint64 m_pendingFirstDay = 0;
    qint64 m_pendingLastDay = 0;
    QHash<QString, bool> m_resultDocuments;
    const DueDateEngine* m_engine = nullptr;
    std::unique_ptr<OfficeDueDateRules> m_rules;
};
