#include "common/SqlTime.h"
#include "common/TextFold.h"

#include <QTest>

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void searchKeyDropsDiacriticsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("name") << QStringLiteral("Nguyễn Văn A") << QStringLiteral("nguyen van a");
        QTest::newRow("đ") << QStringLiteral("ĐẶNG Thị Đào") << QStringLiteral("dang thi dao");
        QTest::newRow("spaces") << QStringLiteral("  Hộ   tịch ") << QStringLiteral("ho tich");
        // The same name typed with combining marks (NFD) folds to the same key.
        QTest::newRow("nfd") << QStringLiteral("Nguyễn").normalized(QString::NormalizationForm_D)
                             << QStringLiteral("nguyen");
    }

    void searchKeyDropsDiacriticsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(TextFold::searchKey(text), key);
    }

    void normalizedIsNfc()
    {
        const QString decomposed =
            QStringLiteral("Trần  Thị Hòa ").normalized(QString::NormalizationForm_D);
        QCOMPARE(TextFold::normalized(decomposed), QStringLiteral("Trần Thị Hòa"));
    }

    void sqlTimeRoundTripsWithOffset()
    {
        const QDateTime t(QDate(2024, 3, 5), QTime(8, 15), Qt::OffsetFromUTC, 7 * 3600);
        const QString text = SqlTime::toSql(t);
        QCOMPARE(text, QStringLiteral("2024-03-05T08:15:00+07:00"));
        QCOMPARE(SqlTime::fromSql(text), t);
        QVERIFY(!SqlTime::fromSql(QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
