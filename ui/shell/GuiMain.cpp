#include "GuiMain.h"

#include "MainWindow.h"
#include "settings/AppInfo.h"
#include "settings/FirstRunDialog.h"
#include "settings/OfficeSettingsStore.h"
#include "settings/Translations.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace {

bool platformGiven(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    }
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// Without a display QApplication would abort; say what to do instead.
int reportNoDisplay(int argc, char* argv[])
{
    QCoreApplication core(argc, argv);
    AppInfo::applyIdentity();
    Translations::install(Translations::preferredLanguage());
    QTextStream err(stderr);
    err << QCoreApplication::translate(
               "GuiMain", "motcua: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is "
                          "set).\nStart it on a desktop session, or without a screen with:\n"
                          "  motcua -platform offscreen --screenshot FILE.png")
        << Qt::endl;
    return 1;
}

} // namespace

int GuiMain::run(int argc, char* argv[])
{
    if (!platformGiven(argc, argv) && !displayAvailable())
        return reportNoDisplay(argc, argv);

    QApplication app(argc, argv);
    AppInfo::applyIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Một Cửa Desk"));
    Translations::install(Translations::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GuiMain", "Một Cửa Desk: the one-stop counter desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("GuiMain", "Database file (default: %1).")
            .arg(Database::defaultLocation()),
        QStringLiteral("path"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("GuiMain",
                                    "Render the main window at 1366×768 to a PNG file and exit."),
        QStringLiteral("file.png"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    const QString location =
        parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultLocation();
    const bool screenshot = parser.isSet(screenshotOption);

    Database db;
    QString error;
    if (!db.openAndMigrate(location, &error)) {
        if (screenshot) {
            QTextStream(stderr) << error << Qt::endl;
        } else {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("GuiMain", "Cannot open the database"), error);
        }
        return 1;
    }

    OfficeSettings office;
    OfficeSettingsStore(db).load(&office, &error);
    if (!office.isConfigured() && !screenshot) {
        FirstRunDialog firstRun(db);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
    }

    MainWindow window(db);
    window.resize(1366, 768);
    if (screenshot) {
        window.show();
        QApplication::processEvents();
        const QString path = parser.value(screenshotOption);
        if (!window.grab().save(path, "PNG")) {
            QTextStream(stderr) << QCoreApplication::translate("GuiMain",
                                                               "Cannot write the screenshot %1.")
                                       .arg(path)
                                << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
