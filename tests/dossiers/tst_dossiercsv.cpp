#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "dossiers/DossierCsv.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DossierTransfer.h"
#include "dossiers/DossierWriter.h"
#include "dossiers/NoticeNumbers.h"

#include <QHash>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray header =
    "code,procedure_code,channel,received_at,due_at,status,applicant_name,applicant_id,"
    "applicant_phone,applicant_address,officer,digitized,e_result,fee,paid_online,"
    "e_certified_copies,supplement_requested_at,supplement_received_at,finished_at,returned_at,"
    "rating,apology_issued_at,apology_new_due_at\n";

const QByteArray fullHeaderEnd =
    ",applicant_email,applicant_organisation,documents,identity_checked,reused_data,result_file,"
    "applicant_birth_date,applicant_sex\n";

// Returned after one answered and one more answered supplement; online, with an apology.
const QByteArray goodRows =
    ",1.003583,online,2024-03-04 08:15,,10,\"Nguyễn Văn An\",075095000123,0912345678,"
    "\"Ấp Bình Hòa, xã Tân Bình\",Lê Thị Hoa,1,1,50000,1,2,"
    "2024-03-05 09:00;2024-03-08 09:00,2024-03-07 09:00;2024-03-11 09:00,"
    "2024-03-15 10:00,2024-03-18 08:00,satisfied,2024-03-12 10:00,2024-03-15 16:00\n"
    "000.00.06.H56-240304-0007,1.001193,direct,2024-03-04 09:00,2024-03-05 09:00,4,"
    "Trần Thị Bình,,,,cb,0,0,0,0,0,,,,,,,\n"
    ",1.003583,postal,2024-03-06 14:00,,5,Lê Văn Cường,,0987654321,,cb,0,0,0,0,0,"
    "2024-03-07 10:00,,,,,,\n"
    ",2.000908,1,2024-03-06 14:30,,7,Phạm Thị Dung,,,,cb,0,0,0,0,0,,,2024-03-06 15:00,,,,\n"
    ",1.003583,online,2024-03-09 21:00,,1,Hoàng Văn Em,,,,portal,0,0,0,0,0,,,,,,,\n";

int count(const Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.next();
    return q.value(0).toInt();
}

// Every index of the register's tables with its definition.
QStringList indexDefinitions(const Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(db.isServer()
               ? QStringLiteral("SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE "
                                "schemaname = current_schema() ORDER BY indexname")
               : QStringLiteral("SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master "
                                "WHERE type = 'index' ORDER BY name"));
    QStringList definitions;
    while (q.next())
        definitions << q.value(0).toString();
    return definitions;
}

QString problemText(const QList<CsvProblem>& problems)
{
    QStringList lines;
    for (const CsvProblem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

// One row of the full header (DossierCsv::header()): a dossier in processing received at
// the counter, with the values given replacing the base ones.
QByteArray row(const QHash<QString, QString>& values)
{
    QHash<QString, QString> base{
        {QStringLiteral("procedure_code"), QStringLiteral("1.001193")},
        {QStringLiteral("channel"), QStringLiteral("direct")},
        {QStringLiteral("received_at"), QStringLiteral("2024-03-04 09:00")},
        {QStringLiteral("status"), QStringLiteral("4")},
        {QStringLiteral("applicant_name"), QStringLiteral("Trần Thị Bình")},
        {QStringLiteral("officer"), QStringLiteral("cb")}};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        base.insert(it.key(), it.value());
    QStringList fields;
    for (const QString& column : DossierCsv::header())
        fields << base.value(column);
    return Csv::encodeRecord(fields).toUtf8();
}

QByteArray fullHeader()
{
    return Csv::encodeRecord(DossierCsv::header()).toUtf8();
}
} // namespace

class TestDossierCsv : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;

private slots:
    void importReconstructsHistory()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        DossierTransfer transfer(t.db(), rules);
        int imported = 0;
        QList<CsvProblem> problems;
        QVERIFY2(transfer.importData("\xEF\xBB\xBF" + header + goodRows, QStringLiteral("cb"),
                                     &imported, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(imported, 5);

        DossierRepository repo(t.db(), rules);
        Dossier d;
        QVERIFY2(repo.load(QStringLiteral("000.00.06.H56-240304-0001"), &d, &error),
                 qPrintable(error));
        QCOMPARE(d.applicantName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(d.channel, Channel::Online);
        QCOMPARE(d.status, DossierStatus::Returned);
        QCOMPARE(d.dueAt, QDateTime(QDate(2024, 3, 11), QTime(8, 15)));
        // Paused 2 working days, then 1 more: the legal due date moved by 3.
        QCOMPARE(d.legalDueAt, QDateTime(QDate(2024, 3, 14), QTime(8, 15)));
        QCOMPARE(d.supplementCount, 2);
        QCOMPARE(d.fee, 50000);
        QCOMPARE(d.rating, Rating::Satisfied);
        QList<StatusEvent> events;
        QVERIFY2(repo.history(d.code, &events, &error), qPrintable(error));
        QStringList path;
        for (const StatusEvent& e : events)
            path << QString::number(int(e.to));
        QCOMPARE(path.join(QLatin1Char('>')), QStringLiteral("2>4>5>4>5>4>9>10"));

        // The explicit code is kept, and the day's sequence continues after it.
        QVERIFY2(repo.load(QStringLiteral("000.00.06.H56-240304-0007"), &d, &error),
                 qPrintable(error));
        Dossier next;
        next.procedureCode = QStringLiteral("1.001193");
        next.applicantName = QStringLiteral("Vũ Thị Giang");
        next.receivedAt = QDateTime(QDate(2024, 3, 4), QTime(10, 0));
        QVERIFY2(repo.create(&next, QStringLiteral("cb"), &error), qPrintable(error));
        QCOMPARE(next.code, QStringLiteral("000.00.06.H56-240304-0008"));

        QVERIFY2(repo.load(QStringLiteral("000.00.06.H56-240306-0001"), &d, &error),
                 qPrintable(error));
        QCOMPARE(d.status, DossierStatus::SupplementRequested);
        QList<SupplementRequest> requests;
        QVERIFY2(repo.supplementRequests(d.code, &requests, &error), qPrintable(error));
        QCOMPARE(requests.size(), 1);
        QVERIFY(!requests.first().receivedAt.isValid());
    }

    void exportThenImportRoundTrips()
    {
        TestDatabase first;
        MOTCUA_VERIFY_DB(first);
        QString error;
        QVERIFY2(RegisterFixture::prepare(first.db(), &error), qPrintable(error));
        int n = 0;
        QList<CsvProblem> problems;
        QVERIFY2(DossierTransfer(first.db(), rules)
                     .importData(header + goodRows, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));

        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one.csv"));
        const QString two = dir.filePath(QStringLiteral("two.csv"));
        QVERIFY2(DossierTransfer(first.db(), rules)
                     .exportFile(one, QDateTime(), QDateTime(),
                                 User::acting(QStringLiteral("cb"), Role::Supervisor), true, &n,
                                 &error),
                 qPrintable(error));
        QCOMPARE(n, 5);

        TestDatabase second;
        MOTCUA_VERIFY_DB(second);
        QVERIFY2(RegisterFixture::prepare(second.db(), &error), qPrintable(error));
        QVERIFY2(DossierTransfer(second.db(), rules)
                     .importFile(one, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QVERIFY2(DossierTransfer(second.db(), rules)
                     .exportFile(two, QDateTime(), QDateTime(),
                                 User::acting(QStringLiteral("cb"), Role::Supervisor), true, &n,
                                 &error),
                 qPrintable(error));
        QFile a(one);
        QFile b(two);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray exported = a.readAll();
        QCOMPARE(b.readAll(), exported);
        QVERIFY(exported.startsWith(QByteArray(header.chopped(1) + fullHeaderEnd)));
        QVERIFY(exported.contains("000.00.06.H56-240304-0007"));
        QVERIFY(exported.contains("2024-03-05 09:00;2024-03-08 09:00"));

        // The range selects by receipt time.
        QVERIFY2(DossierTransfer(second.db(), rules)
                     .exportFile(two, QDateTime(QDate(2024, 3, 6), QTime(0, 0)),
                                 QDateTime(QDate(2024, 3, 7), QTime(0, 0)),
                                 User::acting(QStringLiteral("cb"), Role::Supervisor), true, &n,
                                 &error),
                 qPrintable(error));
        QCOMPARE(n, 2);
    }

    void importIntoSmallRegisterRebuildsItsIndexes()
    {
        // An import that at least doubles the register builds the secondary indexes once at
        // the end, in its transaction: afterwards they are all there, as before, and in use.
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QStringList before = indexDefinitions(t.db());
        QVERIFY(!before
                     .filter(QStringLiteral("dossiers_search: CREATE INDEX dossiers_search "
                                            "ON "))
                     .isEmpty());
        int n = 0;
        QList<CsvProblem> problems;
        QVERIFY2(DossierTransfer(t.db(), rules)
                     .importData(header + goodRows, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(n, 5);
        QCOMPARE(indexDefinitions(t.db()), before);
        QStringList integrity;
        QVERIFY2(t.db().integrityCheck(&integrity, &error), qPrintable(error));
        QVERIFY2(integrity.isEmpty(), qPrintable(integrity.join(QLatin1Char('\n'))));
        DossierRepository repo(t.db(), rules);
        QList<Dossier> found;
        QVERIFY2(repo.search(QStringLiteral("van cuong"), 10, &found, &error), qPrintable(error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().applicantName, QStringLiteral("Lê Văn Cường"));

        // A bulk write that fails inside its transaction leaves the indexes and the register
        // as they were: two records with one code, into an empty register.
        TestDatabase u;
        MOTCUA_VERIFY_DB(u);
        QVERIFY2(RegisterFixture::prepare(u.db(), &error), qPrintable(error));
        const int auditBefore = count(u.db(), QStringLiteral("audit_log"));
        QList<DossierRecord> records(2);
        for (int i = 0; i < 2; ++i) {
            Dossier& d = records[i].dossier;
            d.code = QStringLiteral("000.00.06.H56-240401-0001");
            d.procedureCode = QStringLiteral("1.001193");
            d.halves = 2;
            d.durationUnit = QStringLiteral("working-days");
            d.applicantName = QStringLiteral("Đỗ Văn Hùng");
            d.receivedAt = QDateTime(QDate(2024, 4, 1), QTime(8, 0 + i));
            d.status = DossierStatus::Registered;
            records[i].events << StatusEvent{};
            records[i].events.first().to = DossierStatus::Registered;
            records[i].events.first().at = d.receivedAt;
        }
        QVERIFY(!DossierRepository(u.db(), rules)
                     .insertAll(&records, QStringLiteral("cb"), QStringLiteral("import"), &error));
        QVERIFY2(error.contains(QStringLiteral("000.00.06.H56-240401-0001")), qPrintable(error));
        QCOMPARE(count(u.db(), QStringLiteral("dossiers")), 0);
        QCOMPARE(count(u.db(), QStringLiteral("audit_log")), auditBefore);
        QCOMPARE(indexDefinitions(u.db()), before);

        // While another statement of the connection is still reading (a list on screen),
        // SQLite cannot drop an index: the import keeps them and still succeeds.
        QSqlQuery reading(u.db().connection());
        QVERIFY(reading.exec(QStringLiteral("SELECT code FROM procedures")) && reading.next());
        QVERIFY2(DossierTransfer(u.db(), rules)
                     .importData(header + goodRows, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(n, 5);
        QCOMPARE(count(u.db(), QStringLiteral("dossiers")), 5);
        QCOMPARE(indexDefinitions(u.db()), before);
    }

    void dossierCodesAreParsed()
    {
        // Imported codes of this form move the day's sequence on (DOMAIN §4).
        QString agency;
        QDate day;
        int number = 0;
        QVERIFY(DossierWriter::parseCode(QStringLiteral("000.00.06.H56-240304-0007"), &agency, &day,
                                         &number));
        QCOMPARE(agency, QStringLiteral("000.00.06.H56"));
        QCOMPARE(day, QDate(2024, 3, 4));
        QCOMPARE(number, 7);
        QVERIFY(
            DossierWriter::parseCode(QStringLiteral("A-B-991231-12345"), &agency, &day, &number));
        QCOMPARE(agency, QStringLiteral("A-B"));
        QCOMPARE(day, QDate(2099, 12, 31));
        QCOMPARE(number, 12345);
        for (const char* bad :
             {"240304-0007", "-240304-0007", "X-240304-007", "X-24030-0007", "X-240230-0007",
              "X-2403a4-0007", "X-240304-00a7", "X-240304-0007-", "X_240304-0007"})
            QVERIFY2(!DossierWriter::parseCode(QString::fromLatin1(bad), nullptr, nullptr, nullptr),
                     bad);
    }

    void badImportWritesNothingAndListsEveryBadLine()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QByteArray bad =
            header + goodRows +                                             // lines 2-6 are good
            ",1.003583,fax,2024-03-04 08:15,,4,An,,,,cb,0,0,0,0,0,,,,,,,\n" // 7: channel
            ",0.000000,direct,2024-13-04 08:15,,4,,12345,,,cb,2,0,-5,0,0,,,,,,,\n" // 8: many
            ",1.003583,direct,2024-03-04 08:15,,9,Bình,,,,cb,0,0,0,0,0,,,,,,,\n"   // 9: no end
            "000.00.06.H56-240304-0007,1.001193,direct,2024-03-04 09:00,,4,Lan,,,,cb,0,0,0,0,"
            "0,,,,,,,\n"; // 10: duplicate code
        int n = -1;
        QList<CsvProblem> problems;
        QVERIFY(!DossierTransfer(t.db(), rules)
                     .importData(bad, QStringLiteral("cb"), &n, &problems, &error));
        const QString text = problemText(problems);
        QVERIFY2(text.contains(QStringLiteral("line 7, column channel:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 8, column procedure_code:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 8, column received_at:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 8, column applicant_name:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 8, column applicant_id:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 8, column digitized:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 8, column fee:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 9, column finished_at:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 10, column code:")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("line 2")) &&
                     !text.contains(QStringLiteral("line 6")),
                 qPrintable(text));
        QCOMPARE(count(t.db(), QStringLiteral("dossiers")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("status_events")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("ledger_lines")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("dossier_code_sequences")), 0);
    }

    // Issue 18: export --full then import loses nothing: e-mail, organisation, the documents
    // handed in (with | and ; in their names), the two reception flags, Vietnamese text and
    // text that a spreadsheet would run as a formula.
    void fullColumnsRoundTripByteIdentical()
    {
        TestDatabase first;
        MOTCUA_VERIFY_DB(first);
        QString error;
        QVERIFY2(RegisterFixture::prepare(first.db(), &error), qPrintable(error));
        const QByteArray file =
            fullHeader() +
            row({{QStringLiteral("applicant_name"), QStringLiteral("=HYPERLINK(\"x\")")},
                 {QStringLiteral("applicant_email"), QStringLiteral("hoa.nguyen@example.vn")},
                 {QStringLiteral("applicant_organisation"), QStringLiteral("Hợp tác xã Tân Bình")},
                 {QStringLiteral("applicant_address"), QStringLiteral("@Ấp Bình Hòa; tổ 3")},
                 {QStringLiteral("documents"),
                  QStringLiteral("Tờ khai đăng ký khai sinh|1|0;Giấy chứng sinh \\| bản "
                                 "sao \\; công chứng|0|2;-Sổ hộ khẩu \\\\ cũ|1|1")},
                 {QStringLiteral("identity_checked"), QStringLiteral("1")},
                 {QStringLiteral("reused_data"), QStringLiteral("1")},
                 {QStringLiteral("applicant_id"), QStringLiteral("075190001299")},
                 {QStringLiteral("applicant_birth_date"), QStringLiteral("1990-03-05")},
                 {QStringLiteral("applicant_sex"), QStringLiteral("Nữ")}}) +
            // Issue 19: returned with an electronic result whose file is recorded (a reference
            // with a comma and Vietnamese text, so quoted).
            row({{QStringLiteral("code"), QStringLiteral("000.00.06.H56-240304-0007")},
                 {QStringLiteral("applicant_name"), QStringLiteral("Lê Văn Cường")},
                 {QStringLiteral("status"), QStringLiteral("10")},
                 {QStringLiteral("e_result"), QStringLiteral("1")},
                 {QStringLiteral("finished_at"), QStringLiteral("2024-03-04 15:00")},
                 {QStringLiteral("returned_at"), QStringLiteral("2024-03-05 08:00")},
                 {QStringLiteral("result_file"), QStringLiteral("Số 12/KQ-UBND, bản ký số")}});
        int n = 0;
        QList<CsvProblem> problems;
        QVERIFY2(DossierTransfer(first.db(), rules)
                     .importData(file, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(n, 2);
        QList<DossierRecord> records;
        QVERIFY2(DossierRepository(first.db(), rules)
                     .records(QDateTime(), QDateTime(), &records, &error),
                 qPrintable(error));
        QCOMPARE(records.size(), 2);
        const DossierRecord& r = records.first();
        QCOMPARE(r.dossier.applicantName, QStringLiteral("=HYPERLINK(\"x\")"));
        QCOMPARE(r.dossier.applicantEmail, QStringLiteral("hoa.nguyen@example.vn"));
        QCOMPARE(r.dossier.applicantOrganisation, QStringLiteral("Hợp tác xã Tân Bình"));
        QVERIFY(r.dossier.identityChecked);
        QVERIFY(r.dossier.reusedData);
        QCOMPARE(r.documents.size(), 3);
        QCOMPARE(r.documents.at(1).name, QStringLiteral("Giấy chứng sinh | bản sao ; công chứng"));
        QCOMPARE(r.documents.at(1).copies, 2);
        QCOMPARE(r.documents.at(2).name, QStringLiteral("-Sổ hộ khẩu \\ cũ"));
        QVERIFY(!records.last().dossier.identityChecked);
        QCOMPARE(records.last().dossier.resultFile, QStringLiteral("Số 12/KQ-UBND, bản ký số"));
        QVERIFY(r.dossier.resultFile.isEmpty());
        QCOMPARE(r.dossier.applicantBirthDate, QDate(1990, 3, 5));
        QCOMPARE(r.dossier.applicantSex, QStringLiteral("Nữ"));
        QVERIFY(!records.last().dossier.applicantBirthDate.isValid());
        QVERIFY(records.last().dossier.applicantSex.isEmpty());

        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one.csv"));
        const QString two = dir.filePath(QStringLiteral("two.csv"));
        const User actor = User::acting(QStringLiteral("cb"), Role::Supervisor);
        QVERIFY2(DossierTransfer(first.db(), rules)
                     .exportFile(one, QDateTime(), QDateTime(), actor, true, &n, &error),
                 qPrintable(error));
        TestDatabase second;
        MOTCUA_VERIFY_DB(second);
        QVERIFY2(RegisterFixture::prepare(second.db(), &error), qPrintable(error));
        QVERIFY2(DossierTransfer(second.db(), rules)
                     .importFile(one, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QVERIFY2(DossierTransfer(second.db(), rules)
                     .exportFile(two, QDateTime(), QDateTime(), actor, true, &n, &error),
                 qPrintable(error));
        QFile a(one);
        QFile b(two);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray exported = a.readAll();
        QCOMPARE(b.readAll(), exported);
        // Formulas neutralized (OWASP), numbers and dates as they are.
        QVERIFY2(exported.contains("\"'=HYPERLINK(\"\"x\"\")\""), exported.constData());
        QVERIFY2(exported.contains("'@Ấp Bình Hòa; tổ 3"), exported.constData());
        QVERIFY2(exported.contains("Giấy chứng sinh \\| bản sao \\; công chứng|0|2"),
                 exported.constData());
        QVERIFY2(exported.contains(",2024-03-04 09:00,"), exported.constData());
        QVERIFY2(exported.contains(",1,1,,1990-03-05,female\n"), exported.constData());

        // An export with masked ID numbers keeps the year of birth only, and does not import.
        const QString masked = dir.filePath(QStringLiteral("masked.csv"));
        QVERIFY2(DossierTransfer(first.db(), rules)
                     .exportFile(masked, QDateTime(), QDateTime(), actor, false, &n, &error),
                 qPrintable(error));
        QFile m(masked);
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QByteArray maskedText = m.readAll();
        QVERIFY2(maskedText.contains(",0751******99,") &&
                     maskedText.contains(",1,1,,1990,female\n"),
                 maskedText.constData());
        TestDatabase third;
        MOTCUA_VERIFY_DB(third);
        QVERIFY2(RegisterFixture::prepare(third.db(), &error), qPrintable(error));
        problems.clear();
        QVERIFY(!DossierTransfer(third.db(), rules)
                     .importFile(masked, QStringLiteral("cb"), &n, &problems, &error));
        const QString text = problemText(problems);
        QVERIFY2(text.contains(QStringLiteral("line 2, column applicant_birth_date: \"1990\" is a "
                                              "birth year only")),
                 qPrintable(text));
    }

    // Files written before the birth date and sex columns still import, without them.
    void filesWithoutBirthDateAndSexImport()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        QStringList columns = DossierCsv::header();
        columns.removeLast();
        columns.removeLast();
        QStringList fields;
        for (const QString& column : std::as_const(columns))
            fields << (column == QLatin1String("procedure_code") ? QStringLiteral("1.001193")
                       : column == QLatin1String("channel")      ? QStringLiteral("direct")
                       : column == QLatin1String("received_at") ? QStringLiteral("2024-03-04 09:00")
                       : column == QLatin1String("status")      ? QStringLiteral("4")
                       : column == QLatin1String("applicant_name") ? QStringLiteral("Trần Thị Bình")
                                                                   : QString());
        const QByteArray file =
            Csv::encodeRecord(columns).toUtf8() + Csv::encodeRecord(fields).toUtf8();
        int n = 0;
        QList<CsvProblem> problems;
        QVERIFY2(DossierTransfer(t.db(), rules)
                     .importData(file, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(n, 1);
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        auto add = [](const char* name, const QHash<QString, QString>& values, const char* column,
                      const char* reason) {
            QTest::newRow(name) << row(values) << QString::fromUtf8(column)
                                << QString::fromUtf8(reason);
        };
        const auto S = [](const char* text) {
            return QString::fromUtf8(text);
        };
        // 64-bit numbers with ranges.
        add("copies past 32 bits", {{S("e_certified_copies"), S("9999999999")}},
            "e_certified_copies", "from 0 to");
        add("copies over 1000", {{S("e_certified_copies"), S("1001")}}, "e_certified_copies",
            "from 0 to");
        add("fee of int64 max", {{S("fee"), S("9223372036854775807")}}, "fee", "from 0 to");
        add("fee past int64", {{S("fee"), S("99999999999999999999")}}, "fee", "from 0 to");
        add("status past 32 bits", {{S("status"), S("4294967300")}}, "status", "from 1 to 10");
        add("document copies", {{S("documents"), S("Tờ khai|1|5000")}}, "documents", "from 0 to");
        add("document without counts", {{S("documents"), S("Tờ khai|1")}}, "documents",
            "name|originals|copies");
        // Codes.
        add("another agency", {{S("code"), S("000.00.07.H56-240304-0001")}}, "code",
            "not a code of this office");
        add("free text", {{S("code"), S("hồ sơ số 5")}}, "code", "not a dossier code");
        add("formula", {{S("code"), S("=HYPERLINK(\"http://x\")")}}, "code", "not a dossier code");
        add("date of another day", {{S("code"), S("000.00.06.H56-240305-0001")}}, "code",
            "not the date of receipt");
        add("huge sequence", {{S("code"), S("000.00.06.H56-240304-2147483647")}}, "code",
            "four digits");
        add("three digits", {{S("code"), S("000.00.06.H56-240304-001")}}, "code", "four-digit");
        add("five digits below 10000", {{S("code"), S("000.00.06.H56-240304-00001")}}, "code",
            "four digits");
        // Impossible combinations.
        add("rating on status 2", {{S("status"), S("2")}, {S("rating"), S("satisfied")}}, "rating",
            "rated");
        add("rating on status 7",
            {{S("status"), S("7")},
             {S("finished_at"), S("2024-03-05 09:00")},
             {S("rating"), S("unsatisfied")}},
            "rating", "rated");
        add("rating on status 9",
            {{S("status"), S("9")},
             {S("finished_at"), S("2024-03-05 09:00")},
             {S("rating"), S("satisfied")}},
            "rating", "rated");
        add("refused with e-result", {{S("status"), S("3")}, {S("e_result"), S("1")}}, "e_result",
            "refused");
        add("refused paid online",
            {{S("status"), S("3")}, {S("fee"), S("50000")}, {S("paid_online"), S("1")}},
            "paid_online", "refused");
        add("paid online without fee", {{S("paid_online"), S("1")}}, "paid_online", "fee is 0");
        add("status 1 at the counter", {{S("status"), S("1")}}, "status", "channel direct");
        add("apology before its issue",
            {{S("apology_issued_at"), S("2024-03-10 09:00")},
             {S("apology_new_due_at"), S("2024-03-08 09:00")}},
            "apology_new_due_at", "before the apology");
        add("receipt in the future", {{S("received_at"), S("2099-01-01 09:00")}}, "received_at",
            "in the future");
        add("due in 50 years", {{S("due_at"), S("2074-03-04 09:00")}}, "due_at",
            "years after received_at");
        // Text.
        add("NUL in a name", {{S("applicant_name"), S("Trần") + QChar(0) + S("Bình")}},
            "applicant_name", "control character (U+0000)");
        add("control in an address", {{S("applicant_address"), S("Ấp\x1b[31m Bình")}},
            "applicant_address", "control character (U+001b)");
        add("only zero-width spaces", {{S("applicant_name"), QString(3, QChar(0x200B))}},
            "applicant_name", "invisible characters");
        add("name too long", {{S("applicant_name"), QString(201, QLatin1Char('a'))}},
            "applicant_name", "at most 200");
        add("address too long", {{S("applicant_address"), QString(501, QLatin1Char('a'))}},
            "applicant_address", "at most 500");
        add("bad e-mail", {{S("applicant_email"), S("hoa@")}}, "applicant_email", "");
        // Issue 20: the date of birth and the sex, against the ID number's digits 4-6.
        add("birth date as dd/mm/yyyy", {{S("applicant_birth_date"), S("05/03/1990")}},
            "applicant_birth_date", "not a date of the form YYYY-MM-DD");
        add("birth date that does not exist", {{S("applicant_birth_date"), S("1990-02-30")}},
            "applicant_birth_date", "not a date of the form YYYY-MM-DD");
        add("born after the receipt", {{S("applicant_birth_date"), S("2024-03-05")}},
            "applicant_birth_date", "after the day of receipt");
        add("born before 1900", {{S("applicant_birth_date"), S("1899-12-31")}},
            "applicant_birth_date", "before 1900");
        add("birth year against the ID",
            {{S("applicant_id"), S("075190001299")}, {S("applicant_birth_date"), S("1991-03-05")}},
            "applicant_birth_date", "1990");
        add("birth year only", {{S("applicant_birth_date"), S("1990")}}, "applicant_birth_date",
            "birth year only");
        add("unknown sex", {{S("applicant_sex"), S("x")}}, "applicant_sex", "male or female");
        add("sex against the ID",
            {{S("applicant_id"), S("075190001299")}, {S("applicant_sex"), S("male")}},
            "applicant_sex", "digit 4 of the ID number says Nữ");
    }

    // Issue 18: every hole refused with the line and the column named, nothing written.
    void invalidValuesAreRefused()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        int n = -1;
        QList<CsvProblem> problems;
        QVERIFY(!DossierTransfer(t.db(), rules)
                     .importData(fullHeader() + row({}) + line, QStringLiteral("cb"), &n, &problems,
                                 &error));
        const QString text = problemText(problems);
        QVERIFY2(text.contains(QStringLiteral("line 3, column %1: ").arg(column)),
                 qPrintable(text));
        QVERIFY2(text.contains(reason), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("line 2")), qPrintable(text));
        QCOMPARE(count(t.db(), QStringLiteral("dossiers")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("dossier_documents")), 0);
    }

    // A code in lower case or with spaces is written the office's way, and the import says so.
    void codesAreNormalisedAndSaidSo()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        int n = 0;
        QList<CsvProblem> problems;
        QList<CsvProblem> notes;
        QVERIFY2(
            DossierTransfer(t.db(), rules)
                .importData(fullHeader() + row({{QStringLiteral("code"),
                                                 QStringLiteral(" 000.00.06.h56 - 240304-0012 ")}}),
                            QStringLiteral("cb"), &n, &problems, &error, &notes),
            qPrintable(error + problemText(problems)));
        QCOMPARE(n, 1);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().toString().startsWith(QStringLiteral("line 2, column code: ")),
                 qPrintable(notes.first().toString()));
        QVERIFY(notes.first().toString().contains(QStringLiteral("000.00.06.H56-240304-0012")));
        Dossier d;
        QVERIFY2(DossierRepository(t.db(), rules)
                     .load(QStringLiteral("000.00.06.H56-240304-0012"), &d, &error),
                 qPrintable(error));
        // Trimmed and collapsed, zero-width spaces kept out of the way.
        QCOMPARE(d.applicantName, QStringLiteral("Trần Thị Bình"));
    }

    // Past 100 messages the rest are counted, and a bad row at the end of a large file still
    // rolls back the rows written before it.
    void manyBadLinesAreCountedAndEverythingRollsBack()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        QByteArray file = fullHeader();
        for (int i = 0; i < 9000; ++i)
            file += row({});
        for (int i = 0; i < 130; ++i)
            file += row({{QStringLiteral("fee"), QStringLiteral("-1")}});
        int n = -1;
        QList<CsvProblem> problems;
        QVERIFY(!DossierTransfer(t.db(), rules)
                     .importData(file, QStringLiteral("cb"), &n, &problems, &error));
        QCOMPARE(problems.size(), 101);
        QCOMPARE(problems.first().line, 9002);
        QVERIFY2(problems.last().toString().contains(QStringLiteral("30")),
                 qPrintable(problems.last().toString()));
        QCOMPARE(count(t.db(), QStringLiteral("dossiers")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("status_events")), 0);
    }

    // The file is checked in blocks of 4,096 rows: problems on both sides of a block's edge
    // are all listed in file order, a code repeated in a later block names its first line
    // (also when the first block, having a bad row, wrote nothing), and nothing is written.
    void problemsAcrossBlockEdgesAreAllListed()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        const QString code = QStringLiteral("000.00.06.H56-240304-0007");
        QByteArray file = fullHeader();
        // Line L holds row L - 1; the first block is lines 2 to 4097.
        for (int line = 2; line <= 4200; ++line) {
            if (line == 3)
                file += row({{QStringLiteral("code"), code}});
            else if (line >= 4096 && line <= 4099)
                file += row({{QStringLiteral("fee"), QStringLiteral("-1")}});
            else if (line == 4150)
                file += row({{QStringLiteral("code"), code}});
            else
                file += row({});
        }
        int n = -1;
        QList<CsvProblem> problems;
        QVERIFY(!DossierTransfer(t.db(), rules)
                     .importData(file, QStringLiteral("cb"), &n, &problems, &error));
        QStringList lines;
        for (const CsvProblem& p : std::as_const(problems))
            lines << QStringLiteral("%1 %2").arg(p.line).arg(p.column);
        QCOMPARE(lines, QStringList({QStringLiteral("4096 fee"), QStringLiteral("4097 fee"),
                                     QStringLiteral("4098 fee"), QStringLiteral("4099 fee"),
                                     QStringLiteral("4150 code")}));
        QVERIFY2(problems.last().reason.contains(QStringLiteral("already on line 3")),
                 qPrintable(problems.last().toString()));
        QCOMPARE(count(t.db(), QStringLiteral("dossiers")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("status_events")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("dossier_terms")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("indicator_facts")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("dossier_code_sequences")), 0);
    }

    // Apology letters imported without a number take the register's next ones (DOMAIN §9),
    // counted in memory during the import and written back: a letter issued afterwards at
    // the desk goes on from there.
    void importedApologiesAreNumberedInTurn()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        QByteArray file = fullHeader();
        for (int i = 0; i < 3; ++i)
            file +=
                row({{QStringLiteral("received_at"), QStringLiteral("2024-03-04 09:0%1").arg(i)},
                     {QStringLiteral("apology_issued_at"), QStringLiteral("2024-03-05 10:00")},
                     {QStringLiteral("apology_new_due_at"), QStringLiteral("2024-03-20 10:00")}});
        int n = 0;
        QList<CsvProblem> problems;
        QVERIFY2(DossierTransfer(t.db(), rules)
                     .importData(file, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(n, 3);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT number FROM apology_letters ORDER BY id")));
        QStringList numbers;
        while (q.next())
            numbers << q.value(0).toString().section(QLatin1Char('/'), 0, 0);
        QCOMPARE(numbers,
                 QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QString next;
        QVERIFY2(NoticeNumbers::next(t.db(), QStringLiteral("apology"), QDate(2024, 5, 2), &next,
                                     &error),
                 qPrintable(error));
        QCOMPARE(next.section(QLatin1Char('/'), 0, 0), QStringLiteral("4"));
    }

    // The indicator counters of a large import are recounted some 20,000 dossiers at a time:
    // every day is counted once, none twice or left out at the edge of a window.
    void largeImportCountsEveryDayOnce()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        // 45,000 dossiers over 45 days (1,000 a day, six of them on the day's evening):
        // three windows.
        QByteArray file = fullHeader();
        const QDate first(2024, 1, 1);
        for (int day = 0; day < 45; ++day) {
            const QString date = first.addDays(day).toString(QStringLiteral("yyyy-MM-dd"));
            for (int i = 0; i < 1000; ++i) {
                const QString time = QStringLiteral("%1 %2:%3")
                                         .arg(date)
                                         .arg(i < 994 ? 8 + i % 9 : 17, 2, 10, QLatin1Char('0'))
                                         .arg(i % 60, 2, 10, QLatin1Char('0'));
                file += row({{QStringLiteral("received_at"), time}});
            }
        }
        int n = 0;
        QList<CsvProblem> problems;
        QVERIFY2(DossierTransfer(t.db(), rules)
                     .importData(file, QStringLiteral("cb"), &n, &problems, &error),
                 qPrintable(error + problemText(problems)));
        QCOMPARE(n, 45000);
        for (const char* table : {"indicator_daily", "indicator_month_end"}) {
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT day, SUM(p), COUNT(*) FROM %1 WHERE dim = 0 "
                                          "GROUP BY day ORDER BY day")
                               .arg(QLatin1String(table))));
            int days = 0;
            while (q.next()) {
                QCOMPARE(q.value(0).toLongLong(), first.addDays(days).toJulianDay());
                QCOMPARE(q.value(1).toInt(), 1000);
                QCOMPARE(q.value(2).toInt(), 1); // the office: one row a day
                ++days;
            }
            QCOMPARE(days, 45);
        }
    }

    void wrongHeaderIsReported()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error), qPrintable(error));
        int n = 0;
        QList<CsvProblem> problems;
        QVERIFY(!DossierTransfer(t.db(), rules)
                     .importData("code,procedure\n", QStringLiteral("cb"), &n, &problems, &error));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().line, 1);
    }
};

QTEST_GUILESS_MAIN(TestDossierCsv)
#include "tst_dossiercsv.moc"
