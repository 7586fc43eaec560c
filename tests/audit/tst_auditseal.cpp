#include "../dossiers/SimpleDueDateRules.h"
#include "CliRun.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "audit/AuditSeal.h"
#include "backup/BackupService.h"
#include "cli/CliContext.h"
#include "cli/CliRunner.h"
#include "common/SqlTime.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DossierWriter.h"
#include "storage/TransactionGuard.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Issue 15, points 8 and 9: every audited write commits its entry with the sealed head; the
// log is append-only; a log cut back, wiped or rewritten without the office's key is detected.
namespace {
bool exec(const Database& db, const QString& sql, QString* error = nullptr)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool record(const Database& db, int count, QString* error)
{
    for (int i = 0; i < count; ++i) {
        AuditEntry entry;
        entry.at = QDateTime::currentDateTime();
        entry.officer = QStringLiteral("canbo");
        entry.action = QStringLiteral("view");
        entry.dossierCode =
            QStringLiteral("000.00.06.H56-260302-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (!AuditLog::record(db, entry, error))
            return false;
    }
    return true;
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString headValue(const Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'audit.head'"));
    return q.next() ? q.value(0).toString() : QString();
}

// What an attacker with the database file (or the server's owner role) does first: the
// append-only triggers are part of the file too.
bool dropTriggers(const Database& db)
{
    if (db.isServer())
        return exec(db, QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log"));
    return exec(db, QStringLiteral("DROP TRIGGER audit_log_append_only")) &&
           exec(db, QStringLiteral("DROP TRIGGER audit_log_never_deleted"));
}

// "Another computer": while it lives, this process keeps its audit keys and anchors in a
// store of its own, empty at first.
class OtherComputer
{
public:
    OtherComputer()
        : m_saved(qgetenv("MOTCUA_AUDIT_STORE"))
    {
        qputenv("MOTCUA_AUDIT_STORE", store().toLocal8Bit());
    }
    ~OtherComputer() { qputenv("MOTCUA_AUDIT_STORE", m_saved); }
    OtherComputer(const OtherComputer&) = delete;
    OtherComputer& operator=(const OtherComputer&) = delete;
    QString store() const { return m_dir.filePath(QStringLiteral("audit.conf")); }

private:
    QByteArray m_saved;
    QTemporaryDir m_dir;
};

// Replaces the database file of t (closed) with the copy at older.
bool putInPlace(TestDatabase& t, const QString& older)
{
    const QString path = t.path();
    t.db().close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return QFile::remove(path) && QFile::copy(older, path);
}

CliResult verifyCli(const QString& location)
{
    return runCli(
        {QStringLiteral("--db"), location, QStringLiteral("audit"), QStringLiteral("verify")});
}
} // namespace

class TestAuditSeal : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

    QString receive(const Database& db, QString* error)
    {
        if (!RegisterFixture::prepare(db, error))
            return QString();
        DossierRepository repo(db, rules);
        Dossier d;
        d.procedureCode = QStringLiteral("1.003583");
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.applicantId = QStringLiteral("075190001299");
        d.applicantPhone = QStringLiteral("0912 345 678");
        d.applicantAddress = QStringLiteral("Ấp Bình Chánh, xã Tân Bình");
        d.receivedAt = QDateTime(QDate(2024, 3, 5), QTime(8, 15));
        return repo.create(&d, QStringLiteral("Trần Văn Bình"), error) ? d.code : QString();
    }

private slots:
    // Point 8: printing a receipt, saving the documents handed in and a notice used to write
    // an entry without moving the head, and `audit verify` then failed.
    void printThenVerifyPasses()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        const QString code = receive(t.db(), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        const User officer = User::acting(QStringLiteral("Trần Văn Bình"));
        QVERIFY2(DossierPaperRepository(t.db()).saveDocuments(
                     code, {{QStringLiteral("Tờ khai"), 1, 0}}, officer, &error),
                 qPrintable(error));
        QTemporaryDir dir;
        const CliResult print = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("print"),
                                        QStringLiteral("receipt"), code, QStringLiteral("--out"),
                                        dir.filePath(QStringLiteral("receipt.pdf"))});
        QVERIFY2(print.exit == ExitSuccess, qPrintable(print.err));
        QVERIFY2(DossierPaperRepository(t.db()).auditPrint(code, QStringLiteral("receipt"),
                                                           officer.name(), &error),
                 qPrintable(error));
        const CliResult verify = verifyCli(t.path());
        QVERIFY2(verify.exit == ExitSuccess, qPrintable(verify.err));
        QVERIFY(verify.out.contains(QStringLiteral("intact")));
        QCOMPARE(headValue(t.db()).section(QLatin1Char(':'), 0, 0).toLongLong(),
                 scalar(t.db(), QStringLiteral("SELECT MAX(id) FROM audit_log")));
    }

    // Point 8, killed at the wrong moment: a failure after the entry and before the head (or
    // before the commit) leaves neither.
    void failureBetweenEntryAndHeadRollsBackBoth()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 2, &error), qPrintable(error));
        const QString before = headValue(t.db());
        {
            TransactionGuard transaction(t.db());
            QVERIFY(transaction.isActive());
            AuditChain chain(t.db());
            QVERIFY2(chain.append({0, QDateTime::currentDateTime(), QStringLiteral("canbo"),
                                   QStringLiteral("print"), QString(), QString(), QString()},
                                  &error),
                     qPrintable(error));
            // The desk dies here: the transaction never commits.
        }
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(2));
        QCOMPARE(headValue(t.db()), before);
        qint64 broken = 0;
        QVERIFY2(AuditLog::verifyAnchored(t.db(), &broken, &error), qPrintable(error));
    }

    // The same through a real audited write that fails at its last step (the head): the print
    // entry goes with it, and the log still verifies.
    void failedHeadWriteRollsBackTheEntry()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        const QString code = receive(t.db(), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        const qint64 before = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        if (t.isServer()) {
            QVERIFY(exec(t.db(), QStringLiteral(
                                     "CREATE FUNCTION fail_head() RETURNS trigger LANGUAGE plpgsql "
                                     "AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$")));
            QVERIFY(exec(t.db(), QStringLiteral("CREATE TRIGGER fail_head BEFORE UPDATE ON "
                                                "settings FOR EACH ROW WHEN (NEW.key = "
                                                "'audit.head') EXECUTE FUNCTION fail_head()")));
        } else {
            QVERIFY(exec(t.db(), QStringLiteral("CREATE TRIGGER fail_head BEFORE UPDATE ON "
                                                "settings WHEN NEW.key = 'audit.head' BEGIN "
                                                "SELECT RAISE(ABORT, 'disk full'); END")));
        }
        QVERIFY(!DossierPaperRepository(t.db()).auditPrint(code, QStringLiteral("receipt"),
                                                           QStringLiteral("canbo"), &error));
        QVERIFY2(error.contains(QStringLiteral("disk full")), qPrintable(error));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
        qint64 broken = 0;
        QVERIFY2(AuditLog::verifyAnchored(t.db(), &broken, &error), qPrintable(error));
    }

    void verifyMessagesDoNotContradictThemselves()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 4, &error), qPrintable(error));
        // A head left behind the log (what the old print path did).
        QVERIFY(exec(t.db(), QStringLiteral("UPDATE settings SET value = '2:x:y' WHERE key = "
                                            "'audit.head'")));
        qint64 broken = 0;
        QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
        QVERIFY2(!error.contains(QStringLiteral("missing")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("3 to 4")), qPrintable(error));
    }

    // A register of version 11 whose head was left behind by a print (the old bug) is sealed at
    // its last entry by the upgrade, and verifies.
    void upgradeSealsALogLeftBehindByAnOlderVersion()
    {
        TestDatabase t(false);
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(t.db().migrate(&error, 11), qPrintable(error));
        QString previous;
        for (qint64 id = 1; id <= 3; ++id) {
            AuditEntry e{id,
                         QDateTime(QDate(2026, 3, 2), QTime(8, int(id))),
                         QStringLiteral("cb"),
                         QStringLiteral("print"),
                         QString(),
                         QStringLiteral("receipt"),
                         QString()};
            e.hash = AuditLog::hashOf(previous, e);
            previous = e.hash;
            QSqlQuery q(t.db().connection());
            q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, officer, action, detail, "
                                     "hash) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v :
                 {QVariant(e.id), QVariant(SqlTime::toSql(e.at)), QVariant(e.officer),
                  QVariant(e.action), QVariant(e.detail), QVariant(e.hash)})
                q.addBindValue(v);
            QVERIFY(q.exec());
            if (id == 1) // the head of entry 1 only: entries 2 and 3 were prints
                QVERIFY(exec(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                                    "('audit.head', '1:%1')")
                                         .arg(e.hash)));
        }
        qint64 broken = 0;
        QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
        QVERIFY2(t.db().migrate(&error), qPrintable(error));
        QVERIFY2(AuditLog::verifyAnchored(t.db(), &broken, &error), qPrintable(error));
        QVERIFY(headValue(t.db()).startsWith(QStringLiteral("3:")));
    }

    void auditLogIsAppendOnly()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 2, &error), qPrintable(error));
        QVERIFY(!exec(t.db(), QStringLiteral("UPDATE audit_log SET officer = 'x' WHERE id = 1"),
                      &error));
        QVERIFY2(error.contains(QStringLiteral("never changed")), qPrintable(error));
        QVERIFY(!exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 2"), &error));
        QVERIFY2(error.contains(QStringLiteral("never deleted")), qPrintable(error));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(2));
    }

    // Point 9: the tail cut and the head moved back to an older, validly sealed value.
    void tailCutWithHeadMovedBackIsDetected()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 3, &error), qPrintable(error));
        const QString olderHead = headValue(t.db());
        QVERIFY2(record(t.db(), 3, &error), qPrintable(error));
        QCOMPARE(verifyCli(t.path()).exit, int(ExitSuccess));
        QVERIFY(dropTriggers(t.db()));
        QVERIFY(exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE id > 3")));
        QVERIFY(exec(t.db(), QStringLiteral("UPDATE settings SET value = '%1' WHERE key = "
                                            "'audit.head'")
                                 .arg(olderHead)));
        // The file alone is consistent again...
        qint64 broken = 0;
        QVERIFY2(AuditLog::verify(t.db(), &broken, &error), qPrintable(error));
        // ...but this computer saw entry 6.
        const CliResult verify = verifyCli(t.path());
        QCOMPARE(verify.exit, int(ExitFailure));
        // (On a server the command line's sign-ins are entries too: the numbers move.)
        const QRegularExpressionMatch numbers =
            QRegularExpression(QStringLiteral("ends at entry (\\d+), but this computer saw entry "
                                              "(\\d+)"))
                .match(verify.err);
        QVERIFY2(numbers.hasMatch() && numbers.captured(1).toInt() < numbers.captured(2).toInt(),
                 qPrintable(verify.err));
        if (!t.isServer())
            QVERIFY2(numbers.captured(1) == QLatin1String("3") &&
                         numbers.captured(2) == QLatin1String("6"),
                     qPrintable(verify.err));
        // A desk that writes to the cut log does not move its anchor back.
        QVERIFY2(record(t.db(), 1, &error), qPrintable(error));
        QCOMPARE(verifyCli(t.path()).exit, int(ExitFailure));
    }

    void olderCopyPutInPlaceIsDetected()
    {
        if (TestDatabase::onServer())
            QSKIP("a file copy: SQLite only");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 2, &error), qPrintable(error));
        const QString old = t.folder() + QStringLiteral("/old.sqlite");
        QVERIFY(exec(t.db(), QStringLiteral("VACUUM INTO '%1'").arg(old)));
        QVERIFY2(record(t.db(), 2, &error), qPrintable(error));
        const QString path = t.path();
        QVERIFY(putInPlace(t, old));
        const CliResult verify = verifyCli(path);
        QCOMPARE(verify.exit, int(ExitFailure));
        QVERIFY2(verify.err.contains(QStringLiteral("older copy")), qPrintable(verify.err));
    }

    // A computer that never saw the newer log compares with the newest backup instead.
    void olderCopyIsDetectedAgainstANewerBackup()
    {
        if (TestDatabase::onServer())
            QSKIP("a file copy: SQLite only");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 2, &error), qPrintable(error));
        const QString old = t.folder() + QStringLiteral("/old.sqlite");
        QVERIFY(exec(t.db(), QStringLiteral("VACUUM INTO '%1'").arg(old)));
        QVERIFY2(record(t.db(), 2, &error), qPrintable(error));
        const QString backup = t.folder() + QStringLiteral("/motcua-backup.sqlite");
        QVERIFY2(BackupService::backupTo(t.db(), backup, &error), qPrintable(error));
        QString registerId;
        QVERIFY(AuditSeal::registerId(t.db(), &registerId, &error));
        const QString key = AuditSeal::keyText(AuditSeal::key(registerId));
        const QString path = t.path();
        QVERIFY(putInPlace(t, old));

        bool keyed = false;
        CliResult alone;
        CliResult against;
        {
            const OtherComputer other;
            Database copy;
            keyed = copy.open(path, &error) && AuditLog::enterKey(copy, key, &error);
            copy.close();
            alone = verifyCli(path);
            against = runCli({QStringLiteral("--db"), path, QStringLiteral("audit"),
                              QStringLiteral("verify"), QStringLiteral("--against"), backup});
        }
        QVERIFY2(keyed, qPrintable(error));
        QVERIFY2(alone.exit == ExitSuccess, qPrintable(alone.err)); // this computer never saw 4
        QCOMPARE(against.exit, int(ExitFailure));
        QVERIFY2(against.err.contains(QStringLiteral("holds entry 4")), qPrintable(against.err));
    }

    void wipedLogIsDetected()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 3, &error), qPrintable(error));
        QCOMPARE(verifyCli(t.path()).exit, int(ExitSuccess));
        QVERIFY(dropTriggers(t.db()));
        QVERIFY(exec(t.db(), QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(exec(t.db(), QStringLiteral("DELETE FROM settings WHERE key = 'audit.head'")));
        CliResult verify = verifyCli(t.path());
        QCOMPARE(verify.exit, int(ExitFailure));
        // Even with the register's id removed as well, and on a computer that never saw it.
        QVERIFY(exec(t.db(), QStringLiteral("DELETE FROM settings WHERE key = 'audit.register'")));
        qint64 broken = 0;
        QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
        QVERIFY2(error.contains(QStringLiteral("register id")), qPrintable(error));
        verify = verifyCli(t.path());
        QCOMPARE(verify.exit, int(ExitFailure));
    }

    // Point 9: the chain recomputed by someone without the key (the hashes are public).
    void recomputedChainWithoutKeyIsDetected()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 3, &error), qPrintable(error));
        QVERIFY(dropTriggers(t.db()));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, officer, action, COALESCE(dossier_code, "
                                      "''), detail FROM audit_log ORDER BY id")));
        QList<AuditEntry> entries;
        while (q.next())
            entries.append({q.value(0).toLongLong(), SqlTime::fromSql(q.value(1).toString()),
                            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                            q.value(5).toString(), QString()});
        entries[1].officer = QStringLiteral("someone else");
        QString previous;
        for (AuditEntry& e : entries) {
            e.hash = AuditLog::hashOf(previous, e);
            previous = e.hash;
            QSqlQuery u(t.db().connection());
            u.prepare(QStringLiteral("UPDATE audit_log SET officer = ?, hash = ? WHERE id = ?"));
            u.addBindValue(e.officer);
            u.addBindValue(e.hash);
            u.addBindValue(e.id);
            QVERIFY(u.exec());
        }
        // The attacker's own seal, with a key of his own, and no seal at all.
        const QString forged = AuditSeal::seal(QByteArray(32, 'k'), QString(), 3, previous);
        for (const QString& seal : {forged, QString()}) {
            QSqlQuery h(t.db().connection());
            h.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'audit.head'"));
            h.addBindValue(QString(QStringLiteral("3:") + previous + QLatin1Char(':') + seal));
            QVERIFY(h.exec());
            qint64 broken = 0;
            QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
            QVERIFY2(error.contains(QStringLiteral("seal")), qPrintable(error));
        }
    }

    // The key is shown once to the administrator and entered on another computer.
    void keyMovesToAnotherComputer()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 2, &error), qPrintable(error));
        QString registerId;
        QVERIFY(AuditSeal::registerId(t.db(), &registerId, &error));
        QVERIFY(!registerId.isEmpty());
        QVERIFY(!AuditSeal::keyShown(registerId));
        const CliResult show = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"),
                                       QStringLiteral("key"), QStringLiteral("show")});
        QVERIFY2(show.exit == ExitSuccess, qPrintable(show.err));
        QVERIFY(AuditSeal::keyShown(registerId));
        const QString text = show.out.section(QStringLiteral("audit key "), 1).trimmed();
        QCOMPARE(text.size(), 64 + 7);

        const OtherComputer other; // without the key
        qint64 broken = 0;
        QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
        QVERIFY2(error.contains(QStringLiteral("audit key")), qPrintable(error));
        QVERIFY(!AuditLog::enterKey(t.db(), QStringLiteral("12-34"), &error));
        // A mistyped key is refused, not stored.
        QString mistyped = text;
        mistyped[0] = mistyped[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!AuditLog::enterKey(t.db(), mistyped, &error));
        QVERIFY2(error.contains(QStringLiteral("does not match")), qPrintable(error));
        QVERIFY(AuditSeal::key(registerId).isEmpty());
        QVERIFY2(AuditLog::enterKey(t.db(), text, &error), qPrintable(error));
        QVERIFY2(AuditLog::verify(t.db(), &broken, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(other.store()) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    // `motcua-cli audit key set` reads the key from standard input, never from an argument.
    void commandLineReadsTheKeyFromStandardInput()
    {
        if (TestDatabase::onServer())
            QSKIP("the key store is the same on both backends");
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(record(t.db(), 1, &error), qPrintable(error));
        QString registerId;
        QVERIFY(AuditSeal::registerId(t.db(), &registerId, &error));
        const QString text = AuditSeal::keyText(AuditSeal::key(registerId));
        const OtherComputer other; // its store goes to the command line's environment
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        auto run = [&](const QStringList& arguments, const QByteArray& input) {
            QProcess cli;
            cli.setProcessEnvironment(environment);
            cli.start(QStringLiteral(MOTCUA_CLI_PATH),
                      QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("audit")} +
                          arguments);
            cli.write(input);
            cli.closeWriteChannel();
            cli.waitForFinished(60000);
            return cli.exitCode();
        };
        QCOMPARE(run({QStringLiteral("verify")}, QByteArray()), int(ExitFailure));
        QCOMPARE(run({QStringLiteral("key"), QStringLiteral("set")}, "0000\n"), int(ExitFailure));
        QCOMPARE(run({QStringLiteral("key"), QStringLiteral("set")}, text.toLatin1() + '\n'),
                 int(ExitSuccess));
        QCOMPARE(run({QStringLiteral("verify")}, QByteArray()), int(ExitSuccess));
    }
};

QTEST_MAIN(TestAuditSeal) // printing a receipt lays out a QTextDocument
#include "tst_auditseal.moc"
