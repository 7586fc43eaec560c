#include "CardScanCatcher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

namespace {

// Keyboard-mode scanners type a character every 1–30 ms; people need well over 50.
constexpr qint64 burstGap = 50;

bool mayStartScan(const QString& burst)
{
    if (burst.size() > 12)
        return false;
    return std::all_of(burst.cbegin(), burst.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

CardScanCatcher::CardScanCatcher(QWidget* scope)
    : QObject(scope)
    , m_scope(scope)
    , m_incomplete(new QTimer(this))
{
    m_incomplete->setSingleShot(true);
    m_incomplete->setInterval(400);
    connect(m_incomplete, &QTimer::timeout, this, [this] {
        if (!m_capturing)
            return;
        drop();
        emit scanFailed(tr("The scan stopped before its end; scan the card again."));
    });
    m_clock.start();
    qApp->installEventFilter(this);
}

CardScanCatcher::~CardScanCatcher()
{
    qApp->removeEventFilter(this);
}

void CardScanCatcher::setIncompleteAfter(int milliseconds)
{
    m_incomplete->setInterval(milliseconds);
}

bool CardScanCatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Only key presses from the keyboard (or the scanner posing as one): a view that hands
    // the same key on to its editor sends it again, not spontaneously.
    if (event->type() != QEvent::KeyPress || !event->spontaneous())
        return QObject::eventFilter(watched, event);
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !m_scope->isVisible() || !m_scope->isAncestorOf(focus)) {
        m_burst.clear();
        return QObject::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    const qint64 now = m_clock.elapsed();
    const bool gap = m_lastKey < 0 || now - m_lastKey > burstGap;
    m_lastKey = now;

    if (m_capturing) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            finish();
        } else if (key->key() == Qt::Key_Escape) {
            drop();
        } else {
            m_burst += key->text();
            m_incomplete->start();
        }
        return true; // nothing of a scan reaches a field
    }

    const QString text = key->text();
    if (text.isEmpty() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        m_burst.clear();
        return QObject::eventFilter(watched, event);
    }
    if (gap || m_burst.isEmpty()) {
        m_burst.clear();
        remember(focus);
    }
    m_burst += text;
    if (text == QLatin1String("|") && CitizenIdQr::isScanStart(m_burst)) {
        restore();
        m_capturing = true;
        m_incomplete->start();
        return true;
    }
    if (!mayStartScan(m_burst))
        m_burst.clear();
    return QObject::eventFilter(watched, event);
}

void CardScanCatcher::remember(QWidget* focus)
{
    m_widget = focus;
    m_before = QVariant();
    if (auto* edit = qobject_cast<QLineEdit*>(focus)) {
        m_before = edit->text();
        m_cursor = edit->cursorPosition();
    } else if (auto* spin = qobject_cast<QSpinBox*>(focus)) {
        m_before = spin->value();
    } else if (auto* time = qobject_cast<QDateTimeEdit*>(focus)) {
        m_before = time->dateTime();
    }
}

void CardScanCatcher::restore()
{
    QWidget* focus = QApplication::focusWidget();
    // A digit on a table opens an editor for the cell: closing it with Escape drops the
    // digits and keeps the cell as it was.
    if (auto* view = qobject_cast<QAbstractItemView*>(m_widget.data());
        view && focus && focus != view && view->isAncestorOf(focus)) {
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(focus, &escape);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(m_widget.data())) {
        edit->setText(m_before.toString());
        edit->setCursorPosition(m_cursor);
    } else if (auto* spin = qobject_cast<QSpinBox*>(m_widget.data())) {
        spin->setValue(m_before.toInt());
    } else if (auto* time = qobject_cast<QDateTimeEdit*>(m_widget.data())) {
        time->setDateTime(m_before.toDateTime());
    }
}

void CardScanCatcher::finish()
{
    const QString line = m_burst;
    drop();
    CitizenIdQr card;
    QString error;
    if (CitizenIdQr::parse(line, &card, &error))
        emit scanned(card);
    else
        emit scanFailed(error);
}

void CardScanCatcher::drop()
{
    m_capturing = false;
    m_burst.clear();
    m_incomplete->stop();
}
