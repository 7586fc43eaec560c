#include "cli/CliRunner.h"
#include "settings/AppInfo.h"
#include "settings/Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // The command line renders forms to PDF (fonts need a QGuiApplication) but must run on
    // machines without a display: default to the offscreen platform.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppInfo::applyIdentity();
    Translations::install(Translations::preferredLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int exit = CliRunner::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return exit;
}
