#include "common/VietnameseDate.h"

#include <QTest>

class TestVietnameseDate : public QObject
{
    Q_OBJECT

private slots:
    void dateLineFollowsDecree30()
    {
        // NĐ 30/2020: a zero before days below 10 and before months 1 and 2 only.
        QCOMPARE(VietnameseDate::dateLine(QStringLiteral("Tân Bình"), QDate(2024, 3, 5)),
                 QStringLiteral("Tân Bình, ngày 05 tháng 3 năm 2024"));
        QCOMPARE(VietnameseDate::dateWords(QDate(2025, 1, 20)),
                 QStringLiteral("ngày 20 tháng 01 năm 2025"));
        QCOMPARE(VietnameseDate::dateWords(QDate(2025, 2, 9)),
                 QStringLiteral("ngày 09 tháng 02 năm 2025"));
        QCOMPARE(VietnameseDate::dateWords(QDate(2025, 12, 31)),
                 QStringLiteral("ngày 31 tháng 12 năm 2025"));
    }

    void timeAndDateToTheMinute()
    {
        QCOMPARE(VietnameseDate::timeAndDate(QDateTime(QDate(2024, 3, 5), QTime(8, 15))),
                 QStringLiteral("08 giờ 15 phút, ngày 05/3/2024"));
        QCOMPARE(VietnameseDate::timeAndDate(QDateTime(QDate(2026, 1, 2), QTime(13, 30, 59))),
                 QStringLiteral("13 giờ 30 phút, ngày 02/01/2026"));
        QCOMPARE(VietnameseDate::shortDate(QDate(2025, 11, 7)), QStringLiteral("07/11/2025"));
    }

    void invalidValuesPrintBlanks()
    {
        QCOMPARE(VietnameseDate::dateLine(QString(), QDate()),
                 QStringLiteral("…, ngày … tháng … năm …"));
        QCOMPARE(VietnameseDate::timeAndDate(QDateTime()),
                 QStringLiteral("… giờ … phút, ngày …/…/…"));
    }
};

QTEST_GUILESS_MAIN(TestVietnameseDate)
#include "tst_vietnamesedate.moc"
