#include "TrendChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

TrendChart::TrendChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setAccessibleName(tr("Monthly on-time rate and dossiers received"));
}

QString TrendChart::axisTitle()
{
    return tr("Dossiers received per month");
}

QSize TrendChart::minimumSizeHint() const
{
    return {360, 200};
}

void TrendChart::setMonths(const QList<Month>& months, std::optional<double> target)
{
    m_months = months;
    m_target = target;
    QStringList summary;
    for (const Month& m : months)
        summary << QStringLiteral("%1: %2, %3")
                       .arg(m.first.toString(QStringLiteral("MM/yyyy")))
                       .arg(m.received)
                       .arg(m.onTime
                                ? QLocale().toString(*m.onTime * 100, 'f', 1) + QLatin1Char('%')
                                : QStringLiteral("—"));
    setToolTip(summary.join(QLatin1Char('\n')));
    update();
}

void TrendChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(QStringLiteral("100%")) + 10;
    // The right axis: its numbers, then its title turned along it.
    const int right = fm.horizontalAdvance(QStringLiteral("00000")) + fm.height() + 10;
    const int top = fm.height() + 8;
    const int bottom = fm.height() + 8;
    const QRect plot(left, top, width() - left - right, height() - top - bottom);
    if (plot.width() < 40 || plot.height() < 40)
        return;

    // Legend.
    p.setPen(palette().text().color());
    const QColor barColour(0x90, 0xb4, 0xd8);
    const QColor lineColour(0x1b, 0x6e, 0x20);
    int x = left;
    p.fillRect(QRect(x, 4, 12, fm.height() - 4), barColour);
    x += 16;
    const QString received = tr("Dossiers received (right)");
    p.drawText(x, fm.ascent() + 2, received);
    x += fm.horizontalAdvance(received) + 16;
    p.setPen(QPen(lineColour, 2));
    p.drawLine(x, fm.height() / 2 + 2, x + 14, fm.height() / 2 + 2);
    x += 18;
    p.setPen(palette().text().color());
    p.drawText(x, fm.ascent() + 2, tr("On time (left)"));

    // Axes: the rate from 0 to 100% on the left, the volume on the right.
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    for (int pct = 0; pct <= 100; pct += 25) {
        const int y = plot.bottom() - plot.height() * pct / 100;
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(palette().text().color());
        p.drawText(QRect(0, y - fm.height() / 2, left - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1%").arg(pct));
        p.setPen(QColor(0xcc, 0xcc, 0xcc));
    }
    if (m_months.isEmpty())
        return;
    qint64 maxReceived = 1;
    for (const Month& m : m_months)
        maxReceived = std::max(maxReceived, m.received);
    p.setPen(palette().text().color());
    p.drawText(QRect(plot.right() + 4, plot.top() - fm.height() / 2, right, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, QString::number(maxReceived));
    p.drawText(QRect(plot.right() + 4, plot.bottom() - fm.height() / 2, right, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("0"));
    p.save();
    p.translate(width() - 2, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-plot.height() / 2, -fm.height(), plot.height(), fm.height()), Qt::AlignCenter,
               axisTitle());
    p.restore();

    const int n = int(m_months.size());
    const double step = double(plot.width()) / n;
    QPainterPath line;
    bool started = false;
    for (int i = 0; i < n; ++i) {
        const Month& m = m_months.at(i);
        const int cx = plot.left() + int(step * i + step / 2);
        const int barHeight = int(double(plot.height()) * m.received / maxReceived);
        p.fillRect(
            QRect(cx - int(step * 0.3), plot.bottom() - barHeight, int(step * 0.6), barHeight),
            barColour);
        p.setPen(palette().text().color());
        // The month's number; the year only where it starts (January, or the first bar).
        const QString label = i == 0 || m.first.month() == 1
                                  ? m.first.toString(QStringLiteral("M/yy"))
                                  : QString::number(m.first.month());
        p.drawText(QRect(cx - int(step / 2) - 10, plot.bottom() + 2, int(step) + 20, fm.height()),
                   Qt::AlignCenter, label);
        if (m.onTime) {
            const QPointF point(cx, plot.bottom() - plot.height() * *m.onTime);
            if (!started)
                line.moveTo(point);
            else
                line.lineTo(point);
            started = true;
        }
    }
    if (m_target) {
        const int y = plot.bottom() - int(plot.height() * *m_target);
        p.setPen(QPen(QColor(0xb0, 0x00, 0x20), 1, Qt::DashLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.drawText(plot.left() + 4, y - 3,
                   tr("target %1%").arg(QLocale().toString(*m_target * 100, 'f', 0)));
    }
    p.setPen(QPen(lineColour, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setBrush(lineColour);
    for (int i = 0; i < n; ++i) {
        if (!m_months.at(i).onTime)
            continue;
        const QPointF point(plot.left() + step * i + step / 2,
                            plot.bottom() - plot.height() * *m_months.at(i).onTime);
        p.drawEllipse(point, 3, 3);
    }
}
