#include "settings/ConnectionSettings.h"
#include "storage/Database.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // The settings file of this test, never the user's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("motcua-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionsettings"));
    }

    void fileLocationIsAFile()
    {
        ConnectionSettings settings;
        QString error;
        QVERIFY2(ConnectionSettings::fromLocation(QStringLiteral("/srv/motcua/motcua.sqlite"),
                                                  &settings, &error),
                 qPrintable(error));
        QVERIFY(!settings.isServer());
        QCOMPARE(settings.filePath, QStringLiteral("/srv/motcua/motcua.sqlite"));
        QString location;
        QVERIFY2(settings.toLocation(&location, &error), qPrintable(error));
        QCOMPARE(location, QStringLiteral("/srv/motcua/motcua.sqlite"));
    }

    void serverAddressFromParts()
    {
        ConnectionSettings settings;
        settings.kind = ConnectionSettings::Kind::PostgresqlServer;
        settings.host = QStringLiteral("db.tanbinh.local");
        settings.port = 5433;
        settings.databaseName = QStringLiteral("motcua");
        settings.userName = QStringLiteral("motcua");
        QString location;
        QString error;
        QVERIFY2(settings.toLocation(&location, &error), qPrintable(error));
        QCOMPARE(location, QStringLiteral("postgresql://motcua@db.tanbinh.local:5433/motcua"));

        ConnectionSettings back;
        QVERIFY2(ConnectionSettings::fromLocation(location, &back, &error), qPrintable(error));
        QVERIFY(back.isServer());
        QCOMPARE(back.host, settings.host);
        QCOMPARE(back.port, 5433);
        QCOMPARE(back.databaseName, settings.databaseName);
        QCOMPARE(back.userName, settings.userName);
    }

    void portDefaultsTo5432()
    {
        ConnectionSettings settings;
        QString error;
        QVERIFY2(ConnectionSettings::fromLocation(QStringLiteral("postgres://u@10.0.0.5/motcua"),
                                                  &settings, &error),
                 qPrintable(error));
        QCOMPARE(settings.port, 5432);
        QCOMPARE(settings.host, QStringLiteral("10.0.0.5"));
    }

    void namesArePercentEncoded()
    {
        // A user with @ and : and Vietnamese letters, a database with a space and a '%'.
        ConnectionSettings settings;
        settings.kind = ConnectionSettings::Kind::PostgresqlServer;
        settings.host = QStringLiteral("192.168.1.10");
        settings.databaseName = QStringLiteral("một cửa 100%");
        settings.userName = QStringLiteral("nguyễn@xã:tân bình");
        QString location;
        QString error;
        QVERIFY2(settings.toLocation(&location, &error), qPrintable(error));
        QCOMPARE(location,
                 QStringLiteral("postgresql://nguy%E1%BB%85n%40x%C3%A3%3At%C3%A2n%20b%C3%ACnh"
                                "@192.168.1.10:5432/m%E1%BB%99t%20c%E1%BB%ADa%20100%25"));
        ConnectionSettings back;
        QVERIFY2(ConnectionSettings::fromLocation(location, &back, &error), qPrintable(error));
        QCOMPARE(back.userName, settings.userName);
        QCOMPARE(back.databaseName, settings.databaseName);
        QCOMPARE(back.host, settings.host);
    }

    void unixSocketFolderIsAHost()
    {
        ConnectionSettings settings;
        settings.kind = ConnectionSettings::Kind::PostgresqlServer;
        settings.host = QStringLiteral("/var/run/postgresql");
        settings.databaseName = QStringLiteral("motcua");
        settings.userName = QStringLiteral("motcua");
        QString location;
        QString error;
        QVERIFY2(settings.toLocation(&location, &error), qPrintable(error));
        QCOMPARE(location,
                 QStringLiteral("postgresql://motcua@%2Fvar%2Frun%2Fpostgresql:5432/motcua"));
        ConnectionSettings back;
        QVERIFY2(ConnectionSettings::fromLocation(location, &back, &error), qPrintable(error));
        QCOMPARE(back.host, QStringLiteral("/var/run/postgresql"));
        QCOMPARE(back.databaseName, QStringLiteral("motcua"));
        QCOMPARE(back.userName, QStringLiteral("motcua"));
        QCOMPARE(Database::displayLocation(location), location);

        // Database::open reads the same address: a missing socket is a connection problem,
        // not a malformed address.
        settings.host = m_config.filePath(QStringLiteral("no server here"));
        QVERIFY2(settings.toLocation(&location, &error), qPrintable(error));
        QVERIFY(location.contains(QLatin1String("%20server%20here")));
        Database db;
        QVERIFY(!db.open(location, &error));
        QVERIFY2(!error.contains(QLatin1String("not of the form")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Cannot connect")) ||
                     error.contains(QLatin1String("QPSQL")),
                 qPrintable(error));
    }

    void ipv6AddressInBrackets()
    {
        ConnectionSettings settings;
        settings.kind = ConnectionSettings::Kind::PostgresqlServer;
        settings.host = QStringLiteral("::1");
        settings.databaseName = QStringLiteral("motcua");
        QString location;
        QString error;
        QVERIFY2(settings.toLocation(&location, &error), qPrintable(error));
        QCOMPARE(location, QStringLiteral("postgresql://[::1]:5432/motcua"));
        ConnectionSettings back;
        QVERIFY2(ConnectionSettings::fromLocation(location, &back, &error), qPrintable(error));
        QCOMPARE(back.host, QStringLiteral("::1"));
        QVERIFY(back.userName.isEmpty());
    }

    void missingOrWrongFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::newRow("no host") << QString() << QStringLiteral("motcua")
                                 << QStringLiteral("Server");
        QTest::newRow("bad host") << QStringLiteral("db server") << QStringLiteral("motcua")
                                  << QStringLiteral("Server");
        QTest::newRow("no name") << QStringLiteral("db") << QString()
                                 << QStringLiteral("Database name");
        QTest::newRow("slash in name")
            << QStringLiteral("db") << QStringLiteral("a/b") << QStringLiteral("Database name");
    }

    void missingOrWrongFieldsAreNamed()
    {
        QFETCH(QString, host);
        QFETCH(QString, name);
        QFETCH(QString, field);
        ConnectionSettings settings;
        settings.kind = ConnectionSettings::Kind::PostgresqlServer;
        settings.host = host;
        settings.databaseName = name;
        QString location;
        QString error;
        QVERIFY(!settings.toLocation(&location, &error));
        QVERIFY2(error.startsWith(field), qPrintable(error));

        ConnectionSettings file;
        QVERIFY(!file.toLocation(&location, &error));
        QVERIFY2(error.startsWith(QLatin1String("Database file")), qPrintable(error));
    }

    void badAddressIsRefused()
    {
        ConnectionSettings settings;
        QString error;
        QVERIFY(!ConnectionSettings::fromLocation(QStringLiteral("postgresql://u@db/"), &settings,
                                                  &error));
        QVERIFY2(error.contains(QLatin1String("postgresql://user@host:port/dbname")),
                 qPrintable(error));
        QVERIFY(!ConnectionSettings::fromLocation(QStringLiteral("  "), &settings, &error));
    }

    void savedWithoutPasswordAndLoaded()
    {
        QVERIFY(!ConnectionSettings::isSaved());
        QCOMPARE(ConnectionSettings::load(), Database::defaultLocation());
        QString error;
        QVERIFY2(
            ConnectionSettings::save(
                QStringLiteral("postgresql://motcua:s3cr%C3%A9t@db.local:5432/motcua"), &error),
            qPrintable(error));
        QVERIFY(ConnectionSettings::isSaved());
        QCOMPARE(ConnectionSettings::load(),
                 QStringLiteral("postgresql://motcua@db.local:5432/motcua"));
        const QString file = QSettings().fileName();
        QSettings().sync();
        QFile stored(file);
        QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray text = stored.readAll();
        QVERIFY(text.contains("db.local"));
        QVERIFY(!text.contains("s3cr"));

        QVERIFY(!ConnectionSettings::save(QStringLiteral("postgresql://nohost"), &error));
        QCOMPARE(ConnectionSettings::load(),
                 QStringLiteral("postgresql://motcua@db.local:5432/motcua"));
        QVERIFY2(ConnectionSettings::save(QStringLiteral("/srv/motcua.sqlite"), &error),
                 qPrintable(error));
        QCOMPARE(ConnectionSettings::load(), QStringLiteral("/srv/motcua.sqlite"));
    }

    void describeNamesTheKindWithoutPassword()
    {
        QCOMPARE(ConnectionSettings::describe(QStringLiteral("/a/b.sqlite")),
                 QStringLiteral("SQLite file /a/b.sqlite"));
        QCOMPARE(ConnectionSettings::describe(QStringLiteral("postgresql://u:pw@h:5432/db")),
                 QStringLiteral("PostgreSQL server postgresql://u@h:5432/db"));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
