#pragma once

#include <QDateTime>
#include <QWidget>

class DeskSession;
class FeedbackPage;
class RatingFollowUpPanel;
class LedgerPanel;
class OverdueModel;
class PrintService;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
struct OverdueItem;

// The supervisor's work list (DOMAIN §8–§9): overdue and due-soon dossiers with their apology
// status, the apology letters (Mẫu 04) and control sheets (Mẫu 06), the ledger (Mẫu 07) and the
// citizen feedback register, each on its own tab.
class OverduePage : public QWidget
{
    Q_OBJECT

public:
    explicit OverduePage(DeskSession& session, QWidget* parent = nullptr);

    // Reads the list again as of now (or asOf, for tests and screenshots).
    void refresh();
    void setAsOf(const QDateTime& asOf);
    OverdueModel* model() const { return m_model; }

signals:
    void openDossier(const QString& code);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createListTab();
    const OverdueItem* currentItem() const;
    void updateButtons();
    void issueApology();
    void letter(int action);
    void printDueSoonLetters();
    void controlSheet();
    void exportList();

    DeskSession& m_session;
    QDateTime m_fixedAsOf;
    OverdueModel* m_model;
    QSortFilterProxyModel* m_proxy;
    PrintService* m_printing;
    QTabWidget* m_tabs;
    QTableView* m_table = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_apology = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_control = nullptr;
    LedgerPanel* m_ledger = nullptr;
    FeedbackPage* m_feedback = nullptr;
    RatingFollowUpPanel* m_followUps = nullptr;
};
