#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "dossiers/FeedbackRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestFeedback : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

private slots:
    void deadlineDefaultsToFifteenWorkingDays()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        FeedbackRepository repo(t.db(), rules);
        Feedback f;
        f.receivedAt = QDateTime(QDate(2024, 3, 4), QTime(9, 0)); // Monday
        f.content = QStringLiteral("Đề nghị niêm yết phí rõ hơn");
        QString error;
        QVERIFY2(repo.add(&f, QStringLiteral("cb"), &error), qPrintable(error));
        QCOMPARE(f.deadlineAt, QDateTime(QDate(2024, 3, 25), QTime(9, 0))); // 3 weeks later
        QVERIFY2(repo.resolve(f.id, QDateTime(QDate(2024, 3, 20), QTime(10, 0)), Rating::Satisfied,
                              QStringLiteral("cb"), &error),
                 qPrintable(error));
        Feedback loaded;
        QVERIFY2(repo.load(f.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.rating, Rating::Satisfied);
        QCOMPARE(loaded.resolvedAt, QDateTime(QDate(2024, 3, 20), QTime(10, 0)));
        QVERIFY(!repo.resolve(f.id, QDateTime(QDate(2024, 3, 1), QTime(10, 0)), Rating::None,
                              QStringLiteral("cb"), &error));
    }

    void importIsAllOrNothing()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        FeedbackRepository repo(t.db(), rules);
        QString error;
        int n = 0;
        QList<CsvProblem> problems;
        const QByteArray bad = "received_at,deadline_at,resolved_at,rating,dossier_code,content\n"
                               "2024-03-04 09:00,,,,,\"Phản ánh, kiến nghị\"\n"
                               "2024-03-04,,,,,x\n"
                               "2024-03-04 09:00,,2024-03-01 09:00,great,NO-SUCH-CODE,y\n";
        QVERIFY(!repo.importData(bad, QStringLiteral("cb"), &n, &problems, &error));
        QStringList text;
        for (const CsvProblem& p : std::as_const(problems))
            text << p.toString();
        const QString all = text.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("line 3, column received_at:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 4, column resolved_at:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 4, column rating:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 4, column dossier_code:")), qPrintable(all));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM feedback")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        problems.clear();
        QVERIFY2(repo.importData(bad.left(bad.indexOf("2024-03-04,")), QStringLiteral("cb"), &n,
                                 &problems, &error),
                 qPrintable(error));
        QCOMPARE(n, 1);
    }

    // Issue 18: the same file twice does not double the register; a repeat inside a file
    // and empty or invisible content are refused, each named.
    void repeatsAndEmptyContentAreRefused()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        FeedbackRepository repo(t.db(), rules);
        QString error;
        int n = 0;
        QList<CsvProblem> problems;
        const QByteArray head = "received_at,deadline_at,resolved_at,rating,dossier_code,content\n";
        const QByteArray one = head + "2024-03-04 09:00,,,,,\"Phản ánh, kiến nghị\"\n";
        QVERIFY2(repo.importData(one, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error));
        problems.clear();
        QVERIFY(!repo.importData(one, QStringLiteral("cb"), &n, &problems, &error));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().toString().startsWith(QStringLiteral("line 2, column content: ")),
                 qPrintable(problems.first().toString()));
        QVERIFY(problems.first().reason.contains(QStringLiteral("already in the register")));

        problems.clear();
        const QByteArray bad = head + "2024-03-05 09:00,,,,,Đường hỏng\n"
                                      "2024-03-05 09:00,,,,,Đường hỏng\n"
                                      "2024-03-05 10:00,,,,,\n"
                                      "2024-03-05 11:00,,,,,\xE2\x80\x8B\xE2\x80\x8B\n";
        QVERIFY(!repo.importData(bad, QStringLiteral("cb"), &n, &problems, &error));
        QStringList text;
        for (const CsvProblem& p : std::as_const(problems))
            text << p.toString();
        const QString all = text.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("line 3, column content: the same feedback")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 4, column content: required")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 5, column content: required")), qPrintable(all));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM feedback")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
