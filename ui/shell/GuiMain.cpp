#include "GuiMain.h"

#include "AutoBackup.h"
#include "DatabaseStart.h"
#include "MainWindow.h"
#include "accounts/FirstAdministratorDialog.h"
#include "accounts/IdleLock.h"
#include "accounts/LoginDialog.h"
#include "accounts/UserRepository.h"
#include "calendar/CalendarReviewDialog.h"
#include "catalogue/ProcedureRepository.h"
#include "common/DeskSession.h"
#include "settings/AppInfo.h"
#include "settings/ConnectionSettings.h"
#include "settings/FirstRunDialog.h"
#include "settings/OfficeSettingsStore.h"
#include "settings/SettingsPage.h"
#include "settings/Translations.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

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

// The first start creates the administrator; every start asks an officer to sign in.
bool signIn(const Database& db, User* user)
{
    bool empty = false;
    QString error;
    if (!UserRepository(db).isEmpty(&empty, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiMain", "Cannot sign in"),
                              error);
        return false;
    }
    if (empty) {
        FirstAdministratorDialog first(db);
        if (first.exec() != QDialog::Accepted)
            return false;
        *user = first.user();
        return true;
    }
    LoginDialog login(db);
    if (login.exec() != QDialog::Accepted)
        return false;
    *user = login.user();
    return true;
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
        QCoreApplication::translate("GuiMain", "Database: a SQLite file, or a PostgreSQL server as "
                                               "postgresql://user@host:port/dbname (default: %1).")
            .arg(Database::displayLocation(ConnectionSettings::load())),
        QStringLiteral("location"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("GuiMain",
                                    "Render the main window at 1366×768 to a PNG file and exit."),
        QStringLiteral("file.png"));
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        QCoreApplication::translate("GuiMain", "Start in this area: reception, dossiers, overdue, "
                                               "dashboard, reports, settings, settings-database, "
                                               "settings-accounts, settings-calendar or audit."),
        QStringLiteral("area"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QCoreApplication::translate("GuiMain",
                                    "Open this dossier (with --screenshot: render its detail "
                                    "window instead of the main window)."),
        QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(areaOption);
    parser.addOption(openOption);
    parser.process(app);

    // --db wins over this computer's saved choice (the Database settings tab).
    QString location = parser.isSet(dbOption) ? parser.value(dbOption) : ConnectionSettings::load();
    const bool screenshot = parser.isSet(screenshotOption);

    Database db;
    if (!DatabaseStart::open(db, &location, !screenshot))
        return 1;
    QString error;

    OfficeSettings office;
    OfficeSettingsStore(db).load(&office, &error);
    if (!office.isConfigured() && !screenshot) {
        FirstRunDialog firstRun(db);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
    }

    // A new database gets the national procedure catalogue, so the counter can start at once.
    if (!ProcedureRepository(db).seedIfEmpty(&error))
        QTextStream(stderr) << error << Qt::endl;
    User user;
    if (!screenshot && !signIn(db, &user))
        return 0;

    // A screenshot renders without signing in, as the system user acting as administrator
    // (like motcua-cli: whoever can run it on the file can read the file), so every area shows.
    if (screenshot)
        user = User::acting(DeskSession::defaultOfficer(), Role::Administrator);
    MainWindow window(db);
    window.session().setUser(user);
    if (!user.displayName.isEmpty())
        window.session().setOfficer(user.displayName);
    window.resize(1366, 768);
    const QStringList areas{QStringLiteral("reception"), QStringLiteral("dossiers"),
                            QStringLiteral("overdue"),   QStringLiteral("dashboard"),
                            QStringLiteral("reports"),   QStringLiteral("settings"),
                            QStringLiteral("audit")};
    // The Database tab of the settings has its own name, for its screenshot.
    const bool databaseTab = parser.value(areaOption) == QLatin1String("settings-database");
    const bool accountsTab = parser.value(areaOption) == QLatin1String("settings-accounts");
    const bool calendarTab = parser.value(areaOption) == QLatin1String("settings-calendar");
    if (databaseTab || accountsTab || calendarTab) {
        window.showArea(MainWindow::Area::Settings);
        if (auto* settings = window.findChild<SettingsPage*>()) {
            if (databaseTab)
                settings->showDatabaseTab();
            else if (accountsTab)
                settings->showAccountsTab();
            else
                settings->showCalendarTab();
        }
    } else if (parser.isSet(areaOption)) {
        const int area = int(areas.indexOf(parser.value(areaOption)));
        if (area < 0) {
            QTextStream(stderr) << QCoreApplication::translate("GuiMain", "Unknown area %1.")
                                       .arg(parser.value(areaOption))
                                << Qt::endl;
            return 2;
        }
        window.showArea(MainWindow::Area(area));
    }
    if (screenshot) {
        window.show();
        QApplication::processEvents();
        QWidget* shot = &window;
        if (parser.isSet(openOption)) {
            window.setModalDetails(false);
            window.openDossier(parser.value(openOption));
            QApplication::processEvents();
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top != &window && top->isVisible() &&
                    top->objectName() == QLatin1String("dossierDetail"))
                    shot = top;
            }
            QApplication::processEvents();
        }
        const QString path = parser.value(screenshotOption);
        if (!shot->grab().save(path, "PNG")) {
            QTextStream(stderr) << QCoreApplication::translate("GuiMain",
                                                               "Cannot write the screenshot %1.")
                                       .arg(path)
                                << Qt::endl;
            return 1;
        }
        return 0;
    }
    // A desk backs up its own SQLite file; a server's database is backed up on the server
    // (pg_dump or motcua-cli backup), not by every desk.
    std::unique_ptr<AutoBackup> backups;
    if (!db.isServer())
        backups = std::make_unique<AutoBackup>(location);
    IdleLock idleLock(db, user, &window);
    QObject::connect(&window, &MainWindow::lockRequested, &idleLock, &IdleLock::lockNow);
    QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] {
        QString problem;
        if (!UserRepository(db).recordSession(window.session().user(),
                                              UserRepository::SessionEvent::SignOut, &problem))
            QTextStream(stderr) << problem << Qt::endl;
        window.hide(); // nothing of the last officer's work stays on the screen
        LoginDialog login(db);
        if (login.exec() != QDialog::Accepted) {
            QApplication::quit();
            return;
        }
        const User next = login.user();
        window.session().setUser(next);
        window.session().setOfficer(next.name());
        idleLock.setUser(next);
        window.show();
    });
    // Maximised: at 1366×768 a 1366×768 window would put the status bar under the taskbar.
    window.showMaximized();
    // DOMAIN §5: a holiday added by the upgrade (24/11 from 2026) may move appointments
    // already printed; the officer sees once which open dossiers to review.
    CalendarReviewDialog::reviewShippedData(db, &window);
    if (parser.isSet(openOption))
        window.openDossier(parser.value(openOption));
    const int exit = QApplication::exec();
    if (backups && !backups->backupNow(&error))
        QTextStream(stderr) << error << Qt::endl;
    return exit;
}
