#include "DashboardPage.h"

#include "BreakdownModel.h"
#include "IndicatorTile.h"
#include "TrendChart.h"
#include "common/DeskSession.h"
#include "dossiers/DossierRepository.h"
#include "indicators/IndicatorEngine.h"
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
    // Seventeen indicators in three rows, so the breakdown and the chart keep their room at
    // 1366×768.
    constexpr int columns = 6;
    const QStringList keys = Indicators::keys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* tile = new IndicatorTile(keys.at(i), this);
        m_tiles.append(tile);
        tiles->addWidget(tile, i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c)
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
    connect(&m_session, &DeskSession::dossierChanged, this, &DashboardPage::dossierSaved);
    connect(&m_session, &DeskSession::otherDeskChanged, this, [this] {
        // Another desk or motcua-cli may have written anything (an import of old dossiers).
        forgetKeptFigures();
        recompute();
    });
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

void DashboardPage::forgetKeptFigures()
{
    m_previous = IndicatorReport();
    m_trend.clear();
}

void DashboardPage::dossierSaved(const QString& code)
{
    // Only figures as of a time on or after the dossier's receipt can change with it: its
    // month's trend point and the previous period (its copies count when it ends).
    Dossier d;
    QString error;
    if (!DossierRepository(m_session.db(), m_session.rules()).load(code, &d, &error)) {
        forgetKeptFigures();
    } else {
        if (m_previous.asOf.isValid() && d.receivedAt <= m_previous.asOf)
            m_previous = IndicatorReport();
        m_trend.remove(QDate(d.receivedAt.date().year(), d.receivedAt.date().month(), 1));
    }
    recompute();
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
    // The office's figures come with the breakdown.
    IndicatorReport report;
    QString error;
    const auto kind = PeriodKind(m_kind->currentData().toInt());
    const ReportPeriod before = previousPeriod(kind, current);
    const bool keepPrevious = m_previous.asOf.isValid() && m_previousPeriod.from == before.from &&
                              m_previousPeriod.to == before.to &&
                              m_previous.asOf == before.defaultAsOf();
    if (!keepPrevious) {
        m_previous = IndicatorReport();
        m_previousPeriod = before;
    }
    if (!counters.current(current, IndicatorGrouping(m_grouping->currentData().toInt()), &report,
                          &error) ||
        (!keepPrevious && !counters.current(before, &m_previous, &error))) {
        m_previous = IndicatorReport();
        m_updated->setText(error);
        return;
    }
    // A previous period not over yet (a custom range ending today) is measured afresh.
    if (m_previous.asOf >= QDateTime::currentDateTime().addSecs(-1))
        m_previous.asOf = QDateTime();
    ++m_recomputations;
    for (IndicatorTile* t : m_tiles) {
        const IndicatorValue* v = report.find(t->key());
        const IndicatorValue* previous = m_previous.find(t->key());
        if (v)
            t->setValue(*v, previous ? std::optional<IndicatorValue>(*previous) : std::nullopt);
    }
    m_breakdown->setReport(report);
    const IndicatorValue* onTime = report.find(QStringLiteral("on_time_rate"));
    if (!updateTrend(current, QDateTime::currentDateTime(), onTime ? onTime->target : std::nullopt,
                     &error)) {
        m_updated->setText(error);
        return;
    }
    m_updated->setText(tr("As of %1 (%2 ms)")
                           .arg(report.asOf.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")))
                           .arg(clock.elapsed()));
    emit recomputed();
}

bool DashboardPage::updateTrend(const ReportPeriod& period, const QDateTime& now,
                                std::optional<double> target, QString* error)
{
    // The twelve months up to the one the period ends in, each as of its end (or now).
    QList<TrendChart::Month> months;
    const IndicatorEngine engine(m_session.db());
    const QDate last(period.to.year(), period.to.month(), 1);
    for (int i = 11; i >= 0; --i) {
        const QDate first = last.addMonths(-i);
        if (first > now.date())
            continue;
        const ReportPeriod month = ReportPeriod::month(first.year(), first.month());
        const QDateTime asOf = month.defaultAsOf(now);
        TrendMonth m = m_trend.value(first);
        if (m.asOf != asOf) {
            QHash<QString, IndicatorEngine::Counters> counts;
            if (!engine.dossierCounters(month, asOf, 0, &counts, error, false))
                return false;
            const IndicatorEngine::Counters c = counts.value(QString());
            m = {asOf, c[0], c[1]};
            // The current month's figures move with the clock: measured each time.
            if (asOf < now)
                m_trend.insert(first, m);
        }
        months.append({first, m.received,
                       m.received > 0 ? std::optional<double>(double(m.onTime) / double(m.received))
                                      : std::nullopt});
    }
    m_chart->setMonths(months, target);
    return true;
}
