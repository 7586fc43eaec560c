#pragma once

#include "OfficeIdentity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// The history of the office's identity (schema step 16): each version with its valid-from
// date, the header of every form whose act falls on or after it, until the next version.
class OfficeIdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(OfficeIdentityStore)

public:
    explicit OfficeIdentityStore(const Database& db)
        : m_db(db)
    {}

    // Oldest first.
    bool versions(QList<OfficeIdentity>* versions, QString* error) const;
    // Validates, then writes the version (replacing one with the same valid-from date) and its
    // form signatures in one transaction.
    bool save(const OfficeIdentity& version, QString* error) const;
    bool remove(const QDate& validFrom, QString* error) const;

    // The identity in force on `day`: the latest version valid from that day or earlier; before
    // the first version, the first; with no version at all, the office settings themselves.
    bool on(const QDate& day, OfficeIdentity* identity, QString* error) const;

private:
    const Database& m_db;
};
