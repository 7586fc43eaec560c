#pragma once

#include "indicators/IndicatorReport.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class BreakdownModel;
class DeskSession;
class IndicatorTile;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTimer;
class TrendChart;

// The live compliance dashboard (DOMAIN §10): one tile per indicator against its target, the
// change against the previous period, a breakdown by field or officer, and the monthly trend.
// Live: a save at this desk or at another desk or in motcua-cli (the session's ChangeWatcher)
// recomputes the numbers; nothing is recomputed while the data stays the same.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class PeriodKind { Month, Quarter, Year, Custom };

    explicit DashboardPage(DeskSession& session, QWidget* parent = nullptr);

    void setPeriod(PeriodKind kind, const QDate& day);
    void setCustomPeriod(const QDate& from, const QDate& to);
    ReportPeriod period() const;
    static ReportPeriod previousPeriod(PeriodKind kind, const ReportPeriod& period);

    IndicatorTile* tile(const QString& key) const;
    // How many times the numbers were computed (tests check that nothing recomputes idly).
    int recomputations() const { return m_recomputations; }

    // Recomputes now.
    void recompute();

signals:
    void recomputed();

private:
    void periodControlsChanged();
    void updateTrend(const ReportPeriod& period, const QDateTime& now);

    DeskSession& m_session;
    QComboBox* m_kind;
    QSpinBox* m_year;
    QComboBox* m_part;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_updated;
    QList<IndicatorTile*> m_tiles;
    QComboBox* m_grouping;
    BreakdownModel* m_breakdown;
    TrendChart* m_chart;
    int m_recomputations = 0;
    bool m_blockSignals = false;
};
