#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "catalogue/ProcedureCsv.h"
#include "catalogue/ProcedureRepository.h"
#include "dossiers/CalendarReview.h"
#include "dossiers/DossierCsv.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DossierTransfer.h"
#include "dossiers/OfficeDueDateRules.h"
#include "forms/DossierForms.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The catalogue as the law moves (issue 17): rows with effective_from, a dossier keeping the
// limit of its receipt day, half working days, fees by channel, sub-codes.
namespace {
QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QList<CsvRecord> parse(const QByteArray& bytes)
{
    QList<CsvRecord> records;
    QString error;
    if (!Csv::parse(bytes, &records, &error))
        qWarning("%s", qPrintable(error));
    return records;
}

QString problemText(const QList<CsvProblem>& problems)
{
    QStringList lines;
    for (const CsvProblem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

const QByteArray procedureHeader =
    "code,name,field,duration,unit,result_document,fee,online_level,online_payment,"
    "sample_dossier,active,source,effective_from,verified\n";

Dossier received(const QString& code, const QDateTime& when)
{
    Dossier d;
    d.procedureCode = code;
    d.applicantName = QStringLiteral("Nguyễn Văn An");
    d.receivedAt = when;
    return d;
}
} // namespace

class TestCatalogueHistory : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

private slots:
    // A later row of the same code takes effect on its day: dossiers received before keep
    // the limit of their receipt day, later ones get the new one.
    void dossierKeepsItsReceiptDayLimit()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository register_(t.db(), rules);
        Dossier before = received(QStringLiteral("1.003583"), at("2024-03-04 08:15"));
        QVERIFY2(register_.create(&before, QStringLiteral("cb"), &error), qPrintable(error));
        QCOMPARE(before.halves, 2 * 5);

        // Loaded afterwards: from 6/3/2024 the limit is 3 working days.
        QList<CsvProblem> problems;
        ProcedureRepository::ImportCounts counts;
        const QByteArray later = procedureHeader +
                                 "1.003583,Đăng ký kết hôn,Hộ tịch,3,working-days,1,0,partial,0,1,"
                                 "1,NĐ mới,2024-03-06,2026-12-06 thử nghiệm\n";
        QVERIFY2(
            ProcedureRepository(t.db()).importProcedures(parse(later), &counts, &problems, &error),
            qPrintable(error + problemText(problems)));
        QCOMPARE(counts.updated, 1);

        Dossier reloaded;
        QVERIFY2(register_.load(before.code, &reloaded, &error), qPrintable(error));
        QCOMPARE(reloaded.halves, 2 * 5);
        QCOMPARE(reloaded.dueAt, at("2024-03-11 08:15"));

        // Received the day before the new row: still 5 days; on its day: 3 days.
        Dossier dayBefore = received(QStringLiteral("1.003583"), at("2024-03-05 09:00"));
        QVERIFY2(register_.create(&dayBefore, QStringLiteral("cb"), &error), qPrintable(error));
        QCOMPARE(dayBefore.halves, 2 * 5);
        Dossier after = received(QStringLiteral("1.003583"), at("2024-03-06 09:00"));
        QVERIFY2(register_.create(&after, QStringLiteral("cb"), &error), qPrintable(error));
        QCOMPARE(after.halves, 2 * 3);
        QCOMPARE(after.dueAt, at("2024-03-11 09:00"));

        // The catalogue keeps both rows and exports them both.
        ProcedureRepository catalogue(t.db());
        Procedure p;
        bool found = false;
        QVERIFY2(
            catalogue.loadOn(QStringLiteral("1.003583"), QDate(2024, 3, 5), &p, &found, &error),
            qPrintable(error));
        QVERIFY(found);
        QCOMPARE(p.halves, 2 * 5);
        QVERIFY2(
            catalogue.loadOn(QStringLiteral("1.003583"), QDate(2024, 3, 6), &p, &found, &error),
            qPrintable(error));
        QCOMPARE(p.halves, 2 * 3);
        QCOMPARE(p.effectiveFrom, QDate(2024, 3, 6));
        QCOMPARE(p.verified, QStringLiteral("2026-12-06 thử nghiệm"));
        QString csv;
        int rows = 0;
        QVERIFY2(catalogue.exportProcedures(&csv, &rows, &error), qPrintable(error));
        QCOMPARE(csv.count(QStringLiteral("\n1.003583,")), 2);

        // Dossiers imported from a file take the limit of their own receipt day too.
        const QByteArray dossiers =
            "code,procedure_code,channel,received_at,due_at,status,applicant_name,applicant_id,"
            "applicant_phone,applicant_address,officer,digitized,e_result,fee,paid_online,"
            "e_certified_copies,supplement_requested_at,supplement_received_at,finished_at,"
            "returned_at,rating,apology_issued_at,apology_new_due_at\n"
            "000.00.06.H56-240304-0101,1.003583,direct,2024-03-04 10:00,,2,Lê Văn Cường,,,,cb,"
            "0,0,0,0,0,,,,,,,\n"
            "000.00.06.H56-240307-0101,1.003583,direct,2024-03-07 10:00,,2,Lê Văn Cường,,,,cb,"
            "0,0,0,0,0,,,,,,,\n";
        int imported = 0;
        QVERIFY2(DossierTransfer(t.db(), rules)
                     .importData(dossiers, QStringLiteral("cb"), &imported, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(imported, 2);
        Dossier old;
        QVERIFY2(register_.load(QStringLiteral("000.00.06.H56-240304-0101"), &old, &error),
                 qPrintable(error));
        QCOMPARE(old.halves, 2 * 5);
        Dossier recent;
        QVERIFY2(register_.load(QStringLiteral("000.00.06.H56-240307-0101"), &recent, &error),
                 qPrintable(error));
        QCOMPARE(recent.halves, 2 * 3);
    }

    // Luật Hộ tịch 03/2026/QH16 takes effect 1/3/2027: next year's catalogue can be loaded
    // now and changes nothing before its day.
    void nextYearsCatalogueLoadsInAdvance()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        ProcedureRepository catalogue(t.db());
        QVERIFY2(catalogue.seedIfEmpty(&error), qPrintable(error));
        QList<CsvProblem> problems;
        const QByteArray next = procedureHeader +
                                "1.001022,\"Đăng ký nhận cha, mẹ, con\",Hộ tịch,2.5,working-days,1,"
                                "15000,partial,1,1,1,Luật Hộ tịch 03/2026/QH16,2027-03-01,\n";
        QVERIFY2(catalogue.importProcedures(parse(next), nullptr, &problems, &error),
                 qPrintable(error + problemText(problems)));
        Procedure p;
        bool found = false;
        QVERIFY2(
            catalogue.loadOn(QStringLiteral("1.001022"), QDate(2027, 2, 28), &p, &found, &error),
            qPrintable(error));
        QCOMPARE(p.halves, 2 * 3);
        QVERIFY(!p.source.contains(QStringLiteral("03/2026")));
        QVERIFY2(
            catalogue.loadOn(QStringLiteral("1.001022"), QDate(2027, 3, 1), &p, &found, &error),
            qPrintable(error));
        QCOMPARE(p.halves, 5);
        QCOMPARE(p.timeLimitText(), QStringLiteral("2.5 working days"));
        QCOMPARE(DossierForms::timeLimitText(p.halves, p.unit),
                 QStringLiteral("2,5 ngày làm việc"));
        QCOMPARE(DossierForms::timeLimitText(2 * 3, p.unit), QStringLiteral("03 ngày làm việc"));
    }

    // The shipped seed carries the 1/7/2025 limit of 1.001776 (NĐ 147/2025/NĐ-CP) as a later
    // row; an office that had the old seed gets it with the program upgrade.
    void upgradeAddsTheShippedLaterRows()
    {
        TestDatabase t(false);
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(Migrations::migrate(t.db(), 11, &error), qPrintable(error));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO procedures (code, name, field, duration, unit, fee) VALUES ('1.001776', "
            "'Trợ cấp xã hội hằng tháng', 'Bảo trợ xã hội', 15, 'working-days', 0), "
            "('1.001022', 'Nhận cha, mẹ, con', 'Hộ tịch', 3, 'working-days', 15000)")));
        QVERIFY2(Migrations::migrate(t.db(), Migrations::latestVersion(), &error),
                 qPrintable(error));
        ProcedureRepository catalogue(t.db());
        Procedure p;
        bool found = false;
        QVERIFY2(
            catalogue.loadOn(QStringLiteral("1.001776"), QDate(2025, 6, 30), &p, &found, &error),
            qPrintable(error));
        QCOMPARE(p.halves, 2 * 15);                                    // whole days became halves
        QCOMPARE(p.name, QStringLiteral("Trợ cấp xã hội hằng tháng")); // the office's own row
        QVERIFY2(
            catalogue.loadOn(QStringLiteral("1.001776"), QDate(2025, 7, 1), &p, &found, &error),
            qPrintable(error));
        QCOMPARE(p.halves, 2 * 10);
        QVERIFY(p.source.contains(QStringLiteral("147/2025")));
        // The fee of every channel starts as the old single fee.
        QVERIFY2(
            catalogue.loadOn(QStringLiteral("1.001022"), QDate(2026, 1, 1), &p, &found, &error),
            qPrintable(error));
        QCOMPARE(p.feeFor(1), 15000);
        QCOMPARE(p.feeFor(2), 15000);
        QCOMPARE(p.feeFor(3), 15000);
    }

    void feesByChannel()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QList<CsvProblem> problems;
        // Online exempt by a provincial resolution, postal dearer.
        const QByteArray file = procedureHeader +
                                "1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,3,"
                                "working-days,1,15.000;online=0;postal=20000,full,1,1,1,NQ,,\n";
        ProcedureRepository catalogue(t.db());
        QVERIFY2(catalogue.importProcedures(parse(file), nullptr, &problems, &error),
                 qPrintable(error + problemText(problems)));
        Procedure p;
        bool found = false;
        QVERIFY2(catalogue.load(QStringLiteral("1.004873"), &p, &found, &error), qPrintable(error));
        QCOMPARE(p.feeFor(int(Channel::Direct)), 15000);
        QCOMPARE(p.feeFor(int(Channel::Online)), 0);
        QCOMPARE(p.feeFor(int(Channel::Postal)), 20000);
        QString csv;
        QVERIFY2(catalogue.exportProcedures(&csv, nullptr, &error), qPrintable(error));
        QVERIFY2(csv.contains(QStringLiteral(",15000;online=0;postal=20000,")), qPrintable(csv));

        const QByteArray bad = procedureHeader + "1.004873,Tên,Hộ tịch,3,working-days,1,"
                                                 "15000;mail=0,full,1,1,1,NQ,,\n";
        QVERIFY(!catalogue.importProcedures(parse(bad), nullptr, &problems, &error));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().column, QStringLiteral("fee"));
    }

    // Sub-codes (1.001193.01) in the catalogue, in a dossier's procedure column and through
    // both CSV files.
    void subCodesRoundTrip()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        QList<CsvProblem> problems;
        ProcedureRepository catalogue(t.db());
        const QByteArray file = procedureHeader +
                                "1.001193.01,Đăng ký khai sinh (trẻ em sinh ra ở nước ngoài),"
                                "Hộ tịch,2.5,working-days,1,0,partial,0,1,1,NĐ 123/2015,2024-01-01,"
                                "2026-12-06 thử nghiệm\n";
        QVERIFY2(catalogue.importProcedures(parse(file), nullptr, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QString exported;
        QVERIFY2(catalogue.exportProcedures(&exported, nullptr, &error), qPrintable(error));
        QVERIFY2(exported.contains(QStringLiteral("\n1.001193.01,Đăng ký khai sinh (trẻ em sinh "
                                                  "ra ở nước ngoài),Hộ tịch,2.5,working-days")),
                 qPrintable(exported));
        QList<Procedure> first;
        QList<Procedure> again;
        QVERIFY(ProcedureCsv::readProcedures(parse(exported.toUtf8()), &first, &problems));
        QVERIFY(ProcedureCsv::readProcedures(parse(ProcedureCsv::writeProcedures(first).toUtf8()),
                                             &again, &problems));
        QCOMPARE(again, first);

        const QByteArray dossiers =
            "code,procedure_code,channel,received_at,due_at,status,applicant_name,applicant_id,"
            "applicant_phone,applicant_address,officer,digitized,e_result,fee,paid_online,"
            "e_certified_copies,supplement_requested_at,supplement_received_at,finished_at,"
            "returned_at,rating,apology_issued_at,apology_new_due_at\n"
            "000.00.06.H56-240304-0201,1.001193.01,direct,2024-03-04 08:00,,2,Lê Văn Cường,,,,"
            "cb,0,0,0,0,0,,,,,,,\n";
        int imported = 0;
        DossierTransfer transfer(t.db(), rules);
        QVERIFY2(transfer.importData(dossiers, QStringLiteral("cb"), &imported, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(imported, 1);
        Dossier d;
        QVERIFY2(DossierRepository(t.db(), rules)
                     .load(QStringLiteral("000.00.06.H56-240304-0201"), &d, &error),
                 qPrintable(error));
        QCOMPARE(d.procedureCode, QStringLiteral("1.001193.01"));
        QCOMPARE(d.halves, 5);
        QString back;
        int rows = 0;
        QVERIFY2(transfer.exportText(QDateTime(), QDateTime(),
                                     User::acting(QStringLiteral("cb"), Role::Supervisor), false,
                                     QStringLiteral("test"), &back, &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows, 1);
        QVERIFY2(back.contains(QStringLiteral("000.00.06.H56-240304-0201,1.001193.01,direct")),
                 qPrintable(back));
    }

    // Files written before effective_from and verified existed still import.
    void oldProcedureFilesStillImport()
    {
        QList<Procedure> procedures;
        QList<CsvProblem> problems;
        QVERIFY2(ProcedureCsv::readProcedures(
                     parse("code,name,field,duration,unit,result_document,fee,online_level,"
                           "online_payment,sample_dossier,active,source\n"
                           "1.001193,Đăng ký khai sinh,Hộ tịch,0,same-day,1,0,full,0,1,1,L\n"),
                     &procedures, &problems),
                 qPrintable(problemText(problems)));
        QCOMPARE(procedures.size(), 1);
        QVERIFY(!procedures.first().effectiveFrom.isValid());
        QVERIFY(procedures.first().verified.isEmpty());
        // A verification note is "YYYY-MM-DD source".
        QVERIFY(!ProcedureCsv::readProcedures(
            parse(procedureHeader +
                  "1.001193,Đăng ký khai sinh,Hộ tịch,0,same-day,1,0,full,0,1,1,L,,đã xem\n"),
            &procedures, &problems));
        QCOMPARE(problems.last().column, QStringLiteral("verified"));
    }

    // Names and a limit the seed had wrong (2.000913, 2.000927, 1.000689 against the
    // national record's text): a new register gets them right, a register seeded before gets
    // them with the upgrade, the office's own changes stay and a dossier keeps its limit.
    void upgradeCorrectsTheShippedText()
    {
        {
            TestDatabase fresh;
            MOTCUA_VERIFY_DB(fresh);
            QString error;
            QVERIFY2(ProcedureRepository(fresh.db()).seedIfEmpty(&error), qPrintable(error));
            Procedure p;
            bool found = false;
            QVERIFY2(ProcedureRepository(fresh.db())
                         .load(QStringLiteral("2.000913"), &p, &found, &error),
                     qPrintable(error));
            QVERIFY(found);
            QCOMPARE(p.name, QStringLiteral("Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch"));
            QCOMPARE(p.unit, QStringLiteral("same-day"));
            QVERIFY(p.verified.startsWith(QStringLiteral("2026-12-06 ")));
        }
        TestDatabase t(false);
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(Migrations::migrate(t.db(), 18, &error), qPrintable(error));
        QSqlQuery q(t.db().connection());
        // As the earlier seed left them (limits in halves since step 14); the office renamed
        // 2.000927 itself.
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO procedures (code, name, field, duration, unit, fee, source, "
                     "search_key) VALUES ('2.000913', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ "
                     "hợp đồng, giao dịch', 'Chứng thực', 4, 'working-days', 30000, 'NĐ "
                     "23/2015/NĐ-CP, Điều 38 (không quá 02 ngày làm việc); phí 30.000 đ/hợp "
                     "đồng, giao dịch (TT 226/2016/TT-BTC); tên và thời hạn khác với bản ghi của "
                     "CSDL quốc gia về TTHC (phản ánh tháng 12/2026), chưa đối chiếu được: kiểm "
                     "tra QĐ công bố của tỉnh', ''), ('1.000689', 'Đăng ký khai sinh kết hợp "
                     "nhận cha, mẹ, con', 'Hộ tịch', 6, 'working-days', 15000, '', ''), "
                     "('2.000927', 'Sửa lỗi hợp đồng (xã)', 'Chứng thực', 4, 'working-days', "
                     "25000, '', ''), ('1.001699', 'Xác định mức độ khuyết tật', 'Bảo trợ xã "
                     "hội', 60, 'days', 0, 'Luật Người khuyết tật 2010, Điều 15-18 (Hội đồng xác "
                     "định mức độ khuyết tật: 30 ngày); TT 01/2019/TT-BLĐTBXH; không thu phí', "
                     "'')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO dossiers (code, procedure_code, duration, unit, channel, "
                     "applicant_name, received_at, status) VALUES ('000.00.00.H00-261201-0001', "
                     "'2.000913', 4, 'working-days', 1, 'Nguyễn Văn An', '2026-12-01 09:00:00', "
                     "4)")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(Migrations::migrate(t.db(), Migrations::latestVersion(), &error),
                 qPrintable(error));

        ProcedureRepository catalogue(t.db());
        Procedure p;
        bool found = false;
        QVERIFY2(catalogue.load(QStringLiteral("2.000913"), &p, &found, &error), qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch"));
        QCOMPARE(p.halves, 0);
        QCOMPARE(p.unit, QStringLiteral("same-day"));
        QVERIFY(p.source.contains(QStringLiteral("sau 15 giờ")));
        QVERIFY(p.verified.contains(QStringLiteral("haibac.gov.vn")));
        QCOMPARE(p.fee, 30000); // not corrected: the office's own
        // The search finds it by its new name.
        QList<Procedure> hits;
        QVERIFY2(catalogue.search(QStringLiteral("huy bo giao dich"), &hits, &error),
                 qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().code, QStringLiteral("2.000913"));
        QVERIFY2(catalogue.load(QStringLiteral("1.000689"), &p, &found, &error), qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con"));
        QCOMPARE(p.halves, 6);
        QVERIFY(p.verified.startsWith(QStringLiteral("2026-12-06 ")));
        QVERIFY2(catalogue.load(QStringLiteral("2.000927"), &p, &found, &error), qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("Sửa lỗi hợp đồng (xã)"));
        // 30 calendar days were wrong: the national record gives 25 working days.
        QVERIFY2(catalogue.load(QStringLiteral("1.001699"), &p, &found, &error), qPrintable(error));
        QCOMPARE(p.halves, 2 * 25);
        QCOMPARE(p.unit, QStringLiteral("working-days"));
        QVERIFY(p.source.contains(QStringLiteral("20 ngày làm việc")));
        // The dossier received before keeps the limit it was given.
        QVERIFY(q.exec(QStringLiteral("SELECT duration, unit FROM dossiers WHERE procedure_code "
                                      "= '2.000913'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toString(), QStringLiteral("working-days"));
    }

    // The shipped days of 2023–2026 get their notices with the upgrade; a day the office
    // changed keeps the office's text.
    void upgradeNamesTheNoticesOfShippedDays()
    {
        TestDatabase t(false);
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(Migrations::migrate(t.db(), 18, &error), qPrintable(error));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE calendar_entries SET basis = 'Công văn của tỉnh' "
                                      "WHERE day = '2025-01-27'")));
        QVERIFY2(Migrations::migrate(t.db(), Migrations::latestVersion(), &error),
                 qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT day, kind, notice_number, basis FROM "
                                      "calendar_entries WHERE day IN ('2024-02-13', "
                                      "'2025-01-27', '2025-01-28') ORDER BY day")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("compensatory"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("5015/TB-LĐTBXH"));
        QVERIFY(q.next());
        QCOMPARE(q.value(3).toString(), QStringLiteral("Công văn của tỉnh"));
        QVERIFY(q.value(2).toString().isEmpty());
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toString(), QStringLiteral("8726/VPCP-KGVX"));
        QVERIFY(q.value(3).toString().contains(QStringLiteral("26/11/2024")));
    }

    // DOMAIN §5: the holiday the upgrade adds (24/11 from 2026) is a calendar change: the
    // open dossiers it would move are listed once.
    void shippedHolidayIsReviewedOnce()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierRepository register_(t.db(), rules);
        // Printed without the holiday: Monday 23/11/2026 + 5 days = Monday 30/11.
        Dossier crossing = received(QStringLiteral("1.003583"), at("2026-11-23 09:00"));
        QVERIFY2(register_.create(&crossing, QStringLiteral("cb"), &error), qPrintable(error));
        QCOMPARE(crossing.dueAt, at("2026-11-30 09:00"));
        Dossier earlier = received(QStringLiteral("1.003583"), at("2026-11-02 09:00"));
        QVERIFY2(register_.create(&earlier, QStringLiteral("cb"), &error), qPrintable(error));
        // A new database has nothing to review; an office upgrading with open dossiers does:
        // the upgrade runs again as it would from version 13, before the holiday was shipped.
        bool pending = false;
        QList<CalendarReview::Affected> affected;
        QVERIFY2(CalendarReview::shippedDataReview(t.db(), WorkingWindows(), &pending, &affected,
                                                   &error),
                 qPrintable(error));
        QVERIFY(!pending);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM calendar_entries WHERE day = '2026-11-24'")));
        QVERIFY2(t.db().dialect().writeSchemaVersion(t.db().connection(), 13, &error),
                 qPrintable(error));
        QVERIFY2(t.db().migrate(&error), qPrintable(error));

        QVERIFY2(CalendarReview::shippedDataReview(t.db(), WorkingWindows(), &pending, &affected,
                                                   &error),
                 qPrintable(error));
        QVERIFY(pending);
        QCOMPARE(affected.size(), 1);
        QCOMPARE(affected.first().code, crossing.code);
        QCOMPARE(affected.first().printedDue, crossing.dueAt);
        QCOMPARE(affected.first().newDue.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2026-12-01 09:00"));
        // The printed appointment has not moved.
        Dossier reloaded;
        QVERIFY2(register_.load(crossing.code, &reloaded, &error), qPrintable(error));
        QCOMPARE(reloaded.dueAt, at("2026-11-30 09:00"));

        QVERIFY2(CalendarReview::finishShippedDataReview(t.db(), &error), qPrintable(error));
        QVERIFY2(CalendarReview::shippedDataReview(t.db(), WorkingWindows(), &pending, &affected,
                                                   &error),
                 qPrintable(error));
        QVERIFY(!pending);
        QVERIFY(affected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueHistory)
#include "tst_cataloguehistory.moc"
