#include "KeyTyping.h"
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
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
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

    // The supervisor closes the follow-up with a note; the counter officer cannot.
    void supervisorClosesTheFollowUpWithANote()
    {
        CitizenRating rating;
        rating.choice = CitizenChoice::Unsatisfied;
        rating.reason = CitizenRatings::reasons().at(1);
        handOver(rating);
        OverduePage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* panel = page.findChild<RatingFollowUpPanel*>();
        auto* table = panel->findChild<QTableWidget*>(QStringLiteral("ratingFollowUpTable"));
        auto* note = panel->findChild<QLineEdit*>(QStringLiteral("followUpNote"));
        auto* close = panel->findChild<QPushButton*>(QStringLiteral("closeFollowUp"));
        panel->refresh();
        QCOMPARE(panel->count(), 1);
        table->setCurrentCell(0, 0);

        // A counter officer (the session's account until a supervisor signs in) has no way
        // to close it, and core refuses too.
        QVERIFY(!note->isEnabled());
        QVERIFY(!close->isEnabled());
        QList<CitizenRating> open;
        QString error;
        QVERIFY2(CitizenRatings(db->db()).followUps(&open, &error), qPrintable(error));
        QVERIFY(!CitizenRatings(db->db()).closeFollowUp(open.first().id, officer(),
                                                        QStringLiteral("Đã gọi điện"),
                                                        QDateTime::currentDateTime(), &error));
        QVERIFY2(error.contains(Roles::label(Role::CounterOfficer)), qPrintable(error));

        User supervisor = User::acting(QStringLiteral("Lê Thị Lãnh Đạo"), Role::Supervisor);
        session->setUser(supervisor);
        QVERIFY(note->isEnabled());
        QVERIFY(!close->isEnabled()); // the note comes first
        note->setFocus();
        typeText(QStringLiteral("Đã gọi điện xin lỗi, hướng dẫn lại"));
        QVERIFY(close->isEnabled());
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(panel->count(), 0);
        QVERIFY(note->text().isEmpty());
        QVERIFY2(panel->findChild<QLabel*>(QStringLiteral("followUpStatus"))->text().contains(code),
                 qPrintable(panel->findChild<QLabel*>(QStringLiteral("followUpStatus"))->text()));

        // Kept with the rating, and in the audit log under the dossier.
        QList<CitizenRating> ratings;
        QVERIFY2(CitizenRatings(db->db()).forDossier(code, &ratings, &error), qPrintable(error));
        QCOMPARE(ratings.size(), 1);
        QVERIFY(ratings.first().followedUpAt.isValid());
        QCOMPARE(ratings.first().followedUpBy, session->actor().name());
        QCOMPARE(ratings.first().followUpNote,
                 QStringLiteral("Đã gọi điện xin lỗi, hướng dẫn lại"));
        AuditLog::Filter filter;
        filter.dossierCode = code;
        filter.action = QStringLiteral("follow-up");
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(db->db(), filter, &entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries.first().detail.contains(QStringLiteral("Đã gọi điện xin lỗi")),
                 qPrintable(entries.first().detail));

        // Closed once only; a note is required.
        QVERIFY(!CitizenRatings(db->db()).closeFollowUp(ratings.first().id, supervisor,
                                                        QStringLiteral("lần hai"),
                                                        QDateTime::currentDateTime(), &error));
        QVERIFY2(error.contains(QStringLiteral("already closed")), qPrintable(error));
        QVERIFY(!CitizenRatings(db->db()).closeFollowUp(ratings.first().id, supervisor,
                                                        QStringLiteral("  "),
                                                        QDateTime::currentDateTime(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Note:")), qPrintable(error));
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
