#pragma once

#include <QWidget>

class DeskSession;
class FeedbackModel;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

// The citizen feedback register (phản ánh, kiến nghị; QĐ 766): record an item with its
// deadline (15 working days by default), then its resolution and the citizen's rating.
class FeedbackPage : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackPage(DeskSession& session, QWidget* parent = nullptr);

    void refresh();

signals:
    void changed();

private:
    void add();
    void resolve();
    void updateDeadline();

    DeskSession& m_session;
    FeedbackModel* m_model;
    QTableView* m_table;
    QDateTimeEdit* m_received;
    QPlainTextEdit* m_content;
    QLineEdit* m_dossier;
    QLabel* m_deadline;
    QDateTimeEdit* m_resolvedAt;
    QComboBox* m_rating;
    QLabel* m_status;
};
