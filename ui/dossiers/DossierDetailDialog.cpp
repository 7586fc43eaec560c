#include "DossierDetailDialog.h"

#include "CitizenRatingWindow.h"
#include "DossierActionDialog.h"
#include "ReceiptCorrectionDialog.h"
#include "ScanOfferBar.h"
#include "audit/AuditLog.h"
#include "catalogue/ProcedureRepository.h"
#include "common/DeskSession.h"
#include "common/ScanFolderWatcher.h"
#include "dossiers/Attachments.h"
#include "dossiers/DossierAccess.h"
#include "dossiers/DossierActions.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/LeaderApprovals.h"
#include "forms/DossierForms.h"
#include "printing/PrintService.h"
#include "settings/OfficeIdentityStore.h"
#include "storage/Database.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// The default time given to hand in a supplement, in working days (an office's habit, not a
// legal limit: Mẫu 02 states the date the office chooses).
constexpr int supplementWorkingDays = 5;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

DossierDetailDialog::DossierDetailDialog(DeskSession& session, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(code)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_facts(new QFormLayout)
    , m_timeline(table(this, "timeline", {tr("Time"), tr("Change"), tr("Officer"), tr("Note")}))
    , m_documents(table(this, "documents", {tr("Document"), tr("Originals"), tr("Copies")}))
{
    setObjectName(QStringLiteral("dossierDetail"));
    setWindowTitle(tr("Dossier %1").arg(code));
    resize(1180, 700);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);

    auto* factsBox = new QGroupBox(tr("Dossier"), this);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_facts->setVerticalSpacing(3);
    auto* factsWidget = new QWidget;
    factsWidget->setLayout(m_facts);
    auto* scroll = new QScrollArea(factsBox);
    scroll->setWidget(factsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* factsLayout = new QVBoxLayout(factsBox);
    factsLayout->setContentsMargins(4, 4, 4, 4);
    factsLayout->addWidget(scroll);

    auto* timelineBox = new QGroupBox(tr("Timeline"), this);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    auto* documentsBox = new QGroupBox(tr("Documents handed in"), this);
    auto* documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->addWidget(m_documents);
    m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setStretchLastSection(false);
    m_documents->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_documents->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    // Rows wrap to the width their columns get once the dialog is laid out.
    for (QTableWidget* t : {m_timeline, m_documents})
        connect(t->horizontalHeader(), &QHeaderView::sectionResized, t,
                [t] { t->resizeRowsToContents(); });
    connect(m_timeline, &QTableWidget::cellActivated, this, [this](int row) {
        const QString sha256 = m_timeline->item(row, 0)->data(Qt::UserRole).toString();
        if (!sha256.isEmpty())
            openAttachment(sha256);
    });
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto* right = new QVBoxLayout;
    right->addWidget(timelineBox, 3);
    right->addWidget(documentsBox, 2);
    auto* columns = new QHBoxLayout;
    columns->addWidget(factsBox, 5);
    columns->addLayout(right, 6);

    // The actions the status allows, in one row (the others are hidden), and the prints below.
    auto* actionsBox = new QGroupBox(tr("Actions"), this);
    auto* lifecycle = new QHBoxLayout;
    const QList<QPair<Action, QString>> actionTexts{
        {Action::Accept, tr("&Accept online dossier")},
        {Action::Refuse, tr("Re&fuse (Mẫu 03)…")},
        {Action::StartProcessing, tr("Start &processing")},
        {Action::RequestSupplement, tr("Request &supplement (Mẫu 02)…")},
        {Action::SupplementReceived, tr("Supplement &received")},
        {Action::AwaitPayment, tr("Await &fees…")},
        {Action::PaymentReceived, tr("Fees &paid")},
        {Action::LeaderApproved, tr("Leadership appro&val…")},
        {Action::ResultReady, tr("Result read&y…")},
        {Action::HandOver, tr("&Hand over result…")},
        {Action::ResultFile, tr("Result fi&le…")},
        {Action::Stop, tr("S&top processing (Mẫu 05)…")},
        {Action::Withdraw, tr("&Withdraw…")}};
    for (const auto& [action, text] : actionTexts)
        lifecycle->addWidget(addAction(action, text));
    lifecycle->addStretch(1);
    m_printReceipt = new QPushButton(tr("Print re&ceipt (Mẫu 01)"), this);
    m_printControl = new QPushButton(tr("Print control s&heet"), this);
    m_printNotice = new QPushButton(this);
    m_correctReceipt = new QPushButton(tr("Correct the receipt…"), this);
    m_correctReceipt->setObjectName(QStringLiteral("correctReceipt"));
    m_attach = new QPushButton(tr("Attach scanned files…"), this);
    m_attach->setObjectName(QStringLiteral("attachFiles"));
    m_attach->setToolTip(tr("Or drop the files on this window."));
    setAcceptDrops(true);
    for (QPushButton* button :
         {m_printReceipt, m_printControl, m_printNotice, m_correctReceipt, m_attach})
        button->setAutoDefault(false);
    auto* prints = new QHBoxLayout;
    prints->addWidget(m_printReceipt);
    prints->addWidget(m_correctReceipt);
    prints->addWidget(m_attach);
    prints->addWidget(m_printControl);
    prints->addWidget(m_printNotice);
    prints->addStretch(1);
    auto* actions = new QVBoxLayout(actionsBox);
    actions->addLayout(lifecycle);
    actions->addLayout(prints);
    connect(m_printReceipt, &QPushButton::clicked, this, [this] { print(FormKind::Receipt); });
    connect(m_printControl, &QPushButton::clicked, this, [this] { print(FormKind::ControlSheet); });
    connect(m_printNotice, &QPushButton::clicked, this, [this] { print(m_noticeKind); });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        // Many counter scanners save into one folder: the file dialog opens there.
        const QString folder =
            ScanFolderWatcher::configuredFolder().isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                : ScanFolderWatcher::configuredFolder();
        attachFiles(QFileDialog::getOpenFileNames(
            this, tr("Scanned files of %1").arg(m_code), folder,
            tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)")));
    });
    connect(m_correctReceipt, &QPushButton::clicked, this, [this] {
        ReceiptCorrectionDialog dialog(m_session, m_code, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reload();
        m_message->setText(tr("Receipt corrected; version %1 is printed.").arg(dialog.version()));
        print(FormKind::Receipt);
    });

    // A file the scanner saves while the dossier is open is offered, never attached unasked.
    m_scanOffer = new ScanOfferBar(tr("Attach to this dossier…"), this);
    connect(m_scanOffer, &ScanOfferBar::attachRequested, this,
            [this](const QString& path) { attachFiles({path}); });

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    layout->addWidget(actionsBox);
    layout->addWidget(m_scanOffer);
    layout->addLayout(bottom);
    if (reload()) {
        // DOMAIN §11: who viewed which dossier (the detail shows the ID number in full).
        AuditEntry view;
        view.at = QDateTime::currentDateTime();
        view.officer = m_session.officer();
        view.action = QStringLiteral("view");
        view.dossierCode = m_dossier.code;
        QString error;
        if (!AuditLog::record(m_session.db(), view, &error))
            m_message->setText(QStringLiteral("⚠ ") + error);
    }
}

QPushButton* DossierDetailDialog::addAction(Action action, const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, action] { run(action); });
    m_actions.append({action, button});
    return button;
}

bool DossierDetailDialog::reload()
{
    QString error;
    DossierRepository dossiers(m_session.db(), m_session.rules());
    if (!dossiers.load(m_code, &m_dossier, &error)) {
        m_message->setText(QStringLiteral("⚠ ") + error);
        return false;
    }
    Procedure procedure;
    bool found = false;
    ProcedureRepository(m_session.db()).load(m_dossier.procedureCode, &procedure, &found, &error);
    m_procedureName = found ? procedure.name : m_dossier.procedureCode;
    m_title->setText(tr("<span style='font-size:15pt'><b>%1</b></span> &nbsp; <b>%2</b><br>%3")
                         .arg(m_dossier.code.toHtmlEscaped(),
                              DossierStatuses::label(m_dossier.status).toHtmlEscaped(),
                              m_procedureName.toHtmlEscaped()));
    fillFacts();
    fillTimeline();
    updateActions();
    return true;
}

void DossierDetailDialog::fillFacts()
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    const Dossier& d = m_dossier;
    const QLocale locale;
    auto fact = [this](const QString& label, const QString& value) {
        auto* text = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        m_facts->addRow(label, text);
    };
    fact(tr("Applicant:"), d.applicantName);
    fact(tr("ID number:"), d.applicantId);
    // From the card's QR code or typed at reception (issue 20).
    QStringList birth;
    if (d.applicantBirthDate.isValid())
        birth << d.applicantBirthDate.toString(QStringLiteral("dd/MM/yyyy"));
    if (d.applicantSex == QLatin1String("Nam"))
        birth << tr("male");
    else if (d.applicantSex == QStringLiteral("Nữ"))
        birth << tr("female");
    if (!birth.isEmpty())
        fact(tr("Date of birth, sex:"), birth.join(QStringLiteral(", ")));
    fact(tr("Phone:"), d.applicantPhone);
    fact(tr("E-mail:"), d.applicantEmail);
    fact(tr("Address:"), d.applicantAddress);
    fact(tr("Organisation:"), d.applicantOrganisation);
    fact(tr("Procedure:"), QStringLiteral("%1 (%2)").arg(m_procedureName, d.procedureCode));
    fact(tr("Time limit:"), DossierForms::timeLimitText(d.halves, d.durationUnit));
    fact(tr("Channel:"), Channels::label(d.channel));
    fact(tr("Received:"), timeText(d.receivedAt));
    fact(tr("Appointment (receipt):"), timeText(d.dueAt));
    fact(tr("Legal due date:"), timeText(d.legalDueAt));
    if (d.apologyNewDueAt.isValid())
        fact(tr("Promised in apology:"), timeText(d.apologyNewDueAt));
    if (DossierStatuses::isClockRunning(d.status) && d.legalDueAt.isValid()) {
        const QDateTime now = QDateTime::currentDateTime();
        const int days =
            d.legalDueAt < now
                ? m_session.rules().workingDaysBetween(d.legalDueAt.date(), now.date())
                : m_session.rules().workingDaysBetween(now.date(), d.legalDueAt.date());
        fact(tr("Time left:"), d.legalDueAt < now ? tr("%n working day(s) overdue", nullptr, days)
                                                  : tr("%n working day(s) left", nullptr, days));
    }
    if (d.status == DossierStatus::SupplementRequested)
        fact(tr("Time left:"), tr("paused while the applicant supplements"));
    fact(tr("Fee:"), tr("%1 đồng, %2")
                         .arg(locale.toString(d.fee),
                              d.paidOnline ? tr("paid online") : tr("cash at the counter")));
    fact(tr("Digitized at receipt:"), d.digitized ? tr("yes") : tr("no"));
    fact(tr("Electronic result:"), d.eResult ? tr("yes") : tr("no"));
    fact(tr("Result file:"), d.resultFile.isEmpty() ? tr("not recorded") : d.resultFile);
    fact(tr("Electronic certified copies:"), QString::number(d.eCertifiedCopies));
    fact(tr("Supplement requests:"), QString::number(d.supplementCount));
    fact(tr("Rating:"), d.rating == Rating::Satisfied     ? tr("satisfied")
                        : d.rating == Rating::Unsatisfied ? tr("not satisfied")
                                                          : tr("not rated"));
    fact(tr("Receiving officer:"), d.officer);
    fact(tr("Ledger:"),
         d.ledgerLine > 0 ? tr("book %1, line %2").arg(d.ledgerBook).arg(d.ledgerLine) : QString());
}

void DossierDetailDialog::fillTimeline()
{
    QString error;
    DossierRepository dossiers(m_session.db(), m_session.rules());
    QList<StatusEvent> events;
    QList<SupplementRequest> supplements;
    QList<ApologyLetter> apologies;
    QList<DossierNotice> notices;
    QList<RequiredDocument> documents;
    const DossierPaperRepository papers(m_session.db());
    if (!dossiers.history(m_code, &events, &error) ||
        !dossiers.supplementRequests(m_code, &supplements, &error) ||
        !dossiers.apologyLetters(m_code, &apologies, &error) ||
        !papers.notices(m_code, &notices, &error) || !papers.documents(m_code, &documents, &error))
        m_message->setText(QStringLiteral("⚠ ") + error);

    // Events, supplements, notices and apologies in one time line.
    struct Line
    {
        Line(const QDateTime& time, const QStringList& texts, const QString& file = QString())
            : at(time)
            , cells(texts)
            , sha256(file)
        {}
        QDateTime at;
        QStringList cells;
        QString sha256; // an attached file: the row opens it
    };
    QList<Line> lines;
    for (const StatusEvent& e : events) {
        const QString change = e.hasFrom ? tr("%1 → %2").arg(DossierStatuses::label(e.from),
                                                             DossierStatuses::label(e.to))
                                         : DossierStatuses::label(e.to);
        lines.append({e.at, {timeText(e.at), change, e.officer, e.note}});
    }
    // The leadership's approvals (the "lãnh đạo" step of the control sheet).
    QList<LeaderApproval> approvals;
    if (!LeaderApprovals(m_session.db()).list(m_code, &approvals, &error))
        m_message->setText(QStringLiteral("⚠ ") + error);
    for (const LeaderApproval& a : std::as_const(approvals))
        lines.append({a.approvedAt,
                      {timeText(a.approvedAt), tr("Approved by the leadership: %1").arg(a.leader),
                       a.officer, a.note}});
    // Corrections of the receipt, with the values they replaced.
    QList<ReceiptCorrection> corrections;
    if (!ReceiptCorrections(m_session.db(), m_session.rules()).list(m_code, &corrections, &error))
        m_message->setText(QStringLiteral("⚠ ") + error);
    QList<Attachment> files;
    if (!Attachments(m_session.db()).list(m_code, &files, &error))
        m_message->setText(QStringLiteral("⚠ ") + error);
    for (const Attachment& a : std::as_const(files))
        lines.append({a.attachedAt,
                      {timeText(a.attachedAt), tr("Scanned file attached"), a.officer,
                       tr("%1 (%2) — SHA-256 %3")
                           .arg(a.name, a.document.isEmpty() ? tr("no document") : a.document,
                                a.sha256.left(16))},
                      a.sha256});
    for (const ReceiptCorrection& c : std::as_const(corrections))
        lines.append(
            {c.correctedAt,
             {timeText(c.correctedAt), tr("Receipt corrected (version %1)").arg(c.version),
              c.officer,
              tr("%1 — %2").arg(
                  c.reason,
                  QString(c.oldValues).replace(QLatin1Char('\n'), QStringLiteral("; ")))}});
    for (const SupplementRequest& s : supplements) {
        if (s.receivedAt.isValid())
            lines.append(
                {s.receivedAt,
                 {timeText(s.receivedAt), tr("Supplement handed in"), s.officer, QString()}});
    }
    for (const DossierNotice& n : notices) {
        QString what = n.form == QLatin1String("supplement") ? tr("Notice Mẫu 02 issued")
                       : n.form == QLatin1String("refusal")  ? tr("Notice Mẫu 03 issued")
                                                             : tr("Notice Mẫu 05 issued");
        QString note = n.reason;
        for (QString item : n.items) {
            // "what | why" as typed: "what (why)".
            const int bar = int(item.indexOf(QLatin1Char('|')));
            if (bar >= 0)
                item = item.left(bar).trimmed() + QStringLiteral(" (") +
                       item.mid(bar + 1).trimmed() + QLatin1Char(')');
            note += (note.isEmpty() ? QString() : QStringLiteral("; ")) + item;
        }
        lines.append({n.issuedAt, {timeText(n.issuedAt), what, n.officer, note}});
    }
    for (const ApologyLetter& a : apologies)
        lines.append({a.issuedAt,
                      {timeText(a.issuedAt),
                       tr("Apology %1, new date %2").arg(a.number, timeText(a.newDueAt)), a.signer,
                       a.reason}});
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return a.at < b.at; });
    m_timeline->setRowCount(0);
    for (const Line& line : lines) {
        addRow(m_timeline, line.cells);
        if (!line.sha256.isEmpty()) {
            QTableWidgetItem* first = m_timeline->item(m_timeline->rowCount() - 1, 0);
            first->setData(Qt::UserRole, line.sha256);
            first->setToolTip(tr("Enter or double-click opens the file."));
        }
    }
    m_timeline->resizeRowsToContents();

    m_documents->setRowCount(0);
    for (const RequiredDocument& doc : documents)
        addRow(m_documents,
               {doc.name, doc.originals > 0 ? QString::number(doc.originals) : QString(),
                doc.copies > 0 ? QString::number(doc.copies) : QString()});
    m_documents->resizeRowsToContents();
}

void DossierDetailDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    // Once the columns have their final widths, rows take the height their wrapped text needs.
    QTimer::singleShot(0, this, [this] {
        m_timeline->resizeRowsToContents();
        m_documents->resizeRowsToContents();
    });
}

void DossierDetailDialog::updateActions()
{
    const DossierStatus s = m_dossier.status;
    // Core refuses a counter officer's change to another officer's closed dossier; the
    // buttons say so before a click.
    QString refusal;
    const bool mayChange =
        DossierAccess::mayChange(m_session.actor(), m_dossier.code, s, m_dossier.officer, &refusal);
    for (const ActionButton& a : m_actions) {
        bool enabled = false;
        switch (a.action) {
        case Action::Accept:
            enabled = s == DossierStatus::Registered;
            break;
        case Action::Refuse:
            enabled = s == DossierStatus::Registered;
            break;
        case Action::StartProcessing:
            enabled = s == DossierStatus::Accepted;
            break;
        case Action::RequestSupplement:
        case Action::AwaitPayment:
        case Action::LeaderApproved:
        case Action::ResultReady:
        case Action::Stop:
            enabled = s == DossierStatus::Processing;
            break;
        case Action::SupplementReceived:
            enabled = s == DossierStatus::SupplementRequested;
            break;
        case Action::PaymentReceived:
            enabled = s == DossierStatus::AwaitingPayment;
            break;
        case Action::HandOver:
            enabled = s == DossierStatus::Finished;
            break;
        case Action::ResultFile:
            enabled = s == DossierStatus::Finished || s == DossierStatus::Returned;
            break;
        case Action::Withdraw:
            enabled = DossierStatuses::isOpen(s);
            break;
        }
        a.button->setEnabled(enabled && mayChange);
        a.button->setVisible(enabled);
        a.button->setToolTip(mayChange ? QString() : refusal);
    }
    m_printReceipt->setEnabled(m_dossier.dueAt.isValid());
    // A receipt is corrected while the dossier is open.
    m_correctReceipt->setVisible(m_dossier.dueAt.isValid() && DossierStatuses::isOpen(s) &&
                                 s != DossierStatus::Registered);
    // Reprint of the latest notice of the dossier's current state.
    m_noticeKind = s == DossierStatus::SupplementRequested ? FormKind::Supplement
                   : s == DossierStatus::Refused           ? FormKind::Refusal
                   : s == DossierStatus::Stopped           ? FormKind::Stop
                                                           : FormKind::Ledger;
    m_printNotice->setVisible(m_noticeKind != FormKind::Ledger);
    m_printNotice->setText(m_noticeKind == FormKind::Supplement ? tr("Reprint Mẫu &02")
                           : m_noticeKind == FormKind::Refusal  ? tr("Reprint Mẫu &03")
                                                                : tr("Reprint Mẫu &05"));
}

void DossierDetailDialog::run(Action action)
{
    const User actor = m_session.actor();
    const QString officer = actor.name();
    const DossierActions actions(m_session.db(), m_session.rules());
    DossierRepository dossiers(m_session.db(), m_session.rules());
    QString error;
    bool ok = false;
    FormKind printed = FormKind::Ledger; // none
    const QDateTime now = QDateTime::currentDateTime();
    switch (action) {
    case Action::Accept:
        ok = dossiers.changeStatus(m_code, DossierStatus::Accepted, now, actor, QString(), &error);
        printed = FormKind::Receipt;
        break;
    case Action::StartProcessing:
        ok =
            dossiers.changeStatus(m_code, DossierStatus::Processing, now, actor, QString(), &error);
        break;
    case Action::SupplementReceived:
        ok = dossiers.receiveSupplement(m_code, now, actor, &error);
        break;
    case Action::PaymentReceived:
        ok =
            dossiers.changeStatus(m_code, DossierStatus::Processing, now, actor, QString(), &error);
        break;
    case Action::Refuse:
    case Action::Stop: {
        const bool refuse = action == Action::Refuse;
        DossierActionDialog dialog(
            refuse ? tr("Refuse the dossier") : tr("Stop processing"),
            refuse ? tr("The dossier is not received; Mẫu 03 is printed with this reason.")
                   : tr("Processing stops; Mẫu 05 is printed with this reason, who asked to "
                        "stop and the fee refunded."),
            DossierActionDialog::Reason | DossierActionDialog::LegalBasis |
                (refuse ? 0 : DossierActionDialog::StopDetails),
            this);
        // Most often the applicant asks to stop; the fee paid is the most that is refunded.
        dialog.setStopDefaults(m_dossier.applicantName, m_dossier.fee);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = refuse ? actions.refuse(m_code, dialog.at(), actor, dialog.reason(),
                                     dialog.legalBasis(), &error)
                    : actions.stop(m_code, dialog.at(), actor, dialog.reason(), dialog.legalBasis(),
                                   dialog.requester(), dialog.feeRefund(), &error);
        printed = refuse ? FormKind::Refusal : FormKind::Stop;
        break;
    }
    case Action::RequestSupplement: {
        // QĐ 766: a second request makes the dossier late, so it needs a confirmation.
        const int fields = DossierActionDialog::Reason | DossierActionDialog::Items |
                           DossierActionDialog::Deadline |
                           (m_dossier.supplementCount > 0 ? DossierActionDialog::ConfirmSecond : 0);
        DossierActionDialog dialog(tr("Request a supplement"),
                                   tr("The clock stops until the applicant hands in the papers; "
                                      "Mẫu 02 is printed."),
                                   fields, this);
        // Five working days, to the close of the last one (not a week of calendar time that
        // may end on a Sunday night).
        dialog.setDeadline(m_session.engine().closeOfWorkingDay(QDateTime::currentDateTime(),
                                                                supplementWorkingDays));
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = actions.requestSupplement(m_code, dialog.at(), actor, dialog.reason(), dialog.items(),
                                       dialog.deadline(), dialog.secondConfirmed(), &error);
        printed = FormKind::Supplement;
        break;
    }
    case Action::AwaitPayment: {
        DossierActionDialog dialog(tr("Await fees or taxes"),
                                   tr("The applicant must pay fees or taxes before processing "
                                      "goes on."),
                                   DossierActionDialog::Reason, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = dossiers.changeStatus(m_code, DossierStatus::AwaitingPayment, dialog.at(), actor,
                                   dialog.reason(), &error);
        break;
    }
    case Action::LeaderApproved: {
        DossierActionDialog dialog(tr("Leadership approval"),
                                   tr("The leader has approved the result; the control sheet "
                                      "shows the hand-over to the leader."),
                                   DossierActionDialog::Leader, this);
        // The head of the agency signs the apology letters (DOMAIN §8): the likely leader.
        OfficeIdentity identity;
        if (OfficeIdentityStore(m_session.db()).on(QDate::currentDate(), &identity, &error))
            dialog.setLeader(identity.form(QStringLiteral("apology")).signerName);
        if (dialog.exec() != QDialog::Accepted)
            return;
        LeaderApproval approval;
        approval.approvedAt = dialog.at();
        approval.leader = dialog.leader();
        approval.note = dialog.note();
        ok = LeaderApprovals(m_session.db()).record(m_code, &approval, actor, &error);
        break;
    }
    case Action::ResultReady: {
        DossierActionDialog dialog(tr("Result ready"),
                                   tr("This time ends processing for the on-time measure."),
                                   DossierActionDialog::ElectronicResult, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = dossiers.markResultReady(m_code, dialog.at(), actor, dialog.electronicResult(),
                                      dialog.electronicCopies(), dialog.resultFile(), &error);
        break;
    }
    case Action::HandOver: {
        // With a screen facing the citizen, the citizen rates there, not the officer here.
        const bool citizenRates = CitizenRatingWindow::isEnabled();
        DossierActionDialog dialog(
            tr("Hand over the result"),
            citizenRates ? tr("Record the hand-over; the citizen then rates on their screen.")
                         : tr("Record the hand-over and the citizen's rating."),
            citizenRates ? 0 : DossierActionDialog::RatingField, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (citizenRates) {
            CitizenRatingWindow window(this);
            const CitizenRating rating = window.exec(m_code);
            ok = dossiers.handOverRatedByCitizen(m_code, dialog.at(), actor, rating, &error);
        } else {
            ok = dossiers.handOver(m_code, dialog.at(), actor, dialog.rating(), &error);
        }
        break;
    }
    case Action::ResultFile: {
        // QĐ 766 4.1: where the electronic result's file is kept, also after the hand-over.
        bool accepted = false;
        const QString reference = QInputDialog::getText(
            this, tr("Result file"),
            tr("Where the result's file is kept (document system number, path or file name; "
               "empty: none):"),
            QLineEdit::Normal, m_dossier.resultFile, &accepted);
        if (!accepted)
            return;
        ok = dossiers.setResultFile(m_code, reference, actor, &error);
        break;
    }
    case Action::Withdraw: {
        DossierActionDialog dialog(tr("Withdraw the dossier"),
                                   tr("The applicant withdraws the dossier."),
                                   DossierActionDialog::Reason, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = actions.withdraw(m_code, dialog.at(), actor, dialog.reason(), &error);
        break;
    }
    }
    if (!ok) {
        m_message->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    m_message->setText(tr("Recorded by %1.").arg(officer));
    reload();
    emit m_session.dossierChanged(m_code);
    if (printed != FormKind::Ledger)
        print(printed);
}

void DossierDetailDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_scanOffer->watchConfiguredFolder();
}

void DossierDetailDialog::attachFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    QString error;
    QList<RequiredDocument> documents;
    if (!DossierPaperRepository(m_session.db()).documents(m_code, &documents, &error)) {
        m_message->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    QStringList items{tr("(not one document in particular)")};
    for (const RequiredDocument& d : std::as_const(documents))
        items << d.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Attach scanned files"), tr("The %n file(s) show:", nullptr, int(paths.size())),
        items, documents.isEmpty() ? 0 : 1, false, &ok);
    if (!ok)
        return;
    const QString document = chosen == items.first() ? QString() : chosen;
    QList<Attachment> attached;
    if (!Attachments(m_session.db())
             .attach(m_code, paths, document, m_session.actor(), &attached, &error)) {
        m_message->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    emit m_session.dossierChanged(m_code);
    reload();
    m_message->setText(tr("%n file(s) attached.", nullptr, int(attached.size())));
}

void DossierDetailDialog::openAttachment(const QString& sha256)
{
    QString path;
    QString error;
    if (!Attachments(m_session.db()).openable(m_code, sha256, &path, &error)) {
        m_message->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    // The desktop's own viewer for PDFs and images; the file was checked against its hash.
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_message->setText(QStringLiteral("⚠ ") + tr("No program opens %1.").arg(path));
}

void DossierDetailDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DossierDetailDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    event->acceptProposedAction();
    attachFiles(paths);
}

void DossierDetailDialog::print(FormKind kind)
{
    if (!m_previewAfterAction)
        return;
    FormDocument document;
    QString error;
    if (!DossierForms::render(m_session.db(), m_code, kind, &document, &error)) {
        m_message->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    DossierPaperRepository(m_session.db())
        .auditPrint(m_code, FormKinds::key(kind), m_session.officer(), &error);
    PrintService(this).preview(document);
}
