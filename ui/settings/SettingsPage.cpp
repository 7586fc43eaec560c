#include "SettingsPage.h"

#include "OfficeIdentityForm.h"
#include "settings/OfficeSettingsStore.h"
#include "settings/Translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SettingsPage::SettingsPage(const Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_form(new OfficeIdentityForm(this))
    , m_language(new QComboBox(this))
    , m_status(new QLabel(this))
{
    auto* office = new QGroupBox(tr("Office identity and working hours"), this);
    auto* officeLayout = new QVBoxLayout(office);
    officeLayout->addWidget(m_form);

    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(Translations::preferredLanguage() == QLatin1String("en") ? 1 : 0);
    auto* desk = new QGroupBox(tr("This desk"), this);
    auto* deskLayout = new QFormLayout(desk);
    deskLayout->addRow(tr("Interface &language (after restart):"), m_language);

    auto* saveButton = new QPushButton(tr("&Save settings"), this);
    saveButton->setShortcut(QKeySequence::Save);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(office);
    layout->addWidget(desk);
    auto* actions = new QHBoxLayout;
    actions->addWidget(saveButton);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);
    layout->addStretch();
    reload();
}

void SettingsPage::reload()
{
    QString error;
    if (!OfficeSettingsStore(m_db).load(&m_loaded, &error))
        m_form->showProblem(error);
    m_form->setSettings(m_loaded);
}

void SettingsPage::save()
{
    QString error;
    const OfficeSettings settings = m_form->settings(m_loaded);
    if (!OfficeSettingsStore(m_db).save(settings, &error)) {
        m_form->showProblem(error);
        m_status->clear();
        return;
    }
    m_form->showProblem(QString());
    m_loaded = settings;
    Translations::setPreferredLanguage(m_language->currentData().toString());
    m_status->setText(tr("Settings saved."));
    emit officeSettingsChanged(settings);
}
