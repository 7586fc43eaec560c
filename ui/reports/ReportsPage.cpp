#include "ReportsPage.h"

#include "common/DeskSession.h"
#include "forms/FormDocument.h"
#include "indicators/Ii06aDocument.h"
#include "indicators/Ii06aExport.h"
#include "printing/PrintService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
enum Preset { Month, Quarter, Year, Custom };
}

ReportsPage::ReportsPage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_preset(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_number(new QSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_view(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    const QDate today = QDate::currentDate();
    m_preset->addItem(tr("Month"), Month);
    m_preset->addItem(tr("Quarter"), Quarter);
    m_preset->addItem(tr("Year"), Year);
    m_preset->addItem(tr("Custom period"), Custom);
    m_year->setRange(2000, 2199);
    m_year->setValue(today.year());
    m_number->setRange(1, 12);
    m_number->setValue(today.month());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    m_view->setObjectName(QStringLiteral("reportView"));

    auto* heading =
        new QLabel(tr("<b>Periodic report</b> — biểu II.06a (Thông tư 01/2020/TT-VPCP): "
                      "dossiers received, finished and open, by field"),
                   this);
    auto* period = new QHBoxLayout;
    auto* presetLabel = new QLabel(tr("&Period:"), this);
    presetLabel->setBuddy(m_preset);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto* numberLabel = new QLabel(tr("&Number:"), this);
    numberLabel->setBuddy(m_number);
    auto* fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    for (QWidget* w :
         std::initializer_list<QWidget*>{presetLabel, m_preset, yearLabel, m_year, numberLabel,
                                         m_number, fromLabel, m_from, toLabel, m_to})
        period->addWidget(w);
    auto* compute = new QPushButton(tr("&Make the report"), this);
    compute->setDefault(true);
    period->addWidget(compute);
    period->addStretch();

    auto* actions = new QHBoxLayout;
    auto* preview = new QPushButton(tr("Print pre&view…"), this);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), this);
    auto* excel = new QPushButton(tr("Save as &Excel…"), this);
    auto* csv = new QPushButton(tr("Save as &CSV…"), this);
    for (QPushButton* b : {preview, pdf, excel, csv})
        actions->addWidget(b);
    actions->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(period);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsPage::applyPreset);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportsPage::applyPreset);
    connect(m_number, &QSpinBox::valueChanged, this, &ReportsPage::applyPreset);
    connect(compute, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(preview, &QPushButton::clicked, this, &ReportsPage::previewPrint);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(excel, &QPushButton::clicked, this, [this] { saveFile(true); });
    connect(csv, &QPushButton::clicked, this, [this] { saveFile(false); });
    applyPreset();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_ready)
        refresh(); // the current month, so the page never opens empty
}

void ReportsPage::applyPreset()
{
    const int preset = m_preset->currentData().toInt();
    m_number->setEnabled(preset == Month || preset == Quarter);
    m_number->setMaximum(preset == Quarter ? 4 : 12);
    m_year->setEnabled(preset != Custom);
    m_from->setEnabled(preset == Custom);
    m_to->setEnabled(preset == Custom);
    ReportPeriod period;
    switch (preset) {
    case Month:
        period = ReportPeriod::month(m_year->value(), m_number->value());
        break;
    case Quarter:
        period = ReportPeriod::quarter(m_year->value(), m_number->value());
        break;
    case Year:
        period = ReportPeriod::year(m_year->value());
        break;
    default:
        return;
    }
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

bool ReportsPage::refresh()
{
    const ReportPeriod period = ReportPeriod::range(m_from->date(), m_to->date());
    if (!period.isValid()) {
        m_status->setText(tr("Period: the first day must not be after the last day."));
        return false;
    }
    // As of the period's end, or now for a period that has not ended yet.
    const QDateTime end(period.to, QTime(23, 59, 59));
    const QDateTime asOf = qMin(end, QDateTime::currentDateTime());
    QString error;
    Ii06aReport report;
    if (!Ii06aReport::compute(m_session.db(), period, asOf, &report, &error)) {
        m_status->setText(error);
        m_ready = false;
        return false;
    }
    m_report = report;
    m_ready = true;
    m_view->setHtml(Ii06aDocument::html(m_report, m_session.office().parentAgency,
                                        m_session.office().agencyName,
                                        m_session.office().placeName));
    m_status->setText(
        tr("Counted as of %1.").arg(asOf.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    return true;
}

void ReportsPage::previewPrint()
{
    if (!m_ready && !refresh())
        return;
    FormDocument form;
    Ii06aDocument::formDocument(m_report, m_session.office().parentAgency,
                                m_session.office().agencyName, &form, m_session.office().placeName);
    PrintService(this).preview(form);
}

void ReportsPage::savePdf()
{
    if (!m_ready && !refresh())
        return;
    FormDocument form;
    Ii06aDocument::formDocument(m_report, m_session.office().parentAgency,
                                m_session.office().agencyName, &form, m_session.office().placeName);
    QString path;
    QString error;
    PrintService printing(this);
    if (printing.saveAsPdf(
            form,
            QStringLiteral("bao-cao-II06a-%1.pdf").arg(m_report.period.to.toString(Qt::ISODate)),
            &path)) {
        if (!Ii06aExport::recordExport(m_session.db(), m_session.officer(), m_report, path, &error))
            m_status->setText(error);
        else
            m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void ReportsPage::saveFile(bool excel)
{
    if (!m_ready && !refresh())
        return;
    const QString suggested = QStringLiteral("bao-cao-II06a-%1.%2")
                                  .arg(m_report.period.to.toString(Qt::ISODate),
                                       excel ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, excel ? tr("Save as Excel") : tr("Save as CSV"), suggested,
        excel ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok =
        excel ? Ii06aExport::writeXlsx(m_report, m_session.office().parentAgency,
                                       m_session.office().agencyName, m_session.office().placeName,
                                       path, &error)
              : Ii06aExport::writeCsv(m_report, path, &error, Ii06aExport::Header::Titles);
    const bool recorded = ok && Ii06aExport::recordExport(m_session.db(), m_session.officer(),
                                                          m_report, path, &error);
    m_status->setText(recorded ? tr("Saved %1.").arg(path) : error);
}
