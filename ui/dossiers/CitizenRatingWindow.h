#pragma once

#include "dossiers/CitizenRating.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

// The screen facing the citizen (a second monitor or a tablet-sized window) at hand-over:
// the dossier code and three large choices. The citizen's touch or click is the rating; after
// the timeout it closes as "not rated". "Không hài lòng" asks for a reason from a short list.
// The officer's keyboard does not choose: the window takes no keyboard focus.
class CitizenRatingWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CitizenRatingWindow(QWidget* parent = nullptr);

    // This desk has a screen facing the citizen (a local setting, off by default).
    static bool isEnabled();
    static void setEnabled(bool enabled);

    // Default 30 s; a test shortens it.
    void setTimeout(int milliseconds);
    // Shows the window for the dossier, on the second screen when there is one.
    void ask(const QString& dossierCode);
    // Waits (running the event loop) until the citizen chose or the time ran out.
    CitizenRating exec(const QString& dossierCode);

signals:
    void rated(const CitizenRating& rating);

private:
    void choose(CitizenChoice choice);
    void finish(CitizenChoice choice, const QString& reason);

    QStackedWidget* m_pages;
    QLabel* m_code;
    QLabel* m_countdown;
    QTimer* m_timeout;
    QTimer* m_tick;
    CitizenRating m_rating;
    bool m_open = false;
};
