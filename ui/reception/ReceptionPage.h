#pragma once

#include "catalogue/Procedure.h"
#include "dossiers/CitizenIdQr.h"
#include "dossiers/ReturningApplicant.h"

#include <QWidget>

class CardScanCatcher;
class DeskSession;
class DocumentChecklist;
class ProcedurePicker;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class ScanOfferBar;

// Reception (tiếp nhận): the citizen stands at the counter. The officer picks the procedure,
// types the applicant's data (checked as typed), ticks the documents handed in and saves with
// Enter or Ctrl+S; the appointment is shown live with the reason for its date. After saving,
// the receipt (Mẫu 01) opens in print preview and the form is ready for the next citizen.
class ReceptionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReceptionPage(DeskSession& session, QWidget* parent = nullptr);

    // Open the receipt (or refusal) in print preview after saving (default on; tests turn it off).
    void setPreviewAfterSave(bool preview) { m_previewAfterSave = preview; }

    // Empties the form for the next citizen and puts the cursor in the procedure search.
    void startNext();
    // Something was typed or chosen that is not saved yet.
    bool hasUnsavedInput() const;
    // True when the form may be emptied: nothing unsaved, or the officer agreed to lose it.
    bool confirmDiscard();

    // Receives the dossier (status 2). False with the problem shown next to the form.
    bool receive();
    // Refuses the dossier at the counter (status 3, Mẫu 03) with a reason.
    bool refuse(const QString& reason, const QString& legalBasis);

    // The CCCD's QR code, scanned or pasted: fills name, ID number, date of birth, sex and
    // address, and says that the card, not the code, is the proof.
    void fillFromCard(const CitizenIdQr& card);
    // A scan stopping after this long without its end is dropped (tests shorten it).
    void setScanTimeout(int milliseconds);
    // Fills phone, e-mail and address from the register's offer for a returning citizen (F4).
    void acceptReturning();
    // Files from the scanner folder the officer chose to attach to the dossier being entered;
    // they are stored with it when it is saved.
    QStringList pendingScans() const { return m_pendingScans; }

signals:
    void dossierReceived(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QLineEdit* addTextField(const char* objectName, QLabel** message);
    void askStartNext();
    void procedureChosen(const Procedure& procedure);
    void validateField(QLineEdit* field);
    void offerReturning();
    void takePastedCard(QLineEdit* field);
    bool validateAll();
    void updateDue();
    void updateFee();
    void channelChanged();
    void askRefusal();
    bool save(bool refused, const QString& reason, const QString& legalBasis);
    void preview(const QString& code, int formKind);
    void showPendingScans();
    bool attachPendingScans(const QString& code, QString* error);

    DeskSession& m_session;
    bool m_previewAfterSave = true;

    ProcedurePicker* m_procedure;
    QLineEdit* m_name;
    QLineEdit* m_citizenId;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLineEdit* m_organisation;
    QLabel* m_nameMessage;
    QLabel* m_citizenIdMessage;
    QLabel* m_phoneMessage;
    QLabel* m_emailMessage;
    QLabel* m_addressMessage;
    QLabel* m_organisationMessage;
    QComboBox* m_channel;
    QDateTimeEdit* m_receivedAt;
    DocumentChecklist* m_documents;
    QCheckBox* m_digitized;
    QCheckBox* m_identityChecked;
    QCheckBox* m_reusedData;
    QSpinBox* m_fee;
    QComboBox* m_payment;
    QLabel* m_due;
    QLabel* m_dueExplanation;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_refuse;
    QPushButton* m_clear;
    QLineEdit* m_birthDate;
    QComboBox* m_sex;
    QLabel* m_returning;
    QPushButton* m_useReturning;
    ReturningApplicant m_offer;
    Procedure m_lastProcedure;
    CardScanCatcher* m_scan;
    ScanOfferBar* m_scanOffer;
    QLabel* m_pendingScansLabel;
    QStringList m_pendingScans;
};
