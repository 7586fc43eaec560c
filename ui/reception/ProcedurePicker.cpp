#include "ProcedurePicker.h"

#include "catalogue/ProcedureRepository.h"
#include "forms/DossierForms.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

ProcedurePicker::ProcedurePicker(const Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_search(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("procedureSearch"));
    m_search->setPlaceholderText(tr("Type part of the procedure's name, field or code"));
    m_search->setClearButtonEnabled(true);
    m_matches->setObjectName(QStringLiteral("procedureMatches"));
    m_matches->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the search field
    m_matches->setUniformItemSizes(true);
    m_matches->setFixedHeight(m_matches->fontMetrics().height() * 8 + 12);
    m_summary->setObjectName(QStringLiteral("procedureSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_summary);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, &ProcedurePicker::search);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { choose(m_matches->row(item)); });
    connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { choose(m_matches->row(item)); });
    search(QString());
}

void ProcedurePicker::clear()
{
    m_search->clear();
    m_chosen = Procedure();
    m_summary->clear();
    search(QString());
}

void ProcedurePicker::refresh()
{
    search(m_search->text());
}

void ProcedurePicker::search(const QString& text)
{
    QString error;
    m_found.clear();
    if (!ProcedureRepository(m_db).search(text, &m_found, &error,
                                          ProcedureRepository::Filter::ActiveOnly, m_usage))
        m_summary->setText(error);
    m_matches->clear();
    for (const Procedure& p : m_found) {
        m_matches->addItem(QStringLiteral("%1 — %2 (%3)").arg(p.name, p.field, p.code));
    }
    if (!m_found.isEmpty())
        m_matches->setCurrentRow(0);
    // Typing again after a choice undoes it until a new one is taken.
    if (!m_chosen.code.isEmpty() && text != m_chosen.name) {
        m_chosen = Procedure();
        m_summary->setText(tr("No procedure chosen yet."));
        emit procedureChosen(m_chosen);
    }
}

void ProcedurePicker::choose(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    setProcedure(m_found.at(row));
}

void ProcedurePicker::setProcedure(const Procedure& procedure)
{
    m_chosen = procedure;
    m_search->setText(m_chosen.name);
    m_summary->setText(tr("%1 · %2 · time limit %3 · fee %4")
                           .arg(m_chosen.code, m_chosen.field, m_chosen.timeLimitText(),
                                DossierForms::feeText(m_chosen.fee)));
    emit procedureChosen(m_chosen);
}

bool ProcedurePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_matches->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_matches->setCurrentRow(qMin(row + 1, m_matches->count() - 1));
            return true;
        case Qt::Key_Up:
            m_matches->setCurrentRow(qMax(row - 1, 0));
            return true;
        case Qt::Key_PageDown:
            m_matches->setCurrentRow(qMin(row + 5, m_matches->count() - 1));
            return true;
        case Qt::Key_PageUp:
            m_matches->setCurrentRow(qMax(row - 5, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!hasProcedure() || m_search->text() != m_chosen.name)
                choose(row);
            if (hasProcedure())
                emit committed();
            return true;
        case Qt::Key_Tab:
            // Tab takes the highlighted match, then moves on as usual.
            if ((!hasProcedure() || m_search->text() != m_chosen.name) && row >= 0)
                choose(row);
            return false;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
