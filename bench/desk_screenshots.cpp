// Screenshots of the counter desk at 1366×768, for docs/screenshots and for looking at the
// layout: a reception typed in (before saving), the dossier list, and the detail of the dossier
// just received after a supplement request. Works offscreen.
//
//   desk_screenshots -platform offscreen DB.sqlite OUTDIR
//
// DB.sqlite should hold a realistic register (bench_desk DB.sqlite 3000 2026).

#include "accounts/User.h"
#include "catalogue/ProcedureRepository.h"
#include "common/DeskSession.h"
#include "dossiers/DossierActions.h"
#include "dossiers/DossierRepository.h"
#include "reception/ReceptionPage.h"
#include "settings/OfficeSettingsStore.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTextStream>
#include <QThread>

namespace {

QTextStream err(stderr);

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

// One key event per character, as an input method delivers Vietnamese letters.
void type(const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget();
        if (!target)
            return;
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
}

void key(int k)
{
    QWidget* target = QApplication::focusWidget();
    if (!target)
        return;
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, k, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

bool save(QWidget* widget, const QString& path)
{
    settle();
    if (!widget->grab().save(path, "PNG")) {
        err << "cannot write " << path << Qt::endl;
        return false;
    }
    err << "wrote " << path << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("motcua-screenshots"));
    Translations::install(QStringLiteral("vi"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        err << "usage: desk_screenshots [-platform offscreen] DB.sqlite OUTDIR" << Qt::endl;
        return 2;
    }
    Database db;
    QString error;
    if (!db.openAndMigrate(args.at(1), &error) || !ProcedureRepository(db).seedIfEmpty(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    const QDir out(args.at(2));

    QSettings().setValue(QStringLiteral("desk/officer"), QStringLiteral("Trần Văn Bình"));
    MainWindow window(db);
    window.resize(1366, 768);
    window.show();
    window.showArea(MainWindow::Area::Reception);
    settle();
    auto* reception = window.findChild<ReceptionPage*>();
    reception->setPreviewAfterSave(false);
    reception->startNext();
    settle();
    type(QStringLiteral("dang ky lai khai sinh"));
    key(Qt::Key_Return);
    type(QStringLiteral("Nguyễn Thị Hòa"));
    key(Qt::Key_Tab);
    type(QStringLiteral("075190001299"));
    key(Qt::Key_Tab);
    type(QStringLiteral("0912 345 678"));
    key(Qt::Key_Tab);
    type(QStringLiteral("hoa.nguyen@gmail"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Ấp Bình Chánh, xã Tân Bình, tỉnh Đồng Nai"));
    if (!save(&window, out.filePath(QStringLiteral("reception-invalid.png"))))
        return 1;
    // Correct the e-mail (the message beside it goes away), then save.
    window.findChild<QWidget*>(QStringLiteral("applicantEmail"))->setFocus();
    key(Qt::Key_End);
    type(QStringLiteral(".com"));
    if (!save(&window, out.filePath(QStringLiteral("reception.png"))))
        return 1;
    QSignalSpy received(reception, &ReceptionPage::dossierReceived);
    if (!reception->receive() || received.isEmpty()) {
        err << window.findChild<QLabel*>(QStringLiteral("receptionStatus"))->text() << Qt::endl;
        return 1;
    }
    const QString code = received.first().first().toString();
    if (!save(&window, out.filePath(QStringLiteral("reception-saved.png"))))
        return 1;

    // Some history for the detail: processing, then a supplement request (Mẫu 02).
    const DeskSession& session = window.session();
    const QDateTime now = QDateTime::currentDateTime();
    if (!DossierRepository(db, session.rules())
             .changeStatus(code, DossierStatus::Processing, now.addSecs(60),
                           User::acting(QStringLiteral("Phạm Thị Lan")), QString(), &error) ||
        !DossierActions(db, session.rules())
             .requestSupplement(code, now.addSecs(120),
                                User::acting(QStringLiteral("Phạm Thị Lan")),
                                QStringLiteral("Giấy chứng sinh bản sao chưa chứng thực"),
                                {QStringLiteral("Bản sao có chứng thực Giấy chứng sinh | bản "
                                                "nộp chưa chứng thực")},
                                now.addDays(7), false, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    emit window.session().dossierChanged(code);

    window.showArea(MainWindow::Area::Dossiers);
    if (!save(&window, out.filePath(QStringLiteral("dossier-list.png"))))
        return 1;

    window.setModalDetails(false);
    window.openDossier(code);
    settle();
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && top->objectName() == QLatin1String("dossierDetail"))
            return save(top, out.filePath(QStringLiteral("dossier-detail.png"))) ? 0 : 1;
    }
    err << "the dossier detail did not open" << Qt::endl;
    return 1;
}
