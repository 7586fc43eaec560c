#pragma once

#include "common/BatchInsert.h"
#include "common/BoundStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <vector>

class Database;

// The word-start search index of the register (table dossier_terms): a dossier's folded
// search key (applicant name, ID number, phone, code; TextFold::searchKey) from each word
// start on, and from each '-' in the code on, cut to a short length, each pointing to the
// dossier. Text from the middle of a name ("van an", "thi thu") is then one range of the
// term index, like a name prefix, instead of a scan of the register.
//
// Writers keep the table in the transaction that writes the dossier (DossierWriter).
class DossierTerms
{
    Q_DECLARE_TR_FUNCTIONS(DossierTerms)

public:
    explicit DossierTerms(const Database& db);

    // The terms of a folded search key (Dossier::searchKey()), without duplicates.
    static QStringList of(const QString& searchKey);

    bool prepare(QString* error);
    // Adds the terms of a new dossier. They are kept and written in term order by flush()
    // (or when many are waiting): a bulk import then inserts into the term index in order
    // instead of at random places.
    bool add(qint64 dossierId, const QString& searchKey, QString* error);
    // Writes the waiting terms; call it before committing.
    bool flush(QString* error);
    // Replaces the terms of a dossier whose name, ID number, phone or code changed (by primary
    // key: the table has no index by dossier, to keep imports fast).
    bool replace(qint64 dossierId, const QString& oldSearchKey, const QString& newSearchKey,
                 QString* error);

    // Fills the table from the search keys of the dossiers already in the register
    // (the schema upgrade that adds it).
    static bool rebuildAll(const Database& db, QString* error);

    // Up to limit ids of the dossiers whose search key has the folded key at a word start
    // (or after a '-'), ordered by search key; ids in exclude are skipped.
    static bool match(const Database& db, const QString& key, int limit,
                      const QList<qint64>& exclude, QList<qint64>* ids, QString* error);

private:
    bool fail(const QString& reason, QString* error) const;
    bool fail(const QSqlQuery& query, QString* error) const;

    const Database& m_db;
    BatchInsert m_insert;
    BoundStatement m_delete;
    // Terms waiting for flush(): each a slice of m_pendingText (UTF-8).
    struct Pending
    {
        qint64 dossierId;
        quint32 offset;
        quint32 size;
    };
    std::vector<Pending> m_pending;
    QByteArray m_pendingText;
};
