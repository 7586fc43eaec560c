#pragma once

#include "dossiers/ApologyLetter.h"
#include "supervisor/OverdueList.h"

#include <QDialog>

class DeskSession;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Signs Mẫu 04 for one dossier (DOMAIN §8): reason, new appointment (suggested from the
// working-day calendar), signer, and the supervisor's note when a new appointment was already
// given once. Core checks the signer's role and the once-only rule; refusals show here.
class ApologyDialog : public QDialog
{
    Q_OBJECT

public:
    ApologyDialog(DeskSession& session, const OverdueItem& item, QWidget* parent = nullptr);

    const ApologyLetter& letter() const { return m_letter; }

private:
    void suggest();
    void sign();

    DeskSession& m_session;
    OverdueItem m_item;
    ApologyLetter m_letter;
    QPlainTextEdit* m_reason;
    QSpinBox* m_days;
    QDateTimeEdit* m_newDue;
    QLineEdit* m_signer;
    QPlainTextEdit* m_note;
    QLabel* m_problem;
};
