#include "SampleOffice.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "common/DeskSession.h"
#include "dossiers/CitizenRatingWindow.h"
#include "dossiers/DossierRepository.h"
#include "overdue/OverduePage.h"
#include "overdue/RatingFollowUpPanel.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The citizen rates on the screen facing them at hand-over: their choice is recorded as
// theirs, the screen gives up after its timeout, and "không hài lòng" goes to the
// supervisor's follow-up list with the reason.
class TestCitizenRating : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        db = std::make_unique<TestDatabase>();
        MOTCUA_VERIFY_DB(*db);
        QString error;
        QVERIFY2(useSampleOffice(db->db(), &error), qPrintable(error));
        session = std::make_unique<DeskSession>(db->db());
        session->setOfficer(QStringLiteral("Trần Văn Bình"));
        // A dossier whose result is ready for hand-over.
        DossierRepository dossiers(db->db(), session->rules());
        Dossier d;
        d.procedureCode = QStringLiteral("1.004746");
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.receivedAt = QDateTime::currentDateTime().addDays(-3);
        QVERIFY2(dossiers.create(&d, session->officer(), &error), qPrintable(error));
        code = d.code;
        QVERIFY2(dossiers.changeStatus(code, DossierStatus::Processing, d.receivedAt.addSecs(600),
                                       officer(), QString(), &error),
                 qPrintable(error));
        QVERIFY2(dossiers.markResultReady(code, QDateTime::currentDateTime().addSecs(-600),
                                          officer(), false, 0, &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        session.reset();
        db.reset();
    }

    void citizensChoiceIsRecordedAsTheirs()
    {
        CitizenRatingWindow window;
        QSignalSpy rated(&window, &CitizenRatingWindow::rated);
        window.ask(code);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            window.findChild<QLabel*>(QStringLiteral("ratingDossierCode"))->text().contains(code));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("ratingSatisfied")),
                          Qt::LeftButton);
        QCOMPARE(rated.count(), 1);
        QVERIFY(!window.isVisible());
        const auto rating = rated.first().first().value<CitizenRating>();
        QCOMPARE(rating.choice, CitizenChoice::Satisfied);
        handOver(rating);

        Dossier d;
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules()).load(code, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.status, DossierStatus::Returned);
        QCOMPARE(d.rating, Rating::Satisfied);
        QList<CitizenRating> ratings;
        QVERIFY2(CitizenRatings(db->db()).forDossier(code, &ratings, &error), qPrintable(error));
        QCOMPARE(ratings.size(), 1);
        QCOMPARE(ratings.first().choice, CitizenChoice::Satisfied);
        // The audit log says the citizen chose.
        AuditLog::Filter filter;
        filter.dossierCode = code;
        filter.action = QStringLiteral("citizen-rating");
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(db->db(), filter, &entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().detail.contains(QStringLiteral("citizen: satisfied")));
    }

    void noChoiceInTimeIsNotRated()
    {
        CitizenRatingWindow window;
        window.setTimeout(150);
        const CitizenRating rating = window.exec(code); // nobody touches the screen
        QCOMPARE(rating.choice, CitizenChoice::NotRated);
        QVERIFY(!window.isVisible());
        handOver(rating);
        Dossier d;
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules()).load(code, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.status, DossierStatus::Returned);
        QCOMPARE(d.rating, Rating::None);
        QList<CitizenRating> ratings;
        QVERIFY2(CitizenRatings(db->db()).forDossier(code, &ratings, &error), qPrintable(error));
        QCOMPARE(ratings.size(), 1);
        QCOMPARE(ratings.first().choice, CitizenChoice::NotRated);
    }

    void notSatisfiedAsksWhyAndGoesToTheFollowUpList()
    {
        CitizenRatingWindow window;
        QSignalSpy rated(&window, &CitizenRatingWindow::rated);
        window.ask(code);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("ratingUnsatisfied")),
                          Qt::LeftButton);
        QCOMPARE(rated.count(), 0); // the reasons come first
        auto* reason = window.findChild<QPushButton*>(QStringLiteral("ratingReason0"));
        QVERIFY(reason->isVisible());
        QTest::mouseClick(reason, Qt::LeftButton);
        QCOMPARE(rated.count(), 1);
        const auto rating = rated.first().first().value<CitizenRating>();
        QCOMPARE(rating.choice, CitizenChoice::Unsatisfied);
        QCOMPARE(rating.reason, CitizenRatings::reasons().first());
        handOver(rating);

        Dossier d;
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules()).load(code, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.rating, Rating::Unsatisfied);
        // On the supervisor's list, with the reason.
        OverduePage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* followUps = page.findChild<RatingFollowUpPanel*>();
        followUps->refresh();
        QCOMPARE(followUps->count(), 1);
        QList<CitizenRating> open;
        QVERIFY2(CitizenRatings(db->db()).followUps(&open, &error), qPrintable(error));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().dossierCode, code);
        QCOMPARE(open.first().reason, CitizenRatings::reasons().first());
    }

    void neutralLeavesTheDossierUnrated()
    {
        CitizenRatingWindow window;
        QSignalSpy rated(&window, &CitizenRatingWindow::rated);
        window.ask(code);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("ratingNeutral")),
                          Qt::LeftButton);
        handOver(rated.first().first().value<CitizenRating>());
        Dossier d;
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules()).load(code, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.rating, Rating::None);
        QList<CitizenRating> ratings;
        QVERIFY2(CitizenRatings(db->db()).forDossier(code, &ratings, &error), qPrintable(error));
        QCOMPARE(ratings.first().choice, CitizenChoice::Neutral);
        QList<CitizenRating> open;
        QVERIFY2(CitizenRatings(db->db()).followUps(&open, &error), qPrintable(error));
        QVERIFY(open.isEmpty());
    }

    void screenshots()
    {
        if (!shooting())
            QSKIP("MOTCUA_SCREENSHOTS not set");
        QVERIFY(Translations::install(QStringLiteral("vi")));
        {
            CitizenRatingWindow window;
            window.ask(code);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            save(&window, "citizen-rating");
            QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("ratingUnsatisfied")),
                              Qt::LeftButton);
            save(&window, "citizen-rating-reason");
            QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("ratingReason0")),
                              Qt::LeftButton);
        }
        Translations::install(QStringLiteral("en"));
    }

private:
    // The pictures of docs/screenshots, in Vietnamese: MOTCUA_SCREENSHOTS=folder.
    static bool shooting() { return qEnvironmentVariableIsSet("MOTCUA_SCREENSHOTS"); }
    static void save(QWidget* widget, const char* name)
    {
        QApplication::processEvents();
        widget->grab().save(qEnvironmentVariable("MOTCUA_SCREENSHOTS") + QLatin1Char('/') +
                            QLatin1String(name) + QStringLiteral(".png"));
    }

    User officer() const { return User::acting(session->officer()); }

    void handOver(const CitizenRating& rating)
    {
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules())
                     .handOverRatedByCitizen(code, QDateTime::currentDateTime(), officer(), rating,
                                             &error),
                 qPrintable(error));
    }

    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<DeskSession> session;
    QString code;
};

QTEST_MAIN(TestCitizenRating)
#include "tst_citizenrating.moc"
