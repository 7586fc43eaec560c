#pragma once

#include "accounts/User.h"
#include "catalogue/Procedure.h"
#include "dossiers/ApologyLetter.h"
#include "dossiers/Dossier.h"
#include "dossiers/DossierNotice.h"
#include "dossiers/Feedback.h"
#include "dossiers/StatusEvent.h"
#include "dossiers/SupplementRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;
class DueDateRules;

// One dossier of a person with everything recorded about it.
struct PersonDossier
{
    Dossier dossier;
    QString procedureName;
    QList<StatusEvent> events;
    QList<SupplementRequest> supplements;
    QList<ApologyLetter> apologies;
    QList<DossierNotice> notices;
    QList<RequiredDocument> documents;
    QList<Feedback> feedback;
};

// Every record of one ID number, for a person's access or correction request (Nghị định
// 13/2023/NĐ-CP Điều 9 rights of the data subject, Điều 14 providing the data on request;
// DOMAIN §11). Only a role with
// Permission::ExportPersonalData may gather or export them, and each lookup and export is
// written to the audit log.
class PersonRecords
{
    Q_DECLARE_TR_FUNCTIONS(PersonRecords)

public:
    PersonRecords(const Database& db, const DueDateRules& rules);

    // The dossiers of applicantId, oldest first, with their history. Audited as a "view".
    bool find(const User& actor, const QString& applicantId, QList<PersonDossier>* dossiers,
              QString* error) const;

    // The JSON document of toJson() written to path. Audited as an "export" naming the file.
    bool exportJson(const User& actor, const QString& applicantId, const QString& path,
                    int* dossierCount, QString* error) const;

    // {"format": "motcua-person-records", "version": 1, "applicant_id", "generated_at",
    //  "generated_by", "dossiers": [...]}: keys in English snake_case, times ISO 8601 with
    // offset (README describes every key).
    static QJsonObject toJson(const QString& applicantId, const QList<PersonDossier>& dossiers,
                              const QDateTime& generatedAt, const QString& generatedBy);

private:
    bool gather(const User& actor, const QString& applicantId, QList<PersonDossier>* dossiers,
                QString* error) const;

    const Database& m_db;
    const DueDateRules& m_rules;
};
