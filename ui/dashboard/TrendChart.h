#pragma once

#include <QDate>
#include <QList>
#include <QWidget>
#include <optional>

// The monthly on-time rate (line) and the dossiers received (bars), drawn with QPainter.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    struct Month
    {
        QDate first;
        qint64 received = 0;
        std::optional<double> onTime; // share 0..1
    };

    explicit TrendChart(QWidget* parent = nullptr);

    void setMonths(const QList<Month>& months, std::optional<double> target);
    QSize minimumSizeHint() const override;
    // What the right axis counts, written along it.
    static QString axisTitle();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Month> m_months;
    std::optional<double> m_target;
};
