#include "ReceptionPage.h"

#include "CardScanCatcher.h"
#include "DocumentChecklist.h"
#include "ProcedurePicker.h"
#include "catalogue/ProcedureRepository.h"
#include "common/DeskSession.h"
#include "common/Validators.h"
#include "dossiers/Attachments.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DueExplanation.h"
#include "dossiers/ScanOfferBar.h"
#include "forms/DossierForms.h"
#include "printing/PrintService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>

namespace {

// Problems are marked by a sign and words, not by colour alone.
void showProblem(QLabel* label, const QString& problem)
{
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setText(QStringLiteral("⚠ ") + problem);
    label->setVisible(true);
}

void showFine(QLabel* label, const QString& note)
{
    label->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    label->setText(QStringLiteral("✓ ") + note);
    label->setVisible(!note.isEmpty());
}

void hideMessage(QLabel* label)
{
    label->clear();
    label->setVisible(false);
}

} // namespace

ReceptionPage::ReceptionPage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_procedure(new ProcedurePicker(session.db(), this))
    , m_channel(new QComboBox(this))
    , m_receivedAt(new QDateTimeEdit(this))
    , m_documents(new DocumentChecklist(this))
    , m_digitized(new QCheckBox(tr("Documents &digitized at receipt"), this))
    , m_identityChecked(
          new QCheckBox(tr("Identity loo&ked up in the population database / VNeID"), this))
    , m_reusedData(new QCheckBox(tr("Documents re&used from stored digitized data"), this))
    , m_fee(new QSpinBox(this))
    , m_payment(new QComboBox(this))
    , m_due(new QLabel(this))
    , m_dueExplanation(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Receive and print receipt"), this))
    , m_refuse(new QPushButton(tr("Refuse (&Mẫu 03)…"), this))
    , m_clear(new QPushButton(tr("&New citizen"), this))
    , m_birthDate(new QLineEdit(this))
    , m_sex(new QComboBox(this))
    , m_returning(new QLabel(this))
    , m_useReturning(new QPushButton(tr("Use them (F4)"), this))
    , m_scan(new CardScanCatcher(this))
    , m_scanOffer(new ScanOfferBar(tr("Attach when sa&ved"), this))
    , m_pendingScansLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("receptionPage"));

    // Left: what and who.
    auto* procedureBox = new QGroupBox(tr("Procedure"), this);
    auto* procedureLayout = new QVBoxLayout(procedureBox);
    procedureLayout->addWidget(m_procedure);

    auto* applicantBox = new QGroupBox(tr("Applicant"), this);
    auto* applicant = new QFormLayout(applicantBox);
    applicant->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addTextField("applicantName", &m_nameMessage);
    m_citizenId = addTextField("applicantId", &m_citizenIdMessage);
    m_phone = addTextField("applicantPhone", &m_phoneMessage);
    m_email = addTextField("applicantEmail", &m_emailMessage);
    m_address = addTextField("applicantAddress", &m_addressMessage);
    m_organisation = addTextField("applicantOrganisation", &m_organisationMessage);
    m_citizenId->setMaxLength(14);
    m_citizenId->setPlaceholderText(tr("12 digits"));
    m_phone->setPlaceholderText(tr("e.g. 0912 345 678"));
    m_organisation->setPlaceholderText(tr("when filed for an organisation"));
    auto addRow = [applicant](const QString& label, QLineEdit* edit, QLabel* message) {
        auto* cell = new QWidget;
        auto* column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        column->addWidget(edit);
        column->addWidget(message);
        applicant->addRow(label, cell);
        qobject_cast<QLabel*>(applicant->labelForField(cell))->setBuddy(edit);
    };
    addRow(tr("Fu&ll name:"), m_name, m_nameMessage);
    addRow(tr("&ID number (CCCD):"), m_citizenId, m_citizenIdMessage);
    // A returning citizen: the register's last phone, e-mail and address, one key to take.
    m_returning->setObjectName(QStringLiteral("returningApplicant"));
    m_returning->setWordWrap(true);
    m_returning->setTextFormat(Qt::PlainText);
    m_useReturning->setObjectName(QStringLiteral("useReturning"));
    m_useReturning->setFocusPolicy(Qt::NoFocus);
    auto* offer = new QWidget(this);
    offer->setObjectName(QStringLiteral("returningOffer"));
    auto* offerRow = new QHBoxLayout(offer);
    offerRow->setContentsMargins(0, 0, 0, 0);
    offerRow->addWidget(m_returning, 1);
    offerRow->addWidget(m_useReturning);
    offer->setVisible(false);
    applicant->addRow(QString(), offer);
    m_birthDate->setObjectName(QStringLiteral("applicantBirthDate"));
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    m_birthDate->setMaxLength(10);
    // Optional and filled by the card's QR code: out of the Tab chain (Alt+Y reaches them).
    m_birthDate->setFocusPolicy(Qt::ClickFocus);
    m_sex->setObjectName(QStringLiteral("applicantSex"));
    m_sex->setFocusPolicy(Qt::ClickFocus);
    m_sex->addItem(QString());
    // Stored as the card writes it.
    m_sex->addItem(tr("Male"), QStringLiteral("Nam"));
    m_sex->addItem(tr("Female"), QStringLiteral("Nữ"));
    auto* birthRow = new QHBoxLayout;
    birthRow->addWidget(m_birthDate, 2);
    birthRow->addWidget(m_sex, 1);
    applicant->addRow(tr("Date of &birth, sex:"), birthRow);
    qobject_cast<QLabel*>(applicant->labelForField(birthRow))->setBuddy(m_birthDate);
    addRow(tr("&Phone:"), m_phone, m_phoneMessage);
    addRow(tr("&E-mail:"), m_email, m_emailMessage);
    addRow(tr("&Address:"), m_address, m_addressMessage);
    addRow(tr("&Organisation:"), m_organisation, m_organisationMessage);

    auto* left = new QVBoxLayout;
    left->addWidget(procedureBox);
    left->addWidget(applicantBox);
    left->addStretch(1);

    // Right: how it came in, what was handed in, what it costs, when it is due.
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const Channel channel : {Channel::Direct, Channel::Online, Channel::Postal})
        m_channel->addItem(Channels::label(channel), int(channel));
    m_receivedAt->setObjectName(QStringLiteral("receivedAt"));
    m_receivedAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_receivedAt->setCalendarPopup(true);
    m_receivedAt->setToolTip(tr("The time of receipt; it can be changed when accepting a dossier "
                                "submitted online."));
    m_digitized->setObjectName(QStringLiteral("digitized"));
    m_identityChecked->setObjectName(QStringLiteral("identityChecked"));
    m_identityChecked->setToolTip(tr("The applicant's identity was looked up in the national "
                                     "population database or VNeID instead of a paper copy."));
    m_reusedData->setObjectName(QStringLiteral("reusedData"));
    m_reusedData->setToolTip(tr("At least one document was taken from data already digitized "
                                "and stored instead of paper."));
    m_fee->setObjectName(QStringLiteral("fee"));
    m_fee->setRange(0, 2000000000);
    m_fee->setSingleStep(1000);
    m_fee->setGroupSeparatorShown(true);
    m_fee->setSuffix(tr(" đồng"));
    m_payment->setObjectName(QStringLiteral("payment"));
    m_payment->addItem(tr("Cash at the counter"), false);
    m_payment->addItem(tr("Online / non-cash"), true);

    auto* receiptBox = new QGroupBox(tr("Receipt"), this);
    auto* receipt = new QFormLayout(receiptBox);
    receipt->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    receipt->addRow(tr("&Channel:"), m_channel);
    receipt->addRow(tr("Received a&t:"), m_receivedAt);
    auto* feeRow = new QHBoxLayout;
    feeRow->addWidget(m_fee, 1);
    feeRow->addWidget(m_payment, 1);
    receipt->addRow(tr("Fee and pa&yment:"), feeRow);
    qobject_cast<QLabel*>(receipt->labelForField(feeRow))->setBuddy(m_fee);
    receipt->addRow(QString(), m_digitized);
    receipt->addRow(QString(), m_identityChecked);
    receipt->addRow(QString(), m_reusedData);

    auto* documentsBox = new QGroupBox(tr("Documents (Space ticks, type a number to change a "
                                          "count)"),
                                       this);
    auto* documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->addWidget(m_documents);

    auto* dueBox = new QGroupBox(tr("Appointment to return the result"), this);
    auto* dueLayout = new QVBoxLayout(dueBox);
    m_due->setObjectName(QStringLiteral("dueAt"));
    QFont dueFont = m_due->font();
    dueFont.setPointSizeF(dueFont.pointSizeF() * 1.35);
    dueFont.setBold(true);
    m_due->setFont(dueFont);
    m_dueExplanation->setObjectName(QStringLiteral("dueExplanation"));
    m_dueExplanation->setWordWrap(true);
    dueLayout->addWidget(m_due);
    dueLayout->addWidget(m_dueExplanation);

    auto* right = new QVBoxLayout;
    right->addWidget(receiptBox);
    right->addWidget(documentsBox, 1);
    right->addWidget(dueBox);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 11);
    columns->addLayout(right, 10);

    m_status->setObjectName(QStringLiteral("receptionStatus"));
    m_status->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("receive"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Enter or Ctrl+S"));
    m_refuse->setObjectName(QStringLiteral("refuse"));
    m_refuse->setToolTip(tr("Ctrl+R: the dossier is not received; the refusal (Mẫu 03) is "
                            "printed"));
    m_clear->setObjectName(QStringLiteral("newCitizen"));
    m_clear->setToolTip(tr("Ctrl+N: empty the form"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_save);

    // The officer is known only after sign-in, once the page exists: the title follows it.
    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("receptionTitle"));
    auto showOfficer = [title](const QString& officer) {
        title->setText(tr("<b>Reception</b> — officer: %1").arg(officer.toHtmlEscaped()));
    };
    showOfficer(m_session.officer());
    connect(&m_session, &DeskSession::officerChanged, title, showOfficer);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
    // A file the scanner saves while the citizen is at the counter is offered for this
    // dossier, and attached when it is saved; nothing is taken unasked.
    m_pendingScansLabel->setObjectName(QStringLiteral("pendingScans"));
    m_pendingScansLabel->setTextFormat(Qt::PlainText);
    m_pendingScansLabel->setWordWrap(true);
    m_pendingScansLabel->setVisible(false);
    connect(m_scanOffer, &ScanOfferBar::attachRequested, this, [this](const QString& path) {
        if (!m_pendingScans.contains(path))
            m_pendingScans << path;
        showPendingScans();
    });
    layout->addWidget(m_scanOffer);
    layout->addWidget(m_pendingScansLabel);
    layout->addLayout(buttons);

    // Keyboard: a sensible tab order, Enter saves from any field, Ctrl+S too.
    QWidget* order[] = {m_procedure->searchEdit(),
                        m_name,
                        m_citizenId,
                        m_phone,
                        m_email,
                        m_address,
                        m_organisation,
                        m_channel,
                        m_receivedAt,
                        m_fee,
                        m_payment,
                        m_digitized,
                        m_identityChecked,
                        m_reusedData,
                        m_documents,
                        m_save,
                        m_refuse,
                        m_clear};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_citizenId),
                       static_cast<QWidget*>(m_birthDate), static_cast<QWidget*>(m_sex),
                       static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_email),
                       static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_organisation),
                       static_cast<QWidget*>(m_channel), static_cast<QWidget*>(m_receivedAt),
                       static_cast<QWidget*>(m_fee), static_cast<QWidget*>(m_payment),
                       static_cast<QWidget*>(m_digitized), static_cast<QWidget*>(m_identityChecked),
                       static_cast<QWidget*>(m_reusedData), static_cast<QWidget*>(m_documents)})
        w->installEventFilter(this);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ReceptionPage::receive);
    auto* refuseShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    refuseShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refuseShortcut, &QShortcut::activated, this, &ReceptionPage::askRefusal);
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &ReceptionPage::askStartNext);

    connect(m_save, &QPushButton::clicked, this, &ReceptionPage::receive);
    connect(m_refuse, &QPushButton::clicked, this, &ReceptionPage::askRefusal);
    connect(m_clear, &QPushButton::clicked, this, &ReceptionPage::askStartNext);
    connect(m_procedure, &ProcedurePicker::procedureChosen, this, &ReceptionPage::procedureChosen);
    connect(m_procedure, &ProcedurePicker::committed, this, [this] { m_name->setFocus(); });
    for (QLineEdit* field : {m_name, m_citizenId, m_phone, m_email, m_address, m_organisation})
        connect(field, &QLineEdit::textChanged, this, [this, field] { validateField(field); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ReceptionPage::channelChanged);
    connect(m_citizenId, &QLineEdit::textChanged, this, &ReceptionPage::offerReturning);
    connect(m_useReturning, &QPushButton::clicked, this, &ReceptionPage::acceptReturning);
    auto* useShortcut = new QShortcut(QKeySequence(Qt::Key_F4), this);
    useShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(useShortcut, &QShortcut::activated, this, &ReceptionPage::acceptReturning);
    connect(m_scan, &CardScanCatcher::scanned, this, &ReceptionPage::fillFromCard);
    connect(m_scan, &CardScanCatcher::scanFailed, this,
            [this](const QString& problem) { m_status->setText(QStringLiteral("⚠ ") + problem); });
    // A QR line pasted into any field fills the form the same way.
    for (QLineEdit* field : {m_procedure->searchEdit(), m_name, m_citizenId, m_birthDate, m_phone,
                             m_email, m_address, m_organisation})
        connect(field, &QLineEdit::textEdited, this, [this, field] { takePastedCard(field); });
    connect(m_procedure, &ProcedurePicker::procedureChosen, this, [this](const Procedure& p) {
        if (!p.code.isEmpty())
            m_lastProcedure = p;
    });
    connect(m_receivedAt, &QDateTimeEdit::dateTimeChanged, this, &ReceptionPage::updateDue);

    // The receipt time follows the clock for counter and postal dossiers.
    auto* clock = new QTimer(this);
    clock->setInterval(20 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (!m_receivedAt->isEnabled())
            m_receivedAt->setDateTime(QDateTime::currentDateTime());
    });
    clock->start();

    startNext();
}

QLineEdit* ReceptionPage::addTextField(const char* objectName, QLabel** message)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    *message = new QLabel(this);
    (*message)->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("Message"));
    (*message)->setWordWrap(true);
    (*message)->setVisible(false);
    return edit;
}

void ReceptionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_scanOffer->watchConfiguredFolder(); // again, after a change in Settings
    if (!m_procedure->hasProcedure())
        m_procedure->searchEdit()->setFocus();
}

bool ReceptionPage::hasUnsavedInput() const
{
    if (m_procedure->hasProcedure() || !m_procedure->searchEdit()->text().trimmed().isEmpty() ||
        !m_pendingScans.isEmpty())
        return true;
    for (const QLineEdit* field :
         {m_name, m_citizenId, m_phone, m_email, m_address, m_organisation, m_birthDate})
        if (!field->text().trimmed().isEmpty())
            return true;
    return false;
}

bool ReceptionPage::confirmDiscard()
{
    if (!hasUnsavedInput())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Discard the form?"),
        tr("The form for this citizen is not saved. Empty it and lose what was typed?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void ReceptionPage::askStartNext()
{
    if (confirmDiscard())
        startNext();
}

void ReceptionPage::startNext()
{
    m_status->clear();
    QHash<QString, int> usage;
    QString error;
    if (ProcedureRepository(m_session.db()).usageCounts(m_session.officer(), &usage, &error))
        m_procedure->setUsage(usage);
    m_procedure->clear();
    for (QLineEdit* field :
         {m_name, m_citizenId, m_phone, m_email, m_address, m_organisation, m_birthDate})
        field->clear();
    m_sex->setCurrentIndex(0);
    m_pendingScans.clear();
    showPendingScans();
    m_lastProcedure = Procedure();
    for (QLabel* message : {m_nameMessage, m_citizenIdMessage, m_phoneMessage, m_emailMessage,
                            m_addressMessage, m_organisationMessage})
        hideMessage(message);
    m_channel->setCurrentIndex(0);
    channelChanged();
    m_documents->setDocuments({});
    m_digitized->setChecked(false);
    m_identityChecked->setChecked(false);
    m_reusedData->setChecked(false);
    m_fee->setValue(0);
    m_payment->setCurrentIndex(0);
    updateDue();
    m_procedure->searchEdit()->setFocus();
}

void ReceptionPage::procedureChosen(const Procedure& procedure)
{
    m_documents->setDocuments(procedure.documents);
    updateFee();
    updateDue();
}

void ReceptionPage::updateFee()
{
    if (!m_procedure->hasProcedure())
        return;
    // The fee of the chosen channel: online submission is often cheaper or exempt.
    const qint64 fee = m_procedure->procedure().feeFor(m_channel->currentData().toInt());
    m_fee->setValue(int(qMin<qint64>(fee, m_fee->maximum())));
}

void ReceptionPage::channelChanged()
{
    // DOMAIN §5: an online dossier counts from the moment the counter accepts it, which the
    // officer may enter when accepting it later than it is recorded here.
    const bool online = Channel(m_channel->currentData().toInt()) == Channel::Online;
    m_receivedAt->setEnabled(online);
    if (!online)
        m_receivedAt->setDateTime(QDateTime::currentDateTime());
    updateFee();
    updateDue();
}

void ReceptionPage::updateDue()
{
    if (!m_procedure->hasProcedure()) {
        m_due->setText(tr("—"));
        m_dueExplanation->setText(tr("Choose the procedure to see the appointment."));
        return;
    }
    const Procedure& p = m_procedure->procedure();
    const QDateTime received = m_receivedAt->dateTime();
    const QDateTime due = m_session.rules().dueAt(received, p.halves, p.unit);
    const QLocale locale;
    m_due->setText(due.isValid() ? tr("%1, %2 %3")
                                       .arg(due.toString(QStringLiteral("HH:mm")),
                                            locale.dayName(due.date().dayOfWeek()),
                                            due.toString(QStringLiteral("dd/MM/yyyy")))
                                 : tr("cannot be computed"));
    m_dueExplanation->setText(DueExplanation::text(m_session.engine(), received, p.halves, p.unit));
}

void ReceptionPage::validateField(QLineEdit* field)
{
    const QString text = field->text().trimmed();
    QString problem;
    if (field == m_name) {
        if (text.isEmpty())
            showProblem(m_nameMessage, tr("The applicant's name is required."));
        else
            hideMessage(m_nameMessage);
    } else if (field == m_citizenId) {
        const QString digits = Validators::normalizeCitizenId(text);
        if (text.isEmpty())
            hideMessage(m_citizenIdMessage);
        else if (!Validators::checkCitizenId(text, &problem))
            showProblem(m_citizenIdMessage, tr("ID number: %1").arg(problem));
        else
            showFine(m_citizenIdMessage,
                     tr("birth registered in %1").arg(Validators::provinceOfCode(digits.left(3))));
    } else if (field == m_phone) {
        if (text.isEmpty())
            hideMessage(m_phoneMessage);
        else if (!Validators::checkPhone(text, &problem))
            showProblem(m_phoneMessage, tr("Phone: %1").arg(problem));
        else
            hideMessage(m_phoneMessage);
    } else if (field == m_email) {
        if (text.isEmpty())
            hideMessage(m_emailMessage);
        else if (!Validators::checkEmail(text, &problem))
            showProblem(m_emailMessage, tr("E-mail: %1").arg(problem));
        else
            hideMessage(m_emailMessage);
    }
}

bool ReceptionPage::validateAll()
{
    if (!m_procedure->hasProcedure()) {
        m_status->setText(QStringLiteral("⚠ ") + tr("Choose the procedure first."));
        m_procedure->searchEdit()->setFocus();
        return false;
    }
    for (QLineEdit* field : {m_name, m_citizenId, m_phone, m_email})
        validateField(field);
    const QString birth = m_birthDate->text().trimmed();
    if (!birth.isEmpty() && !QDate::fromString(birth, QStringLiteral("dd/MM/yyyy")).isValid()) {
        m_status->setText(QStringLiteral("⚠ ") +
                          tr("Date of birth: write it as dd/mm/yyyy, e.g. 05/03/1990."));
        m_birthDate->setFocus();
        m_birthDate->selectAll();
        return false;
    }
    const QList<QPair<QLineEdit*, QLabel*>> checks{{m_name, m_nameMessage},
                                                   {m_citizenId, m_citizenIdMessage},
                                                   {m_phone, m_phoneMessage},
                                                   {m_email, m_emailMessage}};
    for (const auto& [field, message] : checks) {
        if (message->isVisible() && message->text().startsWith(QStringLiteral("⚠"))) {
            m_status->setText(message->text());
            field->setFocus();
            field->selectAll();
            return false;
        }
    }
    return true;
}

bool ReceptionPage::receive()
{
    return save(false, QString(), QString());
}

bool ReceptionPage::refuse(const QString& reason, const QString& legalBasis)
{
    if (reason.trimmed().isEmpty()) {
        m_status->setText(QStringLiteral("⚠ ") + tr("Refusal: say why the dossier is refused."));
        return false;
    }
    return save(true, reason, legalBasis);
}

void ReceptionPage::askRefusal()
{
    if (!validateAll())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Refuse the dossier"),
        tr("Reason for refusing (printed on Mẫu 03), and the legal basis on the last line if "
           "any:"),
        QString(), &ok);
    if (!ok)
        return;
    QStringList lines = reason.trimmed().split(QLatin1Char('\n'));
    const QString basis = lines.size() > 1 ? lines.takeLast().trimmed() : QString();
    refuse(lines.join(QLatin1Char('\n')), basis);
}

bool ReceptionPage::save(bool refused, const QString& reason, const QString& legalBasis)
{
    if (!validateAll())
        return false;
    const Procedure& p = m_procedure->procedure();
    const Channel channel = Channel(m_channel->currentData().toInt());
    Dossier d;
    d.procedureCode = p.code;
    d.channel = channel;
    d.applicantName = m_name->text();
    d.applicantId = m_citizenId->text();
    d.applicantPhone = m_phone->text();
    d.applicantEmail = m_email->text();
    d.applicantAddress = m_address->text();
    d.applicantOrganisation = m_organisation->text();
    d.applicantBirthDate =
        QDate::fromString(m_birthDate->text().trimmed(), QStringLiteral("dd/MM/yyyy"));
    d.applicantSex = m_sex->currentData().toString();
    d.receivedAt =
        channel == Channel::Online ? m_receivedAt->dateTime() : QDateTime::currentDateTime();
    d.receivedAt.setTime(QTime(d.receivedAt.time().hour(), d.receivedAt.time().minute(),
                               d.receivedAt.time().second()));
    d.status = refused ? DossierStatus::Refused : DossierStatus::Accepted;
    d.digitized = m_digitized->isChecked();
    d.identityChecked = m_identityChecked->isChecked();
    d.reusedData = m_reusedData->isChecked();
    d.fee = m_fee->value();
    d.paidOnline = m_payment->currentData().toBool();
    const QString officer = m_session.officer();
    d.officer = officer;

    QString error;
    DossierRepository dossiers(m_session.db(), m_session.rules());
    if (!dossiers.create(&d, officer, &error)) {
        m_status->setText(QStringLiteral("⚠ ") + error);
        return false;
    }
    const DossierPaperRepository papers(m_session.db());
    bool ok = papers.saveDocuments(d.code, m_documents->handedIn(), m_session.actor(), &error);
    if (ok && refused) {
        DossierNotice notice;
        notice.form = FormKinds::key(FormKind::Refusal);
        notice.issuedAt = d.receivedAt;
        notice.officer = officer;
        notice.reason = reason;
        notice.legalBasis = legalBasis;
        ok = papers.addNotice(d.code, &notice, m_session.actor(), &error);
    }
    if (ok)
        ok = attachPendingScans(d.code, &error);
    startNext();
    if (!ok) {
        // The dossier itself is saved; say what is missing rather than lose the citizen.
        m_status->setText(QStringLiteral("⚠ ") +
                          tr("Dossier %1 saved, but: %2").arg(d.code, error));
    } else if (refused) {
        m_status->setText(
            tr("Dossier %1 refused; the refusal (Mẫu 03) is ready to print.").arg(d.code));
    } else {
        m_status->setText(tr("Dossier %1 received for %2; appointment %3.")
                              .arg(d.code, d.applicantName,
                                   d.dueAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    }
    emit m_session.dossierChanged(d.code);
    emit dossierReceived(d.code);
    preview(d.code, int(refused ? FormKind::Refusal : FormKind::Receipt));
    return true;
}

void ReceptionPage::preview(const QString& code, int formKind)
{
    if (!m_previewAfterSave)
        return;
    const FormKind kind = FormKind(formKind);
    FormDocument document;
    QString error;
    if (!DossierForms::render(m_session.db(), code, kind, &document, &error)) {
        m_status->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    DossierPaperRepository(m_session.db())
        .auditPrint(code, FormKinds::key(kind), m_session.officer(), &error);
    PrintService(this).preview(document);
    m_procedure->searchEdit()->setFocus();
}

void ReceptionPage::showPendingScans()
{
    QStringList names;
    for (const QString& path : std::as_const(m_pendingScans))
        names << QFileInfo(path).fileName();
    m_pendingScansLabel->setText(
        tr("Attached when the dossier is saved: %1").arg(names.join(QStringLiteral(", "))));
    m_pendingScansLabel->setVisible(!names.isEmpty());
}

bool ReceptionPage::attachPendingScans(const QString& code, QString* error)
{
    if (m_pendingScans.isEmpty())
        return true;
    // A dossier handed in with one document: the scans show that one.
    const QList<RequiredDocument> handedIn = m_documents->handedIn();
    const QString document = handedIn.size() == 1 ? handedIn.first().name : QString();
    return Attachments(m_session.db())
        .attach(code, m_pendingScans, document, m_session.actor(), nullptr, error);
}

void ReceptionPage::setScanTimeout(int milliseconds)
{
    m_scan->setIncompleteAfter(milliseconds);
}

void ReceptionPage::fillFromCard(const CitizenIdQr& card)
{
    // Digits of the scan typed into the procedure search un-chose the procedure; the field has
    // its text back, so the choice comes back too.
    if (!m_procedure->hasProcedure() && !m_lastProcedure.code.isEmpty() &&
        m_procedure->searchEdit()->text() == m_lastProcedure.name)
        m_procedure->setProcedure(m_lastProcedure);
    m_name->setText(card.name);
    m_citizenId->setText(card.citizenId);
    m_address->setText(card.address);
    m_birthDate->setText(card.birthDate.isValid()
                             ? card.birthDate.toString(QStringLiteral("dd/MM/yyyy"))
                             : QString());
    const int sex = m_sex->findData(card.sex);
    m_sex->setCurrentIndex(sex < 0 ? 0 : sex);
    // The code has no signature: the officer still compares the card with the person.
    m_status->setText(tr("Filled from the CCCD's QR code: compare the card with the citizen; "
                         "the code alone proves nothing."));
    m_phone->setFocus();
}

void ReceptionPage::takePastedCard(QLineEdit* field)
{
    const QString text = field->text();
    const QString line = CitizenIdQr::findLine(text);
    if (line.isEmpty())
        return;
    CitizenIdQr card;
    QString error;
    field->setText(QString(text).remove(line).trimmed());
    if (!CitizenIdQr::parse(line, &card, &error)) {
        m_status->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    if (field == m_procedure->searchEdit())
        m_procedure->refresh();
    fillFromCard(card);
}

void ReceptionPage::offerReturning()
{
    m_offer = ReturningApplicant();
    QWidget* offer = m_returning->parentWidget();
    const QString id = Validators::normalizeCitizenId(m_citizenId->text());
    QString problem;
    bool found = false;
    if (!Validators::checkCitizenId(id, &problem) ||
        !ReturningApplicant::lookUp(m_session.db(), id, &m_offer, &found, &problem) || !found ||
        m_offer.isEmpty()) {
        m_offer = ReturningApplicant();
        offer->setVisible(false);
        return;
    }
    QStringList details;
    for (const QString& detail : {m_offer.phone, m_offer.email, m_offer.address})
        if (!detail.isEmpty())
            details << detail;
    m_returning->setText(tr("Came before (%1): %2")
                             .arg(m_offer.lastSeen.toString(QStringLiteral("dd/MM/yyyy")),
                                  details.join(QStringLiteral("; "))));
    offer->setVisible(true);
}

void ReceptionPage::acceptReturning()
{
    if (m_offer.isEmpty())
        return;
    if (!m_offer.phone.isEmpty())
        m_phone->setText(m_offer.phone);
    if (!m_offer.email.isEmpty())
        m_email->setText(m_offer.email);
    if (!m_offer.address.isEmpty())
        m_address->setText(m_offer.address);
    m_returning->parentWidget()->setVisible(false);
    m_offer = ReturningApplicant();
}

bool ReceptionPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers() == Qt::NoModifier) {
            // Enter while a count is being edited reaches the checklist too (the spin box
            // ignores it): it commits the cell only, the delegate does that.
            if (watched == m_documents && m_documents->isEditingCount())
                return true;
            receive();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
