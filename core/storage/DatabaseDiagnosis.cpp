#include "DatabaseDiagnosis.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

QAtomicInt probeCounter;

// SQLite's primary result codes (sqlite3.h), as Qt's QSQLITE driver reports them.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteNotADatabase = 26;

// Less room than this on the disk and SQLite cannot even write its journal.
constexpr qint64 minimumRoom = 1024 * 1024;

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

// A raw connection of its own to the file, without busy timeout: a lock held by another
// program shows at once.
class Probe
{
public:
    Probe(const QString& path, bool readOnly)
        : m_name(QStringLiteral("motcua-diagnosis-%1").arg(probeCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError();
    }
    ~Probe()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

// Whether a small file can be written in folder: errno of the failure, or 0.
int folderWriteError(const QString& folder)
{
    QByteArray name =
        QFile::encodeName(QDir(folder).filePath(QStringLiteral(".motcua-probe-XXXXXX")));
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return errno;
    int failure = 0;
    // Room for a few pages and their journal, as SQLite would need to open and migrate.
    const QByteArray block(64 * 1024, '\0');
    for (int i = 0; i < 4 && failure == 0; ++i) {
        if (::write(fd, block.constData(), size_t(block.size())) != block.size())
            failure = errno == 0 ? ENOSPC : errno;
    }
    if (failure == 0 && ::fsync(fd) != 0)
        failure = errno;
    ::close(fd);
    ::unlink(name.constData());
    return failure;
}

bool isReadOnlyError(int number)
{
    return number == EROFS || number == EACCES || number == EPERM;
}

bool isFullError(int number)
{
    return number == ENOSPC || number == EDQUOT;
}

} // namespace

QString DatabaseDiagnosis::message(const QString& path) const
{
    QString text = tr("The database %1 cannot be opened: %2.").arg(path, cause);
    if (!detail.isEmpty())
        text += u'\n' + tr("Detail: %1").arg(detail);
    return text;
}

DatabaseDiagnosis DatabaseDiagnosis::diagnose(const QString& path, const QString& openError)
{
    DatabaseDiagnosis result;
    result.detail = openError;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();

    if (info.exists()) {
        const int fd = ::open(QFile::encodeName(info.absoluteFilePath()).constData(), O_RDONLY);
        if (fd < 0) {
            result.kind = Kind::Unreadable;
            result.cause = tr("the file cannot be read (%1)").arg(systemError(errno));
            return result;
        }
        char header[16] = {};
        const ssize_t read = ::read(fd, header, sizeof header);
        ::close(fd);
        if (info.size() > 0 &&
            (read != ssize_t(sizeof header) || std::memcmp(header, "SQLite format 3", 16) != 0)) {
            result.kind = Kind::Damaged;
            result.cause = tr("the file is not a database (its header is wrong or missing)");
            return result;
        }
    }

    // The medium and the folder: a read-only folder or a full disk is not damage.
    if (QStorageInfo(folder).isReadOnly()) {
        result.kind = Kind::ReadOnlyFolder;
        result.cause = tr("the folder %1 is read-only").arg(folder);
        return result;
    }
    if (const int failure = folderWriteError(folder); failure != 0) {
        if (isFullError(failure)) {
            result.kind = Kind::DiskFull;
            result.cause = tr("the disk is full");
        } else if (isReadOnlyError(failure)) {
            result.kind = Kind::ReadOnlyFolder;
            result.cause = tr("the folder %1 is read-only (%2)").arg(folder, systemError(failure));
        } else {
            result.cause =
                tr("the folder %1 cannot be written (%2)").arg(folder, systemError(failure));
        }
        return result;
    }
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < minimumRoom) {
        result.kind = Kind::DiskFull;
        result.cause = tr("the disk is full");
        return result;
    }
    if (info.exists()) {
        const int fd = ::open(QFile::encodeName(info.absoluteFilePath()).constData(), O_RDWR);
        if (fd < 0) {
            result.kind = Kind::ReadOnlyFile;
            result.cause = tr("the file is read-only (%1)").arg(systemError(errno));
            return result;
        }
        ::close(fd);
    }
    if (!info.exists())
        return result;

    // Another program's lock: a write transaction cannot begin at once.
    const auto busy = [&result, &path]() {
        result.kind = Kind::Busy;
        const QStringList programs = holders(path);
        result.cause = programs.isEmpty() ? tr("it is being written by another program")
                                          : tr("it is being written by another program: %1")
                                                .arg(programs.join(QStringLiteral("; ")));
        return result;
    };
    {
        Probe probe(path, false);
        if (!probe.isOpen()) {
            const int code = primaryCode(probe.openError());
            if (code == sqliteBusy || code == sqliteLocked)
                return busy();
        } else {
            QSqlQuery query(probe.db());
            if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                const int code = primaryCode(query.lastError());
                if (code == sqliteBusy || code == sqliteLocked)
                    return busy();
                if (code == sqliteReadOnly) {
                    result.kind = Kind::ReadOnlyFile;
                    result.cause = tr("the file is read-only");
                    return result;
                }
                if (code == sqliteFull) {
                    result.kind = Kind::DiskFull;
                    result.cause = tr("the disk is full");
                    return result;
                }
            } else {
                query.exec(QStringLiteral("ROLLBACK"));
            }
        }
    }

    // Real damage: the schema cannot be read, or the integrity check fails.
    Probe probe(path, true);
    const auto damaged = [&result](const QString& cause) {
        result.kind = Kind::Damaged;
        result.cause = cause;
        return result;
    };
    if (!probe.isOpen()) {
        const int code = primaryCode(probe.openError());
        if (code == sqliteCorrupt || code == sqliteNotADatabase)
            return damaged(
                tr("the file is not a usable database (%1)").arg(probe.openError().text()));
        return result;
    }
    QSqlQuery query(probe.db());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next()) {
        const int code = primaryCode(query.lastError());
        if (code == sqliteBusy || code == sqliteLocked)
            return busy();
        return damaged(tr("its schema cannot be read (%1)").arg(query.lastError().text()));
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next() &&
        query.value(0).toInt() > Migrations::latestVersion()) {
        result.kind = Kind::TooNew;
        result.cause = tr("it was made by a newer version of Một Cửa Desk (schema version %1)")
                           .arg(query.value(0).toInt());
        return result;
    }
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        const int code = primaryCode(query.lastError());
        if (code == sqliteBusy || code == sqliteLocked)
            return busy();
        return damaged(tr("its integrity check failed (%1)").arg(query.lastError().text()));
    }
    if (query.value(0).toString() != QLatin1String("ok"))
        return damaged(tr("its integrity check failed (%1)").arg(query.value(0).toString()));
    return result;
}

QStringList DatabaseDiagnosis::holders(const QString& path)
{
    const QString file = QFileInfo(path).canonicalFilePath();
    if (file.isEmpty())
        return {};
    const QStringList targets{file, file + QStringLiteral("-wal")};
    const QString self = QString::number(QCoreApplication::applicationPid());
    QStringList found;
    const QDir proc(QStringLiteral("/proc"));
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        bool number = false;
        pid.toLongLong(&number);
        if (!number || pid == self)
            continue;
        const QDir fds(proc.filePath(pid + QStringLiteral("/fd")));
        bool holds = false;
        const QFileInfoList links = fds.entryInfoList(QDir::Files | QDir::System);
        for (const QFileInfo& link : links) {
            if (targets.contains(link.symLinkTarget())) {
                holds = true;
                break;
            }
        }
        if (!holds)
            continue;
        QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
        QString command;
        if (cmdline.open(QIODevice::ReadOnly)) {
            QList<QByteArray> parts = cmdline.readAll().split('\0');
            while (!parts.isEmpty() && parts.last().isEmpty())
                parts.removeLast();
            QStringList words;
            for (const QByteArray& part : std::as_const(parts))
                words << QString::fromLocal8Bit(part);
            if (!words.isEmpty())
                words.first() = QFileInfo(words.first()).fileName();
            command = words.join(u' ');
            if (command.size() > 100)
                command = command.left(99) + QChar(0x2026);
        }
        found << tr("%1 (process %2)").arg(command.isEmpty() ? tr("a program") : command, pid);
    }
    return found;
}
