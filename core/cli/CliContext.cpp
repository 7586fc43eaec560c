#include "CliContext.h"

#include "accounts/UserRepository.h"
#include "settings/ConnectionSettings.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
// The context of the command running in this process (motcua-cli runs one command).
const CliContext* running = nullptr;

QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("motcua-cli") : user;
}
} // namespace

CliContext::CliContext(QTextStream& out, QTextStream& err, QTextStream* in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
    running = this;
}

CliContext::~CliContext()
{
    if (running == this)
        running = nullptr;
}

QString CliContext::databaseLocation() const
{
    // Like the GUI: --db, else this computer's saved choice (Settings › Database), else the
    // default file.
    return m_databaseLocation.isEmpty() ? ConnectionSettings::load() : m_databaseLocation;
}

QString CliContext::userOptionHelp()
{
    return tr("On a PostgreSQL server: the account to sign in as (default: MOTCUA_USER); its "
              "password is read from standard input, or from MOTCUA_PASSWORD.");
}

Database* CliContext::database()
{
    if (m_database)
        return m_database.get();
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->openAndMigrate(databaseLocation(), &error)) {
        reportError(error);
        return nullptr;
    }
    if (database->isServer() && !signIn(*database))
        return nullptr;
    m_database = std::move(database);
    return m_database.get();
}

Database* CliContext::existingDatabase()
{
    if (m_database)
        return m_database.get();
    const QString location = databaseLocation();
    if (SqlDialect::isServerLocation(location))
        return database();
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->openExisting(location, true, &error)) {
        reportError(error);
        return nullptr;
    }
    m_database = std::move(database);
    return m_database.get();
}

Database* CliContext::database(Permission needed)
{
    Database* db = database();
    QString error;
    if (db && !Permissions::check(actor(), needed, &error)) {
        reportError(error);
        return nullptr;
    }
    return db;
}

bool CliContext::allowedOnServer(Permission needed)
{
    const QString location = databaseLocation();
    if (SqlDialect::backendFor(location) != SqlDialect::Backend::Postgresql)
        return true;
    Database db;
    QString error;
    if (!db.open(location, &error)) {
        reportError(error);
        return false;
    }
    bool empty = true;
    const int version = db.schemaVersion(&error);
    if (version < 0 || (version > 0 && !UserRepository(db).isEmpty(&empty, &error))) {
        reportError(error);
        return false;
    }
    if (empty)
        return true;
    if (!signIn(db) || !Permissions::check(actor(), needed, &error)) {
        if (!error.isEmpty())
            reportError(error);
        return false;
    }
    return true;
}

bool CliContext::signIn(const Database& db)
{
    // One sign-in a command: a restore checks the account before it replaces the register
    // (whose accounts may then differ) and opens the restored one after it.
    if (m_signedIn)
        return true;
    // Anyone with the desks' database password could otherwise act as administrator: on a
    // server the command line has exactly the rights of an account.
    const QString login = m_userName.isEmpty() ? qEnvironmentVariable("MOTCUA_USER") : m_userName;
    if (login.trimmed().isEmpty()) {
        reportError(tr("on a PostgreSQL server the command line signs in as an account: give "
                       "its login with --user LOGIN or MOTCUA_USER, and its password on "
                       "standard input or in MOTCUA_PASSWORD."));
        return false;
    }
    QString password = qEnvironmentVariable("MOTCUA_PASSWORD");
    if (password.isEmpty() && !readLine(&password, tr("Password of %1: ").arg(login))) {
        reportError(
            tr("account %1: no password on standard input (or in MOTCUA_PASSWORD).").arg(login));
        return false;
    }
    User account;
    QString error;
    if (!UserRepository(db).authenticate(login, password, &account, &error)) {
        reportError(tr("account %1: %2").arg(login, error));
        return false;
    }
    if (account.mustChangePassword) {
        reportError(tr("account %1: the password was reset; sign in at a desk and choose a new "
                       "one first.")
                        .arg(login));
        return false;
    }
    m_account = account;
    m_signedIn = true;
    return true;
}

User CliContext::actor() const
{
    return m_signedIn ? m_account : User::acting(systemUser(), Role::Administrator);
}

User CliContext::currentActor()
{
    return running ? running->actor() : User::acting(systemUser(), Role::Administrator);
}

bool CliContext::readLine(QString* line, const QString& prompt)
{
    if (!m_in) {
        m_stdin = std::make_unique<QTextStream>(stdin);
        m_in = m_stdin.get();
    }
#ifdef Q_OS_UNIX
    // Typed at a terminal: ask, and do not show the password on the screen.
    const bool terminal = m_in == m_stdin.get() && ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        m_err << prompt << Qt::flush;
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const bool ok = !m_in->atEnd() && !(*line = m_in->readLine()).isNull();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        m_err << Qt::endl;
    }
    return ok;
#else
    Q_UNUSED(prompt)
    if (m_in->atEnd())
        return false;
    *line = m_in->readLine();
    return !line->isNull();
#endif
}

void CliContext::reportError(const QString& message)
{
    m_err << "motcua-cli: " << message << Qt::endl;
}
