#pragma once

#include "settings/OfficeSettings.h"

#include <QDialog>

class Database;
class OfficeIdentityForm;

// Asked once, on the first start: who this office is. Nothing else can work without it
// (dossier codes, printed headers, due dates).
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(const Database& db, QWidget* parent = nullptr);

    void accept() override;

private:
    const Database& m_db;
    OfficeSettings m_base;
    OfficeIdentityForm* m_form;
};
