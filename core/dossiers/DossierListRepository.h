#pragma once

#include "DossierListQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

// Pages of the dossier list by keyset: each page starts after the last row of the previous
// one, on an index of the sort column, so the thousandth page costs what the first does.
class DossierListRepository
{
    Q_DECLARE_TR_FUNCTIONS(DossierListRepository)

public:
    explicit DossierListRepository(const Database& db)
        : m_db(db)
    {}

    // Up to limit rows after `after` (nullptr: from the start) in the given order.
    bool page(const DossierListFilter& filter, DossierListSort sort, Qt::SortOrder order,
              const DossierListRow* after, int limit, QList<DossierListRow>* rows,
              QString* error) const;
    // How many dossiers the filter matches, counting at most cap (the list shows "1000+").
    bool count(const DossierListFilter& filter, int cap, int* count, QString* error) const;

    // Forgets the dossiers found for the last search text (after a change to the register).
    void forgetSearch() { m_searchCache = SearchCache(); }

    // The ids of the dossiers whose folded key contains the last rare search text, so that the
    // pages after the first do not search again.
    struct SearchCache
    {
        bool valid = false;
        QString pattern;
        QVariantList ids;
    };

    // The values the filters offer: procedure fields and receiving officers.
    bool fields(QStringList* fields, QString* error) const;
    bool officers(QStringList* officers, QString* error) const;

private:
    const Database& m_db;
    mutable SearchCache m_searchCache;
};
