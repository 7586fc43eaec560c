#include "ApologyDialog.h"

#include "common/DeskSession.h"
#include "supervisor/ApologyService.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ApologyDialog::ApologyDialog(DeskSession& session, const OverdueItem& item, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_item(item)
    , m_reason(new QPlainTextEdit(this))
    , m_days(new QSpinBox(this))
    , m_newDue(new QDateTimeEdit(this))
    , m_signer(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("apologyDialog"));
    setWindowTitle(tr("Apology letter and new appointment — %1").arg(item.code));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the result will be late, as the applicant will read it"));
    m_reason->setFixedHeight(80);
    m_days->setRange(1, 60);
    m_days->setValue(5);
    m_days->setSuffix(tr(" working days later"));
    m_newDue->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_newDue->setCalendarPopup(true);
    const User& user = session.user();
    m_signer->setText(user.displayName.isEmpty() ? user.login : user.displayName);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(60);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(
        tr("Dossier:"),
        new QLabel(item.code + QStringLiteral(" — ") + item.applicantName.toHtmlEscaped(), this));
    form->addRow(tr("Procedure:"), new QLabel(item.subject, this));
    form->addRow(tr("Current due date:"),
                 new QLabel(item.legalDueAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")), this));
    form->addRow(tr("&Reason:"), m_reason);
    auto* due = new QHBoxLayout;
    due->addWidget(m_newDue, 1);
    due->addWidget(m_days);
    auto* dueLabel = new QLabel(tr("&New appointment:"), this);
    dueLabel->setBuddy(m_newDue);
    form->addRow(dueLabel, due);
    form->addRow(tr("&Signed by:"), m_signer);
    if (item.apologySent()) {
        // DOMAIN §8: a new appointment may be given only once.
        auto* once =
            new QLabel(tr("A new appointment (%1) was already given once. A further one needs the "
                          "supervisor's note.")
                           .arg(item.apologyNewDueAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                       this);
        once->setWordWrap(true);
        form->addRow(once);
        form->addRow(tr("Supervisor's &note:"), m_note);
    } else {
        m_note->hide();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* signButton =
        buttons->addButton(tr("Sign and &save"), QDialogButtonBox::AcceptRole);
    signButton->setDefault(true);
    connect(signButton, &QPushButton::clicked, this, &ApologyDialog::sign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_days, &QSpinBox::valueChanged, this, &ApologyDialog::suggest);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    suggest();
}

void ApologyDialog::suggest()
{
    const QDateTime from =
        m_item.apologyNewDueAt.isValid() ? m_item.apologyNewDueAt : m_item.legalDueAt;
    const QDateTime suggested = ApologyService::suggestedNewDue(
        m_session.rules(), from, QDateTime::currentDateTime(), m_days->value());
    if (suggested.isValid())
        m_newDue->setDateTime(suggested);
}

void ApologyDialog::sign()
{
    ApologyLetter letter;
    letter.issuedAt = QDateTime::currentDateTime();
    letter.reason = m_reason->toPlainText().trimmed();
    letter.newDueAt = m_newDue->dateTime();
    letter.signer = m_signer->text().trimmed();
    letter.supervisorNote = m_note->toPlainText().trimmed();
    QString error;
    if (!ApologyService(m_session.db(), m_session.rules())
             .issue(m_session.user(), m_item.code, &letter, &error)) {
        m_problem->setText(error);
        return;
    }
    m_letter = letter;
    emit m_session.dossierChanged(m_item.code);
    accept();
}
