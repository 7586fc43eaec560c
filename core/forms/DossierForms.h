#pragma once

#include "catalogue/Procedure.h"
#include "dossiers/ApologyLetter.h"
#include "dossiers/Dossier.h"
#include "dossiers/DossierNotice.h"
#include "dossiers/DossierRecord.h"
#include "dossiers/LeaderApprovals.h"
#include "dossiers/ReceiptCorrection.h"
#include "dossiers/StatusEvent.h"
#include "forms/FormData.h"
#include "forms/FormDocument.h"
#include "settings/OfficeIdentity.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// Everything a dossier's forms print, read once from the register.
struct DossierFormSource
{
    OfficeSettings office;
    Dossier dossier;
    QString procedureName;
    QList<RequiredDocument> documents; // handed in at receipt
    QList<StatusEvent> events;
    QList<ApologyLetter> apologies;
    DossierNotice notice; // the latest notice of the form printed (supplement, refusal, stop)
    // DOMAIN §9: the time of the act the form records (receipt, request, refusal, stop,
    // apology), which dates it, and the office's identity in force that day.
    QDateTime actAt;
    OfficeIdentity identity;
    // The procedure's catalogue documents: listed with blank counts on the receipt of a
    // dossier whose documents were not recorded (an import).
    QList<RequiredDocument> catalogueDocuments;
    QList<ReceiptCorrection> corrections; // of the receipt, oldest first
    QList<LeaderApproval> approvals;      // the leadership's, oldest first (control sheet)
};

// The adapter between the register and the printed forms: turns a dossier into the plain
// FormData each form template expects (resources/forms/README.md). The GUI and motcua-cli
// print through it, so both print the same thing.
class DossierForms
{
    Q_DECLARE_TR_FUNCTIONS(DossierForms)

public:
    // Reads the dossier, its procedure, documents, history, apologies and the latest notice of
    // kind's form. Refuses a form that does not fit the dossier (a refusal for an accepted
    // dossier, a stop notice for one that was not stopped) with a message saying so.
    static bool load(const Database& db, const QString& code, FormKind kind,
                     DossierFormSource* source, QString* error);

    // The data of one form of one dossier (not the ledger).
    static FormData build(FormKind kind, const DossierFormSource& source);
    // Mẫu 07 (TT 01/2018: 06): the ledger lines of the dossiers received in [from, to].
    static FormData ledger(const OfficeIdentity& office, const QList<DossierRecord>& records,
                           const QHash<QString, QString>& procedureNames, const QDate& from,
                           const QDate& to);

    // load + build + FormRenderer: the one path from a dossier to printable pages, used by the
    // GUI's preview, print and PDF and by `motcua-cli print`.
    static bool render(const Database& db, const QString& code, FormKind kind, FormDocument* out,
                       QString* error);
    // The ledger's data for the dossiers received from `from` to `to` (both included): what
    // renderLedger prints and the Excel export writes.
    static bool ledgerData(const Database& db, const QDate& from, const QDate& to, FormData* data,
                           QString* error);
    // The ledger of the dossiers received from `from` to `to` (both included).
    static bool renderLedger(const Database& db, const QDate& from, const QDate& to,
                             FormDocument* out, QString* error);

    // "02 ngày làm việc", "trong ngày": a time limit as the forms write it.
    // halves: the limit in halves of its unit ("2,5 ngày làm việc" for 5).
    static QString timeLimitText(int halves, const QString& unitKey);
    // "50.000 đồng"; "Không" for a free procedure.
    static QString feeText(qint64 fee);
    // The header fields of the identity in force on `day` (DOMAIN §9): parent_agency and
    // agency_name in capitals, agency_name_text, place_name, reception_unit, date_line.
    static void setHeader(FormData* data, const OfficeIdentity& identity, const QDate& day);
    // Signer title and name and "Nơi nhận" of form `key` (signer_title, signer_name, recipients
    // rows).
    static void setSignature(FormData* data, const OfficeIdentity& identity, const QString& key);
};
