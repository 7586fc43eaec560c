#include "OfficeIdentityForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
QTimeEdit* makeTimeEdit(QWidget* parent)
{
    auto* edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}
} // namespace

OfficeIdentityForm::OfficeIdentityForm(QWidget* parent)
    : QWidget(parent)
    , m_agencyName(new QLineEdit(this))
    , m_parentAgency(new QLineEdit(this))
    , m_agencyCode(new QLineEdit(this))
    , m_agencyCodeHint(new QLabel(this))
    , m_placeName(new QLineEdit(this))
    , m_unitName(new QLineEdit(this))
    , m_morningStart(makeTimeEdit(this))
    , m_morningEnd(makeTimeEdit(this))
    , m_afternoonStart(makeTimeEdit(this))
    , m_afternoonEnd(makeTimeEdit(this))
    , m_problem(new QLabel(this))
{
    m_agencyName->setObjectName(QStringLiteral("agencyName"));
    m_parentAgency->setObjectName(QStringLiteral("parentAgency"));
    m_agencyCode->setObjectName(QStringLiteral("agencyCode"));
    m_placeName->setObjectName(QStringLiteral("placeName"));
    m_unitName->setObjectName(QStringLiteral("unitName"));
    m_agencyName->setPlaceholderText(tr("e.g. UBND XÃ TÂN BÌNH"));
    m_parentAgency->setPlaceholderText(tr("e.g. UBND HUYỆN VĨNH CỬU"));
    m_agencyCode->setPlaceholderText(QStringLiteral("000.00.06.H56"));
    m_placeName->setPlaceholderText(tr("e.g. Tân Bình"));
    m_unitName->setPlaceholderText(tr("e.g. Trung tâm Phục vụ hành chính công xã Tân Bình"));
    m_agencyCodeHint->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* morning = new QHBoxLayout;
    morning->addWidget(m_morningStart);
    morning->addWidget(new QLabel(QStringLiteral("–"), this));
    morning->addWidget(m_morningEnd);
    morning->addStretch();
    auto* afternoon = new QHBoxLayout;
    afternoon->addWidget(m_afternoonStart);
    afternoon->addWidget(new QLabel(QStringLiteral("–"), this));
    afternoon->addWidget(m_afternoonEnd);
    afternoon->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Agency name (as printed):"), m_agencyName);
    form->addRow(tr("Parent agency:"), m_parentAgency);
    form->addRow(tr("Electronic agenc&y code:"), m_agencyCode);
    form->addRow(QString(), m_agencyCodeHint);
    form->addRow(tr("P&lace name for the date line:"), m_placeName);
    form->addRow(tr("One-stop &unit:"), m_unitName);
    form->addRow(tr("&Morning hours:"), morning);
    form->addRow(tr("Aft&ernoon hours:"), afternoon);
    qobject_cast<QLabel*>(form->labelForField(morning))->setBuddy(m_morningStart);
    qobject_cast<QLabel*>(form->labelForField(afternoon))->setBuddy(m_afternoonStart);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    connect(m_agencyCode, &QLineEdit::textChanged, this, &OfficeIdentityForm::checkAgencyCode);
    setSettings(OfficeSettings());
}

void OfficeIdentityForm::setSettings(const OfficeSettings& settings)
{
    m_agencyName->setText(settings.agencyName);
    m_parentAgency->setText(settings.parentAgency);
    m_agencyCode->setText(settings.agencyCode);
    m_placeName->setText(settings.placeName);
    m_unitName->setText(settings.unitName);
    m_morningStart->setTime(settings.windows.morningStart);
    m_morningEnd->setTime(settings.windows.morningEnd);
    m_afternoonStart->setTime(settings.windows.afternoonStart);
    m_afternoonEnd->setTime(settings.windows.afternoonEnd);
    checkAgencyCode();
}

OfficeSettings OfficeIdentityForm::settings(const OfficeSettings& base) const
{
    OfficeSettings result = base;
    result.agencyName = m_agencyName->text().trimmed();
    result.parentAgency = m_parentAgency->text().trimmed();
    result.agencyCode = m_agencyCode->text().trimmed().toUpper();
    result.placeName = m_placeName->text().trimmed();
    result.unitName = m_unitName->text().trimmed();
    result.windows.morningStart = m_morningStart->time();
    result.windows.morningEnd = m_morningEnd->time();
    result.windows.afternoonStart = m_afternoonStart->time();
    result.windows.afternoonEnd = m_afternoonEnd->time();
    return result;
}

void OfficeIdentityForm::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void OfficeIdentityForm::checkAgencyCode()
{
    const QString code = m_agencyCode->text().trimmed().toUpper();
    if (code.isEmpty() || OfficeSettings::isValidAgencyCode(code))
        m_agencyCodeHint->setText(tr("Four groups separated by dots, as assigned by the "
                                     "province (QĐ 20/2020/QĐ-TTg)."));
    else
        m_agencyCodeHint->setText(tr("Not a valid code yet: expected four groups separated by "
                                     "dots, like 000.00.06.H56."));
}
