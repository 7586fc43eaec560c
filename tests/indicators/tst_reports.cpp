#include "CliRun.h"
#include "IndicatorFixture.h"
#include "TestDatabase.h"
#include "ZipEntry.h"
#include "cli/CliContext.h"
#include "indicators/Ii06aDocument.h"
#include "indicators/Ii06aExport.h"
#include "indicators/Ii06aReport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace IndicatorFixture;

namespace {

const QString civil = QStringLiteral("1.001193");
const QString copy = QStringLiteral("2.000908");
const QString marriage = QStringLiteral("1.003583");

// Enough of the March dossiers for biểu II.06a (see tst_indicatorengine for their standing).
QList<Spec> dossiers()
{
    QList<Spec> s;
    s << Spec(marriage, "2024-03-04 08:00", "2024-03-11 08:00")
             .processing("2024-03-04 08:10")
             .finished("2024-03-08 10:00"); // before the due date
    s << Spec(civil, "2024-03-05 08:00", "2024-03-06 08:00")
             .channel(Channel::Online)
             .processing("2024-03-05 08:10")
             .finished("2024-03-07 09:00"); // late
    s << Spec(marriage, "2024-03-12 08:00", "2024-03-19 08:00")
             .processing("2024-03-12 08:10")
             .supplement("2024-03-12 09:00", "2024-03-12 10:00")
             .supplement("2024-03-12 11:00", "2024-03-12 12:00")
             .finished("2024-03-12 13:00"); // late: two supplement requests
    s << Spec(civil, "2024-03-18 08:00", "2024-03-19 08:00")
             .channel(Channel::Online)
             .processing("2024-03-18 08:10")
             .supplement("2024-03-18 15:00"); // open, within time (paused before the due time)
    s << Spec(civil, "2024-03-18 08:00", "2024-03-19 08:00")
             .processing("2024-03-18 08:10")
             .supplement("2024-03-20 09:00"); // open, overdue
    s << Spec(civil, "2024-03-21 08:00", "2024-03-22 08:00")
             .processing("2024-03-21 08:10")
             .event(DossierStatus::Withdrawn, "2024-03-21 15:00"); // before the due date
    s << Spec(copy, "2024-03-01 00:00", "2024-03-01 17:00")
             .processing("2024-03-01 00:05")
             .finished("2024-03-01 10:00"); // on the due date (same calendar day)
    s << Spec(civil, "2024-03-31 23:59:30", "2024-04-01 17:00"); // open, within time
    s << Spec(copy, "2024-03-06 08:00", "2024-03-07 08:00")
             .channel(Channel::Postal)
             .processing("2024-03-06 08:10")
             .finished("2024-03-06 16:00"); // before
    // Carried over from February, finished on its due date.
    s << Spec(civil, "2024-02-29 23:59:59", "2024-03-01 17:00")
             .processing("2024-03-01 08:00")
             .finished("2024-03-01 09:00");
    // Finished before the period: not in the report.
    s << Spec(civil, "2024-02-20 08:00", "2024-02-21 08:00").finished("2024-02-20 10:00");
    s << Spec(civil, "2024-04-01 00:00", "2024-04-01 17:00"); // after the period
    s << Spec::notAccepted(civil, "2024-03-13 08:00", DossierStatus::Refused);
    return s;
}

QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// The workbook of biểu II.06a read back from its XML parts: the layout of the printed form
// (merged headings, texts, numbers) and its page set-up.
void checkWorkbookLayout(const QString& path)
{
    QString error;
    const QString sheet =
        QString::fromUtf8(ZipEntry::read(path, QStringLiteral("xl/worksheets/sheet1.xml"), &error));
    QVERIFY2(!sheet.isEmpty(), qPrintable(error));
    const QString strings =
        QString::fromUtf8(ZipEntry::read(path, QStringLiteral("xl/sharedStrings.xml"), &error));
    QVERIFY2(!strings.isEmpty(), qPrintable(error));
    const QString workbook =
        QString::fromUtf8(ZipEntry::read(path, QStringLiteral("xl/workbook.xml"), &error));
    QVERIFY2(!workbook.isEmpty(), qPrintable(error));
    const QString styles =
        QString::fromUtf8(ZipEntry::read(path, QStringLiteral("xl/styles.xml"), &error));
    QVERIFY2(!styles.isEmpty(), qPrintable(error));

    // A4 (paper 9) landscape, one page wide, centred, the forms' margins (30/15/20/20 mm).
    for (const QString& piece :
         {QStringLiteral("<pageSetUpPr fitToPage=\"1\"/>"), QStringLiteral("paperSize=\"9\""),
          QStringLiteral("orientation=\"landscape\""), QStringLiteral("fitToHeight=\"0\""),
          QStringLiteral("<printOptions horizontalCentered=\"1\"/>"),
          QStringLiteral("<pageMargins left=\"1.18"), QStringLiteral("right=\"0.59"),
          QStringLiteral("top=\"0.78"), QStringLiteral("bottom=\"0.78")})
        QVERIFY2(sheet.contains(piece), qPrintable(piece + QLatin1Char('\n') + sheet));
    // The heading rows (5–8: three rows of headings and the column numbers) repeat on every
    // page; the print area ends after the signatures.
    QVERIFY2(workbook.contains(QStringLiteral("_xlnm.Print_Titles\" localSheetId=\"0\">"
                                              "II.06a!$5:$8</definedName>")),
             qPrintable(workbook));
    QVERIFY2(workbook.contains(QStringLiteral("_xlnm.Print_Area")), qPrintable(workbook));
    // The headings merged as on the form: TT and the field over three rows, the three groups,
    // "Trong đó" over the two channels; the form code, the title and the reporting units.
    for (const QString& range :
         {QStringLiteral("A5:A7"), QStringLiteral("B5:B7"), QStringLiteral("C5:F5"),
          QStringLiteral("G5:J5"), QStringLiteral("K5:M5"), QStringLiteral("C6:C7"),
          QStringLiteral("D6:E6"), QStringLiteral("F6:F7"), QStringLiteral("M6:M7"),
          QStringLiteral("A1:B2"), QStringLiteral("C1:J1"), QStringLiteral("K1:M1"),
          QStringLiteral("K2:M2")})
        QVERIFY2(sheet.contains(QStringLiteral("<mergeCell ref=\"%1\"/>").arg(range)),
                 qPrintable(range + QLatin1Char('\n') + sheet));
    for (const QString& text :
         {QStringLiteral("Biểu số II.06a/VPCP/KSTT"),
          QStringLiteral("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND XÃ TÂN BÌNH"),
          QStringLiteral("Kỳ báo cáo: từ ngày 01/03/2024 đến ngày 31/03/2024"),
          QStringLiteral("- Đơn vị báo cáo: UBND XÃ TÂN BÌNH"),
          QStringLiteral("- Đơn vị nhận báo cáo: UBND HUYỆN VĨNH CỬU"),
          QStringLiteral("Đơn vị tính: Số hồ sơ TTHC."),
          QStringLiteral("TT"),
          QStringLiteral("Lĩnh vực, công việc giải quyết theo cấp"),
          QStringLiteral("Số hồ sơ nhận giải quyết"),
          QStringLiteral("Trực tuyến"),
          QStringLiteral("Trực tiếp, dịch vụ bưu chính"),
          QStringLiteral("Từ kỳ trước chuyển qua"),
          QStringLiteral("Trả đúng thời hạn"),
          QStringLiteral("Chưa đến hạn"),
          QStringLiteral("(13)"),
          QStringLiteral("Hộ tịch"),
          QStringLiteral("Tổng số"),
          QStringLiteral("NGƯỜI LẬP BIỂU"),
          QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ"),
          QStringLiteral("(Ký, ghi rõ họ tên và đóng dấu)"),
          QStringLiteral("Tân Bình, ngày 31 tháng 3 năm 2024")})
        QVERIFY2(
            strings.contains(QStringLiteral("<t>") + text.toHtmlEscaped() + QStringLiteral("</t>")),
            qPrintable(text + QLatin1Char('\n') + strings));
    // The total line (row 11, after Chứng thực and Hộ tịch) in the form's column order:
    // received 10 (online 2, counter and post 7, carried over 1), handled 7 (3 early, 2 on the
    // day, 2 late), in hand 3 (2 within time, 1 overdue).
    const QList<int> total{10, 2, 7, 1, 7, 3, 2, 2, 3, 2, 1};
    for (int i = 0; i < total.size(); ++i) {
        const QRegularExpression cell(QStringLiteral("<c r=\"%1%2\"[^>]*><v>%3</v>")
                                          .arg(QChar(QLatin1Char('C').unicode() + i))
                                          .arg(11)
                                          .arg(total.at(i)));
        QVERIFY2(cell.match(sheet).hasMatch(),
                 qPrintable(cell.pattern() + QLatin1Char('\n') + sheet));
    }
    // One typeface that carries Vietnamese, in every format.
    QVERIFY2(styles.contains(QStringLiteral("<name val=\"Times New Roman\"/>")),
             qPrintable(styles));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void jsonShapeIsExact()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        const CliResult r =
            runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report"),
                    QStringLiteral("--from"), QStringLiteral("2024-06-01"), QStringLiteral("--to"),
                    QStringLiteral("2024-06-30"), QStringLiteral("--json")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QString expected = QStringLiteral(
            "{\"from\":\"2024-06-01\",\"to\":\"2024-06-30\",\"as_of\":\"2024-06-30 23:59\","
            "\"indicators\":["
            "{\"key\":\"on_time_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":0.97,\"met\":null},"
            "{\"key\":\"satisfaction_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":0.94,\"met\":null},"
            "{\"key\":\"digitized_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":0.35,\"met\":null},"
            "{\"key\":\"e_result_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":0.2,\"met\":null},"
            "{\"key\":\"online_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":0.35,\"met\":null},"
            "{\"key\":\"online_payment_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":0.1,\"met\":null},"
            "{\"key\":\"feedback_on_time_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":0.97,\"met\":null},"
            "{\"key\":\"feedback_satisfaction_rate\",\"numerator\":0,\"denominator\":0,"
            "\"value\":null,\"target\":0.93,\"met\":null},"
            "{\"key\":\"apology_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":1,\"met\":null},"
            "{\"key\":\"sample_dossier_rate\",\"numerator\":2,\"denominator\":3,\"value\":0.6667,"
            "\"target\":0.7,\"met\":false},"
            "{\"key\":\"online_service_rate\",\"numerator\":2,\"denominator\":3,\"value\":0.6667,"
            "\"target\":1,\"met\":false},"
            "{\"key\":\"online_payment_procedures_rate\",\"numerator\":1,\"denominator\":2,"
            "\"value\":0.5,\"target\":0.5,\"met\":true},"
            "{\"key\":\"e_certified_copies\",\"numerator\":0,\"denominator\":0,\"value\":0,"
            "\"target\":0,\"met\":false},"
            "{\"key\":\"identity_checked_rate\",\"numerator\":0,\"denominator\":0,"
            "\"value\":null,\"target\":null,\"met\":null},"
            "{\"key\":\"data_reuse_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":0.8,\"met\":null},"
            "{\"key\":\"avg_processing_working_days\",\"numerator\":0,\"denominator\":0,"
            "\"value\":null,\"target\":null,\"met\":null},"
            "{\"key\":\"e_result_file_rate\",\"numerator\":0,\"denominator\":0,\"value\":null,"
            "\"target\":null,\"met\":null}]}\n");
        QCOMPARE(r.out, expected);
    }

    // QĐ 766 2.2 and 4.1 in the machine formats: integral numerator and denominator, the mean
    // in working days with one decimal. One working day is 7.5 hours (the default windows).
    void processingTimeAndResultFilesInJsonAndCsv()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        const QList<Spec> dossiers = {
            // One working day (10 tenths), electronic result with its file.
            Spec(QStringLiteral("1.001193"), "2024-06-03 08:00", "2024-06-04 08:00")
                .finished("2024-06-04 08:00")
                .eResult()
                .resultFile("VBĐT-0001"),
            // 07:30–11:30, 4 hours: 5.33 → 5 tenths.
            Spec(QStringLiteral("1.001193"), "2024-06-05 07:30", "2024-06-06 07:30")
                .finished("2024-06-05 11:30"),
        };
        QVERIFY2(insert(t.db(), dossiers, &error), qPrintable(error));
        const QStringList period = {QStringLiteral("--db"),       t.path(),
                                    QStringLiteral("report"),     QStringLiteral("--from"),
                                    QStringLiteral("2024-06-01"), QStringLiteral("--to"),
                                    QStringLiteral("2024-06-30")};
        CliResult r = runCli(period + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        // 15 tenths over 2 dossiers: 0.75 → 0.8 working days.
        QVERIFY2(r.out.contains(QLatin1String(
                     "{\"key\":\"avg_processing_working_days\",\"numerator\":15,"
                     "\"denominator\":2,\"value\":0.8,\"target\":null,\"met\":null}")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String(
                     "{\"key\":\"e_result_file_rate\",\"numerator\":1,\"denominator\":1,"
                     "\"value\":1,\"target\":null,\"met\":null}")),
                 qPrintable(r.out));
        r = runCli(period + QStringList{QStringLiteral("--csv")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(QStringLiteral(",avg_processing_working_days,15,2,0.8,,")),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(QStringLiteral(",e_result_file_rate,1,1,1,,")), qPrintable(r.out));
    }

    void groupsInJsonAndCsv()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        QVERIFY2(insert(t.db(), dossiers(), &error), qPrintable(error));
        const QStringList common = {QStringLiteral("--db"),
                                    t.path(),
                                    QStringLiteral("report"),
                                    QStringLiteral("--from"),
                                    QStringLiteral("2024-03-01"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("2024-03-31"),
                                    QStringLiteral("--as-of"),
                                    QStringLiteral("2024-04-10 12:00"),
                                    QStringLiteral("--by"),
                                    QStringLiteral("channel")};
        CliResult r = runCli(common + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral(
            "{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\",\"as_of\":\"2024-04-10 12:00\","
            "\"indicators\":[{\"key\":\"on_time_rate\",\"numerator\":5,\"denominator\":9,"
            "\"value\":0.5556,\"target\":0.97,\"met\":false},")));
        QVERIFY(r.out.contains(QStringLiteral(
            "],\"groups\":[{\"group\":\"direct\",\"indicators\":[{\"key\":\"on_time_rate\","
            "\"numerator\":3,\"denominator\":6,\"value\":0.5,\"target\":0.97,\"met\":false},")));
        QVERIFY(r.out.contains(QStringLiteral(
            "{\"group\":\"online\",\"indicators\":[{\"key\":\"on_time_rate\",\"numerator\":1,"
            "\"denominator\":2,\"value\":0.5,\"target\":0.97,\"met\":false},")));
        QVERIFY(r.out.endsWith(QStringLiteral("]}]}\n")));

        r = runCli(common + QStringList{QStringLiteral("--csv")});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("group,key,numerator,denominator,value,target,met"));
        QCOMPARE(lines.size(), 1 + 4 * int(Indicators::keys().size()));
        QCOMPARE(lines.at(1), QStringLiteral(",on_time_rate,5,9,0.5556,0.97,false"));
        QVERIFY(lines.contains(QStringLiteral("postal,on_time_rate,1,1,1,0.97,true")));
        QVERIFY(lines.contains(QStringLiteral("online,sample_dossier_rate,0,0,,0.7,")));
    }

    void usageAndInputErrors()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        const QStringList period = {QStringLiteral("--db"),       t.path(),
                                    QStringLiteral("report"),     QStringLiteral("--from"),
                                    QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2024-12-31")};
        QCOMPARE(runCli(period).exit, int(ExitUsage)); // neither --json nor --csv
        QCOMPARE(
            runCli(period + QStringList{QStringLiteral("--json"), QStringLiteral("--csv")}).exit,
            int(ExitUsage));
        QCOMPARE(runCli(period + QStringList{QStringLiteral("--by"), QStringLiteral("desk"),
                                             QStringLiteral("--json")})
                     .exit,
                 int(ExitUsage));
        const CliResult bad =
            runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report"),
                    QStringLiteral("--from"), QStringLiteral("2024-02-30"), QStringLiteral("--to"),
                    QStringLiteral("2024-12-31"), QStringLiteral("--json")});
        QCOMPARE(bad.exit, int(ExitFailure));
        QVERIFY(bad.err.contains(QStringLiteral("--from")));
        const CliResult reversed =
            runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report"),
                    QStringLiteral("--from"), QStringLiteral("2024-12-01"), QStringLiteral("--to"),
                    QStringLiteral("2024-11-30"), QStringLiteral("--csv")});
        QCOMPARE(reversed.exit, int(ExitFailure));
        QCOMPARE(runCli(period + QStringList{QStringLiteral("--as-of"), QStringLiteral("noon"),
                                             QStringLiteral("--csv")})
                     .exit,
                 int(ExitFailure));
    }

    void ii06aByHand()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(IndicatorFixture::prepare(t.db(), &error), qPrintable(error));
        QVERIFY2(insert(t.db(), dossiers(), &error), qPrintable(error));
        Ii06aReport report;
        QVERIFY2(Ii06aReport::compute(t.db(), ReportPeriod::month(2024, 3),
                                      at(QStringLiteral("2024-04-10 12:00")), &report, &error),
                 qPrintable(error));
        QCOMPARE(report.asOf, ReportPeriod::month(2024, 3).end()); // at most the period's end
        const QString expected = QStringLiteral(
            "field,received_total,carried_over,new_total,new_online,new_direct,new_postal,"
            "finished_total,finished_before_due,finished_on_due,finished_late,open_total,"
            "open_within_time,open_overdue\n"
            "Chứng thực,2,0,2,0,1,1,2,1,1,0,0,0,0\n"
            "Hộ tịch,8,1,7,2,5,0,5,2,1,2,3,2,1\n"
            "total,10,1,9,2,6,1,7,3,2,2,3,2,1\n");
        QCOMPARE(Ii06aExport::csv(report), expected);

        // Through the command line, to CSV and to Excel.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("ii06a.csv"));
        CliResult r =
            runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report-ii06a"),
                    QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                    QStringLiteral("2024-03-31"), QStringLiteral("--out"), csvPath});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QCOMPARE(readText(csvPath), expected);
        const QString xlsxPath = dir.filePath(QStringLiteral("ii06a.xlsx"));
        r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report-ii06a"),
                    QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                    QStringLiteral("2024-03-31"), QStringLiteral("--out"), xlsxPath});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QFile xlsx(xlsxPath);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QCOMPARE(xlsx.read(2), QByteArray("PK")); // a zip package
        QVERIFY(!QFile::exists(xlsxPath + QStringLiteral(".part")));
        if (const QString keep = qEnvironmentVariable("MOTCUA_FORMS_OUT"); !keep.isEmpty())
            QFile::copy(xlsxPath, keep + QStringLiteral("/ii06a.xlsx"));
        checkWorkbookLayout(xlsxPath);
        r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report-ii06a"),
                    QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                    QStringLiteral("2024-03-31"), QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("ii06a.txt"))});
        QCOMPARE(r.exit, int(ExitUsage));

        // For print preview and PDF.
        QTextDocument document;
        Ii06aDocument::render(report, QStringLiteral("UBND huyện Vĩnh Cửu"),
                              QStringLiteral("UBND xã Tân Bình"), &document,
                              QStringLiteral("Tân Bình"));
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        const QString text = document.toPlainText().replace(spaces, QStringLiteral(" "));
        // TT 01/2020/TT-VPCP, biểu II.06a: code, title, reporting units, unit of count, the
        // numbered columns, the signatures under the date line.
        for (const QString& piece :
             {QStringLiteral("Biểu số II.06a/VPCP/KSTT"),
              QStringLiteral("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND XÃ TÂN "
                             "BÌNH"),
              QStringLiteral("Đơn vị báo cáo: UBND xã Tân Bình"),
              QStringLiteral("Đơn vị nhận báo cáo: UBND huyện Vĩnh Cửu"),
              QStringLiteral("Đơn vị tính: Số hồ sơ TTHC"), QStringLiteral("(13)"),
              QStringLiteral("Hộ tịch"), QStringLiteral("01/03/2024"),
              QStringLiteral("NGƯỜI LẬP BIỂU"), QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ"),
              QStringLiteral("Tân Bình, ngày")})
            QVERIFY2(text.contains(piece), qPrintable(piece + QLatin1Char('\n') + text));

        // And to PDF through the print service's exporter.
        const QString pdfPath = dir.filePath(QStringLiteral("ii06a.pdf"));
        r = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report-ii06a"),
                    QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                    QStringLiteral("2024-03-31"), QStringLiteral("--out"), pdfPath});
        QVERIFY2(r.exit == ExitSuccess, qPrintable(r.err));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
