#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

// One verb of motcua-cli ("check", "lunar", "import", …).
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One translated line for the overall --help.
    virtual QString summary() const = 0;
    // arguments: everything after the verb.
    virtual int run(CliContext& context, const QStringList& arguments) = 0;

protected:
    // Parses arguments with parser (which already holds the verb's own options, and gets
    // --db and --help added here). Returns -1 to go on, or the exit code to return now:
    // ExitUsage after printing the problem, ExitSuccess after printing --help.
    int parse(QCommandLineParser& parser, CliContext& context, const QStringList& arguments,
              const QString& positionalSyntax = QString()) const;
};
