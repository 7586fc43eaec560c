#include "MainWindow.h"

#include "accounts/Permissions.h"
#include "audit/AuditLogPage.h"
#include "common/DeskSession.h"
#include "common/UnavailablePage.h"
#include "dashboard/DashboardPage.h"
#include "dossiers/DossierDetailDialog.h"
#include "dossiers/DossierListPage.h"
#include "overdue/OverduePage.h"
#include "reception/ReceptionPage.h"
#include "reports/ReportsPage.h"
#include "settings/AppInfo.h"
#include "settings/ConnectionSettings.h"
#include "settings/OfficeSettingsStore.h"
#include "settings/SettingsPage.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_session(new DeskSession(db, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(210);
    m_navigation->setSpacing(2);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_reception = new ReceptionPage(*m_session, this);
    addArea(Area::Reception, tr("Reception"), m_reception);
    auto* dossiers = new DossierListPage(*m_session, this);
    addArea(Area::Dossiers, tr("Dossiers"), dossiers);
    connect(dossiers, &DossierListPage::openDossier, this, &MainWindow::openDossier);
    auto* overdue = new OverduePage(*m_session, this);
    addArea(Area::Overdue, tr("Overdue and due soon"), overdue);
    connect(overdue, &OverduePage::openDossier, this, &MainWindow::openDossier);
    addArea(Area::Dashboard, tr("Dashboard"), new DashboardPage(*m_session, this));
    addArea(Area::Reports, tr("Reports"), new ReportsPage(*m_session, this));
    auto* settings = new SettingsPage(*m_session, this);
    addArea(Area::Settings, tr("Settings"), settings);
    auto* audit = new AuditLogPage(*m_session, this);
    addArea(Area::AuditLog, tr("Audit log"), audit);
    connect(audit, &AuditLogPage::openDossier, this, &MainWindow::openDossier);
    connect(settings, &SettingsPage::officeSettingsChanged, this, &MainWindow::updateTitle);
    // New working windows, agency code or calendar: due dates are computed with them from now.
    connect(settings, &SettingsPage::officeSettingsChanged, m_session, [this] {
        QString error;
        if (!m_session->reload(&error))
            statusBar()->showMessage(error);
    });

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    createActions();
    connect(m_session, &DeskSession::userChanged, this, &MainWindow::updateAreas);
    connect(m_session, &DeskSession::officerChanged, this, &MainWindow::updateSignedIn);
    connect(m_session, &DeskSession::userChanged, this, &MainWindow::updateSignedIn);
    updateAreas();
    updateSignedIn();

    OfficeSettings office;
    QString error;
    OfficeSettingsStore(m_db).load(&office, &error);
    updateTitle(office);
    // Which database this desk works on stays in sight (a server address never shows a password).
    auto* database =
        new QLabel(tr("Database: %1").arg(ConnectionSettings::describe(m_db.location())), this);
    database->setObjectName(QStringLiteral("databaseInUse"));
    statusBar()->addPermanentWidget(database);
    showArea(Area::Reception);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Ctrl+Q with a citizen half entered: the officer decides, the form is not lost silently.
    if (!m_reception->confirmDiscard()) {
        showArea(Area::Reception);
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
    if (!event->isAccepted())
        return;
    // A preview or dialog open in its own event loop (exec()) would otherwise keep the
    // process alive without a main window, and a second desk could be started beside it.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window != this && window->isVisible())
            window->close();
    }
    QCoreApplication::quit();
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(int(area));
}

void MainWindow::openDossier(const QString& code)
{
    auto* dialog = new DossierDetailDialog(*m_session, code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_modalDetails) {
        dialog->exec();
    } else {
        dialog->show();
    }
}

void MainWindow::addArea(Area area, const QString& title, QWidget* page)
{
    Q_ASSERT(m_pages->count() == int(area));
    m_navigation->addItem(title);
    // A page wider or taller than a small laptop's screen scrolls instead of pushing the
    // window (and its status bar) off the screen.
    auto* scroll = new QScrollArea(m_pages);
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction* go = goMenu->addAction(m_navigation->item(row)->text());
        // Alt+1 … Alt+7 switch areas without the mouse.
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
        m_goActions.append(go);
    }

    // Who is signed in stays in sight, with Lock and Sign out beside it.
    auto* sessionBar = addToolBar(tr("Session"));
    sessionBar->setObjectName(QStringLiteral("sessionBar"));
    sessionBar->setMovable(false);
    m_signedIn = new QLabel(sessionBar);
    m_signedIn->setObjectName(QStringLiteral("signedIn"));
    m_signedIn->setContentsMargins(8, 0, 12, 0);
    sessionBar->addWidget(m_signedIn);
    QAction* lock = sessionBar->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("lock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(tr("Lock the desk (Ctrl+L): your password unlocks it"));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction* signOut = sessionBar->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOut"));
    signOut->setToolTip(tr("Sign out: another officer can sign in at this desk"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    fileMenu->insertAction(quit, lock);
    fileMenu->insertAction(quit, signOut);
    fileMenu->insertSeparator(quit);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Một Cửa Desk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::updateAreas()
{
    const bool audit = Permissions::allows(m_session->user().role, Permission::ViewAuditLog);
    const int row = int(Area::AuditLog);
    m_navigation->item(row)->setHidden(!audit);
    if (row < m_goActions.size())
        m_goActions.at(row)->setVisible(audit);
    if (!audit && m_navigation->currentRow() == row)
        showArea(Area::Reception);
}

void MainWindow::updateSignedIn()
{
    const User& user = m_session->user();
    const QString role = user.login.isEmpty() ? QString() : Roles::label(user.role);
    m_signedIn->setText(
        role.isEmpty()
            ? tr("Officer: <b>%1</b>").arg(m_session->officer().toHtmlEscaped())
            : tr("Officer: <b>%1</b> (%2)").arg(m_session->officer().toHtmlEscaped(), role));
}

void MainWindow::updateTitle(const OfficeSettings& settings)
{
    const QString office =
        settings.agencyName.isEmpty() ? tr("office not configured") : settings.agencyName;
    // Qt appends the application display name ("— Một Cửa Desk") itself.
    setWindowTitle(office);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Một Cửa Desk"),
        tr("<h3>Một Cửa Desk %1</h3>"
           "<p>Reception, due dates, forms and compliance counters for a commune's one-stop "
           "counter.</p>"
           "<p>Licence: %2</p>"
           "<p>Data: %3</p>")
            .arg(AppInfo::version(), AppInfo::licence(),
                 ConnectionSettings::describe(m_db.location()).toHtmlEscaped()));
}
