#include "../dossiers/SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "dossiers/DossierListModel.h"
#include "dossiers/SyntheticDossiers.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The lazy dossier list model: consistent for QAbstractItemModelTester while it fetches,
// sorts and filters, and honest about deadlines in words as well as colour.
class TestDossierListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QString error;
        QVERIFY2(RegisterFixture::prepare(db.db(), &error), qPrintable(error));
        SyntheticDossiers::Options options;
        options.count = 1000;
        options.year = 2024;
        options.seed = 3;
        int dossiers = 0;
        int feedback = 0;
        QVERIFY2(SyntheticDossiers(db.db(), rules).generate(options, &dossiers, &feedback, &error),
                 qPrintable(error));
    }

    void fetchesLazilyAndPassesTheModelTester()
    {
        DossierListModel model(db.db(), rules);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), DossierListModel::pageSize());
        QVERIFY(model.canFetchMore(QModelIndex()));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(DossierListModel::ColumnCount));

        // Newest first by default.
        const QString first = model.index(0, DossierListModel::Received).data().toString();
        QVERIFY(!first.isEmpty());

        model.sort(DossierListModel::Code, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), DossierListModel::pageSize());
        QVERIFY(model.codeAt(0) < model.codeAt(1));
        model.sort(DossierListModel::Code, Qt::DescendingOrder);
        QVERIFY(model.codeAt(0) > model.codeAt(1));
        // Columns without an index keep the order.
        const QString top = model.codeAt(0);
        model.sort(DossierListModel::Status, Qt::AscendingOrder);
        QCOMPARE(model.codeAt(0), top);
    }

    void deadlinesAreColouredAndWritten()
    {
        DossierListModel model(db.db(), rules);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now(QDate(2024, 12, 20), QTime(10, 0));
        model.setNow(now);
        DossierListFilter filter;
        filter.runningOnly = true;
        filter.dueBefore = now;
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(Qt::UserRole).toInt(),
                     int(DossierListModel::Deadline::Overdue));
            QVERIFY(model.index(row, 0).data(Qt::BackgroundRole).isValid());
            const QString text = model.index(row, DossierListModel::Remaining).data().toString();
            QVERIFY2(text.contains(QStringLiteral("overdue")), qPrintable(text));
        }

        // Due within two working days: amber, "left" in words.
        filter.dueFrom = now;
        filter.dueBefore = QDateTime(QDate(2024, 12, 25), QTime(0, 0));
        model.setFilter(filter);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(Qt::UserRole).toInt(),
                     int(DossierListModel::Deadline::DueSoon));
            const QString text = model.index(row, DossierListModel::Remaining).data().toString();
            QVERIFY2(text.contains(QStringLiteral("left")) ||
                         text.contains(QStringLiteral("today")),
                     qPrintable(text));
        }

        // Finished dossiers have no deadline and no colour.
        filter = {};
        filter.statuses = {DossierStatus::Returned};
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, DossierListModel::Remaining).data().toString().isEmpty());
    }

private:
    SimpleDueDateRules rules;
    TestDatabase db;
};

QTEST_MAIN(TestDossierListModel)
#include "tst_dossierlistmodel.moc"
