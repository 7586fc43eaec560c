#include "CliRun.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "cli/CliContext.h"
#include "storage/TransactionGuard.h"

#include <QSqlQuery>
#include <QTest>

namespace {
bool writeEntries(Database& db, int count, QString* error)
{
    const QDateTime start(QDate(2026, 3, 2), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600);
    for (int i = 0; i < count; ++i) {
        const AuditEntry entry{
            0,
            start.addSecs(60 * i),
            QStringLiteral("canbo"),
            i % 2 ? QStringLiteral("view") : QStringLiteral("print"),
            QStringLiteral("000.00.06.H56-260302-%1").arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("entry %1").arg(i),
            QString()};
        if (!AuditLog::record(db, entry, error))
            return false;
    }
    return true;
}

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

// The log refuses changes (append-only triggers): these tests play an attacker with the
// database file, who drops the triggers first.
bool tamper(Database& db, const QString& sql)
{
    const bool dropped =
        db.isServer()
            ? exec(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log"))
            : exec(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only")) &&
                  exec(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_never_deleted"));
    return dropped && exec(db, sql);
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void intactChainVerifies()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(writeEntries(t.db(), 5, &error), qPrintable(error));
        qint64 broken = -1;
        QVERIFY2(AuditLog::verify(t.db(), &broken, &error), qPrintable(error));
        QCOMPARE(broken, qint64(0));

        AuditLog::Filter filter;
        filter.action = QStringLiteral("view");
        QList<AuditEntry> found;
        QVERIFY2(AuditLog::find(t.db(), filter, &found, &error), qPrintable(error));
        QCOMPARE(found.size(), 2);
    }

    void editedEntryIsDetected()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(writeEntries(t.db(), 5, &error));
        QVERIFY(tamper(t.db(),
                       QStringLiteral("UPDATE audit_log SET officer = 'someone' WHERE id = 3")));
        qint64 broken = 0;
        QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
        QCOMPARE(broken, qint64(3));
        QVERIFY(error.contains(QLatin1Char('3')));
    }

    void deletedEntryIsDetected()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(writeEntries(t.db(), 5, &error));
        QVERIFY(tamper(t.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        qint64 broken = 0;
        QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
        QCOMPARE(broken, qint64(3));
    }

    void deletedLastEntryIsDetected()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(writeEntries(t.db(), 5, &error));
        QVERIFY(tamper(t.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
        qint64 broken = -1;
        QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
        QVERIFY2(error.contains(QLatin1Char('5')), qPrintable(error));
    }

    void reorderedEntriesAreDetected()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(writeEntries(t.db(), 5, &error));
        // Swap the contents of entries 2 and 4, hashes and all.
        QVERIFY(tamper(t.db(), QStringLiteral("UPDATE audit_log SET id = -2 WHERE id = 2")));
        QVERIFY(tamper(t.db(), QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 4")));
        QVERIFY(tamper(t.db(), QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = -2")));
        qint64 broken = 0;
        QVERIFY(!AuditLog::verify(t.db(), &broken, &error));
        QCOMPARE(broken, qint64(2));
    }

    void commandLineVerifyExitCodes()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY(writeEntries(t.db(), 3, &error));
        // runCli: on a server the command line signs in as an account.
        const QStringList verify{QStringLiteral("--db"), t.path(), QStringLiteral("audit"),
                                 QStringLiteral("verify")};
        QCOMPARE(runCli(verify).exit, int(ExitSuccess));
        QVERIFY(tamper(t.db(), QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 2")));
        const CliResult broken = runCli(verify);
        QCOMPARE(broken.exit, int(ExitFailure));
        QVERIFY2(broken.err.contains(QLatin1Char('2')), qPrintable(broken.err));
        QCOMPARE(runCli({QStringLiteral("audit")}).exit, int(ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
