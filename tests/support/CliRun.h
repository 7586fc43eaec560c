#pragma once

#include <QString>
#include <QStringList>

// What one run of motcua-cli printed and returned.
struct CliResult
{
    int exit = -1;
    QString out;
    QString err;
};

// Runs `motcua-cli arguments…` in this process (CliRunner), capturing both streams.
CliResult runCli(const QStringList& arguments);
