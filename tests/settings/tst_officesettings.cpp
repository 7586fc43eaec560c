#include "TestDatabase.h"
#include "settings/OfficeSettingsStore.h"

#include <QTest>

namespace {
OfficeSettings tanBinh()
{
    OfficeSettings s;
    s.agencyName = QStringLiteral("UBND XÃ TÂN BÌNH");
    s.parentAgency = QStringLiteral("UBND HUYỆN VĨNH CỬU");
    s.agencyCode = QStringLiteral("000.00.06.H56");
    s.placeName = QStringLiteral("Tân Bình");
    return s;
}
} // namespace

class TestOfficeSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheDomainDefaults()
    {
        const OfficeSettings s;
        QCOMPARE(s.windows.morningStart, QTime(7, 30));
        QCOMPARE(s.windows.morningEnd, QTime(11, 30));
        QCOMPARE(s.windows.afternoonStart, QTime(13, 30));
        QCOMPARE(s.windows.afternoonEnd, QTime(17, 0));
        QCOMPARE(s.formsSwitchDate, QDate(2025, 9, 15));
        QVERIFY(s.supplementPolicy == SupplementPolicy::ExtendByPausedTime);
        QVERIFY(!s.isConfigured());
    }

    void agencyCodeValidation_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("commune") << QStringLiteral("000.00.06.H56") << true;
        QTest::newRow("letters") << QStringLiteral("G22.41.07.H12") << true;
        QTest::newRow("three groups") << QStringLiteral("000.06.H56") << false;
        QTest::newRow("lower case") << QStringLiteral("000.00.06.h56") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("name") << QStringLiteral("UBND Tân Bình") << false;
    }

    void agencyCodeValidation()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(OfficeSettings::isValidAgencyCode(code), valid);
    }

    void validationNamesTheField()
    {
        OfficeSettings s = tanBinh();
        s.agencyCode = QStringLiteral("12345");
        QString error;
        QVERIFY(!s.validate(&error));
        QVERIFY2(error.contains(QStringLiteral("12345")), qPrintable(error));

        s = tanBinh();
        s.windows.morningEnd = QTime(14, 0);
        QVERIFY(!s.validate(&error));
        QVERIFY(!error.isEmpty());
    }

    void savesAndLoadsEveryField()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        OfficeSettings s = tanBinh();
        s.windows.morningStart = QTime(7, 0);
        s.windows.afternoonEnd = QTime(16, 30);
        s.supplementPolicy = SupplementPolicy::RestartFullLimit;
        s.formsSwitchDate = QDate(2025, 10, 1);
        QString error;
        OfficeSettingsStore store(t.db());
        QVERIFY2(store.save(s, &error), qPrintable(error));

        OfficeSettings loaded;
        QVERIFY2(store.load(&loaded, &error), qPrintable(error));
        QCOMPARE(loaded.agencyName, s.agencyName);
        QCOMPARE(loaded.parentAgency, s.parentAgency);
        QCOMPARE(loaded.agencyCode, s.agencyCode);
        QCOMPARE(loaded.placeName, s.placeName);
        QVERIFY(loaded.windows == s.windows);
        QVERIFY(loaded.supplementPolicy == SupplementPolicy::RestartFullLimit);
        QCOMPARE(loaded.formsSwitchDate, s.formsSwitchDate);
        QVERIFY(loaded.isConfigured());
    }

    void invalidSettingsAreNotWritten()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        OfficeSettingsStore store(t.db());
        QString error;
        QVERIFY2(store.save(tanBinh(), &error), qPrintable(error));
        OfficeSettings bad = tanBinh();
        bad.agencyName = QStringLiteral("Changed");
        bad.agencyCode = QStringLiteral("bad");
        QVERIFY(!store.save(bad, &error));
        OfficeSettings loaded;
        QVERIFY(store.load(&loaded, &error));
        QCOMPARE(loaded.agencyName, tanBinh().agencyName);
    }
};

QTEST_GUILESS_MAIN(TestOfficeSettings)
#include "tst_officesettings.moc"
