#include "DatabaseStart.h"

#include "audit/AuditLog.h"
#include "backup/BackupService.h"
#include "settings/DatabaseSettingsPanel.h"
#include "settings/ServerPasswordDialog.h"
#include "storage/Database.h"
#include "storage/DatabaseDiagnosis.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QVBoxLayout>

namespace {

enum class Answer { Retry, Other, Quit };

// A problem at start: Retry (the default), one other answer when other is given, and Quit
// (also Escape).
Answer askRetryOrQuit(QMessageBox& box, const QString& other, QMessageBox::ButtonRole role)
{
    QPushButton* retry = box.addButton(QCoreApplication::translate("DatabaseStart", "&Retry"),
                                       QMessageBox::AcceptRole);
    QPushButton* otherButton = other.isEmpty() ? nullptr : box.addButton(other, role);
    QPushButton* quit = box.addButton(QCoreApplication::translate("DatabaseStart", "&Quit"),
                                      QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == retry)
        return Answer::Retry;
    if (otherButton && box.clickedButton() == otherButton)
        return Answer::Other;
    return Answer::Quit;
}

enum class FileChoice { Retry, Restore, Quit };

// The file cannot be opened for a reason that is not damage (busy, read-only, full disk):
// the message names the cause and offers Retry; nothing is restored over it.
// Damage: the restore of the newest good backup is offered too, never as the default.
FileChoice askAboutFile(const QString& location, const DatabaseDiagnosis& diagnosis,
                        const QString& backup)
{
    const QString folder = BackupService::backupFolder(location);
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("GuiMain", "Cannot open the database"),
                    diagnosis.message(location));
    box.setObjectName(QStringLiteral("databaseProblem"));
    QString advice;
    switch (diagnosis.kind) {
    case DatabaseDiagnosis::Kind::Busy:
        advice = QCoreApplication::translate("DatabaseStart",
                                             "The file is healthy. Wait until the other program "
                                             "has finished (or close it), then retry.");
        break;
    case DatabaseDiagnosis::Kind::ReadOnlyFolder:
    case DatabaseDiagnosis::Kind::ReadOnlyFile:
        advice = QCoreApplication::translate("DatabaseStart",
                                             "The file is not damaged. Ask the administrator to "
                                             "give this user write access to it, then retry.");
        break;
    case DatabaseDiagnosis::Kind::DiskFull:
        advice = QCoreApplication::translate("DatabaseStart",
                                             "The file is not damaged. Free some space on the "
                                             "disk, then retry.");
        break;
    case DatabaseDiagnosis::Kind::Damaged:
        advice = backup.isEmpty()
                     ? QCoreApplication::translate("GuiMain", "No good backup was found in %1. "
                                                              "The file was left as it is.")
                           .arg(folder)
                     : QCoreApplication::translate("DatabaseStart",
                                                   "The newest good backup is %1. Restoring it "
                                                   "replaces the register with that copy (the "
                                                   "damaged file is kept beside it); what was "
                                                   "recorded after it is lost.")
                           .arg(backup);
        break;
    default:
        break;
    }
    box.setInformativeText(advice);
    const bool offerRestore = diagnosis.mayRestore() && !backup.isEmpty();
    switch (askRetryOrQuit(
        box,
        offerRestore ? QCoreApplication::translate("DatabaseStart", "Restore the &backup…")
                     : QString(),
        QMessageBox::DestructiveRole)) {
    case Answer::Retry:
        return FileChoice::Retry;
    case Answer::Other:
        return FileChoice::Restore;
    case Answer::Quit:
        break;
    }
    return FileChoice::Quit;
}

// Restoring replaces the register: asked once more, with No as the default.
bool confirmRestore(const QString& backup)
{
    QMessageBox box(
        QMessageBox::Question, QCoreApplication::translate("DatabaseStart", "Restore the backup"),
        QCoreApplication::translate("GuiMain", "%1\n\nRestore the newest good backup, %2? The "
                                               "damaged file is kept beside it.")
            .arg(QCoreApplication::translate("DatabaseStart", "The register will be replaced."),
                 backup),
        QMessageBox::Yes | QMessageBox::No);
    box.setObjectName(QStringLiteral("confirmRestore"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

// Opens the file. When it cannot be opened, says why: a busy, read-only or full file is not
// damaged and is never restored over; only a damaged one leads to the offer of a backup.
bool openFile(Database& db, const QString& location, bool interactive)
{
    while (true) {
        QString error;
        if (BackupService::quickCheckFile(location, &error) && db.openAndMigrate(location, &error))
            return true;
        db.close();
        const DatabaseDiagnosis diagnosis = DatabaseDiagnosis::diagnose(location, error);
        if (!interactive) {
            QTextStream(stderr) << diagnosis.message(location) << Qt::endl;
            return false;
        }
        const QString backup =
            diagnosis.mayRestore()
                ? BackupService::newestGoodBackup(BackupService::backupFolder(location))
                : QString();
        switch (askAboutFile(location, diagnosis, backup)) {
        case FileChoice::Retry:
            continue;
        case FileChoice::Quit:
            return false;
        case FileChoice::Restore:
            break;
        }
        if (!confirmRestore(backup))
            continue;
        QString kept;
        if (!BackupService::restore(backup, location, &kept, &error) ||
            !db.openAndMigrate(location, &error)) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("GuiMain", "Cannot open the database"), error);
            return false;
        }
        // A deliberate step back: this computer's audit anchor follows the restored log. A log
        // that does not verify is reported by Verify chain, as before.
        AuditLog::reanchor(db, nullptr);
        QMessageBox::information(
            nullptr, QCoreApplication::translate("GuiMain", "Database restored"),
            QCoreApplication::translate("GuiMain",
                                        "The database was restored from %1. The damaged file is "
                                        "kept as %2.")
                .arg(backup, kept));
        return true;
    }
}

// The Database settings in a dialog, before anyone has signed in: the choice belongs to this
// computer, like --db. True with the saved location when the user saved one.
bool changeConnection(const QString& location, QString* changed)
{
    QDialog dialog;
    dialog.setObjectName(QStringLiteral("connectionDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("DatabaseStart", "Database connection"));
    auto* panel = new DatabaseSettingsPanel(QString(), &dialog);
    panel->setLocation(location);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(panel, &DatabaseSettingsPanel::saved, &dialog,
                     [&dialog, changed](const QString& saved) {
                         *changed = saved;
                         dialog.accept();
                     });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(panel);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    return dialog.exec() == QDialog::Accepted;
}

enum class Choice { Retry, Settings, Quit };

// libpq indents its hint with a tab, which a message box shows as a wide gap: it goes.
// reached: the server answered, but its database could not be used (for example the schema
// could not be brought up to date).
Choice askWhenUnreachable(const QString& location, const QString& error, bool reached)
{
    const QString shown = Database::displayLocation(location);
    QMessageBox box(
        QMessageBox::Warning,
        reached ? QCoreApplication::translate("GuiMain", "Cannot open the database")
                : QCoreApplication::translate("DatabaseStart", "Cannot reach the database server"),
        reached ? QCoreApplication::translate("DatabaseStart",
                                              "The database %1 on the server cannot be used.")
                      .arg(shown)
                : QCoreApplication::translate("DatabaseStart",
                                              "The database server %1 cannot be reached.")
                      .arg(shown));
    box.setObjectName(QStringLiteral("serverUnreachable"));
    box.setInformativeText(
        QCoreApplication::translate("DatabaseStart",
                                    "%1\n\nCheck that the server is running and that this "
                                    "computer is connected to the office network, then retry; "
                                    "or change the connection.")
            .arg(QString(error).remove(u'\t')));
    switch (askRetryOrQuit(box, QCoreApplication::translate("DatabaseStart", "&Settings…"),
                           QMessageBox::ActionRole)) {
    case Answer::Retry:
        return Choice::Retry;
    case Answer::Other:
        return Choice::Settings;
    case Answer::Quit:
        break;
    }
    return Choice::Quit;
}

} // namespace

bool DatabaseStart::open(Database& db, QString* location, bool interactive)
{
    if (!SqlDialect::isServerLocation(*location))
        return openFile(db, *location, interactive);

    QString password; // typed at start: kept in memory only, never saved or logged
    while (true) {
        QString error;
        const bool reached = db.open(*location, &error, password);
        if (reached && db.migrate(&error))
            return true;
        db.close();
        if (!interactive) {
            QTextStream(stderr) << error << Qt::endl;
            return false;
        }
        if (Database::needsPassword(error)) {
            if (!ServerPasswordDialog::ask(nullptr, *location, !password.isEmpty(), &password))
                return false;
            continue;
        }
        switch (askWhenUnreachable(*location, error, reached)) {
        case Choice::Retry:
            break;
        case Choice::Settings: {
            QString changed;
            if (changeConnection(*location, &changed) && changed != *location) {
                *location = changed;
                password.clear();
                if (!SqlDialect::isServerLocation(changed))
                    return openFile(db, changed, interactive);
            }
            break;
        }
        case Choice::Quit:
            return false;
        }
    }
}
