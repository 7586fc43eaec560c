#include "ReceiptCorrectionDialog.h"

#include "catalogue/ProcedureRepository.h"
#include "common/DeskSession.h"
#include "dossiers/DossierRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReceiptCorrectionDialog::ReceiptCorrectionDialog(DeskSession& session, const QString& code,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(code)
    , m_procedure(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_due(new QDateTimeEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("receiptCorrection"));
    setWindowTitle(tr("Correct the receipt of %1").arg(code));
    setMinimumWidth(620);
    m_procedure->setObjectName(QStringLiteral("correctProcedure"));
    m_name->setObjectName(QStringLiteral("correctName"));
    m_id->setObjectName(QStringLiteral("correctId"));
    m_phone->setObjectName(QStringLiteral("correctPhone"));
    m_email->setObjectName(QStringLiteral("correctEmail"));
    m_address->setObjectName(QStringLiteral("correctAddress"));
    m_organisation->setObjectName(QStringLiteral("correctOrganisation"));
    m_due->setObjectName(QStringLiteral("correctDue"));
    m_due->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_due->setCalendarPopup(true);
    m_reason->setObjectName(QStringLiteral("correctReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 3 + 12);
    m_reason->setPlaceholderText(tr("Printed on the new receipt, e.g. the procedure was chosen "
                                    "wrongly at receipt"));
    m_problem->setObjectName(QStringLiteral("correctProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    QString error;
    Dossier d;
    m_ready =
        ReceiptCorrections(session.db(), session.rules()).start(code, &m_correction, &error) &&
        DossierRepository(session.db(), session.rules()).load(code, &d, &error) &&
        // The catalogue rows in force on the receipt day (a dossier keeps that day's rules).
        ProcedureRepository(session.db())
            .loadAllOn(d.receivedAt.date(), &m_procedures, &error,
                       ProcedureRepository::Filter::ActiveOnly);
    m_receivedAt = d.receivedAt;
    for (const Procedure& p : std::as_const(m_procedures))
        m_procedure->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.code);
    if (m_procedure->findData(m_correction.procedureCode) < 0)
        m_procedure->addItem(m_correction.procedureCode, m_correction.procedureCode);
    m_procedure->setCurrentIndex(m_procedure->findData(m_correction.procedureCode));
    m_name->setText(m_correction.applicantName);
    m_id->setText(m_correction.applicantId);
    m_phone->setText(m_correction.applicantPhone);
    m_email->setText(m_correction.applicantEmail);
    m_address->setText(m_correction.applicantAddress);
    m_organisation->setText(m_correction.applicantOrganisation);
    m_due->setDateTime(m_correction.dueAt);
    if (!m_ready)
        m_problem->setText(error);
    connect(m_procedure, &QComboBox::currentIndexChanged, this,
            &ReceiptCorrectionDialog::procedureChanged);

    auto* form = new QFormLayout;
    form->addRow(tr("&Procedure:"), m_procedure);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&ID number (CCCD):"), m_id);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Appoin&tment:"), m_due);
    form->addRow(tr("&Reason for the correction:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Correct and print the receipt again"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("correctConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceiptCorrectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReceiptCorrectionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("The old values stay in the dossier's history and the audit log. "
                               "The receipt is printed again as a corrected version with the "
                               "reason."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString ReceiptCorrectionDialog::error() const
{
    return m_problem->text();
}

void ReceiptCorrectionDialog::procedureChanged()
{
    // The appointment follows the right procedure's time limit (DOMAIN §5).
    const QString code = m_procedure->currentData().toString();
    for (const Procedure& p : std::as_const(m_procedures)) {
        if (p.code == code && code != m_correction.procedureCode) {
            m_due->setDateTime(m_session.rules().dueAt(m_receivedAt, p.halves, p.unit));
            return;
        }
    }
}

void ReceiptCorrectionDialog::accept()
{
    ReceiptCorrection c = m_correction;
    c.procedureCode = m_procedure->currentData().toString();
    c.applicantName = m_name->text();
    c.applicantId = m_id->text();
    c.applicantPhone = m_phone->text();
    c.applicantEmail = m_email->text();
    c.applicantAddress = m_address->text();
    c.applicantOrganisation = m_organisation->text();
    c.dueAt = m_due->dateTime();
    c.reason = m_reason->toPlainText();
    QString error;
    if (!ReceiptCorrections(m_session.db(), m_session.rules())
             .apply(m_code, &c, m_session.actor(), &error)) {
        m_problem->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    m_correction = c;
    emit m_session.dossierChanged(m_code);
    QDialog::accept();
}
