#include "CliRun.h"

#include "cli/CliRunner.h"

#include <QTextStream>

CliResult runCli(const QStringList& arguments)
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exit = CliRunner::run(QStringList{QStringLiteral("motcua-cli")} + arguments, out, err);
    out.flush();
    err.flush();
    return r;
}
