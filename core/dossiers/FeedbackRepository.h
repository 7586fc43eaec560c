#pragma once

#include "Feedback.h"
#include "common/Csv.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

class Database;
class QSqlQuery;
class DueDateRules;

// Citizen feedback (phản ánh, kiến nghị): recording, resolving and importing.
class FeedbackRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackRepository)

public:
    FeedbackRepository(const Database& db, const DueDateRules& rules);

    // The default deadline: 15 working days after receipt (QĐ 766 indicator on feedback).
    static int defaultDeadlineWorkingDays() { return 15; }

    // Fills in the deadline when empty; feedback->id is set.
    bool add(Feedback* feedback, const QString& officer, QString* error) const;
    bool resolve(qint64 id, const QDateTime& at, Rating rating, const QString& officer,
                 QString* error) const;
    bool load(qint64 id, Feedback* feedback, QString* error) const;
    // The register, newest first; openOnly: the unresolved items only.
    bool list(bool openOnly, QList<Feedback>* items, QString* error) const;
    // Unresolved items whose deadline is before asOf, oldest deadline first (QĐ 766: feedback
    // handled on time).
    bool overdue(const QDateTime& asOf, QList<Feedback>* items, QString* error) const;
    // The feedback about one dossier, oldest first.
    bool forDossier(const QString& code, QList<Feedback>* items, QString* error) const;
    // Writes many in one transaction: all or nothing.
    bool insertAll(QList<Feedback>* items, const QString& officer, QString* error) const;

    // The file: received_at,deadline_at,resolved_at,rating,dossier_code,content. All or
    // nothing; problems lists every bad value (up to CsvProblemList::maxListed, then a count).
    // The file is read and written a row at a time in one transaction: any size.
    static QStringList csvHeader();
    bool importData(const QByteArray& utf8, const QString& officer, int* imported,
                    QList<CsvProblem>* problems, QString* error) const;
    bool importFile(const QString& path, const QString& officer, int* imported,
                    QList<CsvProblem>* problems, QString* error) const;

private:
    // file: opened, header first.
    bool importStream(CsvStream& file, const QString& officer, int* imported,
                      QList<CsvProblem>* problems, QString* error) const;
    bool check(Feedback* feedback, QString* error) const;
    // The INSERT of one feedback item, prepared once for a whole import.
    void prepareInsert(QSqlQuery* insert) const;
    bool insert(QSqlQuery& insert, const Feedback& feedback, qint64* id, QString* error) const;
    bool select(const QString& where, const QString& order, const QVariantList& values,
                QList<Feedback>* items, QString* error) const;

    const Database& m_db;
    const DueDateRules& m_rules;
};
