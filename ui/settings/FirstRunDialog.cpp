#include "FirstRunDialog.h"

#include "OfficeIdentityForm.h"
#include "settings/OfficeSettingsStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(new OfficeIdentityForm(this))
{
    setWindowTitle(tr("Welcome to Một Cửa Desk"));
    QString error;
    OfficeSettingsStore(m_db).load(&m_base, &error);
    m_form->setSettings(m_base);

    auto* intro = new QLabel(tr("Before the first dossier, enter your office's identity as it "
                                "is printed on the forms. You can change it later in Settings."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    if (!error.isEmpty())
        m_form->showProblem(error);
    resize(640, sizeHint().height());
}

void FirstRunDialog::accept()
{
    QString error;
    const OfficeSettings settings = m_form->settings(m_base);
    if (!OfficeSettingsStore(m_db).save(settings, &error)) {
        m_form->showProblem(error);
        return;
    }
    QDialog::accept();
}
