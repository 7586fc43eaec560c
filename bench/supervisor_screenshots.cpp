// Screenshots of the supervisor's screens at 1366×768, for docs/screenshots and for looking at
// the layout: the overdue list and its ledger and feedback tabs, the apology dialog, the
// dashboard, and every settings tab. Works offscreen.
//
//   supervisor_screenshots -platform offscreen DB.sqlite OUTDIR
//
// DB.sqlite should hold a realistic register (motcua-cli generate --dossiers 3000).

#include "accounts/User.h"
#include "common/DeskSession.h"
#include "overdue/ApologyDialog.h"
#include "overdue/OverdueModel.h"
#include "overdue/OverduePage.h"
#include "settings/SettingsPage.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTextStream>
#include <QThread>

#include <iterator>

namespace {

QTextStream err(stderr);

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

bool save(QWidget* widget, const QString& path)
{
    settle();
    if (!widget->grab().save(path, "PNG")) {
        err << "cannot write " << path << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Translations::install(QStringLiteral("vi"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        err << "usage: supervisor_screenshots DB.sqlite OUTDIR" << Qt::endl;
        return 2;
    }
    Database db;
    QString error;
    if (!db.openAndMigrate(args.at(1), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const QDir out(args.at(2));
    MainWindow window(db);
    User supervisor;
    supervisor.login = QStringLiteral("lanhdao");
    supervisor.displayName = QStringLiteral("Lê Văn Chính");
    supervisor.role = Role::Supervisor;
    window.session().setUser(supervisor);
    window.session().setOfficer(supervisor.displayName);
    window.resize(1366, 768);
    window.show();

    bool ok = true;
    window.showArea(MainWindow::Area::Overdue);
    auto* overdue = window.findChild<OverduePage*>();
    auto* tabs = overdue->findChild<QTabWidget*>();
    static const char* names[] = {"overdue", "overdue-ledger", "overdue-feedback",
                                  "overdue-follow-ups"};
    // The pictures named here; a tab added later is left out rather than read past the names.
    for (int i = 0; i < tabs->count() && i < int(std::size(names)); ++i) {
        tabs->setCurrentIndex(i);
        ok = save(&window, out.filePath(QString::fromLatin1(names[i]) + QStringLiteral(".png"))) &&
             ok;
    }
    tabs->setCurrentIndex(0);
    const QList<OverdueItem>& items = overdue->model()->items();
    if (!items.isEmpty()) {
        ApologyDialog dialog(window.session(), items.first());
        dialog.show();
        ok = save(&dialog, out.filePath(QStringLiteral("apology-dialog.png"))) && ok;
    }

    window.showArea(MainWindow::Area::Dashboard);
    ok = save(&window, out.filePath(QStringLiteral("dashboard.png"))) && ok;

    window.showArea(MainWindow::Area::Settings);
    auto* settings = window.findChild<SettingsPage*>();
    static const char* settingsNames[] = {"settings", "settings-calendar", "settings-forms",
                                          "settings-targets", "settings-procedures"};
    for (int i = 0; i < settings->tabs()->count() && i < int(std::size(settingsNames)); ++i) {
        settings->tabs()->setCurrentIndex(i);
        ok = save(&window,
                  out.filePath(QString::fromLatin1(settingsNames[i]) + QStringLiteral(".png"))) &&
             ok;
    }
    return ok ? 0 : 1;
}
