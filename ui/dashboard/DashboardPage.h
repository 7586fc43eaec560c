#pragma once

#include "indicators/IndicatorReport.h"

#include <QDateTime>
#include <QHash>
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
    // Figures as of a time that has passed do not change when this desk saves a dossier
    // received after that time: they are kept across refreshes (DOMAIN §10: events after the
    // as-of time have not happened yet).
    struct TrendMonth
    {
        QDateTime asOf;
        qint64 received = 0;
        qint64 onTime = 0;
    };

    void periodControlsChanged();
    void dossierSaved(const QString& code);
    void forgetKeptFigures();
    bool updateTrend(const ReportPeriod& period, const QDateTime& now, std::optional<double> target,
                     QString* error);

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
    ReportPeriod m_previousPeriod;
    IndicatorReport m_previous; // kept while its asOf is set
    QHash<QDate, TrendMonth> m_trend;
    bool m_blockSignals = false;
};
