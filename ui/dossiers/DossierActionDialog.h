#pragma once

#include "dossiers/Channel.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// The small form behind one lifecycle action of the dossier detail: the time of the change
// (default now) and whatever the action records (a reason, the items to supplement, a deadline,
// the electronic result, the citizen's rating). Keyboard: Ctrl+Enter confirms, Esc cancels.
class DossierActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum Field {
        Reason = 0x1,
        LegalBasis = 0x2,
        Items = 0x4,
        Deadline = 0x8,
        ElectronicResult = 0x10,
        RatingField = 0x20,
        ConfirmSecond = 0x40,
        Leader = 0x80,      // the leader who approved, and a note
        StopDetails = 0x100 // who asked to stop, the fee refunded (Mẫu 05)
    };

    DossierActionDialog(const QString& title, const QString& explanation, int fields,
                        QWidget* parent = nullptr);

    QDateTime at() const;
    QString reason() const;
    QString legalBasis() const;
    QStringList items() const;
    QDateTime deadline() const;
    void setDeadline(const QDateTime& deadline);
    bool electronicResult() const;
    int electronicCopies() const;
    // Where the result's file is kept (QĐ 766 4.1); empty when not given.
    QString resultFile() const;
    Rating rating() const;
    bool secondConfirmed() const;
    QString leader() const;
    void setLeader(const QString& name);
    QString note() const;
    QString requester() const;
    qint64 feeRefund() const;
    // The requester proposed and the fee paid (the most that can be refunded).
    void setStopDefaults(const QString& requester, qint64 fee);

    void accept() override;

private:
    int m_fields;
    QDateTimeEdit* m_at;
    QPlainTextEdit* m_reason = nullptr;
    QPlainTextEdit* m_basis = nullptr;
    QPlainTextEdit* m_items = nullptr;
    QDateTimeEdit* m_deadline = nullptr;
    QCheckBox* m_eResult = nullptr;
    QSpinBox* m_eCopies = nullptr;
    QLineEdit* m_resultFile = nullptr;
    QComboBox* m_rating = nullptr;
    QCheckBox* m_second = nullptr;
    QLineEdit* m_leader = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_requester = nullptr;
    QSpinBox* m_refund = nullptr;
    QLabel* m_feePaid = nullptr;
    QLabel* m_problem;
};
