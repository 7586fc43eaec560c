#include "ScanOfferBar.h"

#include "common/ScanFolderWatcher.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

ScanOfferBar::ScanOfferBar(const QString& attachText, QWidget* parent)
    : QWidget(parent)
    , m_watcher(new ScanFolderWatcher(this))
    , m_text(new QLabel(this))
    , m_attach(new QPushButton(attachText, this))
    , m_ignore(new QPushButton(tr("Ignore"), this))
{
    setObjectName(QStringLiteral("scanOffer"));
    m_text->setObjectName(QStringLiteral("scanOfferText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_attach->setObjectName(QStringLiteral("attachScan"));
    m_ignore->setObjectName(QStringLiteral("ignoreScan"));
    // Not the default button of the form or dialog it sits in: Enter still saves there.
    for (QPushButton* button : {m_attach, m_ignore}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus);
    }
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_attach);
    row->addWidget(m_ignore);
    setVisible(false);
    connect(m_watcher, &ScanFolderWatcher::fileArrived, this, &ScanOfferBar::offer);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (m_queue.isEmpty())
            return;
        const QString path = m_queue.first();
        next();
        emit attachRequested(path);
    });
    connect(m_ignore, &QPushButton::clicked, this, &ScanOfferBar::next);
}

void ScanOfferBar::watchConfiguredFolder()
{
    m_watcher->setFolder(ScanFolderWatcher::configuredFolder());
}

void ScanOfferBar::offer(const QString& path)
{
    m_queue.append(path);
    showFirst();
}

void ScanOfferBar::next()
{
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    showFirst();
}

void ScanOfferBar::showFirst()
{
    if (m_queue.isEmpty()) {
        setVisible(false);
        return;
    }
    const QFileInfo file(m_queue.first());
    QString text =
        tr("New file from the scanner: %1 (%2)")
            .arg(file.fileName(),
                 QLocale().formattedDataSize(file.size(), 1, QLocale::DataSizeTraditionalFormat));
    if (m_queue.size() > 1)
        text += QLatin1Char(' ') + tr("— %n more waiting", nullptr, int(m_queue.size() - 1));
    m_text->setText(text);
    setVisible(true);
}
