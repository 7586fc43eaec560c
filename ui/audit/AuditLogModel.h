#pragma once

#include "accounts/User.h"
#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class Database;

// The audit log as a table, newest first, read a page at a time (keyset paging through
// AuditLog::find): the page asks for the next one when the table is scrolled to its end, so a
// log of millions of entries opens as fast as an empty one. (Not canFetchMore/fetchMore:
// QTableView calls them during a reset, before its header knows the rows, and reads every
// page at once.)
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Officer, Action, Dossier, Detail, Number, ColumnCount };

    AuditLogModel(const Database& db, QObject* parent = nullptr);

    static constexpr int pageSize = 200;

    // Reads the first page for filter as reader (core refuses a role without
    // Permission::ViewAuditLog: false with error, and the table is empty).
    bool load(const User& reader, const AuditLog::Filter& filter, QString* error);
    const AuditEntry* entry(int row) const;
    // More entries match than are read so far.
    bool hasMore() const { return m_more; }
    // Appends the next page (rowsInserted); false with lastError() when the read fails.
    bool fetchNextPage();
    // The last read failed.
    QString lastError() const { return m_error; }

    // The translated name of an action ("view" → "Viewed").
    static QString actionLabel(const QString& action);
    // The actions written to the log, in the order the filter lists them.
    static QStringList knownActions();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // next: the page after the rows already read.
    bool readPage(bool next, QList<AuditEntry>* page, QString* error) const;

    const Database& m_db;
    User m_reader;
    AuditLog::Filter m_filter;
    QList<AuditEntry> m_entries;
    bool m_more = false;
    QString m_error;
};
