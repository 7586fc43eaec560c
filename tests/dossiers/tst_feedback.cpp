#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "dossiers/FeedbackRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
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

    // Issue 18: a feedback file of any size is read a row at a time in one transaction. One
    // bad value on its very last line leaves nothing of the thousands of rows before it; a
    // repeat of a line far back is named by its line; past 100 problems the rest are counted.
    void streamedImportFailingOnItsLastLineWritesNothing()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        FeedbackRepository repo(t.db(), rules);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("feedback.csv"));
        auto writeFile = [&path](const QByteArray& text) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        const QByteArray head = "received_at,deadline_at,resolved_at,rating,dossier_code,content\n";
        QByteArray good = head;
        for (int i = 0; i < 6000; ++i)
            good += QStringLiteral("2024-03-%1 %2:%3,,,,,\"Phản ánh số %4\"\n")
                        .arg(4 + i % 20, 2, 10, QLatin1Char('0'))
                        .arg(8 + i % 9, 2, 10, QLatin1Char('0'))
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .arg(i)
                        .toUtf8();
        auto feedbackCount = [&t]() {
            QSqlQuery q(t.db().connection());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM feedback")) && q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        QString error;
        int n = -1;
        QList<CsvProblem> problems;
        QVERIFY(writeFile(good + "2024-03-30 09:00,,,great,,Cuối tệp\n"));
        QVERIFY(!repo.importFile(path, QStringLiteral("cb"), &n, &problems, &error));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(),
                 QStringLiteral("line 6002, column rating: \"great\" must be satisfied, "
                                "unsatisfied or empty"));
        QCOMPARE(feedbackCount(), 0);

        // A repeat of line 2 at the end: named by its line, nothing written.
        problems.clear();
        QVERIFY(writeFile(good + "2024-03-04 08:00,,,,,\"Phản ánh số 0\"\n"));
        QVERIFY(!repo.importFile(path, QStringLiteral("cb"), &n, &problems, &error));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 6002);
        QVERIFY2(problems.first().reason.contains(QStringLiteral("already on line 2")),
                 qPrintable(problems.first().toString()));
        QCOMPARE(feedbackCount(), 0);

        // 130 bad rows: 100 listed, the other 30 counted.
        problems.clear();
        QByteArray many = good;
        for (int i = 0; i < 130; ++i)
            many += "2024-03-30 09:00,,,,,\n";
        QVERIFY(writeFile(many));
        QVERIFY(!repo.importFile(path, QStringLiteral("cb"), &n, &problems, &error));
        QCOMPARE(problems.size(), 101);
        QCOMPARE(problems.first().line, 6002);
        QVERIFY2(problems.last().line == 0 &&
                     problems.last().toString().contains(QStringLiteral("30")),
                 qPrintable(problems.last().toString()));
        QCOMPARE(feedbackCount(), 0);

        // The good file: every row written.
        problems.clear();
        QVERIFY(writeFile(good));
        QVERIFY2(repo.importFile(path, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error));
        QCOMPARE(n, 6000);
        QCOMPARE(feedbackCount(), 6000);
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
