#include "RatingFollowUpPanel.h"

#include "accounts/Permissions.h"
#include "common/DeskSession.h"
#include "dossiers/CitizenRating.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RatingFollowUpPanel::RatingFollowUpPanel(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 4, this))
    , m_summary(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_close(new QPushButton(tr("&Close the follow-up"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ratingFollowUps"));
    m_table->setObjectName(QStringLiteral("ratingFollowUpTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Dossier"), tr("Rated at"), tr("Reason the citizen gave"), tr("Officer")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row) { emit openDossier(m_table->item(row, 0)->text()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &RatingFollowUpPanel::updateButtons);

    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_close->setObjectName(QStringLiteral("closeFollowUp"));
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    m_status->setWordWrap(true);
    connect(m_note, &QLineEdit::textChanged, this, &RatingFollowUpPanel::updateButtons);
    connect(m_note, &QLineEdit::returnPressed, this, &RatingFollowUpPanel::closeSelected);
    connect(m_close, &QPushButton::clicked, this, &RatingFollowUpPanel::closeSelected);
    connect(&m_session, &DeskSession::userChanged, this, &RatingFollowUpPanel::updateButtons);

    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_close);
    auto* form = new QFormLayout;
    form->addRow(tr("What was &done:"), noteRow);
    qobject_cast<QLabel*>(form->labelForField(noteRow))->setBuddy(m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    updateButtons();
}

int RatingFollowUpPanel::count() const
{
    return m_table->rowCount();
}

void RatingFollowUpPanel::refresh()
{
    QList<CitizenRating> ratings;
    QString error;
    if (!CitizenRatings(m_session.db()).followUps(&ratings, &error)) {
        m_summary->setText(error);
        return;
    }
    m_summary->setText(tr("%n dossier(s) where the citizen chose \"not satisfied\" on their own "
                          "screen at hand-over.",
                          nullptr, int(ratings.size())));
    m_table->setRowCount(int(ratings.size()));
    for (int row = 0; row < ratings.size(); ++row) {
        const CitizenRating& r = ratings.at(row);
        const QStringList cells{
            r.dossierCode, r.chosenAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
            r.reason.isEmpty() ? tr("(no reason chosen)") : r.reason, r.officer};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, column, item);
        }
    }
    updateButtons();
}

void RatingFollowUpPanel::updateButtons()
{
    // Core refuses the others; the officer at the counter does not see a button that fails.
    const bool allowed = Permissions::allows(m_session.user().role, Permission::CloseFollowUp);
    m_note->setEnabled(allowed);
    m_close->setEnabled(allowed && m_table->currentRow() >= 0 &&
                        !m_note->text().trimmed().isEmpty());
    m_note->setPlaceholderText(allowed ? tr("e.g. called the citizen, apologised, result corrected")
                                       : tr("a supervisor closes the follow-ups"));
}

void RatingFollowUpPanel::closeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_status->setText(tr("Select the dossier to close in the list."));
        return;
    }
    const QString code = m_table->item(row, 0)->text();
    QString error;
    if (!CitizenRatings(m_session.db())
             .closeFollowUp(m_table->item(row, 0)->data(Qt::UserRole).toLongLong(),
                            m_session.actor(), m_note->text(), QDateTime::currentDateTime(),
                            &error)) {
        m_status->setText(QStringLiteral("⚠ ") + error);
        return;
    }
    m_note->clear();
    refresh();
    m_status->setText(tr("Follow-up of dossier %1 closed.").arg(code));
    emit m_session.dossierChanged(code);
}
