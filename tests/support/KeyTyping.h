#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

// Types text into whatever has the focus, one key event per character, as an input method
// (or a scanner in keyboard mode) hands Vietnamese letters to the application: QTest::keyClicks
// knows only Latin-1. Digits and '|' carry their keys, the rest Qt::Key_unknown.
inline void typeText(const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget();
        const Qt::Key k = c == QLatin1Char('|') ? Qt::Key_Bar
                          : c.isDigit()         ? Qt::Key(Qt::Key_0 + c.digitValue())
                                                : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Press, target, k, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, target, k, QString(c), Qt::NoModifier);
    }
}
