#include "common/HugePageHeap.h"

#include <QTest>

// motcua-cli starts again with glibc's heap in huge pages when that changes something, and
// never twice or against the user's own setting.
class TestHugePageHeap : public QObject
{
    Q_OBJECT

private slots:
    void restartsWhenTheKernelGivesHugePagesOnRequest()
    {
        QCOMPARE(HugePageHeap::restartTunables({}, "always [madvise] never\n"),
                 QByteArray("glibc.malloc.hugetlb=1"));
    }

    void keepsTheUsersOtherTunables()
    {
        QCOMPARE(
            HugePageHeap::restartTunables("glibc.malloc.arena_max=2", "always [madvise] never"),
            QByteArray("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"));
    }

    void doesNotRestartTwiceNorOverTheUsersChoice()
    {
        // After the restart the setting is there; glibc.malloc.hugetlb=0 is how to turn it off.
        QVERIFY(HugePageHeap::restartTunables("glibc.malloc.hugetlb=1", "always [madvise] never")
                    .isEmpty());
        QVERIFY(HugePageHeap::restartTunables("glibc.malloc.hugetlb=0", "always [madvise] never")
                    .isEmpty());
    }

    void doesNotRestartWhenTheRequestChangesNothing()
    {
        QVERIFY(HugePageHeap::restartTunables({}, "[always] madvise never\n").isEmpty());
        QVERIFY(HugePageHeap::restartTunables({}, "always madvise [never]\n").isEmpty());
        QVERIFY(HugePageHeap::restartTunables({}, {}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestHugePageHeap)
#include "tst_hugepageheap.moc"
