#pragma once

#include <QString>

class Database;

// The GUI's way into its database at start.
// - A SQLite file that cannot be opened is diagnosed (DatabaseDiagnosis): busy with another
//   program, read-only or on a full disk, the message names the cause and offers Retry and
//   Quit; only a damaged one also offers to restore the newest good backup (never as the
//   default, and confirmed once more with No as the default; the damaged file is kept).
// - A PostgreSQL server that wants a password gets it from a password dialog (kept in memory
//   only); a server that cannot be reached (Database::open gives up after 5 s) leads to a
//   message naming the address and the reason, with Retry, Settings… (change the connection)
//   and Quit.
// Not interactive (screenshots), a failure is printed on stderr instead.
namespace DatabaseStart {
// Opens and migrates *location; Settings… may change *location to the newly saved choice.
bool open(Database& db, QString* location, bool interactive);
} // namespace DatabaseStart
