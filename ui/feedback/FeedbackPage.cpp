#include "FeedbackPage.h"

#include "FeedbackModel.h"
#include "common/DeskSession.h"
#include "dossiers/FeedbackRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

FeedbackPage::FeedbackPage(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FeedbackModel(this))
    , m_table(new QTableView(this))
    , m_received(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_content(new QPlainTextEdit(this))
    , m_dossier(new QLineEdit(this))
    , m_deadline(new QLabel(this))
    , m_resolvedAt(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_rating(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackPage"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(FeedbackModel::Content, QHeaderView::Stretch);
    for (int c :
         {int(FeedbackModel::Received), int(FeedbackModel::Deadline), int(FeedbackModel::Resolved)})
        m_table->setColumnWidth(c, 125);
    m_table->setColumnWidth(FeedbackModel::Dossier, 200);
    m_table->setColumnWidth(FeedbackModel::State, 140);

    for (QDateTimeEdit* edit : {m_received, m_resolvedAt}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_content->setTabChangesFocus(true);
    m_content->setFixedHeight(54);
    m_dossier->setPlaceholderText(tr("optional"));
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &FeedbackPage::updateDeadline);

    auto* record = new QGroupBox(tr("Record feedback"), this);
    auto* recordForm = new QFormLayout(record);
    recordForm->addRow(tr("Recei&ved:"), m_received);
    recordForm->addRow(tr("&Content:"), m_content);
    recordForm->addRow(tr("Linked &dossier:"), m_dossier);
    recordForm->addRow(tr("Deadline:"), m_deadline);
    auto* addButton = new QPushButton(tr("&Record"), record);
    connect(addButton, &QPushButton::clicked, this, &FeedbackPage::add);
    recordForm->addRow(addButton);

    m_rating->addItem(tr("Not rated"), int(Rating::None));
    m_rating->addItem(tr("Satisfied"), int(Rating::Satisfied));
    m_rating->addItem(tr("Unsatisfied"), int(Rating::Unsatisfied));
    auto* resolveBox = new QGroupBox(tr("Resolve the selected item"), this);
    auto* resolveForm = new QFormLayout(resolveBox);
    resolveForm->addRow(tr("Resolved &at:"), m_resolvedAt);
    resolveForm->addRow(tr("Citizen's ra&ting:"), m_rating);
    auto* resolveButton = new QPushButton(tr("&Mark resolved"), resolveBox);
    connect(resolveButton, &QPushButton::clicked, this, &FeedbackPage::resolve);
    resolveForm->addRow(resolveButton);

    auto* forms = new QHBoxLayout;
    forms->addWidget(record, 3);
    forms->addWidget(resolveBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(forms);
    layout->addWidget(m_status);
    updateDeadline();
}

void FeedbackPage::refresh()
{
    QList<Feedback> items;
    QString error;
    if (!FeedbackRepository(m_session.db(), m_session.rules()).list(false, &items, &error)) {
        m_status->setText(error);
        return;
    }
    m_model->setItems(items, QDateTime::currentDateTime());
}

void FeedbackPage::updateDeadline()
{
    // QĐ 766: feedback is handled on time within 15 working days by default.
    const QDateTime deadline = m_session.rules().dueAt(
        m_received->dateTime(), 2 * FeedbackRepository::defaultDeadlineWorkingDays(),
        QStringLiteral("working-days")); // in half days
    m_deadline->setText(tr("%1 (%2 working days)")
                            .arg(deadline.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                            .arg(FeedbackRepository::defaultDeadlineWorkingDays()));
}

void FeedbackPage::add()
{
    Feedback f;
    f.receivedAt = m_received->dateTime();
    f.content = m_content->toPlainText();
    f.dossierCode = m_dossier->text();
    if (f.content.trimmed().isEmpty()) {
        m_status->setText(tr("Content: say what the citizen reported."));
        m_content->setFocus();
        return;
    }
    QString error;
    if (!FeedbackRepository(m_session.db(), m_session.rules())
             .add(&f, m_session.officer(), &error)) {
        m_status->setText(error);
        return;
    }
    m_content->clear();
    m_dossier->clear();
    m_status->setText(tr("Feedback recorded; deadline %1.")
                          .arg(f.deadlineAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    refresh();
    emit changed();
}

void FeedbackPage::resolve()
{
    const Feedback* f = m_model->item(m_table->currentIndex().row());
    if (!f) {
        m_status->setText(tr("Select the feedback item to resolve in the list."));
        return;
    }
    QString error;
    if (!FeedbackRepository(m_session.db(), m_session.rules())
             .resolve(f->id, m_resolvedAt->dateTime(), Rating(m_rating->currentData().toInt()),
                      m_session.officer(), &error)) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Feedback marked resolved."));
    refresh();
    emit changed();
}
