#include "TestDatabase.h"
#include "common/DeskSession.h"
#include "reports/ReportsPage.h"

#include <QDateEdit>
#include <QTest>
#include <QTextBrowser>

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void showsTheIi06aTableOfThePeriod()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        DeskSession session(t.db());
        ReportsPage page(session);
        page.show(); // computes the current period at once
        auto* view = page.findChild<QTextBrowser*>(QStringLiteral("reportView"));
        QVERIFY(view);
        QVERIFY(!view->toPlainText().isEmpty());
        QCOMPARE(page.report().total.receivedTotal(), qint64(0));

        // A custom period the wrong way round is refused with a message, not computed.
        const QList<QDateEdit*> dates = page.findChildren<QDateEdit*>();
        QCOMPARE(dates.size(), 2);
        dates.at(0)->setDate(QDate(2024, 12, 31));
        dates.at(1)->setDate(QDate(2024, 1, 1));
        QVERIFY(!page.refresh());
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
