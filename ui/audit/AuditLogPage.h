#pragma once

#include "audit/AuditLog.h"

#include <QWidget>

class AuditLogModel;
class DeskSession;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Audit log (DOMAIN §11), for a supervisor or administrator: who viewed, changed, printed or
// exported which dossier, filtered by officer, action, dossier code and dates, read a page at
// a time as the table scrolls; "Verify chain" checks the hash chain; "Records of one person"
// answers an access or correction request (PersonRecordsDialog). Core refuses the log to a
// counter officer (Permission::ViewAuditLog). Keyboard: Enter in a filter searches, Ctrl+F
// goes to the officer filter.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(DeskSession& session, QWidget* parent = nullptr);

    // Reads the first page for the filters on screen.
    void search();
    AuditLog::Filter filter() const;
    AuditLogModel* model() const { return m_model; }
    void verifyChain();
    // The office's audit key (administrators): shows it when this computer has it, else asks
    // for it as the administrator wrote it down.
    void auditKey();
    void openPersonRecords();

signals:
    void openDossier(const QString& code);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillOfficers();
    void clearFilters();
    void updateSummary();
    // The banner that shows a new audit key to an administrator until it is written down.
    void updateKeyBanner();

    DeskSession& m_session;
    AuditLogModel* m_model;
    QComboBox* m_officer;
    QComboBox* m_action;
    QLineEdit* m_dossier;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_chain;
    QPushButton* m_person;
    QPushButton* m_key;
    QLabel* m_keyBanner;
    QPushButton* m_keyWritten;
};
