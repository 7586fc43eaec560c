#include "TargetsPanel.h"

#include "common/DeskSession.h"
#include "indicators/IndicatorReport.h"
#include "supervisor/SupervisorSettings.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { Indicator, Target, Source, Note, ColumnCount };
}

TargetsPanel::TargetsPanel(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_year(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &TargetsPanel::reload);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Target (%)"), tr("Source"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Indicator, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    m_table->setColumnWidth(Target, 90);
    m_table->setColumnWidth(Source, 260);

    auto* saveButton = new QPushButton(tr("&Save targets"), this);
    connect(saveButton, &QPushButton::clicked, this, &TargetsPanel::save);
    auto* hint = new QLabel(tr("Targets as a percentage (97 for 97%); the average processing time "
                               "in working days. Empty: the target of an "
                               "earlier year stays in force. Electronic certified copies are "
                               "measured as an increase over the same period a year earlier."),
                            this);
    hint->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(saveButton);
    bottom->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    reload();
}

void TargetsPanel::reload()
{
    QString error;
    m_loaded.clear();
    if (!TargetRepository(m_session.db()).targetsFor(m_year->value(), &m_loaded, &error))
        m_status->setText(error);
    const QStringList keys = Indicators::keys();
    m_table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys.at(row);
        const IndicatorTarget t = m_loaded.value(key);
        auto* name = new QTableWidgetItem(Indicators::label(key));
        name->setData(Qt::UserRole, key);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, Indicator, name);
        const bool increase = key == QLatin1String("e_certified_copies");
        // QĐ 766 2.2: a number of working days, not a percentage.
        const bool days = key == QLatin1String("avg_processing_working_days");
        auto* target = new QTableWidgetItem(
            increase   ? tr("increase")
            : t.target ? QLocale().toString(*t.target * (days ? 1.0 : 100.0), 'g', 4)
                       : QString());
        if (days)
            target->setToolTip(tr("At most this many working days on average"));
        if (increase)
            target->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        target->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (t.year != 0 && t.year != m_year->value())
            target->setToolTip(tr("In force from %1").arg(t.year));
        m_table->setItem(row, Target, target);
        m_table->setItem(row, Source, new QTableWidgetItem(t.source));
        m_table->setItem(row, Note, new QTableWidgetItem(TargetRepository::noteText(t.note)));
    }
}

void TargetsPanel::save()
{
    const SupervisorSettings settings(m_session.db(), m_session.user());
    int changed = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, Indicator)->data(Qt::UserRole).toString();
        const IndicatorTarget old = m_loaded.value(key);
        IndicatorTarget t;
        t.year = m_year->value();
        t.key = key;
        t.source = m_table->item(row, Source)->text().trimmed();
        t.note = m_table->item(row, Note)->text().trimmed();
        // A seeded note shown in the interface language and left as it was stays as stored.
        if (t.note == TargetRepository::noteText(old.note))
            t.note = old.note;
        const QString text = m_table->item(row, Target)->text().trimmed();
        if (key != QLatin1String("e_certified_copies")) {
            if (text.isEmpty())
                continue;
            bool ok = false;
            double percent = QLocale().toDouble(text, &ok);
            if (!ok)
                percent = text.toDouble(&ok);
            const bool days = key == QLatin1String("avg_processing_working_days");
            if (days && ok && percent >= 0 && percent <= 365) {
                t.target = percent;
            } else if (days) {
                m_status->setText(tr("%1: the target must be a number of working days from 0 "
                                     "to 365.")
                                      .arg(Indicators::label(key)));
                return;
            } else if (!ok || percent < 0 || percent > 100) {
                m_status->setText(tr("%1: the target must be a percentage from 0 to 100.")
                                      .arg(Indicators::label(key)));
                return;
            } else {
                t.target = percent / 100.0;
            }
        }
        // Unchanged values stay where they are (an earlier year's target remains in force).
        const bool same = !old.key.isEmpty() && old.target == t.target && old.source == t.source &&
                          old.note == t.note;
        if (same)
            continue;
        QString error;
        if (!settings.setTarget(t, &error)) {
            m_status->setText(error);
            return;
        }
        ++changed;
    }
    m_status->setText(tr("%n target(s) saved.", nullptr, changed));
    reload();
    if (changed > 0)
        emit targetsChanged();
}
