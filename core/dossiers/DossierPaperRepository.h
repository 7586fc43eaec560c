#pragma once

#include "DossierNotice.h"
#include "accounts/User.h"
#include "catalogue/Procedure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// The papers of a dossier (schema step 5): the documents handed in at receipt, with their
// counts of originals and copies (listed on Mẫu 01), and the notices printed for it. Every
// write is audited, and refused for a counter officer on another officer's closed dossier
// (DossierAccess).
class DossierPaperRepository
{
    Q_DECLARE_TR_FUNCTIONS(DossierPaperRepository)

public:
    explicit DossierPaperRepository(const Database& db)
        : m_db(db)
    {}

    // Replaces the documents of the dossier in one transaction.
    bool saveDocuments(const QString& code, const QList<RequiredDocument>& documents,
                       const User& actor, QString* error) const;
    bool documents(const QString& code, QList<RequiredDocument>* documents, QString* error) const;

    // Records notice (its form, time and officer must be set); fills in its id.
    bool addNotice(const QString& code, DossierNotice* notice, const User& actor,
                   QString* error) const;
    // Oldest first.
    bool notices(const QString& code, QList<DossierNotice>* notices, QString* error) const;
    // The latest notice of one form; found is false when there is none.
    bool latestNotice(const QString& code, const QString& form, DossierNotice* notice, bool* found,
                      QString* error) const;

    // Records that a form of the dossier was printed or exported (DOMAIN §11).
    bool auditPrint(const QString& code, const QString& form, const QString& officer,
                    QString* error) const;

private:
    // DossierActions writes the notice of the change it has just made (a refusal closes the
    // dossier first), after DossierRepository checked that change.
    friend class DossierActions;

    bool dossierId(const QString& code, qint64* id, QString* error) const;
    bool writableDossier(const QString& code, const User& actor, qint64* id, QString* error) const;
    bool insertNotice(const QString& code, DossierNotice* notice, const User& actor,
                      bool checkAccess, QString* error) const;

    const Database& m_db;
};
