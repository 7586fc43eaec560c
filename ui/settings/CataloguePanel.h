#pragma once

#include "catalogue/Procedure.h"

#include <QList>
#include <QWidget>

class DeskSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QDoubleSpinBox;
class QSpinBox;
class QTableWidget;

// The procedure catalogue editor: list, add, edit and deactivate procedures (their time
// limits, fees and the facts the indicators count). Writes are refused in core for a counter
// officer; a deactivated procedure stays for the dossiers that refer to it.
class CataloguePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CataloguePanel(DeskSession& session, QWidget* parent = nullptr);

    void reload();

signals:
    void catalogueChanged();

private:
    void showProcedure(int row);
    void newProcedure();
    void save();
    void deactivate();
    void filter(const QString& text);

    DeskSession& m_session;
    QList<Procedure> m_procedures;
    Procedure m_current;
    bool m_isNew = false;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_field;
    QDoubleSpinBox* m_duration; // in steps of half a unit (2,5 ngày làm việc)
    QComboBox* m_unit;
    QSpinBox* m_fee; // at the counter
    QSpinBox* m_feeOnline;
    QSpinBox* m_feePostal;
    QComboBox* m_online;
    QCheckBox* m_onlinePayment;
    QCheckBox* m_sample;
    QCheckBox* m_resultDocument;
    QCheckBox* m_active;
    QLabel* m_status;
};
