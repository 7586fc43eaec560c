#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/FeedbackRepository.h"
#include "overdue/OverdueModel.h"
#include "supervisor/ApologyService.h"
#include "supervisor/OverdueExport.h"
#include "supervisor/OverdueList.h"
#include "supervisor/SupervisorSettings.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}
User account(Role role)
{
    User u;
    u.login = role == Role::CounterOfficer ? QStringLiteral("canbo") : QStringLiteral("lanhdao");
    u.displayName = role == Role::CounterOfficer ? QStringLiteral("Trần Văn Bình")
                                                 : QStringLiteral("Lê Văn Chính");
    u.role = role;
    return u;
}
} // namespace

// The supervisor's overdue list: which dossiers it shows and how, the once-only apology rule
// with the roles core checks, and the list's exports.
class TestOverdue : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

    // Receives a dossier on `received` (Đăng ký kết hôn, 5 working days) and sends it for
    // processing.
    QString receive(const Database& db, const QDateTime& received, const QString& id,
                    QString* error)
    {
        DossierRepository repo(db, rules);
        Dossier d;
        d.procedureCode = QStringLiteral("1.003583");
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.applicantId = id;
        d.applicantPhone = QStringLiteral("0912345678");
        d.receivedAt = received;
        if (!repo.create(&d, QStringLiteral("Trần Văn Bình"), error) ||
            !repo.changeStatus(d.code, DossierStatus::Processing, received.addSecs(600),
                               User::acting(QStringLiteral("Trần Văn Bình")), QString(), error))
            return QString();
        return d.code;
    }

private slots:
    void listsOverdueDueSoonAndFeedback()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        // Due Tue 12/3 08:15; Wed 13/3 08:15 (due soon on Tue 12/3 10:00); Mon 18/3.
        const QString late =
            receive(t.db(), at("2024-03-05 08:15"), QStringLiteral("075190001299"), &error);
        QVERIFY2(!late.isEmpty(), qPrintable(error));
        const QString soon =
            receive(t.db(), at("2024-03-06 08:15"), QStringLiteral("087095000099"), &error);
        QVERIFY2(!soon.isEmpty(), qPrintable(error));
        const QString later =
            receive(t.db(), at("2024-03-11 08:15"), QStringLiteral("001200000001"), &error);
        QVERIFY2(!later.isEmpty(), qPrintable(error));
        Feedback f;
        f.receivedAt = at("2024-02-01 09:00");
        f.content = QStringLiteral("Chờ lâu ở quầy");
        QVERIFY2(FeedbackRepository(t.db(), rules).add(&f, QStringLiteral("cb"), &error),
                 qPrintable(error));

        const QDateTime asOf = at("2024-03-14 10:00"); // Thursday
        QList<OverdueItem> items;
        QVERIFY2(OverdueList::load(t.db(), rules, asOf, &items, &error), qPrintable(error));
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).code, late);
        QCOMPARE(items.at(0).state, OverdueItem::State::Overdue);
        QCOMPARE(items.at(0).workingDaysOverdue, 2); // due Tue 12/3, as of Thu 14/3
        QCOMPARE(items.at(0).maskedId, QStringLiteral("0751******99"));
        QCOMPARE(items.at(0).officer, QStringLiteral("Trần Văn Bình"));
        QCOMPARE(items.at(0).field, QStringLiteral("Hộ tịch"));
        QCOMPARE(items.at(1).code, soon);
        QCOMPARE(items.at(1).state, OverdueItem::State::Overdue);
        QCOMPARE(items.at(2).kind, OverdueItem::Kind::Feedback);
        QCOMPARE(items.at(2).subject, QStringLiteral("Chờ lâu ở quầy"));

        // As of Tue 12/3 10:00 the first is one hour late, the second due within a working day.
        QVERIFY2(OverdueList::load(t.db(), rules, at("2024-03-12 10:00"), &items, &error),
                 qPrintable(error));
        QCOMPARE(items.at(0).code, late);
        QCOMPARE(items.at(0).workingDaysOverdue, 0);
        QCOMPARE(items.at(1).code, soon);
        QCOMPARE(items.at(1).state, OverdueItem::State::DueSoon);
        QVERIFY(!items.at(1).apologySent());
        for (const OverdueItem& item : items)
            QVERIFY(item.code != later);

        // The model: consistent for QAbstractItemModelTester, masked IDs, words for states.
        OverdueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(items);
        QCOMPARE(model.rowCount(), int(items.size()));
        QCOMPARE(model.columnCount(), int(OverdueModel::ColumnCount));
        QCOMPARE(model.index(0, OverdueModel::IdNumber).data().toString(),
                 QStringLiteral("0751******99"));
        QCOMPARE(model.index(1, OverdueModel::State).data().toString(), QStringLiteral("Due soon"));
        QCOMPARE(model.index(1, OverdueModel::State).data(OverdueModel::StateKeyRole).toString(),
                 QStringLiteral("due-soon"));
        QCOMPARE(model.index(0, OverdueModel::Apology).data().toString(),
                 QStringLiteral("Not sent"));
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The apology column says when the letter was sent; the promised date has its own column.
    // A due-soon dossier without a letter is an alarm only once the apology is due (DOMAIN §8:
    // no later than one working day before the due date).
    void apologyColumnAndItsAlarm()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        // Due Tue 12/3 08:15 and Wed 13/3 08:15.
        const QString first =
            receive(t.db(), at("2024-03-05 08:15"), QStringLiteral("075190001299"), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        const QString second =
            receive(t.db(), at("2024-03-06 08:15"), QStringLiteral("087095000099"), &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        ApologyLetter letter;
        letter.issuedAt = at("2024-03-11 09:00");
        letter.newDueAt = at("2024-03-19 16:00");
        letter.reason = QStringLiteral("Chờ xác minh của cơ quan liên quan");
        QVERIFY2(
            ApologyService(t.db(), rules).issue(account(Role::Supervisor), first, &letter, &error),
            qPrintable(error));

        QList<OverdueItem> items;
        QVERIFY2(OverdueList::load(t.db(), rules, at("2024-03-12 10:00"), &items, &error),
                 qPrintable(error));
        QCOMPARE(items.size(), 2);
        OverdueModel model;
        model.setItems(items);
        const QColor alarm(0xb0, 0x00, 0x20);
        auto colour = [&model](int row) {
            return model.index(row, OverdueModel::Apology)
                .data(Qt::ForegroundRole)
                .value<QBrush>()
                .color();
        };
        // The letter of 11/3, promising 19/3.
        QCOMPARE(model.index(0, OverdueModel::Code).data().toString(), first);
        QCOMPARE(model.index(0, OverdueModel::Apology).data().toString(),
                 QStringLiteral("Sent: 11/03/2024"));
        QCOMPARE(model.index(0, OverdueModel::PromisedDate).data().toString(),
                 QStringLiteral("19/03/24 16:00"));
        QVERIFY(colour(0) != alarm);
        // Due Wed 13/3, as of Tue 12/3: the apology is due today and missing.
        QCOMPARE(items.at(1).state, OverdueItem::State::DueSoon);
        QCOMPARE(model.index(1, OverdueModel::Apology).data().toString(),
                 QStringLiteral("Not sent"));
        QCOMPARE(colour(1), alarm);

        // The window opens on the working day before the due date: for Tue 12/3, Mon 11/3
        // (not over the weekend before).
        QVERIFY(
            !OverdueList::apologyWindowOpen(rules, at("2024-03-12 08:15"), at("2024-03-08 18:00")));
        QVERIFY(
            !OverdueList::apologyWindowOpen(rules, at("2024-03-12 08:15"), at("2024-03-10 12:00")));
        QVERIFY(
            OverdueList::apologyWindowOpen(rules, at("2024-03-12 08:15"), at("2024-03-11 07:00")));
        QVERIFY(
            OverdueList::apologyWindowOpen(rules, at("2024-03-12 08:15"), at("2024-03-12 09:00")));
        OverdueItem waiting = items.at(1);
        waiting.apologyWindowOpen = false;
        model.setItems({waiting});
        QVERIFY(colour(0) != alarm);
        QCOMPARE(model.index(0, OverdueModel::Apology).data().toString(),
                 QStringLiteral("Not sent"));
    }

    void apologyOnceOnlyWithRolesCheckedInCore()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString code =
            receive(t.db(), at("2024-03-05 08:15"), QStringLiteral("075190001299"), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        const ApologyService service(t.db(), rules);

        ApologyLetter letter;
        letter.issuedAt = at("2024-03-11 09:00");
        letter.reason = QStringLiteral("Chờ xác minh tại UBND xã khác");
        letter.newDueAt =
            ApologyService::suggestedNewDue(rules, at("2024-03-12 08:15"), letter.issuedAt, 3);
        QCOMPARE(letter.newDueAt, at("2024-03-15 08:15"));

        // A counter officer may not sign.
        QVERIFY(!service.issue(account(Role::CounterOfficer), code, &letter, &error));
        QVERIFY2(error.contains(QStringLiteral("Trần Văn Bình")), qPrintable(error));

        QVERIFY2(service.issue(account(Role::Supervisor), code, &letter, &error),
                 qPrintable(error));
        QCOMPARE(letter.signer, QStringLiteral("Lê Văn Chính"));
        QCOMPARE(letter.originalDueAt, at("2024-03-12 08:15"));

        // DOMAIN §8: only once; a second needs the supervisor's note.
        ApologyLetter second = letter;
        second.id = 0;
        second.number.clear();
        second.newDueAt = at("2024-03-20 08:15");
        QVERIFY(!service.issue(account(Role::Supervisor), code, &second, &error));
        QVERIFY2(error.contains(code), qPrintable(error));
        second.supervisorNote = QStringLiteral("Đồng ý gia hạn lần hai vì chờ kết quả xác minh");
        QVERIFY(!service.issue(account(Role::CounterOfficer), code, &second, &error));
        QVERIFY2(service.issue(account(Role::Supervisor), code, &second, &error),
                 qPrintable(error));

        QList<OverdueItem> items;
        QVERIFY2(OverdueList::load(t.db(), rules, at("2024-03-14 10:00"), &items, &error),
                 qPrintable(error));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).apologyCount, 2);
        QCOMPARE(items.at(0).apologyNewDueAt, at("2024-03-20 08:15"));
    }

    void settingsRefusedToACounterOfficer()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        IndicatorTarget target;
        target.year = 2025;
        target.key = QStringLiteral("on_time_rate");
        target.target = 0.98;
        QVERIFY(
            !SupervisorSettings(t.db(), account(Role::CounterOfficer)).setTarget(target, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(SupervisorSettings(t.db(), account(Role::Supervisor)).setTarget(target, &error),
                 qPrintable(error));
        QVERIFY(!SupervisorSettings(t.db(), account(Role::CounterOfficer))
                     .deactivateProcedure(QStringLiteral("1.003583"), &error));
        OfficeSettings office;
        QVERIFY(
            !SupervisorSettings(t.db(), account(Role::CounterOfficer)).saveOffice(office, &error));
    }

    void exportsCsvAndExcel()
    {
        OverdueItem item;
        item.code = QStringLiteral("000.00.06.H56-240305-0001");
        item.subject = QStringLiteral("Đăng ký kết hôn");
        item.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        item.maskedId = QStringLiteral("0751******99");
        item.legalDueAt = at("2024-03-12 08:15");
        item.workingDaysOverdue = 2;
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("overdue.csv"));
        QVERIFY2(OverdueExport::write({item}, csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hòa")));
        QVERIFY(text.contains(QStringLiteral("0751******99")));
        QVERIFY(!text.contains(QStringLiteral("075190001299")));
        const QString xlsx = dir.filePath(QStringLiteral("overdue.xlsx"));
        QVERIFY2(OverdueExport::write({item}, xlsx, &error), qPrintable(error));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(book.read(2), QByteArray("PK")); // a zip container
    }
};

QTEST_MAIN(TestOverdue)
#include "tst_overdue.moc"
