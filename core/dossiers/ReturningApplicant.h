#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// What the register last recorded for a citizen who comes back: the newest phone, e-mail and
// address given with any of their dossiers (local data only), so the officer confirms them
// instead of typing them again.
class ReturningApplicant
{
    Q_DECLARE_TR_FUNCTIONS(ReturningApplicant)

public:
    QString phone;
    QString email;
    QString address;
    QDateTime lastSeen; // receipt of the newest dossier with the ID number

    bool isEmpty() const { return phone.isEmpty() && email.isEmpty() && address.isEmpty(); }

    // found is false (and the call succeeds) when no dossier has the ID number.
    static bool lookUp(const Database& db, const QString& citizenId, ReturningApplicant* applicant,
                       bool* found, QString* error);
};
