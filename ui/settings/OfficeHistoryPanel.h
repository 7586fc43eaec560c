#pragma once

#include "settings/OfficeIdentity.h"

#include <QList>
#include <QWidget>

class DeskSession;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

// The office's identity as the forms print it, version by version (DOMAIN §9): each version
// valid from a date (the header of 1/7/2025 has no district line), with the one-stop unit and,
// per form, the symbol after its number, the signer's title and name, and "Nơi nhận".
class OfficeHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeHistoryPanel(DeskSession& session, QWidget* parent = nullptr);

    void reload();

private:
    void showVersion(int index);
    void addVersion();
    void save();
    void remove();

    DeskSession& m_session;
    QList<OfficeIdentity> m_versions;
    QComboBox* m_version;
    QDateEdit* m_validFrom;
    QLineEdit* m_agency;
    QLineEdit* m_parent;
    QLineEdit* m_unit;
    QLineEdit* m_place;
    QLineEdit* m_code;
    QTableWidget* m_forms;
    QLabel* m_status;
};
