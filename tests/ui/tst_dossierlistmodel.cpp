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
        // Only the first page is read until a view asks for more.
        QCOMPARE(model.rowCount(), DossierListModel::pageSize());
        QVERIFY(model.canFetchMore(QModelIndex()));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(DossierListModel::ColumnCount));

        // Newest first by default.
        const QString first = model.index(0, DossierListModel::Received).data().toString();
        QVERIFY(!first.isEmpty());

        model.sort(DossierListModel::Code, Qt::AscendingOrder);
        QVERIFY(model.rowCount() < 1000);
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
        // The register stands as of 31/12/2024; a fortnight later every running dossier due
        // before then is overdue.
        const QDateTime later(QDate(2025, 1, 15), QTime(10, 0));
        model.setNow(later);
        DossierListFilter filter;
        filter.runningOnly = true;
        filter.dueBefore = later;
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(Qt::UserRole).toInt(),
                     int(DossierListModel::Deadline::Overdue));
            QVERIFY(model.index(row, 0).data(Qt::BackgroundRole).isValid());
            const QString text = model.index(row, DossierListModel::Remaining).data().toString();
            QVERIFY2(text.contains(QStringLiteral("overdue")), qPrintable(text));
        }

        // An hour before the earliest running due date: due today, amber, said in words.
        model.sort(DossierListModel::Due, Qt::AscendingOrder);
        filter.dueBefore = QDateTime();
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        const QDateTime firstDue =
            QDateTime::fromString(model.index(0, DossierListModel::Due).data().toString().left(16),
                                  QStringLiteral("dd/MM/yyyy HH:mm"));
        QVERIFY(firstDue.isValid());
        model.setNow(firstDue.addSecs(-3600));
        QCOMPARE(model.index(0, 0).data(Qt::UserRole).toInt(),
                 int(DossierListModel::Deadline::DueSoon));
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(0, DossierListModel::Remaining).data().toString(),
                 QStringLiteral("due today"));

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
