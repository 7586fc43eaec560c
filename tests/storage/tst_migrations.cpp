#include "TestDatabase.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QTest>

namespace {
// The schema as the backend reports it, to compare an upgraded database with a fresh one.
QStringList schemaOf(const Database& db)
{
    QStringList schema;
    QSqlQuery q(db.connection());
    const bool ok = q.exec(
        db.isServer()
            ? QStringLiteral(
                  "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || "
                  "' ' || is_nullable || ' ' || COALESCE(column_default, '') || ' ' || "
                  "COALESCE(collation_name, '') FROM information_schema.columns WHERE "
                  "table_schema = current_schema() UNION ALL SELECT 'index ' || indexdef FROM "
                  "pg_indexes WHERE schemaname = current_schema() UNION ALL SELECT 'trigger ' || "
                  "tgname || ' ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT "
                  "tgisinternal UNION ALL SELECT 'constraint ' || conname || ' ' || "
                  "pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = "
                  "current_schema()::regnamespace ORDER BY 1")
            : QStringLiteral("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM "
                             "sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    if (!ok)
        qFatal("cannot read the schema");
    while (q.next())
        schema << q.value(0).toString();
    return schema;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreOrdered()
    {
        int previous = 0;
        for (const MigrationStep& step : Migrations::steps()) {
            QCOMPARE(step.version, previous + 1);
            previous = step.version;
        }
        QCOMPARE(Migrations::latestVersion(), previous);
    }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        TestDatabase fresh;
        MOTCUA_VERIFY_DB(fresh);

        TestDatabase old(false);
        MOTCUA_VERIFY_DB(old);
        QString error;
        QVERIFY2(old.db().migrate(&error, from), qPrintable(error));
        QCOMPARE(old.db().schemaVersion(), from);
        QVERIFY2(old.db().migrate(&error), qPrintable(error));
        QCOMPARE(old.db().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(schemaOf(old.db()), schemaOf(fresh.db()));
    }

    void rerunningIsHarmless()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const QStringList before = schemaOf(t.db());
        QString error;
        QVERIFY2(t.db().migrate(&error), qPrintable(error));
        QVERIFY2(t.db().migrate(&error), qPrintable(error));
        QCOMPARE(schemaOf(t.db()), before);
    }

    void twoDesksMigratingTheSameFileAgree()
    {
        TestDatabase first(false);
        MOTCUA_VERIFY_DB(first);
        Database second;
        QString error;
        QVERIFY2(second.open(first.path(), &error), qPrintable(error));
        QVERIFY2(first.db().migrate(&error), qPrintable(error));
        QVERIFY2(second.migrate(&error), qPrintable(error));
        QCOMPARE(second.schemaVersion(), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
