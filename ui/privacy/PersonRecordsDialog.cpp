#include "PersonRecordsDialog.h"

#include "common/DeskSession.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}
} // namespace

PersonRecordsDialog::PersonRecordsDialog(DeskSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(new QLineEdit(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save export…"), this))
{
    setObjectName(QStringLiteral("personRecords"));
    setWindowTitle(tr("Records of one person"));
    resize(1100, 560);
    m_id->setObjectName(QStringLiteral("personId"));
    m_id->setPlaceholderText(tr("12-digit ID number (CCCD)"));
    m_id->setMaxLength(20);
    auto* idLabel = new QLabel(tr("&ID number:"), this);
    idLabel->setBuddy(m_id);
    auto* findButton = new QPushButton(tr("&Find"), this);
    findButton->setObjectName(QStringLiteral("personFind"));
    findButton->setAutoDefault(false);
    connect(m_id, &QLineEdit::returnPressed, this, &PersonRecordsDialog::find);
    connect(findButton, &QPushButton::clicked, this, &PersonRecordsDialog::find);
    auto* top = new QHBoxLayout;
    top->addWidget(idLabel);
    top->addWidget(m_id, 1);
    top->addWidget(findButton);

    m_table->setObjectName(QStringLiteral("personDossiers"));
    m_table->setHorizontalHeaderLabels({tr("Dossier"), tr("Procedure"), tr("Applicant"),
                                        tr("Received"), tr("Status"), tr("Receiving officer"),
                                        tr("Recorded")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_dossiers.size())
            emit openDossier(m_dossiers.at(row).dossier.code);
    });

    m_message->setObjectName(QStringLiteral("personMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("For a person's request to see or correct their data (Nghị định "
                          "13/2023/NĐ-CP). Each search and export is written to the audit "
                          "log."));
    m_save->setObjectName(QStringLiteral("personSave"));
    m_save->setEnabled(false);
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &PersonRecordsDialog::save);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

bool PersonRecordsDialog::find()
{
    QString error;
    QList<PersonDossier> found;
    if (!PersonRecords(m_session.db(), m_session.rules())
             .find(m_session.actor(), m_id->text(), &found, &error)) {
        m_message->setText(QStringLiteral("⚠ ") + error);
        m_dossiers.clear();
        m_table->setRowCount(0);
        m_save->setEnabled(false);
        return false;
    }
    m_dossiers = found;
    m_foundId = m_id->text().trimmed();
    m_table->setRowCount(int(found.size()));
    for (int row = 0; row < found.size(); ++row) {
        const PersonDossier& p = found.at(row);
        const Dossier& d = p.dossier;
        const int records = int(p.events.size() + p.supplements.size() + p.apologies.size() +
                                p.notices.size() + p.documents.size() + p.feedback.size());
        const QStringList cells{d.code,
                                p.procedureName.isEmpty() ? d.procedureCode : p.procedureName,
                                d.applicantName,
                                timeText(d.receivedAt),
                                DossierStatuses::label(d.status),
                                d.officer,
                                tr("%n record(s)", nullptr, records)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_message->setText(found.isEmpty()
                           ? tr("No dossier has this ID number.")
                           : tr("%n dossier(s) with this ID number. Enter opens one; Save "
                                "export writes them all, with their history, to a JSON file.",
                                nullptr, int(found.size())));
    m_save->setEnabled(!found.isEmpty());
    if (!found.isEmpty())
        m_table->selectRow(0);
    return true;
}

void PersonRecordsDialog::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the person's records"), QDir(folder).filePath(tr("person-records.json")),
        tr("JSON file (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool PersonRecordsDialog::saveTo(const QString& path)
{
    QString error;
    int count = 0;
    if (!PersonRecords(m_session.db(), m_session.rules())
             .exportJson(m_session.actor(), m_foundId, path, &count, &error)) {
        m_message->setText(QStringLiteral("⚠ ") + error);
        return false;
    }
    m_message->setText(tr("%n dossier(s) written to %1.", nullptr, count).arg(path));
    return true;
}
