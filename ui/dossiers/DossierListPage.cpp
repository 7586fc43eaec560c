#include "DossierListPage.h"

#include "DossierListModel.h"
#include "common/DeskSession.h"
#include "dossiers/DossierListRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

enum StatusChoice { AllStatuses = -1, OpenStatuses = -2 };
enum Period { AnyTime, Today, LastSevenDays, ThisMonth, ThisYear };
enum DeadlineChoice { AnyDeadline, OverdueOnly, DueSoonOnly };

QComboBox* combo(QWidget* parent, const char* name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

DossierListPage::DossierListPage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_status(combo(this, "statusFilter"))
    , m_field(combo(this, "fieldFilter"))
    , m_channel(combo(this, "channelFilter"))
    , m_officer(combo(this, "officerFilter"))
    , m_period(combo(this, "periodFilter"))
    , m_deadline(combo(this, "deadlineFilter"))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("dossierListPage"));
    m_search->setObjectName(QStringLiteral("dossierSearch"));
    m_search->setPlaceholderText(tr("Search: code, name, ID number or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("dossierCount"));

    auto* filters = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("Fi&nd:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    auto* deadlineLabel = new QLabel(tr("&Deadline:"), this);
    deadlineLabel->setBuddy(m_deadline);
    filters->addWidget(deadlineLabel);
    filters->addWidget(m_deadline);

    auto* more = new QHBoxLayout;
    auto* fieldLabel = new QLabel(tr("F&ield:"), this);
    fieldLabel->setBuddy(m_field);
    more->addWidget(fieldLabel);
    more->addWidget(m_field, 1);
    auto* channelLabel = new QLabel(tr("&Channel:"), this);
    channelLabel->setBuddy(m_channel);
    more->addWidget(channelLabel);
    more->addWidget(m_channel);
    auto* officerLabel = new QLabel(tr("&Officer:"), this);
    officerLabel->setBuddy(m_officer);
    more->addWidget(officerLabel);
    more->addWidget(m_officer);
    auto* periodLabel = new QLabel(tr("&Received:"), this);
    periodLabel->setBuddy(m_period);
    more->addWidget(periodLabel);
    more->addWidget(m_period);
    more->addStretch(0);
    more->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("dossierTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(false); // sorting is switched on with the model

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Dossiers</b> — Enter opens the selected dossier"), this));
    layout->addLayout(filters);
    layout->addLayout(more);
    layout->addWidget(m_view, 1);

    m_status->addItem(tr("All"), int(AllStatuses));
    m_status->addItem(tr("Open"), int(OpenStatuses));
    for (const DossierStatus status : DossierStatuses::all())
        m_status->addItem(QStringLiteral("%1 · %2")
                              .arg(DossierStatuses::code(status))
                              .arg(DossierStatuses::label(status)),
                          DossierStatuses::code(status));
    m_channel->addItem(tr("All"), 0);
    for (const Channel channel : {Channel::Direct, Channel::Online, Channel::Postal})
        m_channel->addItem(Channels::label(channel), int(channel));
    m_period->addItem(tr("Any time"), int(AnyTime));
    m_period->addItem(tr("Today"), int(Today));
    m_period->addItem(tr("Last 7 days"), int(LastSevenDays));
    m_period->addItem(tr("This month"), int(ThisMonth));
    m_period->addItem(tr("This year"), int(ThisYear));
    m_deadline->addItem(tr("All"), int(AnyDeadline));
    m_deadline->addItem(tr("Overdue"), int(OverdueOnly));
    m_deadline->addItem(
        tr("Due within %n working day(s)", nullptr, DossierListModel::dueSoonDays()),
        int(DueSoonOnly));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &DossierListPage::applyFilters);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilters();
        m_view->setFocus();
        if (m_model && m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    for (QComboBox* box : {m_status, m_field, m_channel, m_officer, m_period, m_deadline})
        connect(box, &QComboBox::activated, this, &DossierListPage::applyFilters);
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, [this] {
        fillChoices();
        applyFilters();
    });
    connect(&m_session, &DeskSession::dossierChanged, this, [this] {
        if (isVisible() && m_model)
            applyFilters();
        else
            m_stale = true;
    });
}

void DossierListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        ensureLoaded();
}

void DossierListPage::ensureLoaded()
{
    if (!m_model) {
        m_model = new DossierListModel(m_session.db(), m_session.rules(), this);
        m_view->setModel(m_model);
        m_view->setSortingEnabled(true);
        m_view->horizontalHeader()->setSortIndicator(DossierListModel::Received,
                                                     Qt::DescendingOrder);
        auto* header = m_view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        // What matters at the counter fits 1366 pixels: code to time left; channel and officer
        // follow.
        const QFontMetrics metrics = m_view->fontMetrics();
        const int pad = 18;
        const int time = metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + pad;
        header->resizeSection(
            DossierListModel::Code,
            metrics.horizontalAdvance(QStringLiteral("000.00.00.H00-000000-0000")) + pad);
        header->resizeSection(DossierListModel::Received, time);
        auto width = [&metrics, pad](const QString& text) {
            return metrics.horizontalAdvance(text) + pad;
        };
        header->resizeSection(DossierListModel::Applicant,
                              width(QStringLiteral("Nguyễn Thị Thanh Nhung")));
        header->resizeSection(DossierListModel::Status,
                              width(DossierStatuses::label(DossierStatus::SupplementRequested)));
        header->resizeSection(DossierListModel::Due, time);
        header->resizeSection(
            DossierListModel::Remaining,
            qMax(width(m_model->headerData(DossierListModel::Remaining, Qt::Horizontal).toString()),
                 width(DossierListModel::tr("paused (supplement)"))));
        header->resizeSection(DossierListModel::ChannelColumn,
                              width(Channels::label(Channel::Online)) * 2);
        fitProcedureColumn();
        header->setStretchLastSection(true);
        connect(m_model, &DossierListModel::failed, m_count, &QLabel::setText);
        connect(header, &QHeaderView::sortIndicatorChanged, this,
                [this, header](int column, Qt::SortOrder) {
                    // Only indexed columns sort; put the indicator back on the others.
                    if (!DossierListModel::isSortable(column))
                        header->setSortIndicator(DossierListModel::Received, Qt::DescendingOrder);
                });
    }
    fillChoices();
    applyFilters();
}

void DossierListPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitProcedureColumn();
}

void DossierListPage::fitProcedureColumn()
{
    if (!m_model)
        return;
    // The procedure takes what the screen's width leaves beside the other columns up to the
    // time left; channel and officer follow.
    QHeaderView* header = m_view->horizontalHeader();
    int used = 0;
    for (int c = 0; c <= DossierListModel::Remaining; ++c)
        used += c == DossierListModel::Procedure ? 0 : header->sectionSize(c);
    const int minimum =
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("Đăng ký khai sinh")) + 18;
    header->resizeSection(DossierListModel::Procedure,
                          qMax(minimum, m_view->viewport()->width() - used));
}

void DossierListPage::fillChoices()
{
    QString error;
    const DossierListRepository list(m_session.db());
    QStringList fields;
    QStringList officers;
    list.fields(&fields, &error);
    list.officers(&officers, &error);
    const QString field = m_field->currentData().toString();
    const QString officer = m_officer->currentData().toString();
    m_field->clear();
    m_field->addItem(tr("All"), QString());
    for (const QString& f : fields)
        m_field->addItem(f, f);
    m_field->setCurrentIndex(qMax(0, m_field->findData(field)));
    m_officer->clear();
    m_officer->addItem(tr("All"), QString());
    for (const QString& o : officers)
        m_officer->addItem(o, o);
    m_officer->setCurrentIndex(qMax(0, m_officer->findData(officer)));
}

void DossierListPage::applyFilters()
{
    if (!m_model) {
        ensureLoaded();
        return;
    }
    m_stale = false;
    DossierListFilter filter;
    const int status = m_status->currentData().toInt();
    if (status == OpenStatuses) {
        for (const DossierStatus s : DossierStatuses::all()) {
            if (DossierStatuses::isOpen(s))
                filter.statuses << s;
        }
    } else if (status > 0) {
        DossierStatus s;
        if (DossierStatuses::fromCode(status, &s))
            filter.statuses << s;
    }
    filter.field = m_field->currentData().toString();
    filter.channel = m_channel->currentData().toInt();
    filter.officer = m_officer->currentData().toString();
    const QDate today = QDate::currentDate();
    switch (Period(m_period->currentData().toInt())) {
    case Today:
        filter.receivedFrom = QDateTime(today, QTime(0, 0));
        break;
    case LastSevenDays:
        filter.receivedFrom = QDateTime(today.addDays(-6), QTime(0, 0));
        break;
    case ThisMonth:
        filter.receivedFrom = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0));
        break;
    case ThisYear:
        filter.receivedFrom = QDateTime(QDate(today.year(), 1, 1), QTime(0, 0));
        break;
    case AnyTime:
        break;
    }
    const QDateTime now = QDateTime::currentDateTime();
    switch (DeadlineChoice(m_deadline->currentData().toInt())) {
    case OverdueOnly:
        filter.runningOnly = true;
        filter.dueBefore = now;
        break;
    case DueSoonOnly: {
        // Due from now to the end of the dueSoonDays-th working day ahead.
        filter.runningOnly = true;
        filter.dueFrom = now;
        QDate day = today;
        for (int found = 0; found < DossierListModel::dueSoonDays();) {
            day = day.addDays(1);
            if (m_session.rules().isWorkingDay(day))
                ++found;
        }
        filter.dueBefore = QDateTime(day.addDays(1), QTime(0, 0));
        break;
    }
    case AnyDeadline:
        break;
    }
    filter.search = m_search->text();
    m_model->setFilter(filter);
    updateCount();
}

void DossierListPage::updateCount()
{
    constexpr int cap = 10000;
    int count = 0;
    QString error;
    if (!m_model->count(cap, &count, &error)) {
        m_count->setText(error);
        return;
    }
    const QLocale locale;
    m_count->setText(count >= cap ? tr("more than %1 dossiers").arg(locale.toString(cap))
                                  : tr("%n dossier(s)", nullptr, count));
}

void DossierListPage::openCurrent()
{
    if (!m_model)
        return;
    const QString code = m_model->codeAt(m_view->currentIndex().row());
    if (!code.isEmpty())
        emit openDossier(code);
}
