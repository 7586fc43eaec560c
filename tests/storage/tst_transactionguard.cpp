#include "TestDatabase.h"
#include "storage/TransactionGuard.h"

#include <QSqlQuery>
#include <QTest>

namespace {
// The rows these tests write (a new register already holds its audit register id).
int countSettings(const Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key NOT LIKE 'audit.%'"));
    return q.next() ? q.value(0).toInt() : -1;
}

bool insertSetting(const Database& db, const QString& key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"));
    q.addBindValue(key);
    return q.exec();
}
} // namespace

class TestTransactionGuard : public QObject
{
    Q_OBJECT

private slots:
    void rollsBackWhenNotCommitted()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        {
            TransactionGuard guard(t.db());
            QVERIFY2(guard.isActive(), qPrintable(guard.error()));
            QVERIFY(insertSetting(t.db(), QStringLiteral("a")));
            QVERIFY(insertSetting(t.db(), QStringLiteral("b")));
        }
        QCOMPARE(countSettings(t.db()), 0);
    }

    void keepsWhatWasCommitted()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        TransactionGuard guard(t.db());
        QVERIFY(insertSetting(t.db(), QStringLiteral("a")));
        QString error;
        QVERIFY2(guard.commit(&error), qPrintable(error));
        QCOMPARE(countSettings(t.db()), 1);
    }

    void failedStatementLeavesNothingHalfWritten()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        {
            TransactionGuard guard(t.db());
            QVERIFY(insertSetting(t.db(), QStringLiteral("a")));
            QVERIFY(!insertSetting(t.db(), QStringLiteral("a"))); // duplicate key
        }
        QCOMPARE(countSettings(t.db()), 0);
    }

    // A commit that reports success has kept the writes. PostgreSQL answers COMMIT in a
    // transaction one of whose statements failed with ROLLBACK, and no error: had the caller
    // gone on past the failure, its writes were silently lost.
    void commitReportsSuccessOnlyWhenTheWritesAreKept()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        TransactionGuard guard(t.db());
        QVERIFY(insertSetting(t.db(), QStringLiteral("a")));
        QVERIFY(!insertSetting(t.db(), QStringLiteral("a"))); // duplicate key, not heeded
        QString error;
        const bool committed = guard.commit(&error);
        QCOMPARE(countSettings(t.db()), committed ? 1 : 0);
        QVERIFY2(committed || !error.isEmpty(), "a failed commit says why");
        QVERIFY(!guard.commit(&error)); // and the guard is spent
    }

    void secondWriterWaitsThenFailsCleanlyWhileLocked()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Database other;
        QString error;
        QVERIFY2(other.openAndMigrate(t.path(), &error), qPrintable(error));
        // Shorten the wait for the lock (15 s for a desk) to keep the test quick.
        QVERIFY(QSqlQuery(other.connection())
                    .exec(t.isServer() ? QStringLiteral("SET lock_timeout = '100ms'")
                                       : QStringLiteral("PRAGMA busy_timeout=100")));
        TransactionGuard first(t.db());
        QVERIFY(first.isActive());
        TransactionGuard second(other);
        QVERIFY(!second.isActive());
        QVERIFY(!second.error().isEmpty());
        QVERIFY(!second.commit(&error));
    }
};

QTEST_GUILESS_MAIN(TestTransactionGuard)
#include "tst_transactionguard.moc"
