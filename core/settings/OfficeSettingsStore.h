#pragma once

#include "OfficeSettings.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Reads and writes the office settings in the database, so every desk sharing the
// database prints the same header and computes the same due dates.
class OfficeSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettingsStore)

public:
    explicit OfficeSettingsStore(const Database& db)
        : m_db(db)
    {}

    // Missing keys keep the defaults of OfficeSettings.
    bool load(OfficeSettings* settings, QString* error) const;
    // Validates, then writes every key in one transaction, with an audit entry naming the
    // officer and every value that changed ("key: old -> new" lines).
    bool save(const OfficeSettings& settings, QString* error,
              const QString& officer = QString()) const;

private:
    const Database& m_db;
};
