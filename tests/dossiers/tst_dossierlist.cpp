#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "common/TextFold.h"
#include "dossiers/DossierListRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/SyntheticDossiers.h"

#include <QSet>
#include <QTest>

// The dossier list's keyset pages: every dossier once, in order, under every filter.
class TestDossierList : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

    static QList<DossierListRow> allPages(const DossierListRepository& list,
                                          const DossierListFilter& filter, DossierListSort sort,
                                          Qt::SortOrder order, int pageSize, QString* error)
    {
        QList<DossierListRow> all;
        for (;;) {
            QList<DossierListRow> page;
            if (!list.page(filter, sort, order, all.isEmpty() ? nullptr : &all.constLast(),
                           pageSize, &page, error))
                return {};
            all.append(page);
            if (page.size() < pageSize)
                return all;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QString error;
        QVERIFY2(RegisterFixture::prepare(db.db(), &error), qPrintable(error));
        SyntheticDossiers::Options options;
        options.count = 700;
        options.year = 2024;
        options.seed = 7;
        int dossiers = 0;
        int feedback = 0;
        QVERIFY2(SyntheticDossiers(db.db(), rules).generate(options, &dossiers, &feedback, &error),
                 qPrintable(error));
        QCOMPARE(dossiers, 700);
    }

    void pagesCoverEveryDossierOnceInOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        for (const auto sort : {DossierListSort::ReceivedAt, DossierListSort::Code,
                                DossierListSort::Applicant, DossierListSort::DueAt}) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("sort %d order %d", int(sort), int(order)) << int(sort) << int(order);
        }
    }

    void pagesCoverEveryDossierOnceInOrder()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        const DossierListRepository list(db.db());
        QString error;
        const QList<DossierListRow> rows =
            allPages(list, {}, DossierListSort(sort), Qt::SortOrder(order), 64, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 700);
        QSet<qint64> ids;
        for (int i = 0; i < rows.size(); ++i) {
            ids.insert(rows.at(i).id);
            if (i == 0)
                continue;
            const QString previous = rows.at(i - 1).sortKey.toString();
            const QString current = rows.at(i).sortKey.toString();
            if (order == Qt::AscendingOrder)
                QVERIFY2(previous <= current,
                         qPrintable(previous + QStringLiteral(" > ") + current));
            else
                QVERIFY2(previous >= current,
                         qPrintable(previous + QStringLiteral(" < ") + current));
        }
        QCOMPARE(ids.size(), 700);
    }

    void filtersSelectWhatTheySay()
    {
        const DossierListRepository list(db.db());
        QString error;
        DossierListFilter filter;
        filter.statuses = {DossierStatus::Returned};
        QList<DossierListRow> rows =
            allPages(list, filter, DossierListSort::ReceivedAt, Qt::DescendingOrder, 50, &error);
        QVERIFY2(!rows.isEmpty(), qPrintable(error));
        for (const DossierListRow& row : rows)
            QCOMPARE(row.status, DossierStatus::Returned);
        int count = 0;
        QVERIFY2(list.count(filter, 100000, &count, &error), qPrintable(error));
        QCOMPARE(count, rows.size());

        filter = {};
        filter.channel = int(Channel::Online);
        filter.field = QStringLiteral("Hộ tịch");
        rows = allPages(list, filter, DossierListSort::Code, Qt::AscendingOrder, 50, &error);
        QVERIFY2(!rows.isEmpty(), qPrintable(error));
        for (const DossierListRow& row : rows) {
            QCOMPARE(row.channel, Channel::Online);
            QCOMPARE(row.field, QStringLiteral("Hộ tịch"));
        }

        // Overdue: open, clock running, legal due date before the time asked.
        const QDateTime asOf(QDate(2024, 12, 31), QTime(17, 0));
        filter = {};
        filter.runningOnly = true;
        filter.dueBefore = asOf;
        rows = allPages(list, filter, DossierListSort::DueAt, Qt::AscendingOrder, 50, &error);
        QList<OverdueDossier> overdue;
        QVERIFY2(DossierRepository(db.db(), rules).overdue(asOf, &overdue, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), overdue.size());

        filter = {};
        filter.receivedFrom = QDateTime(QDate(2024, 3, 1), QTime(0, 0));
        filter.receivedTo = QDateTime(QDate(2024, 4, 1), QTime(0, 0));
        rows = allPages(list, filter, DossierListSort::ReceivedAt, Qt::AscendingOrder, 50, &error);
        QVERIFY(!rows.isEmpty());
        for (const DossierListRow& row : rows)
            QCOMPARE(row.receivedAt.date().month(), 3);
    }

    void searchIgnoresDiacriticsAndFindsCodesAndIds()
    {
        const DossierListRepository list(db.db());
        QString error;
        QList<DossierListRow> first;
        QVERIFY2(list.page({}, DossierListSort::ReceivedAt, Qt::AscendingOrder, nullptr, 1, &first,
                           &error),
                 qPrintable(error));
        QCOMPARE(first.size(), 1);
        const DossierListRow target = first.first();

        DossierListFilter filter;
        filter.search = target.code;
        QList<DossierListRow> rows;
        QVERIFY2(list.page(filter, DossierListSort::ReceivedAt, Qt::DescendingOrder, nullptr, 10,
                           &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, target.id);

        filter.search = target.applicantId;
        QVERIFY(list.page(filter, DossierListSort::ReceivedAt, Qt::DescendingOrder, nullptr, 50,
                          &rows, &error));
        QVERIFY(!rows.isEmpty());
        for (const DossierListRow& row : rows)
            QCOMPARE(row.applicantId, target.applicantId);

        // The family name typed without diacritics, in capitals.
        const QString family =
            TextFold::searchKey(target.applicantName).section(QLatin1Char(' '), 0, 0);
        filter.search = family.toUpper();
        QVERIFY(list.page(filter, DossierListSort::ReceivedAt, Qt::DescendingOrder, nullptr, 50,
                          &rows, &error));
        QVERIFY(!rows.isEmpty());
        for (const DossierListRow& row : rows)
            QVERIFY(TextFold::searchKey(row.applicantName + QLatin1Char(' ') + row.code)
                        .contains(family));

        // A LIKE wildcard typed by the user is text, not a pattern.
        filter.search = QStringLiteral("%");
        QVERIFY(list.page(filter, DossierListSort::ReceivedAt, Qt::DescendingOrder, nullptr, 50,
                          &rows, &error));
        QVERIFY(rows.isEmpty());
    }

private:
    TestDatabase db;
};

QTEST_MAIN(TestDossierList)
#include "tst_dossierlist.moc"
