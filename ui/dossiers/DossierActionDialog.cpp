#include "DossierActionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {

QPlainTextEdit* textBox(QWidget* parent, const char* name, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().height() * lines + 12);
    return edit;
}

} // namespace

DossierActionDialog::DossierActionDialog(const QString& title, const QString& explanation,
                                         int fields, QWidget* parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_at(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(title);
    setMinimumWidth(560);
    auto* form = new QFormLayout;
    m_at->setObjectName(QStringLiteral("actionTime"));
    m_at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_at->setCalendarPopup(true);
    form->addRow(tr("&Time:"), m_at);
    if (fields & Reason) {
        m_reason = textBox(this, "actionReason", 3);
        form->addRow(tr("&Reason:"), m_reason);
    }
    if (fields & LegalBasis) {
        m_basis = textBox(this, "actionBasis", 2);
        form->addRow(tr("&Legal basis:"), m_basis);
    }
    if (fields & Items) {
        m_items = textBox(this, "actionItems", 4);
        m_items->setPlaceholderText(tr("One paper per line; after a | the reason, e.g.\n"
                                       "Bản sao giấy khai sinh | chưa nộp"));
        form->addRow(tr("&Papers to supplement:"), m_items);
    }
    if (fields & Deadline) {
        m_deadline = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this);
        m_deadline->setObjectName(QStringLiteral("actionDeadline"));
        m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        m_deadline->setCalendarPopup(true);
        form->addRow(tr("Hand in &by:"), m_deadline);
    }
    if (fields & ElectronicResult) {
        m_eResult = new QCheckBox(tr("The result is also issued &electronically"), this);
        m_eResult->setObjectName(QStringLiteral("actionEResult"));
        m_eCopies = new QSpinBox(this);
        m_eCopies->setObjectName(QStringLiteral("actionECopies"));
        m_eCopies->setRange(0, 999);
        form->addRow(QString(), m_eResult);
        form->addRow(tr("Electronic &certified copies:"), m_eCopies);
        m_resultFile = new QLineEdit(this);
        m_resultFile->setObjectName(QStringLiteral("actionResultFile"));
        m_resultFile->setPlaceholderText(tr("Document system number, path or file name"));
        m_resultFile->setToolTip(tr("Where the electronic result's file is kept (QĐ 766, "
                                    "indicator 4.1)."));
        form->addRow(tr("Result fi&le:"), m_resultFile);
    }
    if (fields & RatingField) {
        m_rating = new QComboBox(this);
        m_rating->setObjectName(QStringLiteral("actionRating"));
        m_rating->addItem(tr("Not rated"), int(Rating::None));
        m_rating->addItem(tr("Satisfied"), int(Rating::Satisfied));
        m_rating->addItem(tr("Not satisfied"), int(Rating::Unsatisfied));
        form->addRow(tr("Citizen's &rating:"), m_rating);
    }
    if (fields & ConfirmSecond) {
        m_second = new QCheckBox(tr("I confirm a second request (QĐ 766 counts the dossier as "
                                    "late)"),
                                 this);
        m_second->setObjectName(QStringLiteral("actionSecond"));
        form->addRow(QString(), m_second);
    }

    if (fields & Leader) {
        m_leader = new QLineEdit(this);
        m_leader->setObjectName(QStringLiteral("actionLeader"));
        m_leader->setPlaceholderText(tr("Name and title, e.g. Lê Văn Tâm, Chủ tịch UBND xã"));
        form->addRow(tr("&Leader:"), m_leader);
        m_note = new QLineEdit(this);
        m_note->setObjectName(QStringLiteral("actionNote"));
        form->addRow(tr("&Note:"), m_note);
    }
    if (fields & StopDetails) {
        m_requester = new QLineEdit(this);
        m_requester->setObjectName(QStringLiteral("actionRequester"));
        form->addRow(tr("Asked to stop &by:"), m_requester);
        m_refund = new QSpinBox(this);
        m_refund->setObjectName(QStringLiteral("actionRefund"));
        m_refund->setRange(0, 0);
        m_refund->setSingleStep(1000);
        m_refund->setGroupSeparatorShown(true);
        m_refund->setSuffix(tr(" đồng"));
        m_feePaid = new QLabel(this);
        auto* refundRow = new QHBoxLayout;
        refundRow->addWidget(m_refund);
        refundRow->addWidget(m_feePaid, 1);
        // A row of two widgets: the label needs its buddy set to take the Alt key.
        auto* refundLabel = new QLabel(tr("Fee re&funded:"), this);
        refundLabel->setBuddy(m_refund);
        form->addRow(refundLabel, refundRow);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, &DossierActionDialog::accept);

    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("actionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (m_reason)
        m_reason->setFocus();
    else if (m_items)
        m_items->setFocus();
}

void DossierActionDialog::accept()
{
    if (m_reason && m_reason->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(QStringLiteral("⚠ ") + tr("Reason: required."));
        m_reason->setFocus();
        return;
    }
    if (m_items && items().isEmpty()) {
        m_problem->setText(QStringLiteral("⚠ ") + tr("Papers to supplement: list at least one."));
        m_items->setFocus();
        return;
    }
    if (m_leader && m_leader->text().trimmed().isEmpty()) {
        m_problem->setText(QStringLiteral("⚠ ") + tr("Leader: required."));
        m_leader->setFocus();
        return;
    }
    if (m_requester && m_requester->text().trimmed().isEmpty()) {
        m_problem->setText(QStringLiteral("⚠ ") + tr("Asked to stop by: required."));
        m_requester->setFocus();
        return;
    }
    if (m_second && !m_second->isChecked()) {
        m_problem->setText(QStringLiteral("⚠ ") +
                           tr("A second supplement request needs your confirmation."));
        m_second->setFocus();
        return;
    }
    QDialog::accept();
}

QDateTime DossierActionDialog::at() const
{
    return m_at->dateTime();
}

QString DossierActionDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

QString DossierActionDialog::legalBasis() const
{
    return m_basis ? m_basis->toPlainText().trimmed() : QString();
}

QStringList DossierActionDialog::items() const
{
    QStringList list;
    if (!m_items)
        return list;
    for (const QString& line : m_items->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    }
    return list;
}

void DossierActionDialog::setDeadline(const QDateTime& deadline)
{
    if (m_deadline && deadline.isValid())
        m_deadline->setDateTime(deadline);
}

QDateTime DossierActionDialog::deadline() const
{
    return m_deadline ? m_deadline->dateTime() : QDateTime();
}

bool DossierActionDialog::electronicResult() const
{
    return m_eResult && m_eResult->isChecked();
}

QString DossierActionDialog::resultFile() const
{
    return m_resultFile ? m_resultFile->text().trimmed() : QString();
}

int DossierActionDialog::electronicCopies() const
{
    return m_eCopies ? m_eCopies->value() : 0;
}

Rating DossierActionDialog::rating() const
{
    return m_rating ? Rating(m_rating->currentData().toInt()) : Rating::None;
}

bool DossierActionDialog::secondConfirmed() const
{
    return m_second && m_second->isChecked();
}

QString DossierActionDialog::leader() const
{
    return m_leader ? m_leader->text().trimmed() : QString();
}

void DossierActionDialog::setLeader(const QString& name)
{
    if (m_leader)
        m_leader->setText(name.trimmed());
}

QString DossierActionDialog::note() const
{
    return m_note ? m_note->text().trimmed() : QString();
}

QString DossierActionDialog::requester() const
{
    return m_requester ? m_requester->text().trimmed() : QString();
}

qint64 DossierActionDialog::feeRefund() const
{
    return m_refund ? m_refund->value() : 0;
}

void DossierActionDialog::setStopDefaults(const QString& requester, qint64 fee)
{
    if (!m_requester)
        return;
    m_requester->setText(requester.trimmed());
    m_refund->setRange(0, int(qBound(qint64(0), fee, qint64(std::numeric_limits<int>::max()))));
    m_feePaid->setText(fee > 0 ? tr("of %L1 đồng paid").arg(fee) : tr("no fee was paid"));
}
