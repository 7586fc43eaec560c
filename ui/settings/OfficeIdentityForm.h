#pragma once

#include "settings/OfficeSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimeEdit;

// The office identity and working hours, as asked on first start and edited in Settings.
class OfficeIdentityForm : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeIdentityForm(QWidget* parent = nullptr);

    void setSettings(const OfficeSettings& settings);
    // The settings with the form's values; fields the form does not show keep base's values.
    OfficeSettings settings(const OfficeSettings& base) const;

    // Shows a validation message under the form (empty clears it).
    void showProblem(const QString& message);

private:
    void checkAgencyCode();

    QLineEdit* m_agencyName;
    QLineEdit* m_parentAgency;
    QLineEdit* m_agencyCode;
    QLabel* m_agencyCodeHint;
    QLineEdit* m_placeName;
    QLineEdit* m_unitName;
    QTimeEdit* m_morningStart;
    QTimeEdit* m_morningEnd;
    QTimeEdit* m_afternoonStart;
    QTimeEdit* m_afternoonEnd;
    QLabel* m_problem;
};
