#pragma once

#include "TransferKinds.h"

// The register's kinds for `import` and `export`: dossiers and feedback.
void appendDossierImportKinds(QList<ImportKind>* kinds);
void appendDossierExportKinds(QList<ExportKind>* kinds);

// Who the command line records as the officer in the audit log: the system user.
QString cliOfficer();
