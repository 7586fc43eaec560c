#pragma once

#include "indicators/Ii06aReport.h"

#include <QWidget>

class DeskSession;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTextBrowser;

// The periodic report of biểu II.06a (Thông tư 01/2020/TT-VPCP): choose a period, see the
// table, then print (preview), save as PDF, Excel or CSV — all from the same computed report.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(DeskSession& session, QWidget* parent = nullptr);

    // Computes the report of the chosen period; false (with the message shown) on failure.
    bool refresh();
    const Ii06aReport& report() const { return m_report; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyPreset();
    void previewPrint();
    void savePdf();
    void saveFile(bool excel);

    DeskSession& m_session;
    QComboBox* m_preset;
    QSpinBox* m_year;
    QSpinBox* m_number;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTextBrowser* m_view;
    QLabel* m_status;
    Ii06aReport m_report;
    bool m_ready = false;
};
