#include "dossiers/Channel.h"
#include "dossiers/DossierStatus.h"

#include <QTest>

class TestDossierStatus : public QObject
{
    Q_OBJECT

private slots:
    void tenNationalCodes()
    {
        QCOMPARE(DossierStatuses::all().size(), 10);
        for (const DossierStatus s : DossierStatuses::all())
            QVERIFY(!DossierStatuses::label(s).isEmpty());
        QVERIFY(!DossierStatuses::fromCode(0, nullptr));
        QVERIFY(!DossierStatuses::fromCode(11, nullptr));
    }

    // DOMAIN §3: exactly 1→2|3; 2→4; 4→5|6|8|9; 5→4; 6→4; any open state→7; 9→10.
    void onlyTheNationalTransitions()
    {
        QSet<QPair<int, int>> allowed = {{1, 2}, {1, 3}, {2, 4}, {4, 5}, {4, 6},
                                         {4, 8}, {4, 9}, {5, 4}, {6, 4}, {9, 10},
                                         {1, 7}, {2, 7}, {4, 7}, {5, 7}, {6, 7}};
        for (int from = 1; from <= 10; ++from) {
            for (int to = 1; to <= 10; ++to) {
                QCOMPARE(DossierStatuses::canTransition(DossierStatus(from), DossierStatus(to)),
                         allowed.contains({from, to}));
            }
        }
    }

    void channelsAcceptKeysAndNumbers()
    {
        Channel c = Channel::Direct;
        QVERIFY(Channels::fromKey(QStringLiteral("online"), &c));
        QCOMPARE(c, Channel::Online);
        QVERIFY(Channels::fromKey(QStringLiteral("3"), &c));
        QCOMPARE(c, Channel::Postal);
        QVERIFY(!Channels::fromKey(QStringLiteral("fax"), &c));
        QCOMPARE(Channels::key(Channel::Direct), QStringLiteral("direct"));
    }
};

QTEST_GUILESS_MAIN(TestDossierStatus)
#include "tst_dossierstatus.moc"
