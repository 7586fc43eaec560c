#include "DataVersion.h"

#include "storage/Database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

DataVersion::DataVersion(const Database& db)
    : m_db(db)
{}

bool DataVersion::changed(QString* error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        if (error)
            *error = tr("Cannot read the database's data version: %1").arg(q.lastError().text());
        return false;
    }
    const qint64 version = q.value(0).toLongLong();
    const bool differs = version != m_last;
    m_last = version;
    return differs;
}

QString DataVersion::walPath() const
{
    const QString wal = m_db.location() + QStringLiteral("-wal");
    return QFileInfo::exists(wal) ? wal : QString();
}
