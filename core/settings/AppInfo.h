#pragma once

#include <QString>

// Names that decide where settings and data live; the GUI and the command line set the same
// ones so that both find the same default database.
namespace AppInfo {
void applyIdentity();
QString version();
QString licence();
} // namespace AppInfo
