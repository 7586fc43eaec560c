#include "../dossiers/SimpleDueDateRules.h"
#include "CliRun.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "audit/AuditDetail.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarStore.h"
#include "cli/CliContext.h"
#include "dossiers/DossierStatus.h"
#include "settings/Translations.h"
#include "supervisor/SupervisorSettings.h"

#include <QTemporaryDir>
#include <QTest>

// Issue 15, point 10: office settings, targets, calendar, catalogue and report exports are
// audited, and the audit log shows their details (and those of prints and status changes) in
// Vietnamese.
namespace {
QList<AuditEntry> entries(const Database& db, const QString& action)
{
    AuditLog::Filter filter;
    filter.action = action;
    QList<AuditEntry> found;
    QString error;
    if (!AuditLog::find(db, filter, &found, &error))
        qWarning("%s", qPrintable(error));
    return found;
}
} // namespace

class TestAuditedChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void officeSettingsNameWhatChanged()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const User admin = User::acting(QStringLiteral("Quản trị"), Role::Administrator);
        OfficeSettings settings;
        QVERIFY(OfficeSettingsStore(t.db()).load(&settings, &error));
        settings.placeName = QStringLiteral("Vĩnh Cửu");
        QVERIFY2(SupervisorSettings(t.db(), admin).saveOffice(settings, &error), qPrintable(error));
        const QList<AuditEntry> found = entries(t.db(), QStringLiteral("office-settings"));
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().officer, QStringLiteral("Quản trị"));
        const QString shown = AuditDetail::describe(found.first().action, found.first().detail);
        QVERIFY2(shown.contains(QStringLiteral("Tân Bình → Vĩnh Cửu")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("địa danh")), qPrintable(shown));
        qint64 broken = 0;
        QVERIFY2(AuditLog::verify(t.db(), &broken, &error), qPrintable(error));
    }

    void calendarCatalogueAndTargetsAreAudited()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const User supervisor = User::acting(QStringLiteral("Lê Giám Sát"), Role::Supervisor);

        CalendarEntry day;
        day.date = QDate(2026, 11, 24);
        day.kind = DayKind::Holiday;
        day.name = QStringLiteral("Ngày Văn hóa Việt Nam");
        QVERIFY2(CalendarStore(t.db()).addEntry(supervisor, &day, &error), qPrintable(error));
        QVERIFY2(CalendarStore(t.db()).removeEntry(supervisor, day.id, &error), qPrintable(error));
        const QList<AuditEntry> calendar = entries(t.db(), QStringLiteral("calendar"));
        QCOMPARE(calendar.size(), 2);
        const QString removed = AuditDetail::describe(calendar[0].action, calendar[0].detail);
        QVERIFY2(removed.contains(QStringLiteral("24/11/2026")) &&
                     removed.contains(QStringLiteral("Ngày Văn hóa Việt Nam")) &&
                     removed.startsWith(QStringLiteral("xóa")),
                 qPrintable(removed));

        const SupervisorSettings settings(t.db(), supervisor);
        QVERIFY2(settings.deactivateProcedure(QStringLiteral("1.001193"), &error),
                 qPrintable(error));
        const QList<AuditEntry> catalogue = entries(t.db(), QStringLiteral("catalogue"));
        QCOMPARE(catalogue.size(), 1);
        QCOMPARE(catalogue[0].officer, QStringLiteral("Lê Giám Sát"));
        const QString withdrawn = AuditDetail::describe(catalogue[0].action, catalogue[0].detail);
        QVERIFY2(withdrawn.contains(QStringLiteral("1.001193")) &&
                     withdrawn.contains(QStringLiteral("thủ tục")),
                 qPrintable(withdrawn));

        IndicatorTarget target;
        target.year = 2026;
        target.key = QStringLiteral("on_time_rate");
        target.target = 0.95;
        QVERIFY2(settings.setTarget(target, &error), qPrintable(error));
        QCOMPARE(entries(t.db(), QStringLiteral("target")).size(), 1);

        // A refused change writes nothing.
        const User officer = User::acting(QStringLiteral("Cán bộ"));
        QVERIFY(!CalendarStore(t.db()).addEntry(officer, &day, &error));
        QCOMPARE(entries(t.db(), QStringLiteral("calendar")).size(), 2);
        qint64 broken = 0;
        QVERIFY2(AuditLog::verify(t.db(), &broken, &error), qPrintable(error));
    }

    void reportExportIsAudited()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("ii06a.csv"));
        const CliResult r =
            runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report-ii06a"),
                    QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-03-31"), QStringLiteral("--out"), out});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QList<AuditEntry> found = entries(t.db(), QStringLiteral("report-export"));
        QCOMPARE(found.size(), 1);
        const QString shown = AuditDetail::describe(found[0].action, found[0].detail);
        QVERIFY2(shown.contains(QStringLiteral("01/01/2026")) &&
                     shown.contains(QStringLiteral("31/03/2026")) &&
                     shown.contains(QStringLiteral("ii06a.csv")) &&
                     shown.contains(QStringLiteral("báo cáo")),
                 qPrintable(shown));
        const CliResult verify = runCli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exit == ExitSuccess, qPrintable(verify.err));
    }

    void printAndStatusDetailsAreVietnamese()
    {
        QCOMPARE(AuditDetail::describe(QStringLiteral("print"), QStringLiteral("receipt")),
                 QStringLiteral("biên nhận (Mẫu 01)"));
        const QString status =
            AuditDetail::describe(QStringLiteral("status"), QStringLiteral("2 -> 4"));
        QCOMPARE(status, QString(DossierStatuses::label(DossierStatus(2)) + QStringLiteral(" → ") +
                                 DossierStatuses::label(DossierStatus(4))));
        QVERIFY2(!status.contains(QLatin1Char('2')), qPrintable(status));
    }
};

QTEST_GUILESS_MAIN(TestAuditedChanges)
#include "tst_auditedchanges.moc"
