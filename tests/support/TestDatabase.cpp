#include "TestDatabase.h"

TestDatabase::TestDatabase(bool migrate)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    m_valid = migrate ? m_db.openAndMigrate(path(), &m_error) : m_db.open(path(), &m_error);
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}
