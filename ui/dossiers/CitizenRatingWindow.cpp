#include "CitizenRatingWindow.h"

#include <QEventLoop>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString enabledKey = QStringLiteral("desk/citizenRatingScreen");

QPushButton* bigButton(const QString& text, const char* name, const QString& colour,
                       QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(110);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setBold(true);
    button->setFont(font);
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; "
                                         "border-radius: 12px; padding: 12px; }")
                              .arg(colour));
    return button;
}

} // namespace

CitizenRatingWindow::CitizenRatingWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_pages(new QStackedWidget(this))
    , m_code(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_timeout(new QTimer(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("citizenRating"));
    setWindowTitle(tr("Your rating"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_ShowWithoutActivating); // the officer's keyboard stays at the desk

    auto* title = new QLabel(tr("How satisfied are you with the handling of your dossier?"), this);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    title->setFont(titleFont);
    m_code->setObjectName(QStringLiteral("ratingDossierCode"));
    m_code->setAlignment(Qt::AlignCenter);
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.5);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_countdown->setObjectName(QStringLiteral("ratingCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);

    auto* choices = new QWidget(m_pages);
    auto* row = new QGridLayout(choices);
    const struct
    {
        CitizenChoice choice;
        const char* name;
        QString text;
        QString colour;
    } buttons[] = {
        {CitizenChoice::Satisfied, "ratingSatisfied", tr("😊\nSatisfied"),
         QStringLiteral("#2e7d32")},
        {CitizenChoice::Neutral, "ratingNeutral", tr("😐\nNeutral"), QStringLiteral("#9e7c00")},
        {CitizenChoice::Unsatisfied, "ratingUnsatisfied", tr("☹\nNot satisfied"),
         QStringLiteral("#b00020")},
    };
    int column = 0;
    for (const auto& b : buttons) {
        QPushButton* button = bigButton(b.text, b.name, b.colour, choices);
        const CitizenChoice choice = b.choice;
        connect(button, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        row->addWidget(button, 0, column++);
    }
    m_pages->addWidget(choices);

    // "Không hài lòng": why, from a short list.
    auto* why = new QWidget(m_pages);
    auto* whyLayout = new QVBoxLayout(why);
    auto* question = new QLabel(tr("Please tell us why:"), why);
    question->setFont(titleFont);
    whyLayout->addWidget(question);
    auto* reasons = new QGridLayout;
    int i = 0;
    for (const QString& reason : CitizenRatings::reasons()) {
        auto* button = new QPushButton(reason, why);
        button->setObjectName(QStringLiteral("ratingReason%1").arg(i));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(64);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        button->setFont(font);
        connect(button, &QPushButton::clicked, this,
                [this, reason] { finish(CitizenChoice::Unsatisfied, reason); });
        reasons->addWidget(button, i / 2, i % 2);
        ++i;
    }
    whyLayout->addLayout(reasons);
    m_pages->addWidget(why);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_code);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_countdown);

    m_timeout->setSingleShot(true);
    m_timeout->setInterval(30 * 1000);
    // No choice in time: "not rated" (after "Không hài lòng" without a reason, still that).
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(m_pages->currentIndex() == 1 ? CitizenChoice::Unsatisfied : CitizenChoice::NotRated,
               QString());
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_countdown->setText(tr("This screen closes in %1 s.")
                                 .arg(qMax(0, (m_timeout->remainingTime() + 999) / 1000)));
    });
    resize(900, 520);
}

bool CitizenRatingWindow::isEnabled()
{
    return QSettings().value(enabledKey, false).toBool();
}

void CitizenRatingWindow::setEnabled(bool enabled)
{
    QSettings().setValue(enabledKey, enabled);
}

void CitizenRatingWindow::setTimeout(int milliseconds)
{
    m_timeout->setInterval(milliseconds);
}

void CitizenRatingWindow::ask(const QString& dossierCode)
{
    m_rating = CitizenRating();
    m_rating.dossierCode = dossierCode;
    m_open = true;
    m_code->setText(tr("Dossier %1").arg(dossierCode));
    m_pages->setCurrentIndex(0);
    // On the second screen when there is one (the screen facing the citizen).
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        setScreen(screens.at(1));
        setGeometry(screens.at(1)->availableGeometry());
    }
    m_timeout->start();
    m_tick->start();
    m_countdown->setText(
        tr("This screen closes in %1 s.").arg((m_timeout->interval() + 999) / 1000));
    show();
}

CitizenRating CitizenRatingWindow::exec(const QString& dossierCode)
{
    QEventLoop loop;
    connect(this, &CitizenRatingWindow::rated, &loop, &QEventLoop::quit);
    ask(dossierCode);
    if (m_open)
        loop.exec();
    return m_rating;
}

void CitizenRatingWindow::choose(CitizenChoice choice)
{
    if (choice == CitizenChoice::Unsatisfied) {
        m_pages->setCurrentIndex(1);
        m_timeout->start(); // time to read the reasons
        return;
    }
    finish(choice, QString());
}

void CitizenRatingWindow::finish(CitizenChoice choice, const QString& reason)
{
    if (!m_open)
        return;
    m_open = false;
    m_timeout->stop();
    m_tick->stop();
    m_rating.choice = choice;
    m_rating.reason = reason;
    m_rating.chosenAt = QDateTime::currentDateTime();
    hide();
    emit rated(m_rating);
}
