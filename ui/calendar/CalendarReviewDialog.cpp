#include "CalendarReviewDialog.h"

#include "CalendarPage.h"
#include "settings/OfficeSettingsStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString shown(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}
} // namespace

CalendarReviewDialog::CalendarReviewDialog(const QList<CalendarReview::Affected>& affected,
                                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Dossiers to review after the calendar change"));
    auto* intro = new QLabel(
        tr("%n open dossier(s) would get a different appointment under the changed calendar. "
           "Their printed appointments have not been moved: review each one and, if needed, "
           "contact the applicant.",
           nullptr, int(affected.size())),
        this);
    intro->setWordWrap(true);

    auto* table = new QTableWidget(int(affected.size()), 4, this);
    table->setObjectName(QStringLiteral("affectedDossiers"));
    table->setHorizontalHeaderLabels({tr("Dossier code"), tr("Applicant"),
                                      tr("Printed appointment"), tr("Under the new calendar")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int row = 0; row < affected.size(); ++row) {
        const CalendarReview::Affected& a = affected.at(row);
        table->setItem(row, 0, new QTableWidgetItem(a.code));
        table->setItem(row, 1, new QTableWidgetItem(a.applicantName));
        table->setItem(row, 2, new QTableWidgetItem(shown(a.printedDue)));
        table->setItem(row, 3, new QTableWidgetItem(shown(a.newDue)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

void CalendarReviewDialog::attach(CalendarPage* page, const Database& db)
{
    connect(page, &CalendarPage::calendarChanged, page,
            [page, &db](const WorkCalendar& before, const WorkCalendar& after) {
                OfficeSettings office;
                QString error;
                QList<CalendarReview::Affected> affected;
                if (!OfficeSettingsStore(db).load(&office, &error) ||
                    !CalendarReview::affectedDossiers(db, before, after, office.windows, &affected,
                                                      &error)) {
                    QMessageBox::warning(page, tr("Dossiers to review after the calendar change"),
                                         error);
                    return;
                }
                if (affected.isEmpty())
                    return;
                CalendarReviewDialog dialog(affected, page);
                dialog.exec();
            });
}

void CalendarReviewDialog::reviewShippedData(const Database& db, QWidget* parent)
{
    OfficeSettings office;
    QString error;
    bool pending = false;
    QList<CalendarReview::Affected> affected;
    if (!OfficeSettingsStore(db).load(&office, &error) ||
        !CalendarReview::shippedDataReview(db, office.windows, &pending, &affected, &error)) {
        QMessageBox::warning(parent, tr("Dossiers to review after the calendar change"), error);
        return;
    }
    if (!pending)
        return;
    if (!affected.isEmpty()) {
        CalendarReviewDialog dialog(affected, parent);
        dialog.setWindowTitle(tr("Dossiers to review after the calendar update"));
        dialog.exec();
    }
    if (!CalendarReview::finishShippedDataReview(db, &error))
        QMessageBox::warning(parent, tr("Dossiers to review after the calendar change"), error);
}
