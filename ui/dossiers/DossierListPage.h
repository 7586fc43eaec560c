#pragma once

#include <QWidget>

class DeskSession;
class DossierListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// Dossiers (danh sách hồ sơ): the register with filters (status, field, channel, officer,
// period, overdue, due soon), diacritic-insensitive search and sorting; Enter opens the
// dossier. Rows are read lazily, so the page is instant at a million dossiers. Nothing is read
// until the page is first shown.
class DossierListPage : public QWidget
{
    Q_OBJECT

public:
    explicit DossierListPage(DeskSession& session, QWidget* parent = nullptr);

    DossierListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Reads the filters and the first page now (the page does it itself when first shown).
    void ensureLoaded();
    void applyFilters();
    // Opens the dossier detail for the current row (Enter, double-click).
    void openCurrent();

signals:
    void openDossier(const QString& code);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillChoices();
    void updateCount();
    void fitProcedureColumn();

    DeskSession& m_session;
    DossierListModel* m_model = nullptr;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_field;
    QComboBox* m_channel;
    QComboBox* m_officer;
    QComboBox* m_period;
    QComboBox* m_deadline;
    QLabel* m_count;
    QTimer* m_searchDelay;
    bool m_stale = true;
};
