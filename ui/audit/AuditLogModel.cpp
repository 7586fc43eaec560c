#include "AuditLogModel.h"

#include "audit/AuditDetail.h"

AuditLogModel::AuditLogModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

bool AuditLogModel::load(const User& reader, const AuditLog::Filter& filter, QString* error)
{
    m_reader = reader;
    m_filter = filter;
    m_filter.limit = pageSize;
    m_filter.beforeAt = QDateTime();
    m_filter.beforeId = 0;
    QList<AuditEntry> page;
    const bool ok = readPage(false, &page, error);
    beginResetModel();
    m_entries = page;
    m_more = ok && page.size() == pageSize;
    m_error = ok ? QString() : (error ? *error : QString());
    endResetModel();
    return ok;
}

bool AuditLogModel::readPage(bool next, QList<AuditEntry>* page, QString* error) const
{
    AuditLog::Filter filter = m_filter;
    if (next && !m_entries.isEmpty()) {
        filter.beforeAt = m_entries.constLast().at;
        filter.beforeId = m_entries.constLast().id;
    }
    return AuditLog::find(m_db, m_reader, filter, page, error);
}

const AuditEntry* AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

bool AuditLogModel::fetchNextPage()
{
    if (!m_more)
        return true;
    QList<AuditEntry> page;
    if (!readPage(true, &page, &m_error)) {
        m_more = false;
        return false;
    }
    m_more = page.size() == pageSize;
    if (!page.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
        m_entries.append(page);
        endInsertRows();
    }
    return true;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AuditLogModel::knownActions()
{
    return {QStringLiteral("view"),
            QStringLiteral("create"),
            QStringLiteral("status"),
            QStringLiteral("documents"),
            QStringLiteral("notice"),
            QStringLiteral("apology"),
            QStringLiteral("print"),
            QStringLiteral("export"),
            QStringLiteral("import"),
            QStringLiteral("generate"),
            QStringLiteral("feedback"),
            QStringLiteral("target"),
            QStringLiteral("calendar"),
            QStringLiteral("catalogue"),
            QStringLiteral("office-settings"),
            QStringLiteral("database-settings"),
            QStringLiteral("report-export")};
}

QString AuditLogModel::actionLabel(const QString& action)
{
    if (action == QLatin1String("view"))
        return tr("Viewed");
    if (action == QLatin1String("create"))
        return tr("Received");
    if (action == QLatin1String("status"))
        return tr("Status changed");
    if (action == QLatin1String("documents"))
        return tr("Documents recorded");
    if (action == QLatin1String("notice"))
        return tr("Notice issued");
    if (action == QLatin1String("apology"))
        return tr("Apology letter");
    if (action == QLatin1String("print"))
        return tr("Printed");
    if (action == QLatin1String("export"))
        return tr("Exported");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("generate"))
        return tr("Synthetic data");
    if (action == QLatin1String("feedback"))
        return tr("Feedback");
    if (action == QLatin1String("target"))
        return tr("Target changed");
    if (action == QLatin1String("calendar"))
        return tr("Calendar changed");
    if (action == QLatin1String("catalogue"))
        return tr("Catalogue changed");
    if (action == QLatin1String("office-settings"))
        return tr("Office settings changed");
    if (action == QLatin1String("database-settings"))
        return tr("Database choice changed");
    if (action == QLatin1String("report-export"))
        return tr("Report exported");
    return action;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = entry(index.row());
    if (!index.isValid() || !e || index.column() >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return AuditDetail::describe(e->action, e->detail);
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return e->at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case Officer:
        return e->officer;
    case Action:
        return actionLabel(e->action);
    case Dossier:
        return e->dossierCode;
    case Detail:
        return AuditDetail::describe(e->action, e->detail).simplified();
    case Number:
        return e->id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Officer:
        return tr("Officer");
    case Action:
        return tr("Action");
    case Dossier:
        return tr("Dossier");
    case Detail:
        return tr("Detail");
    case Number:
        return tr("Entry");
    case ColumnCount:
        break;
    }
    return {};
}
