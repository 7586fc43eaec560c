#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace {
QAtomicInt databaseCounter;

QString serverLocationFor(const QString& name)
{
    QUrl url(TestDatabase::serverLocation());
    url.setPath(u'/' + name);
    return url.toString();
}

// Creates or drops a database through a connection to the server's own database.
bool runOnServer(const QString& statement, QString* error)
{
    Database admin;
    if (!admin.open(TestDatabase::serverLocation(), error))
        return false;
    QSqlQuery query(admin.connection());
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}
// The audit keys and anchors (AuditSeal) of a test process live in a file of its own, not in
// the user's: every command the test runs, in process or not, inherits the variable.
void useOwnAuditStore()
{
    static QTemporaryDir folder;
    if (qEnvironmentVariableIsEmpty("MOTCUA_AUDIT_STORE") && folder.isValid())
        qputenv("MOTCUA_AUDIT_STORE", folder.filePath(QStringLiteral("audit.conf")).toLocal8Bit());
}
} // namespace

TestDatabase::TestDatabase(bool migrate)
{
    useOwnAuditStore();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    if (onServer()) {
        if (serverLocation().isEmpty()) {
            m_error = QStringLiteral("MOTCUA_TEST_BACKEND=postgresql, but MOTCUA_TEST_POSTGRESQL "
                                     "names no server: run scripts/test.sh, which starts one");
            return;
        }
        const QString name = QStringLiteral("motcua_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(databaseCounter.fetchAndAddRelaxed(1));
        if (!createServerDatabase(name))
            return;
        m_serverName = name;
    }
    m_valid = migrate ? m_db.openAndMigrate(path(), &m_error) : m_db.open(path(), &m_error);
}

TestDatabase::~TestDatabase()
{
    m_db.close();
    QStringList names = m_extraServerNames;
    if (!m_serverName.isEmpty())
        names << m_serverName;
    for (const QString& name : names) {
        QString error;
        if (!runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name),
                         &error))
            qWarning("cannot drop the test database %s: %s", qPrintable(name), qPrintable(error));
    }
}

QString TestDatabase::path() const
{
    if (!m_serverName.isEmpty())
        return serverLocationFor(m_serverName);
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

bool TestDatabase::onServer()
{
    return qEnvironmentVariable("MOTCUA_TEST_BACKEND") == QLatin1String("postgresql");
}

QString TestDatabase::serverLocation()
{
    return onServer() ? qEnvironmentVariable("MOTCUA_TEST_POSTGRESQL") : QString();
}

QString TestDatabase::extraLocation(const QString& name)
{
    if (m_serverName.isEmpty())
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    const QString serverName = m_serverName + u'_' + name;
    if (!m_extraServerNames.contains(serverName)) {
        if (!createServerDatabase(serverName))
            return QString();
        m_extraServerNames << serverName;
    }
    return serverLocationFor(serverName);
}

bool TestDatabase::createServerDatabase(const QString& name)
{
    // The names are made here from digits and letters: nothing to quote.
    QString error;
    if (!runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &error) ||
        !runOnServer(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name),
            &error)) {
        m_error = QStringLiteral("cannot create the test database %1 on %2: %3")
                      .arg(name, serverLocation(), error);
        return false;
    }
    return true;
}
