#include "LedgerPanel.h"

#include "audit/AuditLog.h"
#include "common/DeskSession.h"
#include "forms/DossierForms.h"
#include "printing/PrintService.h"
#include "supervisor/OverdueExport.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
enum Action { Preview, Print, Pdf, Excel };
}

LedgerPanel::LedgerPanel(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_printing(new PrintService(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QLabel(this))
{
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    setPeriodEnding(QDate::currentDate());

    auto* thisMonth = new QPushButton(tr("This &month"), this);
    connect(thisMonth, &QPushButton::clicked, this,
            [this] { setPeriodEnding(QDate::currentDate()); });
    auto* lastMonth = new QPushButton(tr("&Previous month"), this);
    connect(lastMonth, &QPushButton::clicked, this,
            [this] { setPeriodEnding(m_from->date().addMonths(-1)); });

    auto* form = new QFormLayout;
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(thisMonth);
    period->addWidget(lastMonth);
    period->addStretch();
    form->addRow(tr("Do&ssiers received from:"), period);
    qobject_cast<QLabel*>(form->labelForField(period))->setBuddy(m_from);

    auto* preview = new QPushButton(tr("Pre&view ledger"), this);
    auto* print = new QPushButton(tr("P&rint ledger"), this);
    auto* pdf = new QPushButton(tr("Ledger as P&DF…"), this);
    auto* excel = new QPushButton(tr("Ledger as E&xcel…"), this);
    connect(preview, &QPushButton::clicked, this, [this] { output(Preview); });
    connect(print, &QPushButton::clicked, this, [this] { output(Print); });
    connect(pdf, &QPushButton::clicked, this, [this] { output(Pdf); });
    connect(excel, &QPushButton::clicked, this, [this] { output(Excel); });
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {preview, print, pdf, excel})
        actions->addWidget(b);
    actions->addStretch();

    auto* note = new QLabel(tr("Mẫu 07 (Thông tư 03/2025/TT-VPCP; Mẫu 06 of Thông tư "
                               "01/2018/TT-VPCP): one line per dossier received in the period, "
                               "printed on A4 landscape."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addStretch();
}

void LedgerPanel::setPeriodEnding(const QDate& day)
{
    const QDate first(day.year(), day.month(), 1);
    m_from->setDate(first);
    m_to->setDate(first.addMonths(1).addDays(-1));
}

void LedgerPanel::output(int action)
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    QString error;
    const QString suffix = from.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') +
                           to.toString(QStringLiteral("yyyyMMdd"));
    if (action == Excel) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the ledger as Excel"),
                                         QDir(folder).filePath(tr("ledger-%1.xlsx").arg(suffix)),
                                         tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
        if (path.isEmpty())
            return;
        // DOMAIN §11: exports of personal data are logged with the officer's name.
        if (!LedgerExport::write(m_session.db(), from, to, path, &error) ||
            !AuditLog::record(m_session.db(),
                              {0, QDateTime::currentDateTime(), m_session.officer(),
                               QStringLiteral("export"), QString(), tr("ledger %1").arg(suffix),
                               QString()},
                              &error)) {
            QMessageBox::warning(this, tr("Ledger"), error);
            return;
        }
        m_status->setText(tr("Ledger written to %1.").arg(path));
        return;
    }
    FormDocument form;
    // DOMAIN §11: the ledger lists every applicant of the period; its prints are logged too.
    if (!DossierForms::renderLedger(m_session.db(), from, to, &form, &error) ||
        !AuditLog::record(m_session.db(),
                          {0, QDateTime::currentDateTime(), m_session.officer(),
                           QStringLiteral("print"), QString(), tr("ledger %1").arg(suffix),
                           QString()},
                          &error)) {
        QMessageBox::warning(this, tr("Ledger"), error);
        return;
    }
    switch (action) {
    case Preview:
        m_printing->preview(form);
        break;
    case Print:
        m_printing->print(form);
        break;
    default:
        m_printing->saveAsPdf(form, tr("ledger-%1.pdf").arg(suffix));
        break;
    }
}
