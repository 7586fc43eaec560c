#include "SampleOffice.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "common/DeskSession.h"
#include "dossiers/ScanOfferBar.h"
#include "settings/Translations.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

namespace {

// The Alt letter of a text with '&' marks ("Lư&u" → 'u'), or a null QChar.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal '&'
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

QString describe(const QWidget* widget, const QString& text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text);
}

// Every Alt letter active at once in the window as it is shown: the menu bar's, the buttons',
// the labels with a buddy, the group boxes', and the tabs of every visible tab bar.
QMap<QChar, QStringList> altLetters(QWidget* window)
{
    QMap<QChar, QStringList> letters;
    auto add = [&letters](const QWidget* widget, const QString& text) {
        const QChar letter = mnemonic(text);
        if (!letter.isNull())
            letters[letter] << describe(widget, text);
    };
    if (auto* bar = window->findChild<QMenuBar*>()) {
        for (const QAction* action : bar->actions())
            add(bar, action->text());
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button, button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label, label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(box, box->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs, tabs->tabText(i));
            }
        }
    }
    return letters;
}

} // namespace

// Alt+letter must do one thing on each page, in English and in Vietnamese: two buttons, labels
// or tabs with the same letter on one screen make Alt+letter cycle between them instead of
// acting, and a letter with a diacritic cannot be typed with Alt at all.
class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("motcua-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
    }

    void init()
    {
        db = std::make_unique<TestDatabase>();
        MOTCUA_VERIFY_DB(*db);
        QString error;
        QVERIFY2(useSampleOffice(db->db(), &error), qPrintable(error));
    }

    void cleanup()
    {
        Translations::install(QStringLiteral("en"));
        db.reset();
    }

    void oneWidgetPerAltLetter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("area");
        const QList<QPair<const char*, MainWindow::Area>> areas{
            {"reception", MainWindow::Area::Reception},
            {"dossier list", MainWindow::Area::Dossiers},
            {"overdue", MainWindow::Area::Overdue},
            {"dashboard", MainWindow::Area::Dashboard},
            {"reports", MainWindow::Area::Reports},
            {"settings", MainWindow::Area::Settings},
            {"audit log", MainWindow::Area::AuditLog}};
        for (const char* language : {"en", "vi"}) {
            for (const auto& [name, area] : areas)
                QTest::addRow("%s, %s", language, name)
                    << QString::fromLatin1(language) << int(area);
        }
    }

    void oneWidgetPerAltLetter()
    {
        QFETCH(QString, language);
        QFETCH(int, area);
        QVERIFY(Translations::install(language));
        MainWindow window(db->db());
        // Everything an administrator sees: every tab and button there is.
        window.session().setUser(User::acting(QStringLiteral("admin"), Role::Administrator));
        window.resize(1366, 768);
        window.showArea(MainWindow::Area(area));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The bar offering a new scan appears whenever the scanner saves: its letters count.
        for (ScanOfferBar* bar : window.findChildren<ScanOfferBar*>())
            bar->setVisible(bar->parentWidget()->isVisible());
        QStringList problems;
        auto check = [&](const QString& where) {
            QApplication::processEvents();
            const QMap<QChar, QStringList> letters = altLetters(&window);
            dump(language, QString::fromLatin1(QTest::currentDataTag()) + QLatin1Char('/') + where,
                 letters);
            for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
                const QString key = QString(it.key()).toUpper();
                if (it.value().size() > 1)
                    problems << QStringLiteral("%1: Alt+%2 on %3")
                                    .arg(where, key, it.value().join(QStringLiteral(", ")));
                if (it.key().unicode() > 0x7f)
                    problems << QStringLiteral("%1: Alt+%2 cannot be typed (%3)")
                                    .arg(where, key, it.value().join(QStringLiteral(", ")));
            }
        };
        check(QStringLiteral("page"));
        // Each tab of the page in turn: what a tab shows is on screen with the page around it.
        for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
            // A tab widget inside a tab: its outer tabs are brought forward first.
            for (QWidget* w = tabs; w && w != &window; w = w->parentWidget()) {
                QWidget* stack = w->parentWidget();
                if (auto* outer =
                        stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr)
                    outer->setCurrentWidget(w);
            }
            QApplication::processEvents();
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                check(QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
            }
            tabs->setCurrentIndex(0);
        }
        problems.removeDuplicates();
        // Each on its own line: a long failure message is cut.
        for (const QString& problem : std::as_const(problems))
            qInfo().noquote() << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 clash(es), listed above").arg(problems.size())));
    }

private:
    // MOTCUA_MNEMONIC_DUMP=file: every Alt letter of every screen, one per line (language, screen,
    // letter, widget and text), for working out free letters when adding a control.
    static void dump(const QString& language, const QString& screen,
                     const QMap<QChar, QStringList>& letters)
    {
        const QString path = qEnvironmentVariable("MOTCUA_MNEMONIC_DUMP");
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::Append | QIODevice::Text))
            return;
        for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
            for (const QString& item : it.value())
                file.write((language + QLatin1Char('\t') + screen + QLatin1Char('\t') + it.key() +
                            QLatin1Char('\t') + item + QLatin1Char('\n'))
                               .toUtf8());
        }
    }

    std::unique_ptr<TestDatabase> db;
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
