#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// motcua-cli's dispatcher: global options (--db, --help), then one verb and its arguments.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    // arguments as from QCoreApplication::arguments() (the first is the program name); in:
    // where passwords are read (standard input when null).
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err,
                   QTextStream* in = nullptr);
};
