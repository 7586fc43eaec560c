#include "RatingFollowUpPanel.h"

#include "common/DeskSession.h"
#include "dossiers/CitizenRating.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

RatingFollowUpPanel::RatingFollowUpPanel(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 4, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("ratingFollowUps"));
    m_table->setObjectName(QStringLiteral("ratingFollowUpTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Dossier"), tr("Rated at"), tr("Reason the citizen gave"), tr("Officer")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row) { emit openDossier(m_table->item(row, 0)->text()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
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
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}
