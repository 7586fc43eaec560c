#pragma once

#include "indicators/IndicatorReport.h"

#include <QFrame>
#include <optional>

class QLabel;

// One indicator on the dashboard: its value, target, whether it is met (a word and a sign, with
// colour only as a second cue), numerator/denominator, and the change against the previous
// period.
class IndicatorTile : public QFrame
{
    Q_OBJECT

public:
    explicit IndicatorTile(const QString& key, QWidget* parent = nullptr);

    QString key() const { return m_key; }
    void setValue(const IndicatorValue& value, const std::optional<IndicatorValue>& previous);
    // The value as shown ("96,8%"), for tests.
    QString valueText() const;
    QString countsText() const;

    static QString percent(double share);

private:
    QString m_key;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_target;
    QLabel* m_counts;
    QString m_colour; // of the verdict last shown
};
