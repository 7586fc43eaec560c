#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;
class DueDateRules;

// Realistic synthetic dossiers for demonstrations, tests and benchmarks: plausible
// Vietnamese names, ID numbers, phones and addresses of a Đồng Nai commune, the office's
// own catalogue, a mix of channels, supplement requests, late cases with apologies, ratings
// and citizen feedback. The same seed gives the same data. Written in one transaction.
class SyntheticDossiers
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticDossiers)

public:
    struct Options
    {
        int count = 1000;
        int year = 2024;
        quint64 seed = 1;
        // Events after this time have not happened yet (default: the end of the year or
        // now, whichever is earlier).
        QDateTime asOf;
        bool feedback = true;
    };

    SyntheticDossiers(const Database& db, const DueDateRules& rules);

    bool generate(const Options& options, int* dossiers, int* feedbackItems, QString* error);

private:
    const Database& m_db;
    const DueDateRules& m_rules;
};
