#include "TestDatabase.h"
#include "common/BatchInsert.h"
#include "storage/TransactionGuard.h"

#include <QSqlQuery>
#include <QTest>

namespace {
// The settings rows in key order, "key=value".
QStringList settings(const Database& db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'batch.%' ORDER BY key"));
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    return rows;
}

QString key(int i)
{
    return QStringLiteral("batch.%1").arg(i, 4, 10, QLatin1Char('0'));
}
} // namespace

// BatchInsert writes the rows of bulk writes (search terms, status history, ledger lines)
// many to a statement; every row must arrive, in full, whatever the count.
class TestBatchInsert : public QObject
{
    Q_OBJECT

private slots:
    void everyRowArrives_data()
    {
        QTest::addColumn<int>("rows");
        // Two values a row, eight values a statement: four rows a statement.
        QTest::newRow("none") << 0;
        QTest::newRow("fewer than a statement") << 3;
        QTest::newRow("exactly one statement") << 4;
        QTest::newRow("statements and a rest") << 11;
        QTest::newRow("many statements") << 400;
    }

    void everyRowArrives()
    {
        QFETCH(int, rows);
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        TransactionGuard guard(t.db());
        BatchInsert insert(t.db().connection(), QStringLiteral("settings"),
                           {QStringLiteral("key"), QStringLiteral("value")}, 8);
        QStringList expected;
        for (int i = 0; i < rows; ++i) {
            insert.add(key(i));
            insert.add(QStringLiteral("giá trị %1").arg(i));
            QVERIFY2(insert.endRow(), qPrintable(insert.errorText()));
            expected << key(i) + QStringLiteral("=giá trị %1").arg(i);
        }
        // Whole statements are written as they fill; the rest waits for flush().
        QCOMPARE(settings(t.db()).size(), rows / 4 * 4);
        QVERIFY2(insert.flush(), qPrintable(insert.errorText()));
        QCOMPARE(settings(t.db()), expected);
        QVERIFY(insert.flush()); // nothing waiting: nothing written twice
        QString error;
        QVERIFY2(guard.commit(&error), qPrintable(error));
        QCOMPARE(settings(t.db()), expected);
    }

    void aRefusedRowFailsWithTheDatabaseReason()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        {
            TransactionGuard guard(t.db());
            BatchInsert insert(t.db().connection(), QStringLiteral("settings"),
                               {QStringLiteral("key"), QStringLiteral("value")}, 8);
            bool ok = true;
            for (int i = 0; i < 4; ++i) {
                insert.add(key(i % 3)); // the fourth repeats the first key
                insert.add(QStringLiteral("x"));
                ok = insert.endRow() && ok;
            }
            QVERIFY(!ok);
            QVERIFY(!insert.errorText().isEmpty());
        } // not committed: the caller's transaction rolls back
        QVERIFY(settings(t.db()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchInsert)
#include "tst_batchinsert.moc"
