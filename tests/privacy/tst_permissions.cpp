#include "../dossiers/SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/Permissions.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarStore.h"
#include "dossiers/CitizenRating.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DossierTransfer.h"
#include "privacy/PersonRecords.h"
#include "settings/OfficeIdentity.h"
#include "settings/OfficeSettingsStore.h"
#include "supervisor/ApologyService.h"
#include "supervisor/SupervisorSettings.h"

#include <QTemporaryDir>
#include <QTest>

// Issue #8: permissions are enforced in core, not only by hiding buttons. Every protected
// operation is tried by every role on its own database; it must succeed exactly when
// Permissions::allows says so, and a refusal must explain itself.
namespace {

enum class Operation {
    SetTarget,
    AddHoliday,
    ConfirmYear,
    SaveProcedure,
    SaveOffice,
    SaveOfficeIdentity,
    CreateUser,
    ChangeRole,
    ResetOtherPassword,
    HandOverOthersFinished,
    DocumentsOfOthersReturned,
    FullExport,
    PersonRecordsFind,
    PersonRecordsExport,
    ReadAuditLog,
    IssueApology,
    CloseFollowUp
};

const QString dossierOfficer = QStringLiteral("Trần Thị Nhận");

QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}

User actorWith(Role role)
{
    // Not the officer who received the dossiers below.
    return User::acting(QStringLiteral("Lê Văn Khác"), role);
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

    // Received by dossierOfficer, moved to status: returns the code.
    QString dossierIn(const Database& db, DossierStatus status, QString* error)
    {
        DossierRepository repo(db, rules);
        Dossier d;
        d.procedureCode = QStringLiteral("1.003583");
        d.applicantName = QStringLiteral("Nguyễn Văn An");
        d.applicantId = QStringLiteral("087095000199");
        d.receivedAt = at("2024-03-04 08:15");
        if (!repo.create(&d, dossierOfficer, error))
            return QString();
        const User receiver = User::acting(dossierOfficer);
        if (status == DossierStatus::Accepted)
            return d.code;
        if (!repo.changeStatus(d.code, DossierStatus::Processing, at("2024-03-04 09:00"), receiver,
                               QString(), error))
            return QString();
        if (status == DossierStatus::Processing)
            return d.code;
        if (!repo.markResultReady(d.code, at("2024-03-05 09:00"), receiver, false, 0, error))
            return QString();
        if (status == DossierStatus::Finished)
            return d.code;
        if (!repo.handOver(d.code, at("2024-03-06 09:00"), receiver, Rating::Satisfied, error))
            return QString();
        return d.code;
    }

    bool run(const Database& db, Operation operation, const User& actor, const QString& folder,
             QString* error)
    {
        switch (operation) {
        case Operation::SetTarget: {
            IndicatorTarget target;
            target.year = 2025;
            target.key = QStringLiteral("on_time_rate");
            target.target = 0.95;
            return SupervisorSettings(db, actor).setTarget(target, error);
        }
        case Operation::AddHoliday: {
            CalendarEntry entry;
            entry.date = QDate(2025, 11, 20);
            entry.kind = DayKind::DayOff;
            entry.name = QStringLiteral("Nghỉ hoán đổi");
            entry.noticeNumber = QStringLiteral("01/TB-UBND");
            return CalendarStore(db).addEntry(actor, &entry, error);
        }
        case Operation::ConfirmYear:
            return CalendarStore(db).confirmYear(actor, 2027, QStringLiteral("99/TB-BNV"), error);
        case Operation::SaveProcedure: {
            Procedure procedure;
            procedure.code = QStringLiteral("1.000001");
            procedure.name = QStringLiteral("Thủ tục thử");
            procedure.field = QStringLiteral("Khác");
            procedure.halves = 2 * 3;
            procedure.source = QStringLiteral("QĐ thử");
            return SupervisorSettings(db, actor).saveProcedure(procedure, true, error);
        }
        case Operation::SaveOffice: {
            OfficeSettings settings;
            if (!OfficeSettingsStore(db).load(&settings, error))
                return false;
            settings.placeName = QStringLiteral("Tân Bình mới");
            return SupervisorSettings(db, actor).saveOffice(settings, error);
        }
        case Operation::SaveOfficeIdentity: {
            // The header forms print from a date on (issue 16): the office's own, like its
            // settings.
            OfficeIdentity version;
            version.validFrom = QDate(2025, 7, 1);
            version.agencyName = QStringLiteral("UBND XÃ TÂN BÌNH");
            version.placeName = QStringLiteral("Tân Bình");
            version.agencyCode = QStringLiteral("000.00.06.H56");
            return SupervisorSettings(db, actor).saveOfficeIdentity(version, error);
        }
        case Operation::CreateUser: {
            User user = User::acting(QStringLiteral("canbo2"));
            return UserRepository(db).create(actor, &user, QStringLiteral("mat-khau-dai"), error);
        }
        case Operation::ChangeRole:
        case Operation::ResetOtherPassword: {
            User admin = User::acting(QStringLiteral("admin"), Role::Administrator);
            UserRepository users(db);
            if (!users.createFirstAdministrator(&admin, QStringLiteral("mat-khau-dai"), error))
                return false;
            if (operation == Operation::ResetOtherPassword)
                return users.setPassword(actor, admin.id, QStringLiteral("mat-khau-moi"), error);
            // A second administrator, so that the last one is not the one demoted.
            User second = User::acting(QStringLiteral("admin2"), Role::Administrator);
            return users.create(admin, &second, QStringLiteral("mat-khau-dai"), error) &&
                   users.setRole(actor, second.id, Role::CounterOfficer, error);
        }
        case Operation::HandOverOthersFinished: {
            const QString code = dossierIn(db, DossierStatus::Finished, error);
            return !code.isEmpty() && DossierRepository(db, rules).handOver(
                                          code, at("2024-03-06 10:00"), actor, Rating::None, error);
        }
        case Operation::DocumentsOfOthersReturned: {
            const QString code = dossierIn(db, DossierStatus::Returned, error);
            return !code.isEmpty() && DossierPaperRepository(db).saveDocuments(
                                          code, {{QStringLiteral("Tờ khai"), 1, 0}}, actor, error);
        }
        case Operation::FullExport: {
            if (dossierIn(db, DossierStatus::Processing, error).isEmpty())
                return false;
            QString csv;
            return DossierTransfer(db, rules).exportText(QDateTime(), QDateTime(), actor, true,
                                                         QStringLiteral("test"), &csv, nullptr,
                                                         error);
        }
        case Operation::PersonRecordsFind: {
            if (dossierIn(db, DossierStatus::Processing, error).isEmpty())
                return false;
            QList<PersonDossier> found;
            return PersonRecords(db, rules).find(actor, QStringLiteral("087095000199"), &found,
                                                 error);
        }
        case Operation::PersonRecordsExport:
            if (dossierIn(db, DossierStatus::Processing, error).isEmpty())
                return false;
            return PersonRecords(db, rules).exportJson(actor, QStringLiteral("087095000199"),
                                                       folder + QStringLiteral("/p.json"), nullptr,
                                                       error);
        case Operation::ReadAuditLog: {
            QList<AuditEntry> entries;
            return AuditLog::find(db, actor, AuditLog::Filter(), &entries, error);
        }
        case Operation::IssueApology: {
            const QString code = dossierIn(db, DossierStatus::Processing, error);
            ApologyLetter letter;
            letter.issuedAt = at("2024-03-12 09:00");
            letter.newDueAt = at("2024-03-20 09:00");
            letter.reason = QStringLiteral("Chờ xác minh");
            return !code.isEmpty() && ApologyService(db, rules).issue(actor, code, &letter, error);
        }
        case Operation::CloseFollowUp: {
            const QString code = dossierIn(db, DossierStatus::Finished, error);
            CitizenRating rating;
            rating.choice = CitizenChoice::Unsatisfied;
            QList<CitizenRating> open;
            const CitizenRatings ratings(db);
            if (code.isEmpty() ||
                !DossierRepository(db, rules).handOverRatedByCitizen(
                    code, at("2024-03-06 10:00"), User::acting(dossierOfficer), rating, error) ||
                !ratings.followUps(&open, error))
                return false;
            return ratings.closeFollowUp(open.first().id, actor, QStringLiteral("Đã gọi điện"),
                                         at("2024-03-07 09:00"), error);
        }
        }
        return false;
    }

private slots:
    void eachRoleEachOperation_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("operation");
        QTest::addColumn<bool>("allowed");
        const QList<QPair<const char*, Role>> roles{{"officer", Role::CounterOfficer},
                                                    {"supervisor", Role::Supervisor},
                                                    {"administrator", Role::Administrator}};
        const QList<QPair<const char*, QPair<Operation, Permission>>> operations{
            {"targets", {Operation::SetTarget, Permission::ChangeTargets}},
            {"calendar entry", {Operation::AddHoliday, Permission::ChangeCalendar}},
            {"calendar year", {Operation::ConfirmYear, Permission::ChangeCalendar}},
            {"catalogue", {Operation::SaveProcedure, Permission::ChangeCatalogue}},
            {"office", {Operation::SaveOffice, Permission::ChangeOfficeSettings}},
            {"office identity version",
             {Operation::SaveOfficeIdentity, Permission::ChangeOfficeSettings}},
            {"create user", {Operation::CreateUser, Permission::ManageUsers}},
            {"change role", {Operation::ChangeRole, Permission::ManageUsers}},
            {"reset password", {Operation::ResetOtherPassword, Permission::ManageUsers}},
            {"hand over other's finished",
             {Operation::HandOverOthersFinished, Permission::ChangeClosedDossier}},
            {"papers of other's returned",
             {Operation::DocumentsOfOthersReturned, Permission::ChangeClosedDossier}},
            {"full export", {Operation::FullExport, Permission::ExportPersonalData}},
            {"person lookup", {Operation::PersonRecordsFind, Permission::ExportPersonalData}},
            {"person export", {Operation::PersonRecordsExport, Permission::ExportPersonalData}},
            {"audit log", {Operation::ReadAuditLog, Permission::ViewAuditLog}},
            {"apology", {Operation::IssueApology, Permission::IssueApology}},
            {"close follow-up", {Operation::CloseFollowUp, Permission::CloseFollowUp}}};
        for (const auto& [roleName, role] : roles) {
            for (const auto& [operationName, pair] : operations) {
                QTest::addRow("%s: %s", roleName, operationName)
                    << int(role) << int(pair.first) << Permissions::allows(role, pair.second);
            }
        }
    }

    void eachRoleEachOperation()
    {
        QFETCH(int, role);
        QFETCH(int, operation);
        QFETCH(bool, allowed);
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        QTemporaryDir dir;
        const bool ok =
            run(t.db(), Operation(operation), actorWith(Role(role)), dir.path(), &error);
        if (allowed) {
            QVERIFY2(ok, qPrintable(error));
        } else {
            QVERIFY(!ok);
            // The refusal names the role and what it may not do.
            QVERIFY2(error.contains(Roles::label(Role(role))), qPrintable(error));
        }
    }

    void officerMayChangeOwnClosedDossier()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString code = dossierIn(t.db(), DossierStatus::Finished, &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        // Another counter officer is refused, with the dossier and its officer named ...
        DossierRepository repo(t.db(), rules);
        QVERIFY(!repo.handOver(code, at("2024-03-06 10:00"),
                               User::acting(QStringLiteral("Lê Văn Khác")), Rating::None, &error));
        QVERIFY2(error.contains(code) && error.contains(dossierOfficer), qPrintable(error));
        // ... the receiving officer is not, and an open dossier is anyone's to act on.
        QVERIFY2(repo.handOver(code, at("2024-03-06 10:00"), User::acting(dossierOfficer),
                               Rating::Satisfied, &error),
                 qPrintable(error));
        const QString open = dossierIn(t.db(), DossierStatus::Processing, &error);
        QVERIFY2(repo.markResultReady(open, at("2024-03-05 10:00"),
                                      User::acting(QStringLiteral("Lê Văn Khác")), false, 0,
                                      &error),
                 qPrintable(error));
    }

    void disabledAccountIsRefused()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString code = dossierIn(t.db(), DossierStatus::Processing, &error);
        User disabled = User::acting(dossierOfficer, Role::Administrator);
        disabled.active = false;
        QVERIFY(!DossierRepository(t.db(), rules)
                     .markResultReady(code, at("2024-03-05 10:00"), disabled, false, 0, &error));
        CalendarEntry entry;
        entry.date = QDate(2025, 11, 20);
        entry.kind = DayKind::DayOff;
        entry.name = QStringLiteral("Nghỉ");
        entry.noticeNumber = QStringLiteral("01/TB");
        QVERIFY(!CalendarStore(t.db()).addEntry(disabled, &entry, &error));
    }
};

QTEST_MAIN(TestPermissions)
#include "tst_permissions.moc"
