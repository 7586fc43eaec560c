#include "OfficeHistoryPanel.h"

#include "common/DeskSession.h"
#include "forms/FormData.h"
#include "forms/FormRenderer.h"
#include "settings/OfficeIdentityStore.h"
#include "settings/OfficeSettingsStore.h"
#include "supervisor/SupervisorSettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Form, Symbol, SignerTitle, SignerName, Recipients, ColumnCount };

// The forms an office numbers and signs (the control sheet and the ledger are kept, not issued).
const QList<FormKind> signedForms{FormKind::Receipt, FormKind::Supplement, FormKind::Refusal,
                                  FormKind::Apology, FormKind::Stop};

// In the table a title's lines are separated by " / " and the recipients by ";".
QString titleText(const QString& stored)
{
    return QString(stored).replace(QLatin1Char('\n'), QStringLiteral(" / "));
}

QString storedTitle(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('/'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

QString recipientsText(const QString& stored)
{
    return stored.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
}

QString storedRecipients(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char(';'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

OfficeHistoryPanel::OfficeHistoryPanel(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_version(new QComboBox(this))
    , m_validFrom(new QDateEdit(this))
    , m_agency(new QLineEdit(this))
    , m_parent(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_forms(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    auto* versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    connect(m_version, &QComboBox::currentIndexChanged, this, &OfficeHistoryPanel::showVersion);
    auto* addButton = new QPushButton(tr("&New version"), this);
    connect(addButton, &QPushButton::clicked, this, &OfficeHistoryPanel::addVersion);
    auto* removeButton = new QPushButton(tr("D&elete version"), this);
    connect(removeButton, &QPushButton::clicked, this, &OfficeHistoryPanel::remove);

    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_parent->setPlaceholderText(tr("empty for a commune since 1/7/2025"));
    m_unit->setPlaceholderText(tr("e.g. Trung tâm Phục vụ hành chính công xã Tân Bình"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("Val&id from:"), m_validFrom);
    fields->addRow(tr("Agency:"), m_agency);
    fields->addRow(tr("Parent agency:"), m_parent);
    fields->addRow(tr("One-stop &unit:"), m_unit);
    fields->addRow(tr("P&lace name:"), m_place);
    fields->addRow(tr("Agenc&y code:"), m_code);

    m_forms->setColumnCount(ColumnCount);
    m_forms->setHorizontalHeaderLabels({tr("Form"), tr("Number symbol"), tr("Signer's title"),
                                        tr("Signer's name"), tr("Nơi nhận (separated by ;)")});
    m_forms->verticalHeader()->hide();
    m_forms->horizontalHeader()->setSectionResizeMode(Recipients, QHeaderView::Stretch);
    m_forms->setWordWrap(false);
    m_forms->setColumnWidth(Form, 250);
    m_forms->setColumnWidth(Symbol, 100);
    m_forms->setColumnWidth(SignerTitle, 210);
    m_forms->setColumnWidth(SignerName, 150);
    m_forms->setRowCount(int(signedForms.size()));

    auto* hint = new QLabel(tr("A form prints the version in force on the day of its act (the "
                               "receipt, the request, the refusal, the stop, the apology), so an "
                               "old dossier reprints with its old header. A title on two lines is "
                               "written \"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\"."),
                            this);
    hint->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("&Save version"), this);
    connect(saveButton, &QPushButton::clicked, this, &OfficeHistoryPanel::save);

    auto* top = new QHBoxLayout;
    top->addWidget(versionLabel);
    top->addWidget(m_version, 1);
    top->addWidget(addButton);
    top->addWidget(removeButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(saveButton);
    bottom->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addLayout(fields);
    layout->addWidget(m_forms, 1);
    layout->addLayout(bottom);
    reload();
}

void OfficeHistoryPanel::reload()
{
    QString error;
    if (!OfficeIdentityStore(m_session.db()).versions(&m_versions, &error))
        m_status->setText(error);
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    for (const OfficeIdentity& v : m_versions)
        m_version->addItem(tr("from %1").arg(v.validFrom.toString(QStringLiteral("dd/MM/yyyy"))));
    if (m_versions.isEmpty())
        addVersion();
    else {
        m_version->setCurrentIndex(int(m_versions.size()) - 1);
        showVersion(m_version->currentIndex());
    }
}

void OfficeHistoryPanel::showVersion(int index)
{
    if (index < 0 || index >= m_versions.size())
        return;
    const OfficeIdentity& v = m_versions.at(index);
    m_validFrom->setDate(v.validFrom.isValid() ? v.validFrom : QDate::currentDate());
    m_agency->setText(v.agencyName);
    m_parent->setText(v.parentAgency);
    m_unit->setText(v.unitName);
    m_place->setText(v.placeName);
    m_code->setText(v.agencyCode);
    for (int row = 0; row < signedForms.size(); ++row) {
        const QString key = FormKinds::key(signedForms.at(row));
        auto* name = new QTableWidgetItem(
            FormRenderer::officialName(signedForms.at(row), FormSet::Tt03_2025));
        name->setData(Qt::UserRole, key);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setToolTip(name->text());
        m_forms->setItem(row, Form, name);
        const FormSignature s = v.form(key);
        m_forms->setItem(row, Symbol, new QTableWidgetItem(s.symbol));
        m_forms->setItem(row, SignerTitle, new QTableWidgetItem(titleText(s.signerTitle)));
        m_forms->setItem(row, SignerName, new QTableWidgetItem(s.signerName));
        m_forms->setItem(row, Recipients, new QTableWidgetItem(recipientsText(s.recipients)));
    }
}

void OfficeHistoryPanel::addVersion()
{
    // A new version starts as a copy of the latest (or of the office settings), from today.
    OfficeIdentity v;
    if (!m_versions.isEmpty()) {
        v = m_versions.constLast();
    } else {
        OfficeSettings settings;
        QString error;
        if (OfficeSettingsStore(m_session.db()).load(&settings, &error))
            v = OfficeIdentity::fromSettings(settings);
    }
    v.validFrom = QDate::currentDate();
    m_versions.append(v);
    const QSignalBlocker blocker(m_version);
    m_version->addItem(tr("new version"));
    m_version->setCurrentIndex(int(m_versions.size()) - 1);
    showVersion(m_version->currentIndex());
}

void OfficeHistoryPanel::save()
{
    OfficeIdentity v;
    v.validFrom = m_validFrom->date();
    v.agencyName = m_agency->text().trimmed();
    v.parentAgency = m_parent->text().trimmed();
    v.unitName = m_unit->text().trimmed();
    v.placeName = m_place->text().trimmed();
    v.agencyCode = m_code->text().trimmed();
    for (int row = 0; row < m_forms->rowCount(); ++row) {
        FormSignature s;
        s.symbol = m_forms->item(row, Symbol)->text().trimmed();
        s.signerTitle = storedTitle(m_forms->item(row, SignerTitle)->text());
        s.signerName = m_forms->item(row, SignerName)->text().trimmed();
        s.recipients = storedRecipients(m_forms->item(row, Recipients)->text());
        v.forms.insert(m_forms->item(row, Form)->data(Qt::UserRole).toString(), s);
    }
    QString error;
    if (!SupervisorSettings(m_session.db(), m_session.user()).saveOfficeIdentity(v, &error)) {
        m_status->setText(error);
        return;
    }
    reload();
    m_status->setText(tr("The version valid from %1 was saved.")
                          .arg(v.validFrom.toString(QStringLiteral("dd/MM/yyyy"))));
}

void OfficeHistoryPanel::remove()
{
    const int index = m_version->currentIndex();
    if (index < 0 || index >= m_versions.size())
        return;
    QString error;
    if (!SupervisorSettings(m_session.db(), m_session.user())
             .removeOfficeIdentity(m_versions.at(index).validFrom, &error)) {
        m_status->setText(error);
        return;
    }
    reload();
    m_status->setText(tr("The version was deleted."));
}
