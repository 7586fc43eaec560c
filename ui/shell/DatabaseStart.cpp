#include "DatabaseStart.h"

#include "audit/AuditLog.h"
#include "backup/BackupService.h"
#include "settings/DatabaseSettingsPanel.h"
#include "settings/ServerPasswordDialog.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QVBoxLayout>

namespace {

// Opens the file; when it is damaged, offers to restore the newest good backup instead of
// failing or crashing.
bool openFile(Database& db, const QString& location, bool interactive)
{
    QString error;
    if (BackupService::quickCheckFile(location, &error) && db.openAndMigrate(location, &error))
        return true;
    if (!interactive) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    const QString folder = BackupService::backupFolder(location);
    const QString backup = BackupService::newestGoodBackup(folder);
    const QString title = QCoreApplication::translate("GuiMain", "Cannot open the database");
    if (backup.isEmpty()) {
        QMessageBox::critical(
            nullptr, title,
            QCoreApplication::translate("GuiMain", "%1\n\nNo good backup was found in %2. The file "
                                                   "was left as it is.")
                .arg(error, folder));
        return false;
    }
    const auto answer = QMessageBox::question(
        nullptr, title,
        QCoreApplication::translate("GuiMain",
                                    "%1\n\nRestore the newest good backup, %2? The damaged "
                                    "file is kept beside it.")
            .arg(error, backup),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    QString kept;
    if (!BackupService::restore(backup, location, &kept, &error) ||
        !db.openAndMigrate(location, &error)) {
        QMessageBox::critical(nullptr, title, error);
        return false;
    }
    // A deliberate step back: this computer's audit anchor follows the restored log. A log that
    // does not verify is reported by Verify chain, as before.
    AuditLog::reanchor(db, nullptr);
    QMessageBox::information(
        nullptr, QCoreApplication::translate("GuiMain", "Database restored"),
        QCoreApplication::translate("GuiMain",
                                    "The database was restored from %1. The damaged file is kept "
                                    "as %2.")
            .arg(backup, kept));
    return true;
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
    QPushButton* retry = box.addButton(QCoreApplication::translate("DatabaseStart", "&Retry"),
                                       QMessageBox::AcceptRole);
    QPushButton* settings = box.addButton(
        QCoreApplication::translate("DatabaseStart", "&Settings…"), QMessageBox::ActionRole);
    QPushButton* quit = box.addButton(QCoreApplication::translate("DatabaseStart", "&Quit"),
                                      QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == retry)
        return Choice::Retry;
    if (box.clickedButton() == settings)
        return Choice::Settings;
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
