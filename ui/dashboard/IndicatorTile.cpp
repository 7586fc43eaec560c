#include "IndicatorTile.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

IndicatorTile::IndicatorTile(const QString& key, QWidget* parent)
    : QFrame(parent)
    , m_key(key)
    , m_title(new QLabel(Indicators::label(key), this))
    , m_value(new QLabel(this))
    , m_target(new QLabel(this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("tile_") + key);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_title->setWordWrap(true);
    // Six tiles a row must fit 1366 px: long target lines wrap instead of widening the tile.
    m_target->setWordWrap(true);
    m_counts->setWordWrap(true);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setStyleSheet(QStringLiteral("color: #333;"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("value"));
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setStyleSheet(QStringLiteral("color: #555;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(1);
    layout->addWidget(m_title);
    layout->addStretch();
    layout->addWidget(m_value);
    layout->addWidget(m_target);
    layout->addWidget(m_counts);
}

QString IndicatorTile::percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString IndicatorTile::valueText() const
{
    return m_value->text();
}

QString IndicatorTile::countsText() const
{
    return m_counts->text();
}

void IndicatorTile::setValue(const IndicatorValue& v, const std::optional<IndicatorValue>& previous)
{
    const bool count = m_key == QLatin1String("e_certified_copies");
    QString target;
    QString changeText;
    if (count) {
        m_value->setText(QLocale().toString(v.numerator));
        target = tr("Target: more than %1 (a year earlier)").arg(v.denominator);
        m_counts->setText(tr("%1 this period").arg(v.numerator));
        // The plan's target: an increase over the same period a year earlier (the
        // denominator), so the change shown is against that period, not the previous one.
        const qint64 change = v.numerator - v.denominator;
        changeText = tr("%1%2 vs the same period last year")
                         .arg(change > 0   ? QStringLiteral("▲ +")
                              : change < 0 ? QStringLiteral("▼ ")
                                           : QStringLiteral("= "))
                         .arg(change);
    } else if (m_key == QLatin1String("avg_processing_working_days")) {
        // QĐ 766 2.2: a mean in working days (one decimal), lower is better.
        m_value->setText(v.value ? tr("%1 days").arg(QLocale().toString(*v.value, 'f', 1))
                                 : QStringLiteral("—"));
        target = v.target ? tr("Target ≤ %1 days").arg(QLocale().toString(*v.target, 'f', 1))
                          : tr("No target");
        QString counts = tr("%n finished in the period", nullptr, int(v.denominator));
        if (previous && previous->value && v.value) {
            const double change = *v.value - *previous->value;
            const QString sign = change > 0.05    ? QStringLiteral("▲ +")
                                 : change < -0.05 ? QStringLiteral("▼ ")
                                                  : QStringLiteral("= ");
            counts += QStringLiteral(" · ") +
                      tr("%1%2 days").arg(sign, QLocale().toString(change, 'f', 1));
        }
        m_counts->setText(counts);
    } else {
        m_value->setText(v.value ? percent(*v.value) : QStringLiteral("—"));
        target = v.target ? tr("Target ≥ %1").arg(percent(*v.target)) : tr("No target");
        QString counts = tr("%1 / %2").arg(v.numerator).arg(v.denominator);
        if (previous && previous->value && v.value) {
            const double points = (*v.value - *previous->value) * 100.0;
            const QString sign = points > 0.05    ? QStringLiteral("▲ +")
                                 : points < -0.05 ? QStringLiteral("▼ ")
                                                  : QStringLiteral("= ");
            changeText = tr("%1%2 pts").arg(sign, QLocale().toString(points, 'f', 1));
        }
        if (!changeText.isEmpty())
            counts += QStringLiteral(" · ") + changeText;
        m_counts->setText(counts);
        changeText.clear();
    }
    if (!changeText.isEmpty())
        m_counts->setText(m_counts->text() + QStringLiteral(" · ") + changeText);
    m_counts->setToolTip(tr("Numerator / denominator, and the change against the previous "
                            "period"));
    if (m_key == QLatin1String("avg_processing_working_days")) {
        // QĐ 766 2.2 (DOMAIN §10): counted by the end, not by the receipt.
        m_counts->setToolTip(
            tr("Dossiers finished in the period by the as-of time, whenever they were received: "
               "working days from the clock start to the end (status 9, else 10), less the "
               "time waiting for supplements; the change against the previous period"));
    }

    // Met or not in words and a sign; colour repeats it for those who see it.
    QString state;
    QString colour;
    QString background;
    if (!v.met) {
        state = tr("no verdict");
        colour = QStringLiteral("#555");
        background = QStringLiteral("#f4f4f4");
    } else if (*v.met) {
        state = tr("✔ met");
        colour = QStringLiteral("#1b6e20");
        background = QStringLiteral("#e8f5e9");
    } else {
        state = tr("✘ not met");
        colour = QStringLiteral("#b00020");
        background = QStringLiteral("#fdecea");
    }
    m_target->setText(QStringLiteral("%1 — <b>%2</b>").arg(target.toHtmlEscaped(), state));
    // A style sheet costs a restyle of the tile: set only when the verdict changes (the
    // dashboard refreshes after every save).
    if (colour != m_colour) {
        m_colour = colour;
        m_target->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        setStyleSheet(QStringLiteral("IndicatorTile { background: %1; border: 1px solid #ccc; "
                                     "border-radius: 4px; }")
                          .arg(background));
    }
}
