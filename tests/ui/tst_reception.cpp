#include "TestDatabase.h"
#include "catalogue/ProcedureRepository.h"
#include "common/DeskSession.h"
#include "dossiers/DossierListModel.h"
#include "dossiers/DossierListPage.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "reception/ReceptionPage.h"
#include "settings/OfficeSettingsStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

// Types text into whatever has the focus, one key event per character, as an input method
// hands Vietnamese letters to the application (QTest::keyClicks knows only Latin-1).
void type(const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget();
        QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

} // namespace

// A whole reception typed at the keyboard, without the mouse: the dossier is saved, listed
// and the form is ready for the next citizen.
class TestReception : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        db = std::make_unique<TestDatabase>();
        QVERIFY2(db->isValid(), qPrintable(db->error()));
        OfficeSettings office;
        office.agencyName = QStringLiteral("UBND XÃ TÂN BÌNH");
        office.parentAgency = QStringLiteral("UBND HUYỆN VĨNH CỬU");
        office.agencyCode = QStringLiteral("000.00.06.H56");
        office.placeName = QStringLiteral("Tân Bình");
        QString error;
        QVERIFY2(OfficeSettingsStore(db->db()).save(office, &error), qPrintable(error));
        QVERIFY2(ProcedureRepository(db->db()).seedIfEmpty(&error), qPrintable(error));
        session = std::make_unique<DeskSession>(db->db());
        session->setOfficer(QStringLiteral("Trần Văn Bình"));
    }

    void cleanup()
    {
        session.reset();
        db.reset();
    }

    void wholeReceptionByKeyboard()
    {
        ReceptionPage page(*session);
        page.setPreviewAfterSave(false);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy received(&page, &ReceptionPage::dossierReceived);
        QCOMPARE(focusName(), QStringLiteral("procedureSearch"));

        // Without diacritics, as officers type fast.
        type(QStringLiteral("dang ky lai ket hon"));
        auto* matches = page.findChild<QListWidget*>(QStringLiteral("procedureMatches"));
        QVERIFY(matches->count() >= 1);
        QVERIFY2(matches->item(0)->text().startsWith(QStringLiteral("Đăng ký lại kết hôn")),
                 qPrintable(matches->item(0)->text()));
        key(Qt::Key_Return);
        QCOMPARE(focusName(), QStringLiteral("applicantName"));
        // The appointment is shown live: 5 working days, with its explanation.
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("dueAt"))
                     ->text()
                     .startsWith(QStringLiteral("—")));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("dueExplanation"))->text().isEmpty());

        type(QStringLiteral("Nguyễn Thị Hòa"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("applicantId"));
        type(QStringLiteral("0751900012")); // too short: the message says so, next to the field
        auto* idMessage = page.findChild<QLabel*>(QStringLiteral("applicantIdMessage"));
        QVERIFY(idMessage->isVisible());
        QVERIFY(idMessage->text().startsWith(QStringLiteral("⚠")));
        key(Qt::Key_Return); // refused: nothing saved, the cursor goes back to the bad field
        QCOMPARE(received.count(), 0);
        QCOMPARE(focusName(), QStringLiteral("applicantId"));
        key(Qt::Key_End);
        type(QStringLiteral("99"));
        QVERIFY(!idMessage->text().startsWith(QStringLiteral("⚠")));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("applicantPhone"));
        type(QStringLiteral("0912 345 678"));
        key(Qt::Key_Tab);
        type(QStringLiteral("hoa.nguyen@example.vn"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("applicantAddress"));
        type(QStringLiteral("Ấp Bình Chánh, xã Tân Bình"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("channel"));
        // The identity was looked up in VNeID: ticked with Space; no document reused.
        while (focusName() != QStringLiteral("identityChecked"))
            key(Qt::Key_Tab);
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("reusedData"));
        // On to the documents; Space unticks the first one, which was not handed in.
        while (focusName() != QStringLiteral("documentChecklist"))
            key(Qt::Key_Tab);
        key(Qt::Key_Space);
        key(Qt::Key_S, Qt::ControlModifier);

        QCOMPARE(received.count(), 1);
        const QString code = received.first().first().toString();
        QVERIFY(code.startsWith(QStringLiteral("000.00.06.H56-")));
        // Ready for the next citizen.
        QCOMPARE(focusName(), QStringLiteral("procedureSearch"));
        QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("applicantName"))->text().isEmpty());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("receptionStatus"))->text().contains(code));

        // Saved as typed, with the officer, the documents handed in and the appointment.
        Dossier d;
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules()).load(code, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.applicantName, QStringLiteral("Nguyễn Thị Hòa"));
        QCOMPARE(d.applicantId, QStringLiteral("075190001299"));
        QCOMPARE(d.applicantPhone, QStringLiteral("0912345678"));
        QCOMPARE(d.procedureCode, QStringLiteral("1.004746"));
        QCOMPARE(d.status, DossierStatus::Accepted);
        QCOMPARE(d.officer, QStringLiteral("Trần Văn Bình"));
        QCOMPARE(d.fee, 10000);
        QVERIFY(d.identityChecked);
        QVERIFY(!d.reusedData);
        QVERIFY(d.dueAt > d.receivedAt);
        QList<RequiredDocument> documents;
        QVERIFY2(DossierPaperRepository(db->db()).documents(code, &documents, &error),
                 qPrintable(error));
        Procedure procedure;
        bool found = false;
        QVERIFY(ProcedureRepository(db->db()).load(d.procedureCode, &procedure, &found, &error));
        QCOMPARE(documents.size(), procedure.documents.size() - 1);

        // And listed: the dossier list finds it by name typed without diacritics.
        DossierListPage list(*session);
        list.resize(1366, 768);
        list.show();
        QVERIFY(QTest::qWaitForWindowActive(&list));
        auto* search = list.findChild<QLineEdit*>(QStringLiteral("dossierSearch"));
        search->setFocus();
        type(QStringLiteral("nguyen thi hoa"));
        key(Qt::Key_Return);
        QCOMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.model()->codeAt(0), code);
        QSignalSpy open(&list, &DossierListPage::openDossier);
        QCOMPARE(focusName(), QStringLiteral("dossierTable"));
        key(Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), code);
    }

    void refusalAtTheCounterIsRecordedWithItsReason()
    {
        ReceptionPage page(*session);
        page.setPreviewAfterSave(false);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy received(&page, &ReceptionPage::dossierReceived);
        type(QStringLiteral("khai sinh"));
        key(Qt::Key_Return);
        type(QStringLiteral("Lê Văn Tâm"));
        QVERIFY(page.refuse(QStringLiteral("Thiếu giấy chứng sinh"), QString()));
        QCOMPARE(received.count(), 1);
        const QString code = received.first().first().toString();
        Dossier d;
        QString error;
        QVERIFY2(DossierRepository(db->db(), session->rules()).load(code, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.status, DossierStatus::Refused);
        DossierNotice notice;
        bool found = false;
        QVERIFY2(DossierPaperRepository(db->db()).latestNotice(code, QStringLiteral("refusal"),
                                                               &notice, &found, &error),
                 qPrintable(error));
        QVERIFY(found);
        QCOMPARE(notice.reason, QStringLiteral("Thiếu giấy chứng sinh"));
    }

private:
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<DeskSession> session;
};

QTEST_MAIN(TestReception)
#include "tst_reception.moc"
