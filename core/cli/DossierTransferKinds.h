#pragma once

#include "TransferKinds.h"
#include "accounts/User.h"

// The register's kinds for `import` and `export`: dossiers and feedback.
void appendDossierImportKinds(QList<ImportKind>* kinds);
void appendDossierExportKinds(QList<ExportKind>* kinds);

// Who the command line records as the officer in the audit log (CliContext::actor()).
QString cliOfficer();
// Who the command line acts as: on a server the signed-in account; on a SQLite file the system
// user, as administrator (whoever may run motcua-cli on the file may read and write it
// directly). See CliContext::actor().
User cliActor();
