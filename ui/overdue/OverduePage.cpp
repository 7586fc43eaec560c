#include "OverduePage.h"

#include "ApologyDialog.h"
#include "LedgerPanel.h"
#include "OverdueModel.h"
#include "RatingFollowUpPanel.h"
#include "audit/AuditLog.h"
#include "common/DeskSession.h"
#include "dossiers/DossierPaperRepository.h"
#include "feedback/FeedbackPage.h"
#include "forms/DossierForms.h"
#include "printing/PrintService.h"
#include "supervisor/OverdueExport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum LetterAction { Preview, Print, Pdf };
}

OverduePage::OverduePage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new OverdueModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_printing(new PrintService(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("overduePage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(OverdueModel::StateKeyRole);
    m_proxy->setSortRole(OverdueModel::SortRole);

    m_ledger = new LedgerPanel(session, this);
    m_feedback = new FeedbackPage(session, this);
    m_tabs->addTab(createListTab(), tr("&Overdue and due soon"));
    m_tabs->addTab(m_ledger, tr("&Ledger"));
    m_tabs->addTab(m_feedback, tr("Citi&zen feedback"));
    m_followUps = new RatingFollowUpPanel(session, this);
    m_tabs->addTab(m_followUps, tr("&Not satisfied at hand-over"));
    connect(m_followUps, &RatingFollowUpPanel::openDossier, this, &OverduePage::openDossier);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Live across desks: a save here or on any other desk refreshes the visible list.
    const auto refreshIfVisible = [this] {
        if (isVisible())
            refresh();
    };
    connect(&m_session, &DeskSession::dossierChanged, this, refreshIfVisible);
    connect(&m_session, &DeskSession::otherDeskChanged, this, refreshIfVisible);
    connect(m_feedback, &FeedbackPage::changed, this, &OverduePage::refresh);
}

QWidget* OverduePage::createListTab()
{
    auto* tab = new QWidget(this);
    m_summary = new QLabel(tab);
    m_summary->setObjectName(QStringLiteral("overdueSummary"));
    m_summary->setWordWrap(true);
    m_filter = new QComboBox(tab);
    m_filter->addItem(tr("All"), QString());
    m_filter->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_filter->addItem(tr("Due soon"), QStringLiteral("due-soon"));
    m_filter->addItem(tr("Feedback overdue"), QStringLiteral("feedback"));
    auto* filterLabel = new QLabel(tr("&Show:"), tab);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_filter->currentData().toString();
        m_proxy->setFilterRegularExpression(key.isEmpty() ? QString()
                                                          : QStringLiteral("^%1$").arg(key));
        updateButtons();
    });
    auto* refreshButton = new QPushButton(tr("&Refresh"), tab);
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &OverduePage::refresh);

    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("overdueTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OverdueModel::Subject, QHeaderView::Stretch);
    // Fits 1366×768: the procedure column takes what is left; the promised date is part of the
    // apology column (and a column of its own in exports).
    const int widths[] = {95, 192, 0, 85, 105, 125, 92, 108, 45, 130, 100};
    // Never narrower than the column's title in the language shown.
    for (int c = 0; c < OverdueModel::ColumnCount; ++c) {
        if (widths[c] > 0)
            m_table->setColumnWidth(c, qMax(widths[c], header->sectionSizeHint(c)));
    }
    m_table->setColumnHidden(OverdueModel::PromisedDate, true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OverduePage::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] {
        const OverdueItem* item = currentItem();
        if (item && item->kind == OverdueItem::Kind::Dossier)
            emit openDossier(item->code);
    });

    m_apology = new QPushButton(tr("Issue &apology…"), tab);
    m_apology->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_preview = new QPushButton(tr("Pre&view letter"), tab);
    m_print = new QPushButton(tr("&Print letter"), tab);
    m_pdf = new QPushButton(tr("Letter as P&DF…"), tab);
    auto* batch = new QPushButton(tr("Pr&int all due-soon letters"), tab);
    m_control = new QPushButton(tr("&Control sheet"), tab);
    auto* exportButton = new QPushButton(tr("&Export list…"), tab);
    connect(m_apology, &QPushButton::clicked, this, &OverduePage::issueApology);
    connect(m_preview, &QPushButton::clicked, this, [this] { letter(Preview); });
    connect(m_print, &QPushButton::clicked, this, [this] { letter(Print); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { letter(Pdf); });
    connect(batch, &QPushButton::clicked, this, &OverduePage::printDueSoonLetters);
    connect(m_control, &QPushButton::clicked, this, &OverduePage::controlSheet);
    connect(exportButton, &QPushButton::clicked, this, &OverduePage::exportList);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addWidget(refreshButton);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_apology, m_preview, m_print, m_pdf, batch, m_control})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(exportButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    updateButtons();
    return tab;
}

void OverduePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void OverduePage::setAsOf(const QDateTime& asOf)
{
    m_fixedAsOf = asOf;
    m_ledger->setPeriodEnding(asOf.date());
    refresh();
}

void OverduePage::refresh()
{
    const QDateTime asOf = m_fixedAsOf.isValid() ? m_fixedAsOf : QDateTime::currentDateTime();
    m_followUps->refresh();
    QList<OverdueItem> items;
    QString error;
    if (!OverdueList::load(m_session.db(), m_session.rules(), asOf, &items, &error)) {
        m_summary->setText(error);
        return;
    }
    const QString selected = currentItem() ? currentItem()->code : QString();
    m_model->setItems(items);
    int overdue = 0;
    int dueSoon = 0;
    int withoutApology = 0;
    int feedback = 0;
    for (const OverdueItem& item : items) {
        if (item.kind == OverdueItem::Kind::Feedback) {
            ++feedback;
            continue;
        }
        ++(item.state == OverdueItem::State::Overdue ? overdue : dueSoon);
        if (!item.apologySent())
            ++withoutApology;
    }
    m_summary->setText(
        tr("<b>%1</b> overdue, <b>%2</b> due within one working day, <b>%3</b> of them without "
           "an apology; <b>%4</b> feedback item(s) past their deadline. As of %5.")
            .arg(overdue)
            .arg(dueSoon)
            .arg(withoutApology)
            .arg(feedback)
            .arg(asOf.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, OverdueModel::Code).data().toString() == selected &&
            !selected.isEmpty()) {
            m_table->setCurrentIndex(m_proxy->index(row, 0));
            break;
        }
    }
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    m_feedback->refresh();
    updateButtons();
}

const OverdueItem* OverduePage::currentItem() const
{
    if (!m_table)
        return nullptr;
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->item(m_proxy->mapToSource(index).row());
}

void OverduePage::updateButtons()
{
    const OverdueItem* item = currentItem();
    const bool dossier = item && item->kind == OverdueItem::Kind::Dossier;
    m_apology->setEnabled(dossier);
    for (QPushButton* b : {m_preview, m_print, m_pdf})
        b->setEnabled(dossier && item->apologySent());
    m_control->setEnabled(dossier);
}

void OverduePage::issueApology()
{
    const OverdueItem* item = currentItem();
    if (!item || item->kind != OverdueItem::Kind::Dossier)
        return;
    ApologyDialog dialog(m_session, *item, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    letter(Preview);
}

void OverduePage::letter(int action)
{
    const OverdueItem* item = currentItem();
    if (!item || item->kind != OverdueItem::Kind::Dossier)
        return;
    const QString code = item->code;
    FormDocument form;
    QString error;
    if (!DossierForms::render(m_session.db(), code, FormKind::Apology, &form, &error)) {
        QMessageBox::warning(this, tr("Apology letter"), error);
        return;
    }
    bool done = true;
    switch (action) {
    case Preview:
        m_printing->preview(form);
        break;
    case Print:
        done = m_printing->print(form);
        break;
    default:
        done = m_printing->saveAsPdf(form, tr("apology-%1.pdf").arg(code));
        break;
    }
    // DOMAIN §11: who printed which dossier.
    if (done &&
        !DossierPaperRepository(m_session.db())
             .auditPrint(code, FormKinds::key(FormKind::Apology), m_session.officer(), &error))
        QMessageBox::warning(this, tr("Apology letter"), error);
}

void OverduePage::printDueSoonLetters()
{
    QList<FormDocument> forms;
    QStringList codes;
    int unsigned_ = 0;
    QString error;
    for (const OverdueItem& item : m_model->items()) {
        if (item.kind != OverdueItem::Kind::Dossier || item.state != OverdueItem::State::DueSoon)
            continue;
        if (!item.apologySent()) {
            ++unsigned_;
            continue;
        }
        FormDocument form;
        if (!DossierForms::render(m_session.db(), item.code, FormKind::Apology, &form, &error)) {
            QMessageBox::warning(this, tr("Apology letters"), error);
            return;
        }
        forms.append(form);
        codes.append(item.code);
    }
    if (forms.isEmpty()) {
        QMessageBox::information(
            this, tr("Apology letters"),
            unsigned_ > 0 ? tr("No due-soon dossier has a signed letter yet; %n still need one.",
                               nullptr, unsigned_)
                          : tr("No dossier is due within one working day."));
        return;
    }
    if (unsigned_ > 0)
        QMessageBox::information(this, tr("Apology letters"),
                                 tr("%n due-soon dossier(s) have no signed letter yet and are "
                                    "left out.",
                                    nullptr, unsigned_));
    const QString title = tr("%n apology letter(s)", nullptr, int(forms.size()));
    if (!m_printing->printAll(forms, title))
        return;
    for (const QString& code : codes) {
        if (!DossierPaperRepository(m_session.db())
                 .auditPrint(code, FormKinds::key(FormKind::Apology), m_session.officer(),
                             &error)) {
            QMessageBox::warning(this, tr("Apology letters"), error);
            return;
        }
    }
}

void OverduePage::controlSheet()
{
    const OverdueItem* item = currentItem();
    if (!item || item->kind != OverdueItem::Kind::Dossier)
        return;
    FormDocument form;
    QString error;
    if (!DossierForms::render(m_session.db(), item->code, FormKind::ControlSheet, &form, &error)) {
        QMessageBox::warning(this, tr("Control sheet"), error);
        return;
    }
    m_printing->preview(form);
}

void OverduePage::exportList()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the overdue list"), QDir(folder).filePath(tr("overdue.xlsx")),
        tr("Excel workbook (*.xlsx);;CSV file (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QList<OverdueItem> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(*m_model->item(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    QString error;
    // DOMAIN §11: exports of personal data are logged with the officer's name.
    if (!OverdueExport::write(shown, path, &error) ||
        !AuditLog::record(m_session.db(),
                          {0, QDateTime::currentDateTime(), m_session.officer(),
                           QStringLiteral("export"), QString(),
                           tr("overdue list, %n line(s)", nullptr, int(shown.size())), QString()},
                          &error))
        QMessageBox::warning(this, tr("Export the overdue list"), error);
}
