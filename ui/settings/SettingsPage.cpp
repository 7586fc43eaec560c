#include "SettingsPage.h"

#include "CataloguePanel.h"
#include "DatabaseSettingsPanel.h"
#include "OfficeHistoryPanel.h"
#include "OfficeIdentityForm.h"
#include "TargetsPanel.h"
#include "accounts/AccountsPanel.h"
#include "accounts/Permissions.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarReviewDialog.h"
#include "common/DeskSession.h"
#include "common/ScanFolderWatcher.h"
#include "dossiers/CitizenRatingWindow.h"
#include "settings/OfficeSettingsStore.h"
#include "settings/Translations.h"
#include "storage/Database.h"
#include "supervisor/SupervisorSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsPage::SettingsPage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_calendar = new CalendarPage(session.db(), session.user(), this);
    CalendarReviewDialog::attach(m_calendar, session.db());
    m_targets = new TargetsPanel(session, this);
    m_catalogue = new CataloguePanel(session, this);
    m_tabs->addTab(createOfficeTab(), tr("&Office"));
    // The year view needs its full height; at 1366×768 the tab scrolls instead of pushing the
    // window past the screen.
    auto* calendarScroll = new QScrollArea(this);
    calendarScroll->setWidget(m_calendar);
    calendarScroll->setWidgetResizable(true);
    calendarScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(calendarScroll, tr("&Calendar"));
    m_tabs->addTab(new OfficeHistoryPanel(session, this), tr("Forms"));
    m_tabs->addTab(m_targets, tr("&Targets"));
    m_tabs->addTab(m_catalogue, tr("&Procedures"));
    // Which database this computer opens is the administrator's choice
    // (Permission::ChangeConnection); it is kept in this computer's settings, not the database.
    m_database = new DatabaseSettingsPanel(session.db().location(), this);
    auto* databaseScroll = new QScrollArea(this);
    databaseScroll->setWidget(m_database);
    databaseScroll->setWidgetResizable(true);
    databaseScroll->setFrameShape(QFrame::NoFrame);
    m_databaseTab = m_tabs->addTab(databaseScroll, tr("&Database"));
    // Issue 15: which database the desks open is audited, in the database in use now.
    connect(m_database, &DatabaseSettingsPanel::saved, this, [this](const QString& location) {
        QString error;
        if (!AuditLog::record(m_session.db(),
                              {0, QDateTime::currentDateTime(), m_session.officer(),
                               QStringLiteral("database-settings"), QString(),
                               Database::displayLocation(m_session.db().location()) +
                                   QStringLiteral(" -> ") + Database::displayLocation(location),
                               QString()},
                              &error))
            m_status->setText(error);
    });
    // Officers' accounts: the administrator's (Permission::ManageUsers).
    m_accounts = new AccountsPanel(session, this);
    m_accountsTab = m_tabs->addTab(m_accounts, tr("&Accounts"));
    updateDatabaseTab(session.user());
    // The calendar screen writes through its own store: only a role that may change the
    // calendar gets it enabled (Permission::ChangeCalendar).
    m_calendar->setEnabled(Permissions::allows(session.user().role, Permission::ChangeCalendar));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(&session, &DeskSession::userChanged, this, [this](const User& user) {
        m_calendar->setUser(user);
        m_calendar->setEnabled(Permissions::allows(user.role, Permission::ChangeCalendar));
        updateDatabaseTab(user);
    });
    reload();
}

void SettingsPage::updateDatabaseTab(const User& user)
{
    m_tabs->setTabVisible(m_databaseTab,
                          Permissions::allows(user.role, Permission::ChangeConnection));
    const bool accounts = Permissions::allows(user.role, Permission::ManageUsers);
    m_tabs->setTabVisible(m_accountsTab, accounts);
    if (accounts)
        m_accounts->reload();
}

void SettingsPage::showAccountsTab()
{
    if (m_tabs->isTabVisible(m_accountsTab))
        m_tabs->setCurrentIndex(m_accountsTab);
}

void SettingsPage::showCalendarTab()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* scroll = qobject_cast<QScrollArea*>(m_tabs->widget(i));
        if (scroll && scroll->widget() == m_calendar)
            m_tabs->setCurrentIndex(i);
    }
}

void SettingsPage::showDatabaseTab()
{
    if (m_tabs->isTabVisible(m_databaseTab))
        m_tabs->setCurrentIndex(m_databaseTab);
}

QWidget* SettingsPage::createOfficeTab()
{
    auto* tab = new QWidget(this);
    m_form = new OfficeIdentityForm(tab);
    auto* office = new QGroupBox(tr("Office identity and working hours"), tab);
    auto* officeLayout = new QVBoxLayout(office);
    officeLayout->addWidget(m_form);

    // DOMAIN §7: how a supplement pause moves the legal due date.
    m_policy = new QComboBox(tab);
    m_policy->addItem(tr("Extend the due date by the paused working time"),
                      int(SupplementPolicy::ExtendByPausedTime));
    m_policy->addItem(tr("Restart the full time limit when the supplement arrives"),
                      int(SupplementPolicy::RestartFullLimit));
    auto* rules = new QGroupBox(tr("Supplement requests"), tab);
    auto* rulesLayout = new QFormLayout(rules);
    rulesLayout->addRow(tr("&When a supplement arrives:"), m_policy);

    m_language = new QComboBox(tab);
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(Translations::preferredLanguage() == QLatin1String("en") ? 1 : 0);
    auto* desk = new QGroupBox(tr("This desk"), tab);
    auto* deskLayout = new QFormLayout(desk);
    deskLayout->addRow(tr("&Interface language (after restart):"), m_language);
    m_citizenScreen = new QCheckBox(tr("A screen faces the citizen: they &rate at hand-over"), tab);
    m_citizenScreen->setObjectName(QStringLiteral("citizenRatingScreen"));
    m_citizenScreen->setChecked(CitizenRatingWindow::isEnabled());
    deskLayout->addRow(m_citizenScreen);
    m_scannerFolder = new QLineEdit(ScanFolderWatcher::configuredFolder(), tab);
    m_scannerFolder->setObjectName(QStringLiteral("scannerFolder"));
    m_scannerFolder->setPlaceholderText(tr("where the counter's scanner saves, e.g. ~/Scans"));
    deskLayout->addRow(tr("Sca&nner folder:"), m_scannerFolder);

    auto* saveButton = new QPushButton(tr("&Save settings"), tab);
    saveButton->setShortcut(QKeySequence::Save);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    m_status = new QLabel(tab);
    m_status->setWordWrap(true);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(office);
    auto* lower = new QHBoxLayout;
    lower->addWidget(rules, 3);
    lower->addWidget(desk, 2);
    layout->addLayout(lower);
    auto* actions = new QHBoxLayout;
    actions->addWidget(saveButton);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);
    layout->addStretch();
    auto* scroll = new QScrollArea(tab);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* tabLayout = new QVBoxLayout(tab);
    tabLayout->setContentsMargins(0, 0, 0, 0);
    tabLayout->addWidget(scroll);
    return tab;
}

void SettingsPage::reload()
{
    QString error;
    if (!OfficeSettingsStore(m_session.db()).load(&m_loaded, &error))
        m_form->showProblem(error);
    m_form->setSettings(m_loaded);
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(int(m_loaded.supplementPolicy))));
}

void SettingsPage::save()
{
    // The language belongs to this desk: anyone may change it.
    Translations::setPreferredLanguage(m_language->currentData().toString());
    CitizenRatingWindow::setEnabled(m_citizenScreen->isChecked());
    ScanFolderWatcher::setConfiguredFolder(m_scannerFolder->text().trimmed());
    QString error;
    OfficeSettings settings = m_form->settings(m_loaded);
    settings.supplementPolicy = SupplementPolicy(m_policy->currentData().toInt());
    if (!SupervisorSettings(m_session.db(), m_session.user()).saveOffice(settings, &error)) {
        m_form->showProblem(error);
        m_status->clear();
        return;
    }
    m_form->showProblem(QString());
    m_loaded = settings;
    m_status->setText(tr("Settings saved."));
    emit officeSettingsChanged(settings);
}
