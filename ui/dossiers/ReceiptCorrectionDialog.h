#pragma once

#include "catalogue/Procedure.h"
#include "dossiers/ReceiptCorrection.h"

#include <QDialog>

class DeskSession;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Corrects what a printed receipt says (procedure, applicant, appointment) with a reason,
// while the dossier is open. The old values go to the history and the audit log; the caller
// prints the receipt again, marked as a corrected version.
class ReceiptCorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptCorrectionDialog(DeskSession& session, const QString& code, QWidget* parent = nullptr);

    // False when the dossier could not be read (error() says why).
    bool isReady() const { return m_ready; }
    QString error() const;
    // After acceptance: the version of the receipt to print.
    int version() const { return m_correction.version; }

    void accept() override;

private:
    void procedureChanged();

    DeskSession& m_session;
    QString m_code;
    bool m_ready = false;
    ReceiptCorrection m_correction;
    QDateTime m_receivedAt;
    QList<Procedure> m_procedures;
    QComboBox* m_procedure;
    QLineEdit* m_name;
    QLineEdit* m_id;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLineEdit* m_organisation;
    QDateTimeEdit* m_due;
    QPlainTextEdit* m_reason;
    QLabel* m_problem;
};
