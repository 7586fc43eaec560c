#pragma once

#include "dossiers/CitizenIdQr.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QTimer;
class QWidget;

// Catches a CCCD's QR code typed by a scanner in keyboard mode, wherever the focus is inside
// scope: a burst of keys (less than burstGap between them) starting with the 12-digit number
// and '|' is taken out of the field it began in (the field gets its text back), the rest up
// to Enter never reaches a widget, and the parsed card is handed over. A person typing is
// slower than burstGap and never types '|' after twelve digits, so typing is untouched.
class CardScanCatcher : public QObject
{
    Q_OBJECT

public:
    explicit CardScanCatcher(QWidget* scope);
    ~CardScanCatcher() override;

    // A scan that stops for this long without its Enter is dropped (default 400 ms).
    void setIncompleteAfter(int milliseconds);

signals:
    void scanned(const CitizenIdQr& card);
    void scanFailed(const QString& problem);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void remember(QWidget* focus);
    void restore();
    void finish();
    void drop();

    QWidget* m_scope;
    QTimer* m_incomplete;
    QElapsedTimer m_clock;
    qint64 m_lastKey = -1;
    QString m_burst;
    bool m_capturing = false;
    // What the widget the burst began in held before it.
    QPointer<QWidget> m_widget;
    QVariant m_before;
    int m_cursor = 0;
};
