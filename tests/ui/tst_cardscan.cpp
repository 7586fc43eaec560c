#include "KeyTyping.h"
#include "SampleOffice.h"
#include "TestDatabase.h"
#include "common/DeskSession.h"
#include "dossiers/CitizenIdQr.h"
#include "dossiers/DossierRepository.h"
#include "reception/DocumentChecklist.h"
#include "reception/ReceptionPage.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

namespace {

// What a keyboard-mode scanner sends: every character as a key press, then Enter.
void scan(const QString& line)
{
    typeText(line);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

const QString card = QStringLiteral("075190001299|271234567|Nguyễn Thị Hòa|05031990|Nữ|"
                                    "Ấp Bình Chánh, Tân Bình, Vĩnh Cửu, Đồng Nai|12062021");

} // namespace

// The CCCD's QR code read by a scanner that types like a keyboard, and the citizen who comes
// back: less typing at the counter, nothing landing in the wrong field.
class TestCardScan : public QObject
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
    }

    void cleanup()
    {
        session.reset();
        db.reset();
    }

    void parsesTheSevenFields()
    {
        CitizenIdQr c;
        QString error;
        QVERIFY2(CitizenIdQr::parse(card, &c, &error), qPrintable(error));
        QCOMPARE(c.citizenId, QStringLiteral("075190001299"));
        QCOMPARE(c.oldId, QStringLiteral("271234567"));
        QCOMPARE(c.name, QStringLiteral("Nguyễn Thị Hòa"));
        QCOMPARE(c.birthDate, QDate(1990, 3, 5));
        QCOMPARE(c.sex, QStringLiteral("Nữ"));
        QCOMPARE(c.issuedOn, QDate(2021, 6, 12));
        QVERIFY(!CitizenIdQr::parse(QStringLiteral("075190001299|x|y"), &c, &error));
        QVERIFY(error.contains(QStringLiteral("7")));
        QVERIFY(!CitizenIdQr::parse(QStringLiteral("123|||05031990|Nam||01012020"), &c, &error));
        QVERIFY(CitizenIdQr::isScanStart(QStringLiteral("075190001299|")));
        QVERIFY(!CitizenIdQr::isScanStart(QStringLiteral("0751900012|")));
    }

    // Wherever the focus is, the scan fills the applicant and leaves no stray text behind.
    void scanFillsTheFormFromAnyField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("name") << QStringLiteral("applicantName");
        QTest::addRow("phone") << QStringLiteral("applicantPhone");
        QTest::addRow("fee") << QStringLiteral("fee");
        QTest::addRow("documents") << QStringLiteral("documentChecklist");
        QTest::addRow("procedure search") << QStringLiteral("procedureSearch");
    }

    void scanFillsTheFormFromAnyField()
    {
        QFETCH(QString, field);
        ReceptionPage page(*session);
        page.setPreviewAfterSave(false);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy received(&page, &ReceptionPage::dossierReceived);
        typeText(QStringLiteral("khai sinh"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const QString procedure =
            page.findChild<QLineEdit*>(QStringLiteral("procedureSearch"))->text();
        auto* phone = page.findChild<QLineEdit*>(QStringLiteral("applicantPhone"));
        phone->setText(QStringLiteral("0912345678"));
        auto* fee = page.findChild<QSpinBox*>(QStringLiteral("fee"));
        const int feeBefore = fee->value();
        auto* documents = page.findChild<DocumentChecklist*>();
        documents->setCurrentCell(0, DocumentChecklist::Copies);
        const QList<RequiredDocument> handedIn = documents->handedIn();
        QWidget* target = page.findChild<QWidget*>(field);
        QVERIFY(target);
        target->setFocus();
        if (auto* edit = qobject_cast<QLineEdit*>(target))
            edit->end(false);

        scan(card);

        QCOMPARE(received.count(), 0); // the scanner's Enter does not save
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantName"))->text(),
                 QStringLiteral("Nguyễn Thị Hòa"));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantId"))->text(),
                 QStringLiteral("075190001299"));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantAddress"))->text(),
                 QStringLiteral("Ấp Bình Chánh, Tân Bình, Vĩnh Cửu, Đồng Nai"));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantBirthDate"))->text(),
                 QStringLiteral("05/03/1990"));
        QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("applicantSex"))->currentData(),
                 QVariant(QStringLiteral("Nữ")));
        // No stray text: every other field holds what it held before the scan.
        QCOMPARE(phone->text(), QStringLiteral("0912345678"));
        QCOMPARE(fee->value(), feeBefore);
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("procedureSearch"))->text(), procedure);
        QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("applicantEmail"))->text().isEmpty());
        QVERIFY(
            page.findChild<QLineEdit*>(QStringLiteral("applicantOrganisation"))->text().isEmpty());
        QCOMPARE(documents->handedIn().size(), handedIn.size());
        for (int i = 0; i < handedIn.size(); ++i) {
            QCOMPARE(documents->handedIn().at(i).originals, handedIn.at(i).originals);
            QCOMPARE(documents->handedIn().at(i).copies, handedIn.at(i).copies);
        }
        // The officer is told what the code is worth, and goes on with the phone.
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("receptionStatus"))
                    ->text()
                    .contains(QStringLiteral("QR")));
        QCOMPARE(QApplication::focusWidget(), phone);

        // Saved with the date of birth and sex from the card.
        QVERIFY(page.receive());
        Dossier d;
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules())
                     .load(received.first().first().toString(), &d, &error),
                 qPrintable(error));
        QCOMPARE(d.applicantBirthDate, QDate(1990, 3, 5));
        QCOMPARE(d.applicantSex, QStringLiteral("Nữ"));
        QCOMPARE(d.applicantId, QStringLiteral("075190001299"));
    }

    void typingDigitsAndBarByHandIsLeftAlone()
    {
        ReceptionPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("applicantName"));
        name->setFocus();
        // Not a card number before the bar: typed text stays.
        typeText(QStringLiteral("12|"));
        QCOMPARE(name->text(), QStringLiteral("12|"));
    }

    void pastedLineFillsTheForm()
    {
        ReceptionPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("applicantName"));
        name->setFocus();
        QApplication::clipboard()->setText(card + QLatin1Char('\n'));
        QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(name->text(), QStringLiteral("Nguyễn Thị Hòa"));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantId"))->text(),
                 QStringLiteral("075190001299"));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantBirthDate"))->text(),
                 QStringLiteral("05/03/1990"));
    }

    void unfinishedScanIsDroppedWithAMessage()
    {
        ReceptionPage page(*session);
        page.setScanTimeout(50);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("applicantName"));
        name->setFocus();
        for (const QChar c : QStringLiteral("075190001299|271234")) {
            const Qt::Key k =
                c == QLatin1Char('|') ? Qt::Key_Bar : Qt::Key(Qt::Key_0 + c.digitValue());
            QTest::keyClick(name, k);
        }
        auto* status = page.findChild<QLabel*>(QStringLiteral("receptionStatus"));
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("⚠")));
        QVERIFY(name->text().isEmpty());
        // Typing goes on normally afterwards.
        QTest::qWait(100);
        QTest::keyClicks(name, QStringLiteral("An"));
        QCOMPARE(name->text(), QStringLiteral("An"));
    }

    void returningCitizenIsOfferedTheLastContactDetails()
    {
        QString error;
        DossierRepository dossiers(db->db(), session->rules());
        for (const auto& [phone, email, days] :
             {std::tuple{QStringLiteral("0912345678"), QString(), 30},
              std::tuple{QStringLiteral("0987654321"), QStringLiteral("hoa@example.vn"), 3}}) {
            Dossier d;
            d.procedureCode = QStringLiteral("1.004746");
            d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
            d.applicantId = QStringLiteral("075190001299");
            d.applicantPhone = phone;
            d.applicantEmail = email;
            d.applicantAddress = QStringLiteral("Tổ 3, ấp Bình Chánh");
            d.receivedAt = QDateTime::currentDateTime().addDays(-days);
            QVERIFY2(dossiers.create(&d, session->officer(), &error), qPrintable(error));
        }
        ReceptionPage page(*session);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* id = page.findChild<QLineEdit*>(QStringLiteral("applicantId"));
        auto* offer = page.findChild<QWidget*>(QStringLiteral("returningOffer"));
        id->setFocus();
        QTest::keyClicks(id, QStringLiteral("07519000129"));
        QVERIFY(!offer->isVisible()); // not a whole number yet
        QTest::keyClicks(id, QStringLiteral("9"));
        QVERIFY(offer->isVisible());
        const QString shown = page.findChild<QLabel*>(QStringLiteral("returningApplicant"))->text();
        QVERIFY2(shown.contains(QStringLiteral("0987654321")), qPrintable(shown));
        QTest::keyClick(id, Qt::Key_F4); // one key takes them
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantPhone"))->text(),
                 QStringLiteral("0987654321"));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantEmail"))->text(),
                 QStringLiteral("hoa@example.vn"));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("applicantAddress"))->text(),
                 QStringLiteral("Tổ 3, ấp Bình Chánh"));
        QVERIFY(!offer->isVisible());

        // A number never seen offers nothing.
        id->clear();
        QTest::keyClicks(id, QStringLiteral("001099012345"));
        QVERIFY(!offer->isVisible());
    }

    void screenshots()
    {
        if (!shooting())
            QSKIP("MOTCUA_SCREENSHOTS not set");
        QVERIFY(Translations::install(QStringLiteral("vi")));
        QString error;
        Dossier before;
        before.procedureCode = QStringLiteral("1.001193");
        before.applicantName = QStringLiteral("Trần Văn Phúc");
        before.applicantId = QStringLiteral("075085000123");
        before.applicantPhone = QStringLiteral("0987654321");
        before.applicantEmail = QStringLiteral("phuc.tran@example.vn");
        before.applicantAddress = QStringLiteral("Tổ 3, ấp Bình Chánh, xã Tân Bình");
        before.receivedAt = QDateTime::currentDateTime().addDays(-40);
        QVERIFY2(DossierRepository(db->db(), session->rules())
                     .create(&before, session->officer(), &error),
                 qPrintable(error));
        {
            ReceptionPage page(*session);
            page.resize(1366, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            typeText(QStringLiteral("khai sinh"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            scan(card);
            save(&page, "reception-card-scan");
        }
        {
            ReceptionPage page(*session);
            page.resize(1366, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            typeText(QStringLiteral("khai sinh"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            typeText(QStringLiteral("Trần Văn Phúc"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("075085000123"));
            save(&page, "reception-returning");
        }
        Translations::install(QStringLiteral("en"));
    }

    // The pictures of docs/screenshots, in Vietnamese: MOTCUA_SCREENSHOTS=folder.
    static bool shooting() { return qEnvironmentVariableIsSet("MOTCUA_SCREENSHOTS"); }
    static void save(QWidget* widget, const char* name)
    {
        QApplication::processEvents();
        widget->grab().save(qEnvironmentVariable("MOTCUA_SCREENSHOTS") + QLatin1Char('/') +
                            QLatin1String(name) + QStringLiteral(".png"));
    }

private:
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<DeskSession> session;
};

QTEST_MAIN(TestCardScan)
#include "tst_cardscan.moc"
