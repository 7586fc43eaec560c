#pragma once

#include "dossiers/Dossier.h"
#include "forms/FormData.h"

#include <QDialog>
#include <QList>

class DeskSession;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class ScanOfferBar;

// One dossier: every recorded fact, the documents handed in, the timeline of status events,
// supplement requests, notices and apologies, and the lifecycle actions the dossier's status
// allows (each recording the officer and time, each printing its form where there is one).
class DossierDetailDialog : public QDialog
{
    Q_OBJECT

public:
    DossierDetailDialog(DeskSession& session, const QString& code, QWidget* parent = nullptr);

    // Open the printed form in preview after an action (default on; tests turn it off).
    void setPreviewAfterAction(bool preview) { m_previewAfterAction = preview; }
    const Dossier& dossier() const { return m_dossier; }
    bool reload();

    // Stores scanned files with the dossier, asking which handed-in document they show.
    void attachFiles(const QStringList& paths);
    // Opens an attached file in the desktop's viewer (the timeline row's Enter or double-click).
    void openAttachment(const QString& sha256);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Action {
        Accept,
        Refuse,
        StartProcessing,
        RequestSupplement,
        SupplementReceived,
        AwaitPayment,
        PaymentReceived,
        LeaderApproved,
        ResultReady,
        HandOver,
        ResultFile,
        Stop,
        Withdraw
    };
    struct ActionButton
    {
        Action action;
        QPushButton* button;
    };

    QPushButton* addAction(Action action, const QString& text);
    void run(Action action);
    void print(FormKind kind);
    void fillFacts();
    void fillTimeline();
    void updateActions();

    DeskSession& m_session;
    QString m_code;
    Dossier m_dossier;
    QString m_procedureName;
    bool m_previewAfterAction = true;
    QLabel* m_title;
    QLabel* m_message;
    QFormLayout* m_facts;
    QTableWidget* m_timeline;
    QTableWidget* m_documents;
    QList<ActionButton> m_actions;
    ScanOfferBar* m_scanOffer;
    QPushButton* m_printReceipt;
    QPushButton* m_printControl;
    QPushButton* m_printNotice;
    QPushButton* m_correctReceipt;
    QPushButton* m_attach;
    FormKind m_noticeKind = FormKind::Ledger; // none
};
