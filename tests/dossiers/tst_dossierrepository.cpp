#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "dossiers/DossierRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace {
QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}

Dossier sample(const QString& name = QStringLiteral("Nguyễn Văn An"),
               const QDateTime& received = at("2024-03-04 08:15"))
{
    Dossier d;
    d.procedureCode = QStringLiteral("1.003583"); // 5 working days
    d.applicantName = name;
    d.applicantId = QStringLiteral("075095000123");
    d.applicantPhone = QStringLiteral("0912 345 678");
    d.applicantAddress = QStringLiteral("Ấp Bình Hòa, xã Tân Bình");
    d.receivedAt = received;
    return d;
}
} // namespace

class TestDossierRepository : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

    // Creates a dossier and moves it to Processing (4).
    QString processing(DossierRepository& repo, const QDateTime& received = at("2024-03-04 08:15"))
    {
        Dossier d = sample(QStringLiteral("Trần Thị Bình"), received);
        QString error;
        if (!repo.create(&d, QStringLiteral("cb1"), &error))
            qWarning("%s", qPrintable(error));
        if (!repo.changeStatus(d.code, DossierStatus::Processing, received.addSecs(600),
                               User::acting(QStringLiteral("cb1")), QString(), &error))
            qWarning("%s", qPrintable(error));
        return d.code;
    }

private slots:
    void createIssuesCodeLedgerLineEventAndAudit()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);

        Dossier d = sample();
        d.applicantName = QStringLiteral("  Nguye\u0302\u0303n   Văn An "); // decomposed, spaced
        QVERIFY2(repo.create(&d, QStringLiteral("Lê Thị Cán Bộ"), &error), qPrintable(error));
        QCOMPARE(d.code, QStringLiteral("000.00.06.H56-240304-0001"));
        QCOMPARE(d.ledgerYear, 2024);
        QCOMPARE(d.ledgerLine, 1);
        QCOMPARE(d.dueAt, at("2024-03-11 08:15")); // 5 working days, same time
        QCOMPARE(d.legalDueAt, d.dueAt);
        QCOMPARE(d.halves, 2 * 5);
        QCOMPARE(d.durationUnit, QStringLiteral("working-days"));

        Dossier loaded;
        QVERIFY2(repo.load(d.code, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.applicantName, QStringLiteral("Nguyễn Văn An")); // NFC, trimmed
        QCOMPARE(loaded.applicantPhone, QStringLiteral("0912345678"));
        QCOMPARE(loaded.status, DossierStatus::Accepted);
        QCOMPARE(loaded.ledgerLine, 1);

        QList<StatusEvent> events;
        QVERIFY2(repo.history(d.code, &events, &error), qPrintable(error));
        QCOMPARE(events.size(), 1);
        QVERIFY(!events.first().hasFrom);
        QCOMPARE(events.first().to, DossierStatus::Accepted);

        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'create'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ledger_lines")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void codesRestartDailyAndAreUnique()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        QStringList codes;
        for (const char* time : {"2024-03-04 08:00", "2024-03-04 09:00", "2024-03-04 16:59",
                                 "2024-03-05 07:31", "2024-03-05 08:00"}) {
            Dossier d = sample(QStringLiteral("Phạm Văn Cường"), at(time));
            QVERIFY2(repo.create(&d, QStringLiteral("cb"), &error), qPrintable(error));
            codes << d.code;
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("000.00.06.H56-240304-0001"),
                                     QStringLiteral("000.00.06.H56-240304-0002"),
                                     QStringLiteral("000.00.06.H56-240304-0003"),
                                     QStringLiteral("000.00.06.H56-240305-0001"),
                                     QStringLiteral("000.00.06.H56-240305-0002")}));
        // The ledger line runs on through the year.
        Dossier last;
        QVERIFY2(repo.load(codes.last(), &last, &error), qPrintable(error));
        QCOMPARE(last.ledgerLine, 5);
        // A new year opens a new ledger book at line 1.
        Dossier next = sample(QStringLiteral("Phạm Văn Cường"), at("2025-01-02 08:00"));
        QVERIFY2(repo.create(&next, QStringLiteral("cb"), &error), qPrintable(error));
        QCOMPARE(next.ledgerYear, 2025);
        QCOMPARE(next.ledgerLine, 1);
        QCOMPARE(next.code, QStringLiteral("000.00.06.H56-250102-0001"));
    }

    void validationNamesFieldAndProblem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << "name"
                              << "   "
                              << "Applicant name";
        QTest::newRow("id") << "id"
                            << "12345"
                            << "Applicant ID number";
        QTest::newRow("phone") << "phone"
                               << "12ab"
                               << "Applicant phone";
        QTest::newRow("email") << "email"
                               << "no-at-sign"
                               << "Applicant e-mail";
        QTest::newRow("procedure") << "procedure"
                                   << "0.000000"
                                   << "Procedure";
        QTest::newRow("inactive") << "procedure"
                                  << "9.999999"
                                  << "no longer active";
        QTest::newRow("time") << "time"
                              << ""
                              << "Received at";
    }

    void validationNamesFieldAndProblem()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        Dossier d = sample();
        if (field == QLatin1String("name"))
            d.applicantName = value;
        else if (field == QLatin1String("id"))
            d.applicantId = value;
        else if (field == QLatin1String("phone"))
            d.applicantPhone = value;
        else if (field == QLatin1String("email"))
            d.applicantEmail = value;
        else if (field == QLatin1String("procedure"))
            d.procedureCode = value;
        else if (field == QLatin1String("time"))
            d.receivedAt = QDateTime();
        QVERIFY(!repo.create(&d, QStringLiteral("cb"), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM dossiers")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void lifecycleRefusesIllegalTransitions()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        Dossier d = sample();
        QVERIFY2(repo.create(&d, QStringLiteral("cb"), &error), qPrintable(error));

        // 2 → 9 skips processing.
        QVERIFY(!repo.changeStatus(d.code, DossierStatus::Finished, at("2024-03-05 09:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("(2)")) && error.contains(QStringLiteral("(9)")),
                 qPrintable(error));
        QVERIFY2(repo.changeStatus(d.code, DossierStatus::Processing, at("2024-03-04 09:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error),
                 qPrintable(error));
        // A time before the last event is refused.
        QVERIFY(!repo.changeStatus(d.code, DossierStatus::AwaitingPayment, at("2024-03-04 08:30"),
                                   User::acting(QStringLiteral("cb")), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("Time")), qPrintable(error));
        QVERIFY2(repo.markResultReady(d.code, at("2024-03-06 10:00"),
                                      User::acting(QStringLiteral("cb")), true, 2, &error),
                 qPrintable(error));
        // A finished dossier can no longer be withdrawn.
        QVERIFY(!repo.changeStatus(d.code, DossierStatus::Withdrawn, at("2024-03-06 11:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error));
        QVERIFY2(repo.handOver(d.code, at("2024-03-07 10:00"), User::acting(QStringLiteral("cb")),
                               Rating::Satisfied, &error),
                 qPrintable(error));

        Dossier done;
        QVERIFY2(repo.load(d.code, &done, &error), qPrintable(error));
        QCOMPARE(done.status, DossierStatus::Returned);
        QCOMPARE(done.finishedAt, at("2024-03-06 10:00"));
        QCOMPARE(done.returnedAt, at("2024-03-07 10:00"));
        QVERIFY(done.eResult);
        QCOMPARE(done.eCertifiedCopies, 2);
        QCOMPARE(done.rating, Rating::Satisfied);
        QList<StatusEvent> events;
        QVERIFY2(repo.history(d.code, &events, &error), qPrintable(error));
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(3).from, DossierStatus::Finished);
        QCOMPARE(events.at(3).to, DossierStatus::Returned);

        // Events are never rewritten.
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE status_events SET officer = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM status_events")));
    }

    void onlineDossierGetsItsClockWhenAccepted()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        Dossier d = sample();
        d.channel = Channel::Online;
        d.status = DossierStatus::Registered;
        d.receivedAt = at("2024-03-02 21:00");
        QVERIFY2(repo.create(&d, QStringLiteral("portal"), &error), qPrintable(error));
        QVERIFY(!d.dueAt.isValid());
        QVERIFY2(repo.changeStatus(d.code, DossierStatus::Accepted, at("2024-03-04 08:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error),
                 qPrintable(error));
        Dossier loaded;
        QVERIFY2(repo.load(d.code, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.dueAt, at("2024-03-11 08:00"));
    }

    void secondSupplementNeedsConfirmation()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        const QString code = processing(repo); // due 2024-03-11 08:15

        QVERIFY2(repo.requestSupplement(code, at("2024-03-05 09:00"),
                                        User::acting(QStringLiteral("cb")), QString(), false,
                                        &error),
                 qPrintable(error));
        QVERIFY(!repo.changeStatus(code, DossierStatus::Finished, at("2024-03-05 10:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error));
        // Two working days paused (Tue → Thu): the legal due date moves, the printed one stays.
        QVERIFY2(repo.receiveSupplement(code, at("2024-03-07 09:00"),
                                        User::acting(QStringLiteral("cb")), &error),
                 qPrintable(error));
        Dossier d;
        QVERIFY2(repo.load(code, &d, &error), qPrintable(error));
        QCOMPARE(d.dueAt, at("2024-03-11 08:15"));
        QCOMPARE(d.legalDueAt, at("2024-03-13 08:15"));
        QCOMPARE(d.supplementCount, 1);

        QVERIFY(!repo.requestSupplement(code, at("2024-03-08 09:00"),
                                        User::acting(QStringLiteral("cb")), QString(), false,
                                        &error));
        QVERIFY2(error.contains(QStringLiteral("766")), qPrintable(error));
        QVERIFY2(repo.requestSupplement(
                     code, at("2024-03-08 09:00"), User::acting(QStringLiteral("cb")),
                     QStringLiteral("Applicant brought the wrong extract"), true, &error),
                 qPrintable(error));
        QList<SupplementRequest> requests;
        QVERIFY2(repo.supplementRequests(code, &requests, &error), qPrintable(error));
        QCOMPARE(requests.size(), 2);
        QVERIFY(!requests.first().confirmedSecond);
        QVERIFY(requests.last().confirmedSecond);
        QCOMPARE(requests.last().confirmationNote,
                 QStringLiteral("Applicant brought the wrong extract"));
        QVERIFY(!requests.last().receivedAt.isValid());
        // 5 → 4 through changeStatus is the same as receiving the supplement.
        QVERIFY2(repo.changeStatus(code, DossierStatus::Processing, at("2024-03-11 09:00"),
                                   User::acting(QStringLiteral("cb")), QString(), &error),
                 qPrintable(error));
        QVERIFY2(repo.supplementRequests(code, &requests, &error), qPrintable(error));
        QVERIFY(requests.last().receivedAt.isValid());
    }

    void apologyGivesANewAppointmentOnce()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        const QString code = processing(repo);

        ApologyLetter letter;
        letter.issuedAt = at("2024-03-08 10:00");
        letter.reason = QStringLiteral("Chờ xác minh của UBND xã khác");
        letter.newDueAt = at("2024-03-15 10:00");
        letter.signer = QStringLiteral("Nguyễn Văn Chủ Tịch");
        QVERIFY2(repo.issueApology(code, &letter, User::acting(QStringLiteral("cb")), &error),
                 qPrintable(error));
        QCOMPARE(letter.number, QStringLiteral("1")); // no symbol set
        QCOMPARE(letter.originalDueAt, at("2024-03-11 08:15"));

        ApologyLetter second = letter;
        second.number.clear();
        second.newDueAt = at("2024-03-20 10:00");
        QVERIFY(!repo.issueApology(code, &second, User::acting(QStringLiteral("cb")), &error));
        QVERIFY2(error.contains(QStringLiteral("supervisor")), qPrintable(error));
        second.supervisorNote = QStringLiteral("Đồng ý gia hạn lần hai — PCT");
        QVERIFY2(repo.issueApology(code, &second, User::acting(QStringLiteral("cb")), &error),
                 qPrintable(error));
        Dossier d;
        QVERIFY2(repo.load(code, &d, &error), qPrintable(error));
        QCOMPARE(d.apologyNewDueAt, at("2024-03-20 10:00"));
        QCOMPARE(d.dueAt, at("2024-03-11 08:15")); // the printed appointment never changes
        QList<ApologyLetter> letters;
        QVERIFY2(repo.apologyLetters(code, &letters, &error), qPrintable(error));
        QCOMPARE(letters.size(), 2);
        QCOMPARE(letters.last().number, QStringLiteral("2"));
    }

    void searchIgnoresDiacriticsAndCase()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        Dossier a = sample(QStringLiteral("Nguyễn Văn A"));
        Dossier b = sample(QStringLiteral("Đặng Thị Hồng Nhung"));
        b.applicantId = QStringLiteral("075195001234");
        b.applicantPhone = QStringLiteral("0987654321");
        Dossier c = sample(QStringLiteral("Lê Văn Anh"));
        for (Dossier* d : {&a, &b, &c})
            QVERIFY2(repo.create(d, QStringLiteral("cb"), &error), qPrintable(error));

        auto codes = [&](const QString& text) {
            QList<Dossier> found;
            if (!repo.search(text, 20, &found, &error))
                qWarning("%s", qPrintable(error));
            QStringList result;
            for (const Dossier& d : found)
                result << d.code;
            result.sort();
            return result;
        };
        QCOMPARE(codes(QStringLiteral("nguyen van a")), QStringList{a.code});
        QCOMPARE(codes(QStringLiteral("NGUYỄN VĂN A")), QStringList{a.code});
        QCOMPARE(codes(QStringLiteral("Nguyễn Văn A")), QStringList{a.code});
        QCOMPARE(codes(QStringLiteral("dang thi")), QStringList{b.code});
        QCOMPARE(codes(QStringLiteral("hong nhung")), QStringList{b.code}); // inside the name
        QCOMPARE(codes(QStringLiteral("van a")), (QStringList{a.code, c.code}));
        QCOMPARE(codes(QStringLiteral("075195001234")), QStringList{b.code});
        QCOMPARE(codes(QStringLiteral("0987654321")), QStringList{b.code});
        QCOMPARE(codes(b.code.toLower()), QStringList{b.code});
        QCOMPARE(codes(QStringLiteral("240304-0002")), QStringList{b.code});
        QVERIFY(codes(QStringLiteral("tran")).isEmpty());
        QVERIFY(codes(QStringLiteral("100%")).isEmpty()); // LIKE wildcards are escaped
    }

    void searchFindsWordsInsideTheNameAndNothingElse()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        Dossier a = sample(QStringLiteral("Nguyễn Thị Thu Hà"));
        Dossier b = sample(QStringLiteral("Trần Văn Anh"));
        Dossier c = sample(QStringLiteral("Lê Thị Thanh Thủy"));
        Dossier d = sample(QStringLiteral("Phạm Văn Thu"));
        for (Dossier* x : {&a, &b, &c, &d})
            QVERIFY2(repo.create(x, QStringLiteral("cb"), &error), qPrintable(error));

        auto codes = [&](const QString& text, int limit = 20) {
            QList<Dossier> found;
            if (!repo.search(text, limit, &found, &error))
                qWarning("%s", qPrintable(error));
            QStringList result;
            for (const Dossier& x : found)
                result << x.code;
            result.sort();
            return result;
        };
        // Words in the middle of the name, from the start of a word.
        QCOMPARE(codes(QStringLiteral("thi thu")), QStringList{a.code});
        QCOMPARE(codes(QStringLiteral("THỊ THU")), QStringList{a.code});
        QCOMPARE(codes(QStringLiteral("thu")), (QStringList{a.code, c.code, d.code}));
        QCOMPARE(codes(QStringLiteral("van an")), QStringList{b.code});
        QCOMPARE(codes(QStringLiteral("văn thu")), QStringList{d.code});
        QCOMPARE(codes(QStringLiteral("thủy")), QStringList{c.code});
        QCOMPARE(codes(QStringLiteral("thu ha")), QStringList{a.code});
        // Longer than a search term: checked on the dossier.
        QCOMPARE(codes(QStringLiteral("thi thu ha 075095000123 0912")), QStringList{a.code});
        QVERIFY(codes(QStringLiteral("thi thu ha 075095000123 0913")).isEmpty());
        // The tail of a code, as read off a receipt.
        QCOMPARE(codes(b.code.right(4)), QStringList{b.code});
        // Found nowhere: an unknown word, or a known one with an unknown one.
        QVERIFY(codes(QStringLiteral("xyz")).isEmpty());
        QVERIFY(codes(QStringLiteral("van xyz")).isEmpty());
        QVERIFY(codes(QStringLiteral("thu thi")).isEmpty()); // words in another order
        QVERIFY(codes(QStringLiteral("345 678")).isEmpty()); // numbers from their start only
        QVERIFY(codes(QStringLiteral("tran thi")).isEmpty());
        QVERIFY(codes(QStringLiteral("uyen")).isEmpty()); // not the start of a word
        // The limit holds for word matches too.
        QCOMPARE(codes(QStringLiteral("thi"), 1).size(), 1);
    }

    void upgradeFillsTheSearchTermsOfExistingDossiers()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        Dossier a = sample(QStringLiteral("Đặng Thị Hồng Nhung"));
        QVERIFY2(repo.create(&a, QStringLiteral("cb"), &error), qPrintable(error));
        // A register from before the search terms (schema version 8).
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM dossier_terms")));
        QVERIFY2(t.db().dialect().writeSchemaVersion(t.db().connection(), 8, &error),
                 qPrintable(error));
        QList<Dossier> found;
        QVERIFY2(repo.search(QStringLiteral("hong nhung"), 20, &found, &error), qPrintable(error));
        QVERIFY(found.isEmpty());

        QVERIFY2(t.db().migrate(&error), qPrintable(error));
        QVERIFY2(repo.search(QStringLiteral("hong nhung"), 20, &found, &error), qPrintable(error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, a.code);
    }

    void upgradeDropsTheTermsOfTheNameStart()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        Dossier a = sample(QStringLiteral("Đặng Thị Hồng Nhung"));
        QVERIFY2(repo.create(&a, QStringLiteral("cb"), &error), qPrintable(error));
        auto terms = [&t] {
            QStringList all;
            QSqlQuery q(t.db().connection());
            q.exec(QStringLiteral("SELECT term FROM dossier_terms ORDER BY term"));
            while (q.next())
                all << q.value(0).toString();
            return all;
        };
        const QStringList written = terms();
        QVERIFY(!written.isEmpty());
        for (const QString& term : written)
            QVERIFY2(!term.startsWith(QLatin1String("dang")), qPrintable(term));
        QVERIFY(std::any_of(written.cbegin(), written.cend(), [](const QString& term) {
            return term.startsWith(QLatin1String("thi hong nhung "));
        }));

        // A register of schema version 10 also had a term for the start of the key.
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO dossier_terms (term, dossier_id) SELECT "
                                      "substr(search_key, 1, 24), id FROM dossiers")));
        QCOMPARE(terms().size(), written.size() + 1);
        QVERIFY2(t.db().dialect().writeSchemaVersion(t.db().connection(), 10, &error),
                 qPrintable(error));
        QVERIFY2(t.db().migrate(&error), qPrintable(error));
        QCOMPARE(terms(), written);
        // The name is still found from its start, and from a later word.
        for (const QString& text : {QStringLiteral("dang thi"), QStringLiteral("hong nhung")}) {
            QList<Dossier> found;
            QVERIFY2(repo.search(text, 20, &found, &error), qPrintable(error));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().code, a.code);
        }
    }

    void overdueListsRunningDossiersPastTheirLegalDue()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository repo(t.db(), rules);
        const QString late = processing(repo, at("2024-03-04 08:15"));     // due 03-11 08:15
        const QString paused = processing(repo, at("2024-03-04 09:00"));   // due 03-11 09:00
        const QString finished = processing(repo, at("2024-03-04 10:00")); // due 03-11 10:00
        const QString onTime = processing(repo, at("2024-03-08 10:00"));   // due 03-15 10:00
        QVERIFY2(repo.requestSupplement(paused, at("2024-03-05 09:00"),
                                        User::acting(QStringLiteral("cb")), QString(), false,
                                        &error),
                 qPrintable(error));
        QVERIFY2(repo.markResultReady(finished, at("2024-03-12 09:00"),
                                      User::acting(QStringLiteral("cb")), false, 0, &error),
                 qPrintable(error));
        ApologyLetter letter;
        letter.issuedAt = at("2024-03-08 10:00");
        letter.reason = QStringLiteral("Chờ xác minh");
        letter.newDueAt = at("2024-03-18 10:00");
        QVERIFY2(repo.issueApology(late, &letter, User::acting(QStringLiteral("cb")), &error),
                 qPrintable(error));

        QList<OverdueDossier> list;
        QVERIFY2(repo.overdue(at("2024-03-13 09:00"), &list, &error), qPrintable(error));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().code, late);
        QCOMPARE(list.first().workingDaysOverdue, 2); // 11 → 13 March
        QCOMPARE(list.first().apologyNewDueAt, at("2024-03-18 10:00"));
        QCOMPARE(list.first().procedureName, QStringLiteral("Đăng ký kết hôn"));

        QVERIFY2(repo.overdue(at("2024-03-11 08:00"), &list, &error), qPrintable(error));
        QVERIFY(list.isEmpty());
        QVERIFY2(repo.overdue(at("2024-03-19 08:00"), &list, &error), qPrintable(error));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.last().code, onTime);
    }
};

QTEST_GUILESS_MAIN(TestDossierRepository)
#include "tst_dossierrepository.moc"
