#include "DossierListModel.h"

#include "common/Validators.h"
#include "dossiers/DossierListRepository.h"
#include "dossiers/DueDateRules.h"

#include <QBrush>
#include <QColor>

DossierListModel::DossierListModel(const Database& db, const DueDateRules& rules, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rules(rules)
    , m_list(db)
    , m_now(QDateTime::currentDateTime())
{
    reload();
}

void DossierListModel::setFilter(const DossierListFilter& filter)
{
    m_filter = filter;
    reload();
}

void DossierListModel::setNow(const QDateTime& now)
{
    m_now = now;
    m_fixedNow = now.isValid();
    if (!m_fixedNow)
        m_now = QDateTime::currentDateTime();
    reload();
}

void DossierListModel::reload()
{
    if (!m_fixedNow)
        m_now = QDateTime::currentDateTime();
    m_list.forgetSearch();
    // Rows out, then the first page in: views keep their header and scroll state, and nothing
    // fetches while the rows are changing.
    m_changing = true;
    if (!m_rows.isEmpty()) {
        beginRemoveRows(QModelIndex(), 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    QList<DossierListRow> first;
    const bool read = readPage(&first);
    m_exhausted = !read || first.size() < pageSize();
    if (!first.isEmpty()) {
        beginInsertRows(QModelIndex(), 0, int(first.size()) - 1);
        m_rows = first;
        endInsertRows();
    }
    m_changing = false;
}

bool DossierListModel::readPage(QList<DossierListRow>* rows)
{
    const DossierListRow* after = m_rows.isEmpty() ? nullptr : &m_rows.constLast();
    if (!m_list.page(m_filter, m_sort, m_order, after, pageSize(), rows, &m_error)) {
        m_exhausted = true;
        emit failed(m_error);
        return false;
    }
    return true;
}

QString DossierListModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

bool DossierListModel::count(int cap, int* count, QString* error) const
{
    return m_list.count(m_filter, cap, count, error);
}

int DossierListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DossierListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void DossierListModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask for more from their rowsInserted handlers: one page at a time.
    if (parent.isValid() || m_exhausted || m_changing)
        return;
    QList<DossierListRow> more;
    if (!readPage(&more))
        return;
    if (more.size() < pageSize())
        m_exhausted = true;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

bool DossierListModel::isSortable(int column)
{
    return column == Code || column == Received || column == Applicant || column == Due ||
           column == Remaining;
}

void DossierListModel::sort(int column, Qt::SortOrder order)
{
    DossierListSort sort = m_sort;
    switch (column) {
    case Code:
        sort = DossierListSort::Code;
        break;
    case Received:
        sort = DossierListSort::ReceivedAt;
        break;
    case Applicant:
        sort = DossierListSort::Applicant;
        break;
    case Due:
    case Remaining:
        sort = DossierListSort::DueAt;
        break;
    default:
        return;
    }
    if (sort == m_sort && order == m_order && !m_rows.isEmpty())
        return;
    m_sort = sort;
    m_order = order;
    reload();
}

DossierListModel::Deadline DossierListModel::deadline(const DossierListRow& row) const
{
    if (row.status == DossierStatus::SupplementRequested)
        return Deadline::Paused;
    if (!DossierStatuses::isClockRunning(row.status) || !row.legalDueAt.isValid())
        return Deadline::None;
    if (row.legalDueAt < m_now)
        return Deadline::Overdue;
    return m_rules.workingDaysBetween(m_now.date(), row.legalDueAt.date()) <= dueSoonDays()
               ? Deadline::DueSoon
               : Deadline::Ok;
}

QString DossierListModel::remainingText(const DossierListRow& row) const
{
    switch (deadline(row)) {
    case Deadline::None:
        return QString();
    case Deadline::Paused:
        return tr("paused (supplement)");
    case Deadline::Overdue: {
        const int days = m_rules.workingDaysBetween(row.legalDueAt.date(), m_now.date());
        return days <= 0 ? tr("overdue today") : tr("%n day(s) overdue", nullptr, days);
    }
    case Deadline::DueSoon:
    case Deadline::Ok: {
        const int days = m_rules.workingDaysBetween(m_now.date(), row.legalDueAt.date());
        return days <= 0 ? tr("due today") : tr("%n day(s) left", nullptr, days);
    }
    }
    return QString();
}

QVariant DossierListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const DossierListRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Code:
            return row.code;
        case Received:
            return row.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case Applicant:
            if (role == Qt::ToolTipRole && !row.applicantId.isEmpty())
                return tr("%1, ID %2")
                    .arg(row.applicantName, Validators::maskCitizenId(row.applicantId));
            return row.applicantName;
        case Procedure:
            return role == Qt::ToolTipRole
                       ? tr("%1 (%2, %3)").arg(row.procedureName, row.field, row.procedureCode)
                       : row.procedureName;
        case Status:
            return DossierStatuses::label(row.status);
        case ChannelColumn:
            return Channels::label(row.channel);
        case Due:
            if (!row.legalDueAt.isValid())
                return QString();
            if (row.apologyNewDueAt.isValid())
                return tr("%1 (apology: %2)")
                    .arg(row.legalDueAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                         row.apologyNewDueAt.toString(QStringLiteral("dd/MM/yyyy")));
            return row.legalDueAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case Remaining:
            return remainingText(row);
        case Officer:
            return row.officer;
        case ColumnCount:
            break;
        }
        return QVariant();
    }
    if (role == Qt::BackgroundRole) {
        // Colour repeats what the deadline column says in words.
        switch (deadline(row)) {
        case Deadline::Overdue:
            return QBrush(QColor(0xfd, 0xde, 0xdc));
        case Deadline::DueSoon:
            return QBrush(QColor(0xff, 0xf1, 0xc6));
        default:
            return QVariant();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Remaining &&
        deadline(row) == Deadline::Overdue)
        return QBrush(QColor(0x9b, 0x1c, 0x1c));
    if (role == Qt::UserRole)
        return int(deadline(row));
    if (role == Qt::TextAlignmentRole && (index.column() == Received || index.column() == Due))
        return int(Qt::AlignVCenter | Qt::AlignLeft);
    return QVariant();
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Dossier code");
    case Received:
        return tr("Received");
    case Applicant:
        return tr("Applicant");
    case Procedure:
        return tr("Procedure");
    case Status:
        return tr("Status");
    case ChannelColumn:
        return tr("Channel");
    case Due:
        return tr("Due");
    case Remaining:
        return tr("Working days left");
    case Officer:
        return tr("Officer");
    case ColumnCount:
        break;
    }
    return QVariant();
}
