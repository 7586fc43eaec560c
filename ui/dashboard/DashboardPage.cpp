#include "DashboardPage.h"

#include "BreakdownModel.h"
#include "IndicatorTile.h"
#include "TrendChart.h"
#include "common/DeskSession.h"
#include "indicators/LiveCounters.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

DashboardPage::DashboardPage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_part(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_updated(new QLabel(this))
    , m_grouping(new QComboBox(this))
    , m_breakdown(new BreakdownModel(this))
    , m_chart(new TrendChart(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_kind->addItem(tr("Month"), int(PeriodKind::Month));
    m_kind->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_kind->addItem(tr("Year"), int(PeriodKind::Year));
    m_kind->addItem(tr("Custom"), int(PeriodKind::Custom));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    auto* kindLabel = new QLabel(tr("&Period:"), this);
    kindLabel->setBuddy(m_kind);
    auto* bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_part);
    bar->addWidget(m_year);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addStretch();
    bar->addWidget(m_updated);

    auto* tiles = new QGridLayout;
    tiles->setSpacing(6);
    const QStringList keys = Indicators::keys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* tile = new IndicatorTile(keys.at(i), this);
        m_tiles.append(tile);
        tiles->addWidget(tile, i / 5, i % 5);
    }
    for (int c = 0; c < 5; ++c)
        tiles->setColumnStretch(c, 1);

    m_grouping->addItem(tr("By field"), int(IndicatorGrouping::Field));
    m_grouping->addItem(tr("By officer"), int(IndicatorGrouping::Officer));
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("breakdownTable"));
    table->setModel(m_breakdown);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Group, QHeaderView::Stretch);
    auto* breakdown = new QVBoxLayout;
    auto* groupingLabel = new QLabel(tr("&Breakdown:"), this);
    groupingLabel->setBuddy(m_grouping);
    auto* groupingBar = new QHBoxLayout;
    groupingBar->addWidget(groupingLabel);
    groupingBar->addWidget(m_grouping);
    groupingBar->addStretch();
    breakdown->addLayout(groupingBar);
    breakdown->addWidget(table, 1);
    auto* lower = new QHBoxLayout;
    lower->addLayout(breakdown, 5);
    lower->addWidget(m_chart, 4);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tiles);
    layout->addLayout(lower, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // A new kind: start from the period that holds the current first day.
        if (!m_blockSignals)
            setPeriod(PeriodKind(m_kind->currentData().toInt()), m_from->date());
    });
    connect(m_part, &QComboBox::currentIndexChanged, this, &DashboardPage::periodControlsChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &DashboardPage::periodControlsChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::periodControlsChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::periodControlsChanged);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardPage::recompute);

    // Live counters: this desk's saves arrive as a signal, other desks' commits through the
    // session's change watcher (see ChangeWatcher).
    connect(&m_session, &DeskSession::dossierChanged, this, &DashboardPage::recompute);
    connect(&m_session, &DeskSession::otherDeskChanged, this, &DashboardPage::recompute);
    connect(&m_session, &DeskSession::changeWatchFailed, m_updated, &QLabel::setText);

    setPeriod(PeriodKind::Month, QDate::currentDate());
}

void DashboardPage::setPeriod(PeriodKind kind, const QDate& day)
{
    m_blockSignals = true;
    m_kind->setCurrentIndex(int(kind));
    m_year->setValue(day.year());
    m_part->clear();
    if (kind == PeriodKind::Month) {
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(tr("Month %1").arg(m), m);
        m_part->setCurrentIndex(day.month() - 1);
    } else if (kind == PeriodKind::Quarter) {
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("Quarter %1").arg(q), q);
        m_part->setCurrentIndex((day.month() - 1) / 3);
    }
    if (kind != PeriodKind::Custom) {
        const ReportPeriod p = period();
        m_from->setDate(p.from);
        m_to->setDate(p.to);
    }
    m_part->setVisible(kind == PeriodKind::Month || kind == PeriodKind::Quarter);
    m_year->setVisible(kind != PeriodKind::Custom);
    m_from->setVisible(kind == PeriodKind::Custom);
    m_to->setVisible(kind == PeriodKind::Custom);
    m_blockSignals = false;
    recompute();
}

void DashboardPage::setCustomPeriod(const QDate& from, const QDate& to)
{
    m_blockSignals = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_blockSignals = false;
    setPeriod(PeriodKind::Custom, from);
}

void DashboardPage::periodControlsChanged()
{
    if (m_blockSignals)
        return;
    if (PeriodKind(m_kind->currentData().toInt()) != PeriodKind::Custom) {
        const ReportPeriod p = period();
        m_blockSignals = true;
        m_from->setDate(p.from);
        m_to->setDate(p.to);
        m_blockSignals = false;
    }
    recompute();
}

ReportPeriod DashboardPage::period() const
{
    const int year = m_year->value();
    switch (PeriodKind(m_kind->currentData().toInt())) {
    case PeriodKind::Month:
        return ReportPeriod::month(year, qMax(1, m_part->currentData().toInt()));
    case PeriodKind::Quarter:
        return ReportPeriod::quarter(year, qMax(1, m_part->currentData().toInt()));
    case PeriodKind::Year:
        return ReportPeriod::year(year);
    case PeriodKind::Custom:
        break;
    }
    return ReportPeriod::range(m_from->date(), m_to->date());
}

ReportPeriod DashboardPage::previousPeriod(PeriodKind kind, const ReportPeriod& p)
{
    switch (kind) {
    case PeriodKind::Month:
        return ReportPeriod::month(p.from.addMonths(-1).year(), p.from.addMonths(-1).month());
    case PeriodKind::Quarter: {
        const QDate before = p.from.addMonths(-3);
        return ReportPeriod::quarter(before.year(), (before.month() - 1) / 3 + 1);
    }
    case PeriodKind::Year:
        return ReportPeriod::year(p.from.year() - 1);
    case PeriodKind::Custom:
        break;
    }
    const qint64 days = p.from.daysTo(p.to) + 1;
    return ReportPeriod::range(p.from.addDays(-days), p.from.addDays(-1));
}

IndicatorTile* DashboardPage::tile(const QString& key) const
{
    for (IndicatorTile* t : m_tiles) {
        if (t->key() == key)
            return t;
    }
    return nullptr;
}

void DashboardPage::recompute()
{
    if (m_blockSignals)
        return;
    const ReportPeriod current = period();
    if (!current.isValid()) {
        m_updated->setText(tr("The period's last day is before its first."));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const LiveCounters counters(m_session.db());
    IndicatorReport report;
    IndicatorReport previous;
    IndicatorReport grouped;
    QString error;
    const auto kind = PeriodKind(m_kind->currentData().toInt());
    if (!counters.current(current, &report, &error) ||
        !counters.current(previousPeriod(kind, current), &previous, &error) ||
        !counters.current(current, IndicatorGrouping(m_grouping->currentData().toInt()), &grouped,
                          &error)) {
        m_updated->setText(error);
        return;
    }
    ++m_recomputations;
    for (IndicatorTile* t : m_tiles) {
        const IndicatorValue* v = report.find(t->key());
        const IndicatorValue* before = previous.find(t->key());
        if (v)
            t->setValue(*v, before ? std::optional<IndicatorValue>(*before) : std::nullopt);
    }
    m_breakdown->setReport(grouped);
    const QDateTime now = QDateTime::currentDateTime();
    updateTrend(current, now);
    m_updated->setText(tr("As of %1 (%2 ms)")
                           .arg(report.asOf.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")))
                           .arg(clock.elapsed()));
    emit recomputed();
}

void DashboardPage::updateTrend(const ReportPeriod& period, const QDateTime& now)
{
    // The twelve months up to the one the period ends in.
    QList<TrendChart::Month> months;
    const LiveCounters counters(m_session.db());
    const QDate last(period.to.year(), period.to.month(), 1);
    std::optional<double> target;
    for (int i = 11; i >= 0; --i) {
        const QDate first = last.addMonths(-i);
        if (first > now.date())
            continue;
        IndicatorReport r;
        QString error;
        if (!counters.current(ReportPeriod::month(first.year(), first.month()), &r, &error))
            continue;
        TrendChart::Month m;
        m.first = first;
        if (const IndicatorValue* v = r.find(QStringLiteral("on_time_rate"))) {
            m.received = v->denominator;
            m.onTime = v->value;
            target = v->target;
        }
        months.append(m);
    }
    m_chart->setMonths(months, target);
}
