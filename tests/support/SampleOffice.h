#pragma once

#include <QString>

class Database;

// The office most tests work in: UBND xã Tân Bình (agency code 000.00.06.H56) with the
// national procedure catalogue seeded.
bool useSampleOffice(const Database& db, QString* error);
