#include "SqliteShellLock.h"
#include "backup/BackupService.h"
#include "settings/Translations.h"
#include "shell/DatabaseStart.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// What one message box showed, and the button the test pressed.
struct Shown
{
    QString name;
    QString text;
    QStringList buttons;
    QString defaultButton;
    QPixmap picture;
};

// Answers the modal message boxes of DatabaseStart one after another: each answer gets the
// box and returns the button to press (by its text).
class Answerer : public QObject
{
public:
    explicit Answerer(QList<std::function<QString(const Shown&)>> answers)
        : m_answers(std::move(answers))
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &Answerer::look);
        timer->start(50);
    }
    QList<Shown> shown;

private:
    void look()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        // Boxes live on the stack: a new one may have an old one's address.
        if (!box || !box->isVisible() || box->property("answered").toBool())
            return;
        box->setProperty("answered", true);
        Shown seen;
        seen.name = box->objectName();
        seen.text = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton* button : box->buttons())
            seen.buttons << button->text();
        if (box->defaultButton())
            seen.defaultButton = box->defaultButton()->text();
        seen.picture = box->grab();
        shown << seen;
        const QString press = m_answers.isEmpty() ? QString() : m_answers.takeFirst()(seen);
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == press) {
                button->click();
                return;
            }
        }
        box->reject();
    }
    QList<std::function<QString(const Shown&)>> m_answers;
};

bool containsText(const QStringList& buttons, const QString& part)
{
    for (const QString& button : buttons) {
        if (QString(button).remove(u'&').contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString buttonWith(const Shown& shown, const QString& part)
{
    for (const QString& button : shown.buttons) {
        if (QString(button).remove(u'&').contains(part, Qt::CaseInsensitive))
            return button;
    }
    return QString();
}

int settingsRows(const QString& path)
{
    Database db;
    QString error;
    if (!db.openExisting(path, true, &error))
        return -1;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM settings")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestDatabaseStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("motcua-test-databasestart"));
        QSettings().clear();
        Database::setBusyTimeout(300);
    }

    // Issue #15: a register locked by another program was called unusable, and the restore of
    // an older backup was offered with Yes as the default. Now: the cause, Retry, no restore.
    void busyRegisterOffersRetryNotRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error) && db.migrate(&error, Migrations::latestVersion() - 1),
                     qPrintable(error));
            // A good backup exists: it must still not be offered.
            QVERIFY2(BackupService::automaticBackup(db, BackupService::backupFolder(path),
                                                    QDate::currentDate(), &error)
                             .size() > 0,
                     qPrintable(error));
        }
        const int rows = settingsRows(path);
        SqliteShellLock holder(path);
        if (!holder.isHolding())
            QSKIP("the sqlite3 shell is not available");

        int retries = 0;
        Answerer answerer({[&retries](const Shown& shown) {
                               ++retries;
                               return buttonWith(shown, QStringLiteral("Retry"));
                           },
                           [](const Shown& shown) {
                               return buttonWith(shown, QStringLiteral("Quit"));
                           }});
        Database db;
        QString location = path;
        QVERIFY(!DatabaseStart::open(db, &location, true));
        holder.release();

        QCOMPARE(answerer.shown.size(), 2); // Retry asked again, then Quit
        for (const Shown& shown : answerer.shown) {
            QCOMPARE(shown.name, QStringLiteral("databaseProblem"));
            QVERIFY2(shown.text.contains(QStringLiteral("another program")),
                     qPrintable(shown.text));
            QVERIFY2(shown.text.contains(QStringLiteral("sqlite3")), qPrintable(shown.text));
            QVERIFY2(!containsText(shown.buttons, QStringLiteral("Restore")),
                     qPrintable(shown.buttons.join(u',')));
            QVERIFY(shown.defaultButton.contains(QStringLiteral("Retry")));
        }
        QCOMPARE(retries, 1);
        QCOMPARE(settingsRows(path), rows); // the register is as it was
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}).isEmpty());
    }

    // Real damage: the restore is offered, never as the default, and confirmed with No as the
    // default; answering No leaves the damaged file as it is.
    void damagedRegisterOffersRestoreWithNoAsDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.openAndMigrate(path, &error), qPrintable(error));
            QVERIFY(!BackupService::automaticBackup(db, BackupService::backupFolder(path),
                                                    QDate::currentDate(), &error)
                         .isEmpty());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
        file.close();

        Database db;
        QString location = path;
        {
            Answerer declined(
                {[](const Shown& shown) { return buttonWith(shown, QStringLiteral("Restore")); },
                 [](const Shown&) { return QStringLiteral("&No"); },
                 [](const Shown& shown) {
                     return buttonWith(shown, QStringLiteral("Quit"));
                 }});
            QVERIFY(!DatabaseStart::open(db, &location, true));
            QCOMPARE(declined.shown.size(), 3);
            QVERIFY(containsText(declined.shown.at(0).buttons, QStringLiteral("Restore")));
            QVERIFY(!declined.shown.at(0).defaultButton.contains(QStringLiteral("Restore")));
            QCOMPARE(declined.shown.at(1).name, QStringLiteral("confirmRestore"));
            QVERIFY2(QString(declined.shown.at(1).defaultButton).remove(u'&') ==
                         QLatin1String("No"),
                     qPrintable(declined.shown.at(1).defaultButton));
        }
        QCOMPARE(QFileInfo(path).size(), 8192); // not replaced

        Answerer accepted(
            {[](const Shown& shown) { return buttonWith(shown, QStringLiteral("Restore")); },
             [](const Shown&) { return QStringLiteral("&Yes"); },
             [](const Shown& shown) {
                 return buttonWith(shown, QStringLiteral("OK"));
             }});
        QVERIFY(DatabaseStart::open(db, &location, true));
        QVERIFY(db.isOpen());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("office.sqlite.replaced-*")}).size(),
                 1);
    }

    // The officer reads the cause in Vietnamese, with Thử lại as the default (picture:
    // MOTCUA_SCREENSHOT_DIR=docs/screenshots writes database-busy.png).
    void causeIsNamedInVietnamese()
    {
        QVERIFY(Translations::install(QStringLiteral("vi")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("motcua.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error) && db.migrate(&error, Migrations::latestVersion() - 1),
                     qPrintable(error));
        }
        SqliteShellLock holder(path);
        if (!holder.isHolding())
            QSKIP("the sqlite3 shell is not available");
        Answerer answerer({[](const Shown& shown) {
            return buttonWith(shown, QStringLiteral("Thoát"));
        }});
        Database db;
        QString location = path;
        const bool opened = DatabaseStart::open(db, &location, true);
        holder.release();
        Translations::install(QStringLiteral("en"));
        QVERIFY(!opened);
        QCOMPARE(answerer.shown.size(), 1);
        const Shown& shown = answerer.shown.first();
        QVERIFY2(shown.text.contains(QStringLiteral("đang được chương trình khác ghi")),
                 qPrintable(shown.text));
        QVERIFY2(shown.text.contains(QStringLiteral("Tệp không bị hỏng")), qPrintable(shown.text));
        QCOMPARE(QString(shown.defaultButton).remove(u'&'), QStringLiteral("Thử lại"));
        QVERIFY(!containsText(shown.buttons, QStringLiteral("Khôi phục")));
        const QString pictures = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
        if (!pictures.isEmpty())
            QVERIFY(shown.picture.save(pictures + QStringLiteral("/database-busy.png")));
    }
};

QTEST_MAIN(TestDatabaseStart)
#include "tst_databasestart.moc"
