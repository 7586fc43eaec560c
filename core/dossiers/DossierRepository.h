#pragma once

#include "ApologyLetter.h"
#include "CitizenRating.h"
#include "Dossier.h"
#include "DossierCsv.h"
#include "DossierRecord.h"
#include "StatusEvent.h"
#include "SupplementRequest.h"
#include "accounts/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>

class Database;
class TransactionGuard;
class DueDateRules;

// A dossier on the overdue list (DOMAIN §5: the lists work on the legal due date and show
// whether an apology was sent and its promised date).
struct OverdueDossier
{
    QString code;
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    DossierStatus status = DossierStatus::Processing;
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime legalDueAt;
    QDateTime apologyNewDueAt; // invalid when no apology was sent
    QDateTime apologyIssuedAt; // the first apology letter's date; invalid when none was sent
    int workingDaysOverdue = 0;
    QString officer;     // the receiving officer
    QString field;       // lĩnh vực of the procedure
    QString applicantId; // in full: the list masks it
    int apologyCount = 0;
};

// What the register reads of an active procedure of the catalogue.
struct CatalogueEntry
{
    QString code;
    QString field;
    int halves = 0; // the limit in halves of its unit
    QString unit;
    qint64 fee = 0;
    bool resultDocument = true;
};

// The dossier register: every read and write of dossiers and their history.
class DossierRepository
{
    Q_DECLARE_TR_FUNCTIONS(DossierRepository)

public:
    DossierRepository(const Database& db, const DueDateRules& rules);

    // Receives a dossier at the counter (status 2), refuses it (3) or registers an online
    // submission (1). In one write transaction: allocates the code and the ledger line,
    // copies the procedure's limit and unit, computes the appointment when dossier->dueAt
    // is empty, writes the dossier, its first status event and an audit entry.
    // On success dossier holds its id, code and ledger position.
    bool create(Dossier* dossier, const QString& officer, QString* error);

    // Writes imported or generated dossiers with their history in one transaction: all or
    // nothing. Each record must be complete (validated, due dates computed). They are written
    // in order of receipt (ledger lines, codes issued for records without one, and the
    // register's indexes by time then grow at their end); the list keeps its order.
    bool insertAll(QList<DossierRecord>* records, const QString& officer, const QString& action,
                   QString* error);
    // The same for a stream of records too large to hold at once: next() gives the next
    // record to write (written in place: code, ids) or nullptr at the end.
    // auditEachDossier: one audit entry per dossier (imports), or one for the batch
    // (synthetic data). expected: about how many records next() gives; a write that at least
    // doubles the register builds its secondary indexes once at the end (BulkIndexes).
    // complete (optional) is asked when next() gave nullptr: false abandons the transaction
    // (an import that found a bad row after writing the rows before it).
    // The page cache of a bulk write (SQLite), in KiB: imports of any size keep their memory
    // bounded with a smaller one (issue 18: under 300 MB for any file).
    void setBulkCacheKiB(int kib) { m_bulkCacheKiB = kib; }
    bool insertStream(const std::function<DossierRecord*()>& next, const QString& officer,
                      const QString& action, bool auditEachDossier, qint64 expected, int* written,
                      QString* error, const std::function<bool()>& complete = {});

    bool load(const QString& code, Dossier* dossier, QString* error) const;
    bool history(const QString& code, QList<StatusEvent>* events, QString* error) const;
    bool supplementRequests(const QString& code, QList<SupplementRequest>* requests,
                            QString* error) const;
    bool apologyLetters(const QString& code, QList<ApologyLetter>* letters, QString* error) const;

    // Each change below is made by actor, recorded under actor.name(); a closed dossier of
    // another officer is refused for a counter officer (DossierAccess).
    // DOMAIN §3 transitions, each recorded as an event with its time and officer. Refuses a
    // transition the national lifecycle does not allow, naming both statuses. Status 5 goes
    // through requestSupplement(); 5→4 moves the legal due date as receiveSupplement() does.
    bool changeStatus(const QString& code, DossierStatus to, const QDateTime& at, const User& actor,
                      const QString& note, QString* error);
    // 4→5 (Mẫu 02). QĐ 766 counts a dossier with more than one request as late, so a second
    // request needs confirmSecond and is recorded with note.
    bool requestSupplement(const QString& code, const QDateTime& at, const User& actor,
                           const QString& note, bool confirmSecond, QString* error);
    // 5→4: the legal due date moves under the office's supplement policy (DOMAIN §7).
    bool receiveSupplement(const QString& code, const QDateTime& at, const User& actor,
                           QString* error);
    // 4→9 with the result's electronic flags.
    bool markResultReady(const QString& code, const QDateTime& at, const User& actor,
                         bool electronicResult, int electronicCertifiedCopies, QString* error);
    // The same, recording where the result's file is kept (QĐ 766 4.1; empty: none yet).
    bool markResultReady(const QString& code, const QDateTime& at, const User& actor,
                         bool electronicResult, int electronicCertifiedCopies,
                         const QString& resultFile, QString* error);
    // Records (or, empty, clears) where the result's file of a finished or returned dossier is
    // kept: the document system's number, a path, or an attachment's SHA-256 (QĐ 766 4.1);
    // audited, and counted in e_result_file_rate.
    bool setResultFile(const QString& code, const QString& resultFile, const User& actor,
                       QString* error);
    // 9→10 with the citizen's rating.
    bool handOver(const QString& code, const QDateTime& at, const User& actor, Rating rating,
                  QString* error);
    // 9→10 with the rating the citizen chose on the screen facing them (or none when it timed
    // out): kept in citizen_ratings with the reason, in the audit log, and on the dossier as
    // satisfied or unsatisfied (neutral and none leave it unrated).
    bool handOverRatedByCitizen(const QString& code, const QDateTime& at, const User& actor,
                                const CitizenRating& rating, QString* error);
    // Mẫu 04 (DOMAIN §8). A new appointment may be given once; a further letter needs
    // letter->supervisorNote. Fills in the number and the original due date.
    bool issueApology(const QString& code, ApologyLetter* letter, const User& actor,
                      QString* error);

    // Diacritic- and case-insensitive search over code, applicant name, ID number and phone.
    bool search(const QString& text, int limit, QList<Dossier>* found, QString* error) const;
    // Open dossiers whose clock runs and whose legal due date is before asOf, oldest first.
    bool overdue(const QDateTime& asOf, QList<OverdueDossier>* list, QString* error) const;
    // Dossiers received in [from, to) (invalid bounds: open), in receipt order, with their
    // supplement requests and apology letters: what the CSV export writes.
    bool records(const QDateTime& from, const QDateTime& to, QList<DossierRecord>* records,
                 QString* error) const;

    // Every dossier of one ID number (DOMAIN §11: access and correction requests).
    bool findByApplicantId(const QString& applicantId, QList<Dossier>* found, QString* error) const;

    bool activeProcedures(QList<CatalogueEntry>* entries, QString* error) const;
    // The catalogue's limit and unit of every procedure with their later rows (for imports).
    bool procedureTerms(QHash<QString, DossierCsv::ProcedureTerms>* terms, QString* error) const;
    // Which of codes are already in the register.
    // inTransaction: the caller holds a write transaction (TransactionGuard); no read
    // transaction of its own is opened then (on PostgreSQL its end would end the caller's).
    bool existingCodes(const QStringList& codes, QSet<QString>* existing, QString* error,
                       bool inTransaction = false) const;

private:
    static bool checkResultFile(const QString& text, QString* reference, QString* error);
    // In the open transaction: the dossier, if the actor may change it.
    bool loadForChange(const TransactionGuard& transaction, const QString& code, const User& actor,
                       Dossier* dossier, QString* error) const;
    bool loadBy(const QString& where, const QVariant& value, Dossier* dossier, bool* found,
                QString* error) const;
    bool transition(const QString& code, DossierStatus to, const QDateTime& at, const User& actor,
                    const QString& note, QString* error,
                    const std::function<bool(Dossier*, QString*)>& apply = {});
    bool fetchByIds(const QList<qint64>& ids, QList<Dossier>* found, QString* error) const;

    const Database& m_db;
    const DueDateRules& m_rules;
    int m_bulkCacheKiB = 524288;
};
