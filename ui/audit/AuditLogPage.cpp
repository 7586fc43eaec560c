#include "AuditLogPage.h"

#include "AuditLogModel.h"
#include "accounts/Permissions.h"
#include "accounts/UserRepository.h"
#include "audit/AuditSeal.h"
#include "common/DeskSession.h"
#include "privacy/PersonRecordsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A date edit at this date means "no bound" (it shows its special value text).
const QDate noDate(2000, 1, 1);
} // namespace

AuditLogPage::AuditLogPage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditLogModel(session.db(), this))
    , m_officer(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_dossier(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_chain(new QLabel(this))
    , m_person(new QPushButton(tr("Records of one &person…"), this))
    , m_key(new QPushButton(tr("Audit &key…"), this))
    , m_keyBanner(new QLabel(this))
    , m_keyWritten(new QPushButton(tr("I have &written the key down"), this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_officer->setObjectName(QStringLiteral("auditOfficer"));
    m_officer->setEditable(true);
    m_officer->setInsertPolicy(QComboBox::NoInsert);
    m_officer->setMinimumContentsLength(16);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& action : AuditLogModel::knownActions())
        m_action->addItem(AuditLogModel::actionLabel(action), action);
    m_dossier->setObjectName(QStringLiteral("auditDossier"));
    m_dossier->setPlaceholderText(tr("full dossier code"));
    m_dossier->setClearButtonEnabled(true);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(noDate);
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));

    auto* officerLabel = new QLabel(tr("&Officer:"), this);
    officerLabel->setBuddy(m_officer);
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    auto* dossierLabel = new QLabel(tr("&Dossier:"), this);
    dossierLabel->setBuddy(m_dossier);
    auto* fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("auditSearch"));
    searchButton->setDefault(true);
    auto* clearButton = new QPushButton(tr("C&lear"), this);
    auto* verifyButton = new QPushButton(tr("&Verify chain"), this);
    verifyButton->setObjectName(QStringLiteral("auditVerify"));
    m_person->setObjectName(QStringLiteral("personRecords"));
    connect(searchButton, &QPushButton::clicked, this, &AuditLogPage::search);
    connect(clearButton, &QPushButton::clicked, this, &AuditLogPage::clearFilters);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_person, &QPushButton::clicked, this, &AuditLogPage::openPersonRecords);
    // Enter in any filter searches.
    connect(m_dossier, &QLineEdit::returnPressed, this, &AuditLogPage::search);
    connect(m_officer->lineEdit(), &QLineEdit::returnPressed, this, &AuditLogPage::search);
    connect(m_action, &QComboBox::activated, this, &AuditLogPage::search);
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_officer->setFocus(Qt::ShortcutFocusReason);
        m_officer->lineEdit()->selectAll();
    });
    addAction(findAction);

    auto* filters = new QHBoxLayout;
    filters->addWidget(officerLabel);
    filters->addWidget(m_officer, 2);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action, 1);
    filters->addWidget(dossierLabel);
    filters->addWidget(m_dossier, 2);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(searchButton);
    filters->addWidget(clearButton);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AuditLogModel::Detail, QHeaderView::Stretch);
    m_table->setColumnWidth(AuditLogModel::Time, 145);
    m_table->setColumnWidth(AuditLogModel::Officer, 170);
    m_table->setColumnWidth(AuditLogModel::Action, 150);
    m_table->setColumnWidth(AuditLogModel::Dossier, 190);
    m_table->setColumnWidth(AuditLogModel::Number, 70);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const AuditEntry* entry = m_model->entry(index.row());
        if (entry && !entry->dossierCode.isEmpty())
            emit openDossier(entry->dossierCode);
    });
    // The next page when the table reaches its end (scrolling, Page Down, Ctrl+End).
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_table->verticalScrollBar()->maximum() && m_model->hasMore())
            m_model->fetchNextPage();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateSummary);

    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::PlainText);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(verifyButton);
    bottom->addWidget(m_chain, 1);
    bottom->addWidget(m_person);
    bottom->addWidget(m_key);
    m_key->setObjectName(QStringLiteral("auditKey"));
    connect(m_key, &QPushButton::clicked, this, &AuditLogPage::auditKey);
    m_keyBanner->setObjectName(QStringLiteral("auditKeyBanner"));
    m_keyBanner->setWordWrap(true);
    m_keyBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyBanner->setStyleSheet(QStringLiteral("background: #fff8e1; padding: 6px"));
    m_keyWritten->setObjectName(QStringLiteral("auditKeyWritten"));
    connect(m_keyWritten, &QPushButton::clicked, this, [this] {
        QString registerId;
        if (AuditSeal::registerId(m_session.db(), &registerId, nullptr))
            AuditSeal::markKeyShown(registerId);
        updateKeyBanner();
    });
    auto* banner = new QHBoxLayout;
    banner->addWidget(m_keyBanner, 1);
    banner->addWidget(m_keyWritten);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>Audit log</b> — who viewed, changed, printed or exported "
                                "which dossier. Enter opens the dossier of an entry."),
                             this);
    layout->addWidget(title);
    layout->addLayout(banner);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_officer, m_action);
    setTabOrder(m_action, m_dossier);
    setTabOrder(m_dossier, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, searchButton);
    setTabOrder(searchButton, clearButton);
    setTabOrder(clearButton, m_table);
    setTabOrder(m_table, verifyButton);
    setTabOrder(verifyButton, m_person);
    setTabOrder(m_person, m_key);
    updateKeyBanner();
}

void AuditLogPage::updateKeyBanner()
{
    QString registerId;
    const bool administrator = Permissions::allows(m_session.user().role, Permission::ManageUsers);
    const QByteArray key = AuditSeal::registerId(m_session.db(), &registerId, nullptr)
                               ? AuditSeal::key(registerId)
                               : QByteArray();
    // Issue 15: the key lives only on the computers that made or were given it; the
    // administrator writes it down once, to enter it on the office's other desks.
    const bool show = administrator && !key.isEmpty() && !AuditSeal::keyShown(registerId);
    m_keyBanner->setText(show ? tr("The audit log of this office is sealed with a key that is "
                                   "kept on this computer only, never in the database. Write it "
                                   "down and keep it safe: the office's other desks need it to "
                                   "verify the log.\nAudit key: %1")
                                    .arg(AuditSeal::keyText(key))
                              : QString());
    m_keyBanner->setVisible(show);
    m_keyWritten->setVisible(show);
    m_key->setVisible(administrator);
}

void AuditLogPage::auditKey()
{
    QString error;
    QString registerId;
    if (!Permissions::check(m_session.user(), Permission::ManageUsers, &error) ||
        !AuditSeal::registerId(m_session.db(), &registerId, &error)) {
        QMessageBox::warning(this, tr("Audit key"), error);
        return;
    }
    const QByteArray key = AuditSeal::key(registerId);
    if (!key.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Audit key"),
                        tr("Audit key of this office (register %1):\n\n%2\n\nEnter it on the "
                           "office's other desks with this button, or with motcua-cli audit key "
                           "set.")
                            .arg(registerId, AuditSeal::keyText(key)),
                        QMessageBox::Ok, this);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
        AuditSeal::markKeyShown(registerId);
        updateKeyBanner();
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Audit key"),
        tr("This computer does not have the office's audit key. Enter it as the administrator "
           "wrote it down (64 digits and letters A–F):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (!AuditLog::enterKey(m_session.db(), text, &error)) {
        QMessageBox::warning(this, tr("Audit key"), error);
        return;
    }
    verifyChain();
}

void AuditLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillOfficers();
    m_person->setEnabled(
        Permissions::allows(m_session.user().role, Permission::ExportPersonalData));
    updateKeyBanner();
    search();
}

void AuditLogPage::fillOfficers()
{
    const QString typed = m_officer->currentText();
    QList<User> users;
    QString error;
    m_officer->clear();
    m_officer->addItem(QString());
    if (UserRepository(m_session.db()).list(&users, &error)) {
        for (const User& user : std::as_const(users))
            m_officer->addItem(user.name());
    }
    m_officer->setEditText(typed);
}

AuditLog::Filter AuditLogPage::filter() const
{
    AuditLog::Filter f;
    f.officer = m_officer->currentText().trimmed();
    f.action = m_action->currentData().toString();
    f.dossierCode = m_dossier->text().trimmed();
    if (m_from->date() > noDate)
        f.from = QDateTime(m_from->date(), QTime(0, 0));
    if (m_to->date() > noDate)
        f.to = QDateTime(m_to->date(), QTime(23, 59, 59));
    return f;
}

void AuditLogPage::search()
{
    QString error;
    if (!m_model->load(m_session.user(), filter(), &error)) {
        m_summary->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    m_table->scrollToTop();
}

void AuditLogPage::clearFilters()
{
    m_officer->setEditText(QString());
    m_action->setCurrentIndex(0);
    m_dossier->clear();
    m_from->setDate(noDate);
    m_to->setDate(noDate);
    search();
}

void AuditLogPage::updateSummary()
{
    const QString error = m_model->lastError();
    if (!error.isEmpty()) {
        m_summary->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    const int shown = m_model->rowCount();
    m_summary->setText(
        m_model->hasMore()
            ? tr("%n entries shown, newest first; scroll down for older ones.", nullptr, shown)
            : tr("%n entries, newest first.", nullptr, shown));
}

void AuditLogPage::verifyChain()
{
    qint64 broken = 0;
    QString error;
    if (!Permissions::check(m_session.user(), Permission::ViewAuditLog, &error)) {
        m_chain->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    if (AuditLog::verifyAnchored(m_session.db(), &broken, &error)) {
        m_chain->setText(tr("✓ The chain is intact: no entry was changed, removed or moved."));
        m_chain->setStyleSheet(QStringLiteral("color: #1b5e20"));
        return;
    }
    m_chain->setText(QStringLiteral("⚠ ") + error);
    m_chain->setStyleSheet(QStringLiteral("color: #b00020"));
}

void AuditLogPage::openPersonRecords()
{
    PersonRecordsDialog dialog(m_session, this);
    connect(&dialog, &PersonRecordsDialog::openDossier, this, &AuditLogPage::openDossier);
    dialog.exec();
}
