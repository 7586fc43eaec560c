#include "CataloguePanel.h"

#include "catalogue/ProcedureRepository.h"
#include "common/DeskSession.h"
#include "common/TextFold.h"
#include "supervisor/SupervisorSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { Code, Name, Field, Limit, Active, ColumnCount };
}

CataloguePanel::CataloguePanel(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_field(new QLineEdit(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_fee(new QSpinBox(this))
    , m_feeOnline(new QSpinBox(this))
    , m_feePostal(new QSpinBox(this))
    , m_online(new QComboBox(this))
    , m_onlinePayment(new QCheckBox(tr("Fees can be paid online"), this))
    , m_sample(new QCheckBox(tr("Sample dossier at the counter"), this))
    , m_resultDocument(new QCheckBox(tr("The result is a document"), this))
    , m_active(new QCheckBox(tr("Active (offered at reception)"), this))
    , m_status(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Find by code, name or field"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &CataloguePanel::filter);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Field"), tr("Time limit"), tr("Active")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    // Never narrower than the column's title in the language shown ("Đang áp dụng").
    const QHeaderView* header = m_table->horizontalHeader();
    for (const auto& [column, width] :
         {std::pair{Code, 90}, std::pair{Field, 110}, std::pair{Limit, 120}, std::pair{Active, 60}})
        m_table->setColumnWidth(column, qMax(width, header->sectionSizeHint(column)));
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showProcedure(row); });

    m_duration->setRange(0, 365);
    m_duration->setDecimals(1);
    m_duration->setSingleStep(0.5);
    for (const QString& unit : Procedure::units())
        m_unit->addItem(Procedure::unitLabel(unit), unit);
    for (QSpinBox* fee : {m_fee, m_feeOnline, m_feePostal}) {
        fee->setRange(0, 100000000);
        fee->setSingleStep(1000);
        fee->setSuffix(tr(" đồng"));
        fee->setGroupSeparatorShown(true);
    }
    for (const QString& level : Procedure::onlineLevels())
        m_online->addItem(Procedure::onlineLevelLabel(level), level);

    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Field:"), m_field);
    auto* limit = new QHBoxLayout;
    limit->addWidget(m_duration);
    limit->addWidget(m_unit, 1);
    form->addRow(tr("T&ime limit:"), limit);
    qobject_cast<QLabel*>(form->labelForField(limit))->setBuddy(m_duration);
    form->addRow(tr("F&ee at the counter:"), m_fee);
    form->addRow(tr("Fee on&line:"), m_feeOnline);
    form->addRow(tr("Fee &by post:"), m_feePostal);
    form->addRow(tr("Online se&rvice:"), m_online);
    form->addRow(m_onlinePayment);
    form->addRow(m_sample);
    form->addRow(m_resultDocument);
    form->addRow(m_active);
    auto* newButton = new QPushButton(tr("Ne&w procedure"), this);
    auto* saveButton = new QPushButton(tr("&Save procedure"), this);
    auto* deactivateButton = new QPushButton(tr("Deacti&vate"), this);
    connect(newButton, &QPushButton::clicked, this, &CataloguePanel::newProcedure);
    connect(saveButton, &QPushButton::clicked, this, &CataloguePanel::save);
    connect(deactivateButton, &QPushButton::clicked, this, &CataloguePanel::deactivate);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(deactivateButton);
    buttons->addStretch();
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    right->addStretch();

    auto* left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_table, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    reload();
}

void CataloguePanel::reload()
{
    QString error;
    if (!ProcedureRepository(m_session.db()).loadAll(&m_procedures, &error))
        m_status->setText(error);
    m_table->setRowCount(int(m_procedures.size()));
    for (int row = 0; row < m_procedures.size(); ++row) {
        const Procedure& p = m_procedures.at(row);
        m_table->setItem(row, Code, new QTableWidgetItem(p.code));
        m_table->setItem(row, Name, new QTableWidgetItem(p.name));
        m_table->setItem(row, Field, new QTableWidgetItem(p.field));
        m_table->setItem(row, Limit, new QTableWidgetItem(p.timeLimitText()));
        m_table->setItem(row, Active, new QTableWidgetItem(p.active ? tr("yes") : tr("no")));
    }
    filter(m_search->text());
    if (!m_procedures.isEmpty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
}

void CataloguePanel::filter(const QString& text)
{
    const QString key = TextFold::searchKey(text);
    for (int row = 0; row < m_procedures.size(); ++row) {
        const Procedure& p = m_procedures.at(row);
        const QString hay =
            TextFold::searchKey(p.code + QLatin1Char(' ') + p.name + QLatin1Char(' ') + p.field);
        m_table->setRowHidden(row, !key.isEmpty() && !hay.contains(key));
    }
}

void CataloguePanel::showProcedure(int row)
{
    if (row < 0 || row >= m_procedures.size())
        return;
    m_current = m_procedures.at(row);
    m_isNew = false;
    m_code->setText(m_current.code);
    m_code->setReadOnly(true);
    m_name->setText(m_current.name);
    m_field->setText(m_current.field);
    m_duration->setValue(m_current.halves / 2.0);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_current.unit)));
    m_fee->setValue(int(m_current.fee));
    m_feeOnline->setValue(int(m_current.feeOnline));
    m_feePostal->setValue(int(m_current.feePostal));
    m_online->setCurrentIndex(qMax(0, m_online->findData(m_current.onlineLevel)));
    m_onlinePayment->setChecked(m_current.onlinePayment);
    m_sample->setChecked(m_current.sampleDossier);
    m_resultDocument->setChecked(m_current.resultDocument);
    m_active->setChecked(m_current.active);
}

void CataloguePanel::newProcedure()
{
    m_current = Procedure();
    m_isNew = true;
    m_code->setReadOnly(false);
    m_code->clear();
    m_name->clear();
    m_field->clear();
    m_duration->setValue(1);
    m_unit->setCurrentIndex(0);
    m_fee->setValue(0);
    m_feeOnline->setValue(0);
    m_feePostal->setValue(0);
    m_online->setCurrentIndex(0);
    m_onlinePayment->setChecked(false);
    m_sample->setChecked(false);
    m_resultDocument->setChecked(true);
    m_active->setChecked(true);
    m_code->setFocus();
    m_status->setText(tr("New procedure: fill in the fields, then save."));
}

void CataloguePanel::save()
{
    Procedure p = m_current; // keeps the documents and the source
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.field = m_field->text().trimmed();
    p.halves = qRound(m_duration->value() * 2);
    p.unit = m_unit->currentData().toString();
    p.fee = m_fee->value();
    p.feeOnline = m_feeOnline->value();
    p.feePostal = m_feePostal->value();
    p.onlineLevel = m_online->currentData().toString();
    p.onlinePayment = m_onlinePayment->isChecked();
    p.sampleDossier = m_sample->isChecked();
    p.resultDocument = m_resultDocument->isChecked();
    p.active = m_active->isChecked();
    QString error;
    if (!SupervisorSettings(m_session.db(), m_session.user()).saveProcedure(p, m_isNew, &error)) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Procedure %1 saved.").arg(p.code));
    const QString code = p.code;
    reload();
    for (int row = 0; row < m_procedures.size(); ++row) {
        if (m_procedures.at(row).code == code)
            m_table->setCurrentCell(row, 0);
    }
    emit catalogueChanged();
}

void CataloguePanel::deactivate()
{
    if (m_isNew || m_current.code.isEmpty())
        return;
    QString error;
    if (!SupervisorSettings(m_session.db(), m_session.user())
             .deactivateProcedure(m_current.code, &error)) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Procedure %1 no longer offered at reception.").arg(m_current.code));
    const int row = m_table->currentRow();
    reload();
    m_table->setCurrentCell(row, 0);
    emit catalogueChanged();
}
