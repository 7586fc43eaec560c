#pragma once

#include <QWidget>

class DeskSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The supervisor's follow-up list: dossiers whose citizen chose "Không hài lòng" on the
// screen facing them at hand-over, newest first, with the reason they gave. The supervisor
// closes one with a note saying what was done (core checks the role).
class RatingFollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RatingFollowUpPanel(DeskSession& session, QWidget* parent = nullptr);

    void refresh();
    int count() const;

signals:
    void openDossier(const QString& code);

private:
    void closeSelected();
    void updateButtons();

    DeskSession& m_session;
    QTableWidget* m_table;
    QLabel* m_summary;
    QLineEdit* m_note;
    QPushButton* m_close;
    QLabel* m_status;
};
