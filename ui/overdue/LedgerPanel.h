#pragma once

#include <QDate>
#include <QWidget>

class DeskSession;
class PrintService;
class QDateEdit;
class QLabel;

// The ledger (Mẫu 07, Sổ theo dõi hồ sơ) for a period: A4 landscape preview, print, PDF and
// Excel, all from DossierForms::ledgerData.
class LedgerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerPanel(DeskSession& session, QWidget* parent = nullptr);

    // Shows the month that contains day.
    void setPeriodEnding(const QDate& day);

private:
    void output(int action);

    DeskSession& m_session;
    PrintService* m_printing;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_status;
};
