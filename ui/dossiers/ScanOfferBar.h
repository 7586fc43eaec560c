#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class ScanFolderWatcher;

// A bar that appears when a file arrives in the desk's scanner folder and offers it for the
// dossier on screen; nothing is attached until the officer says so (Attach), and Ignore
// leaves the file alone. Several files are offered one after another.
class ScanOfferBar : public QWidget
{
    Q_OBJECT

public:
    ScanOfferBar(const QString& attachText, QWidget* parent = nullptr);

    ScanFolderWatcher* watcher() const { return m_watcher; }
    // Watches the configured scanner folder (again after a change in Settings).
    void watchConfiguredFolder();
    // The files waiting for an answer, the one offered first.
    QStringList offered() const { return m_queue; }

signals:
    void attachRequested(const QString& path);

private:
    void offer(const QString& path);
    void next();
    void showFirst();

    ScanFolderWatcher* m_watcher;
    QLabel* m_text;
    QPushButton* m_attach;
    QPushButton* m_ignore;
    QStringList m_queue;
};
