#pragma once

#include "TransferKinds.h"
#include "accounts/User.h"

// The register's kinds for `import` and `export`: dossiers and feedback.
void appendDossierImportKinds(QList<ImportKind>* kinds);
void appendDossierExportKinds(QList<ExportKind>* kinds);

// Who the command line records as the officer in the audit log: the system user.
QString cliOfficer();
// Who the command line acts as: the system user, as administrator. Whoever may run motcua-cli
// on the database file may read and write that file directly, so the command line checks no
// password; it records the system user in the audit log.
User cliActor();
