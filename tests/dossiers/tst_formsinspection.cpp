#include "PdfFonts.h"
#include "SimpleDueDateRules.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "common/VietnameseDate.h"
#include "dossiers/DossierActions.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/LeaderApprovals.h"
#include "dossiers/NoticeNumbers.h"
#include "forms/DossierForms.h"
#include "forms/FormTemplate.h"
#include "forms/PdfExporter.h"
#include "settings/OfficeIdentityStore.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString collapsed(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return QString(text).replace(spaces, QStringLiteral(" "));
}

// The sample office: Tân Bình commune of Vĩnh Cửu district until 30/6/2025; from 1/7/2025
// no district (two-level local government) and a public administration service centre.
OfficeIdentity beforeJuly2025()
{
    OfficeIdentity identity;
    identity.validFrom = QDate(2020, 1, 1);
    identity.agencyName = QStringLiteral("UBND xã Tân Bình");
    identity.parentAgency = QStringLiteral("UBND huyện Vĩnh Cửu");
    identity.unitName = QStringLiteral("Bộ phận tiếp nhận và trả kết quả, UBND xã Tân Bình");
    identity.placeName = QStringLiteral("Tân Bình");
    identity.agencyCode = QStringLiteral("000.00.06.H56");
    identity.forms.insert(QStringLiteral("supplement"), {QStringLiteral("PYCBS"), {}, {}, {}});
    identity.forms.insert(QStringLiteral("refusal"),
                          {QStringLiteral("PTC"), QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
                           QString(), QStringLiteral("Chủ tịch UBND xã (để báo cáo)")});
    identity.forms.insert(QStringLiteral("apology"),
                          {QStringLiteral("XL-UBND"), QStringLiteral("CHỦ TỊCH"),
                           QStringLiteral("Lê Văn Tâm"),
                           QStringLiteral("Chủ tịch UBND huyện (để báo cáo)\nCông chức Tư pháp - "
                                          "Hộ tịch")});
    return identity;
}

OfficeIdentity fromJuly2025()
{
    OfficeIdentity identity;
    identity.validFrom = QDate(2025, 7, 1);
    identity.agencyName = QStringLiteral("UBND xã Tân Bình");
    identity.unitName = QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Bình");
    identity.placeName = QStringLiteral("Tân Bình");
    identity.agencyCode = QStringLiteral("000.00.06.H56");
    identity.forms.insert(QStringLiteral("receipt"), {QStringLiteral("TN"), {}, {}, {}});
    identity.forms.insert(QStringLiteral("supplement"), {QStringLiteral("PYCBS"), {}, {}, {}});
    identity.forms.insert(QStringLiteral("refusal"), {QStringLiteral("PTC"), {}, {}, {}});
    identity.forms.insert(QStringLiteral("apology"),
                          {QStringLiteral("XL-UBND"), QStringLiteral("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
                           QStringLiteral("Phạm Văn Hùng"),
                           QStringLiteral("Chủ tịch UBND xã (để báo cáo)")});
    identity.forms.insert(QStringLiteral("stop"),
                          {QStringLiteral("TB-DGQ"), QStringLiteral("GIÁM ĐỐC"),
                           QStringLiteral("Đỗ Thị Mai"),
                           QStringLiteral("Công chức Tư pháp - Hộ tịch")});
    return identity;
}

} // namespace

// Forms read as an inspector reads them (issue 16, DOMAIN §9): dated and numbered by their
// act whenever printed, the header in force on that day, signers and "Nơi nhận" from the
// settings, one appointment, one typeface. Set MOTCUA_FORMS_OUT to keep the PDFs
// (docs/forms/ is made from them).
class TestFormsInspection : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;
    QTemporaryDir m_dir;

    struct Register
    {
        QString old;        // 2/1/2025: supplement, apology (TT 01/2018, district header)
        QString oldRefused; // 2/1/2025 online, refused 3/1/2025
        QString fresh;      // 1/10/2025: supplement, apology (TT 03/2025, no district)
        QString stopped;    // 1/10/2025, stopped 6/10/2025
        QString online;     // registered online, not yet received
        QString refused;    // 2/10/2025 online, refused 3/10/2025
    };

    bool receive(const Database& db, const QDateTime& when, DossierStatus status, QString* code,
                 QString* error, qint64 fee = 0)
    {
        Dossier d;
        d.fee = fee;
        d.procedureCode = QStringLiteral("1.003583"); // Đăng ký kết hôn, 5 working days
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.applicantPhone = QStringLiteral("0912345678");
        d.applicantAddress = QStringLiteral("Ấp Bình Chánh, xã Tân Bình");
        d.receivedAt = when;
        d.status = status;
        if (status == DossierStatus::Registered)
            d.channel = Channel::Online;
        if (!DossierRepository(db, rules).create(&d, QStringLiteral("Trần Văn Bình"), error))
            return false;
        *code = d.code;
        return true;
    }

    bool delayed(const Database& db, const QString& code, const char* processing,
                 const char* requested, const char* supplemented, const char* apology,
                 const char* newDue, QString* error)
    {
        DossierRepository repo(db, rules);
        const User officer = User::acting(QStringLiteral("Phạm Thị Lan"));
        ApologyLetter letter;
        letter.issuedAt = at(apology);
        letter.reason = QStringLiteral("Cần xác minh thêm thông tin với cơ quan khác.");
        letter.newDueAt = at(newDue);
        return repo.changeStatus(code, DossierStatus::Processing, at(processing), officer,
                                 QString(), error) &&
               DossierActions(db, rules).requestSupplement(
                   code, at(requested), officer,
                   QStringLiteral("Thiếu giấy xác nhận tình trạng hôn nhân"),
                   {QStringLiteral("Giấy xác nhận tình trạng hôn nhân | hết "
                                   "hạn sử dụng")},
                   at(requested).addDays(7), false, error) &&
               repo.receiveSupplement(code, at(supplemented), officer, error) &&
               repo.issueApology(code, &letter, officer, error);
    }

    // The vice-chairman approves the result (the "lãnh đạo" step of the control sheet).
    static bool approved(const Database& db, const QString& code, const char* when, QString* error)
    {
        LeaderApproval approval;
        approval.approvedAt = at(when);
        approval.leader = QStringLiteral("Phạm Văn Hùng");
        return LeaderApprovals(db).record(code, &approval,
                                          User::acting(QStringLiteral("Phạm Thị Lan")), error);
    }

    // Imported dossiers (DossierRepository::insertAll, as the CSV import and the generator
    // write them): received, in processing, a supplement requested on `requested` (or
    // refused at the counter when requested is null).
    static DossierRecord imported(const char* received, const char* requested)
    {
        DossierRecord r;
        Dossier& d = r.dossier;
        d.procedureCode = QStringLiteral("1.003583");
        d.applicantName = QStringLiteral("Lê Thị Thu");
        d.receivedAt = at(received);
        d.status = DossierStatus::Accepted;
        d.channel = Channel::Direct;
        d.halves = 10;
        d.durationUnit = Procedure::WorkingDays;
        d.dueAt = d.receivedAt.addDays(7);
        d.legalDueAt = d.dueAt;
        d.officer = QStringLiteral("Trần Văn Bình");
        r.events.append({0, false, DossierStatus::Registered, DossierStatus::Accepted, d.receivedAt,
                         d.officer, QString()});
        if (!requested) {
            d.status = DossierStatus::Refused;
            d.dueAt = QDateTime();
            d.legalDueAt = QDateTime();
            r.events.last().to = DossierStatus::Registered;
            r.events.append({0, true, DossierStatus::Registered, DossierStatus::Refused,
                             d.receivedAt.addSecs(3600), d.officer,
                             QStringLiteral("Không thuộc thẩm quyền")});
            return r;
        }
        d.status = DossierStatus::SupplementRequested;
        d.supplementCount = 1;
        r.events.append({0, true, DossierStatus::Accepted, DossierStatus::Processing,
                         d.receivedAt.addSecs(3600), QStringLiteral("Phạm Thị Lan"), QString()});
        r.events.append({0, true, DossierStatus::Processing, DossierStatus::SupplementRequested,
                         at(requested), QStringLiteral("Phạm Thị Lan"),
                         QStringLiteral("Thiếu bản sao giấy khai sinh")});
        SupplementRequest request;
        request.requestedAt = at(requested);
        request.officer = QStringLiteral("Phạm Thị Lan");
        r.supplements.append(request);
        return r;
    }

    bool build(const Database& db, Register* r, QString* error)
    {
        if (!RegisterFixture::prepare(db, error) ||
            !OfficeIdentityStore(db).save(beforeJuly2025(), error) ||
            !OfficeIdentityStore(db).save(fromJuly2025(), error))
            return false;
        // The catalogue's documents of Đăng ký kết hôn (listed on a receipt without its own).
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral(
                "INSERT INTO procedure_documents (procedure_code, position, name, originals, "
                "copies) VALUES ('1.003583', 1, 'Tờ khai đăng ký kết hôn', 1, 0), "
                "('1.003583', 2, 'Giấy xác nhận tình trạng hôn nhân', 1, 0)"))) {
            *error = q.lastError().text();
            return false;
        }
        const DossierActions actions(db, rules);
        const User officer = User::acting(QStringLiteral("Trần Văn Bình"));
        const QList<RequiredDocument> handedIn{
            {QStringLiteral("Tờ khai đăng ký kết hôn"), 1, 0},
            {QStringLiteral("Giấy xác nhận tình trạng hôn nhân"), 1, 1},
            {QStringLiteral("Căn cước công dân của hai bên"), 0, 2}};
        return receive(db, at("2025-01-02 08:15"), DossierStatus::Accepted, &r->old, error) &&
               delayed(db, r->old, "2025-01-02 09:00", "2025-01-03 10:00", "2025-01-06 08:00",
                       "2025-01-13 15:00", "2025-01-20 10:00", error) &&
               receive(db, at("2025-01-02 10:00"), DossierStatus::Registered, &r->oldRefused,
                       error) &&
               actions.refuse(r->oldRefused, at("2025-01-03 09:30"), officer,
                              QStringLiteral("Hồ sơ không thuộc thẩm quyền giải quyết của xã."),
                              QStringLiteral("Luật Hộ tịch 2014, Điều 18"), error) &&
               receive(db, at("2025-10-01 08:00"), DossierStatus::Accepted, &r->fresh, error) &&
               DossierPaperRepository(db).saveDocuments(r->fresh, handedIn, officer, error) &&
               delayed(db, r->fresh, "2025-10-01 09:00", "2025-10-02 10:00", "2025-10-03 08:00",
                       "2025-10-09 15:00", "2025-10-15 10:00", error) &&
               approved(db, r->fresh, "2025-10-14 09:00", error) &&
               DossierRepository(db, rules).markResultReady(r->fresh, at("2025-10-14 14:00"),
                                                            officer, false, 0, error) &&
               receive(db, at("2025-10-01 09:00"), DossierStatus::Accepted, &r->stopped, error,
                       50000) &&
               DossierRepository(db, rules).changeStatus(r->stopped, DossierStatus::Processing,
                                                         at("2025-10-01 10:00"), officer, QString(),
                                                         error) &&
               actions.stop(r->stopped, at("2025-10-06 14:00"), officer,
                            QStringLiteral("Người yêu cầu đề nghị dừng giải quyết."),
                            QStringLiteral("Đơn đề nghị ngày 05/10/2025"),
                            QStringLiteral("Nguyễn Thị Hòa (người nộp hồ sơ)"), 20000, error) &&
               receive(db, at("2025-10-02 08:00"), DossierStatus::Registered, &r->online, error) &&
               receive(db, at("2025-10-02 10:00"), DossierStatus::Registered, &r->refused, error) &&
               actions.refuse(r->refused, at("2025-10-03 09:30"), officer,
                              QStringLiteral("Giấy tờ trong hồ sơ là giả mạo."),
                              QStringLiteral("Nghị định 61/2018/NĐ-CP, Điều 19"), error);
    }

    // The text of a form as printed (and its PDF, kept when MOTCUA_FORMS_OUT is set).
    QString print(const Database& db, const QString& code, FormKind kind, const QString& name)
    {
        FormDocument form;
        QString error;
        if (!DossierForms::render(db, code, kind, &form, &error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        const QString keep = qEnvironmentVariable("MOTCUA_FORMS_OUT");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            if (!PdfExporter::exportPdf(
                    form, keep + QLatin1Char('/') + name + QStringLiteral(".pdf"), &error))
                qWarning("%s", qPrintable(error));
        }
        return collapsed(form.toPlainText());
    }

    static QString printDateLine()
    {
        return VietnameseDate::dateLine(QStringLiteral("Tân Bình"), QDate::currentDate());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formsAreDatedAndNumberedByTheirAct()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));

        struct Expect
        {
            QString code;
            FormKind kind;
            QString name;
            QString dateLine;
            QString number;
        };
        const QList<Expect> forms{
            {r.old, FormKind::Receipt, QStringLiteral("tt01-2018-receipt"),
             QStringLiteral("Tân Bình, ngày 02 tháng 01 năm 2025"), QStringLiteral("Số: 1 ")},
            {r.old, FormKind::Supplement, QStringLiteral("tt01-2018-supplement"),
             QStringLiteral("Tân Bình, ngày 03 tháng 01 năm 2025"), QStringLiteral("Số: 1/PYCBS")},
            {r.old, FormKind::Apology, QStringLiteral("tt01-2018-apology"),
             QStringLiteral("Tân Bình, ngày 13 tháng 01 năm 2025"),
             QStringLiteral("Số: 1/XL-UBND")},
            {r.oldRefused, FormKind::Refusal, QStringLiteral("tt01-2018-refusal"),
             QStringLiteral("Tân Bình, ngày 03 tháng 01 năm 2025"), QStringLiteral("Số: 1/PTC")},
            {r.fresh, FormKind::Receipt, QStringLiteral("tt03-2025-receipt"),
             QStringLiteral("Tân Bình, ngày 01 tháng 10 năm 2025"), QStringLiteral("Số: 3/TN")},
            {r.fresh, FormKind::Supplement, QStringLiteral("tt03-2025-supplement"),
             QStringLiteral("Tân Bình, ngày 02 tháng 10 năm 2025"), QStringLiteral("Số: 2/PYCBS")},
            {r.fresh, FormKind::Apology, QStringLiteral("tt03-2025-apology"),
             QStringLiteral("Tân Bình, ngày 09 tháng 10 năm 2025"),
             QStringLiteral("Số: 2/XL-UBND")},
            {r.refused, FormKind::Refusal, QStringLiteral("tt03-2025-refusal"),
             QStringLiteral("Tân Bình, ngày 03 tháng 10 năm 2025"), QStringLiteral("Số: 2/PTC")},
            {r.stopped, FormKind::Stop, QStringLiteral("tt03-2025-stop"),
             QStringLiteral("Tân Bình, ngày 06 tháng 10 năm 2025"), QStringLiteral("Số: 1/TB-DGQ")},
        };
        for (const Expect& e : forms) {
            const QString text = print(t.db(), e.code, e.kind, e.name);
            QVERIFY2(!text.isEmpty(), qPrintable(e.name));
            QVERIFY2(
                text.contains(e.dateLine),
                qPrintable(QStringLiteral("%1: no \"%2\" in\n%3").arg(e.name, e.dateLine, text)));
            QVERIFY2(
                text.contains(e.number),
                qPrintable(QStringLiteral("%1: no \"%2\" in\n%3").arg(e.name, e.number, text)));
            QVERIFY2(!text.contains(QStringLiteral("Số: 0")), qPrintable(e.name));
            QVERIFY2(!text.contains(printDateLine()), qPrintable(e.name));
            // A reprint says the same.
            QCOMPARE(print(t.db(), e.code, e.kind, e.name), text);
        }
        // The control sheets (kept with the receipt) carry no number of their own.
        print(t.db(), r.old, FormKind::ControlSheet, QStringLiteral("tt01-2018-control-sheet"));
        print(t.db(), r.fresh, FormKind::ControlSheet, QStringLiteral("tt03-2025-control-sheet"));
        FormDocument ledger;
        const QString keep = qEnvironmentVariable("MOTCUA_FORMS_OUT");
        for (const auto& [first, set] :
             {std::pair{QDate(2025, 1, 1), QStringLiteral("tt01-2018")},
              std::pair{QDate(2025, 10, 1), QStringLiteral("tt03-2025")}}) {
            QVERIFY2(DossierForms::renderLedger(t.db(), first, first.addMonths(1).addDays(-1),
                                                &ledger, &error),
                     qPrintable(error));
            if (!keep.isEmpty())
                QVERIFY2(PdfExporter::exportPdf(
                             ledger, keep + QLatin1Char('/') + set + QStringLiteral("-ledger.pdf"),
                             &error),
                         qPrintable(error));
        }
        // Column 10: the day the dossier went to the officer who decides it (from its history).
        FormData lines;
        QVERIFY2(DossierForms::ledgerData(t.db(), QDate(2025, 10, 1), QDate(2025, 10, 31), &lines,
                                          &error),
                 qPrintable(error));
        bool found = false;
        for (const QStringList& line : lines.tables.value(QStringLiteral("lines"))) {
            if (line.value(1) == r.stopped) {
                found = true;
                QCOMPARE(line.value(9), QStringLiteral("01/10/2025"));
                QCOMPARE(line.value(10), QStringLiteral("06/10/2025")); // stopped: back to the desk
            }
        }
        QVERIFY(found);
        const QString ledgerText = collapsed(ledger.toPlainText());
        QVERIFY2(!ledgerText.contains(QStringLiteral("Số:")), qPrintable(ledgerText));
        QVERIFY2(!ledgerText.contains(printDateLine()), qPrintable(ledgerText));
    }

    void headerIsTheOneInForceOnTheActsDate()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));

        const QString old = print(t.db(), r.old, FormKind::Receipt, QStringLiteral("old"));
        QVERIFY2(old.contains(QStringLiteral("UBND HUYỆN VĨNH CỬU")), qPrintable(old));
        QVERIFY2(old.contains(QStringLiteral("Bộ phận tiếp nhận và trả kết quả, UBND xã Tân Bình")),
                 qPrintable(old));
        const QString fresh = print(t.db(), r.fresh, FormKind::Receipt, QStringLiteral("fresh"));
        QVERIFY2(!fresh.contains(QStringLiteral("HUYỆN")), qPrintable(fresh));
        QVERIFY2(fresh.contains(QStringLiteral("UBND XÃ TÂN BÌNH")), qPrintable(fresh));
        QVERIFY2(fresh.contains(QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Bình")),
                 qPrintable(fresh));
        QVERIFY2(!fresh.contains(QStringLiteral("Bộ phận tiếp nhận")), qPrintable(fresh));
        // The unit is named once on each copy, not "Bộ phận …: Bộ phận …".
        QCOMPARE(int(fresh.count(QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Bình"))),
                 4); // two copies: the receiving unit and the place of return on each
        for (const QString& text : {old, fresh})
            QVERIFY2(text.contains(QStringLiteral("Mẫu số 01")), qPrintable(text));

        // The apology of the old dossier, issued in January 2025, keeps the old header too.
        const QString apology = print(t.db(), r.old, FormKind::Apology, QStringLiteral("a"));
        QVERIFY2(apology.contains(QStringLiteral("UBND HUYỆN VĨNH CỬU")), qPrintable(apology));
    }

    void signersAndRecipientsComeFromTheSettings()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));

        const QString oldApology = print(t.db(), r.old, FormKind::Apology, QStringLiteral("a1"));
        for (const QString& piece :
             {QStringLiteral("CHỦ TỊCH"), QStringLiteral("Lê Văn Tâm"), QStringLiteral("Nơi nhận"),
              QStringLiteral("- Chủ tịch UBND huyện (để báo cáo);"),
              QStringLiteral("- Công chức Tư pháp - Hộ tịch;")})
            QVERIFY2(oldApology.contains(piece),
                     qPrintable(piece + QLatin1Char('\n') + oldApology));
        const QString apology = print(t.db(), r.fresh, FormKind::Apology, QStringLiteral("a2"));
        QVERIFY2(apology.contains(QStringLiteral("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")),
                 qPrintable(apology));
        QVERIFY2(apology.contains(QStringLiteral("Phạm Văn Hùng")), qPrintable(apology));
        const QString stop = print(t.db(), r.stopped, FormKind::Stop, QStringLiteral("s"));
        for (const QString& piece :
             {QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Đỗ Thị Mai"),
              QStringLiteral("- Công chức Tư pháp - Hộ tịch;"), QStringLiteral("Đang xử lý")})
            QVERIFY2(stop.contains(piece), qPrintable(piece + QLatin1Char('\n') + stop));
        const QString refusal = print(t.db(), r.oldRefused, FormKind::Refusal, QStringLiteral("r"));
        for (const QString& piece :
             {QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("Trần Văn Bình"),
              QStringLiteral("- Chủ tịch UBND xã (để báo cáo);"),
              QStringLiteral("Luật Hộ tịch 2014, Điều 18")})
            QVERIFY2(refusal.contains(piece), qPrintable(piece + QLatin1Char('\n') + refusal));
        // Where the office gave every value, nothing is left to fill in by hand.
        for (const QString& text : {oldApology, apology})
            QVERIFY2(!text.contains(FormTemplate::blank()), qPrintable(text));
    }

    void apologyRepeatsTheReceiptsAppointment()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));
        DossierFormSource source;
        QVERIFY2(DossierForms::load(t.db(), r.fresh, FormKind::Receipt, &source, &error),
                 qPrintable(error));
        const QString appointment =
            DossierForms::build(FormKind::Receipt, source).field(QStringLiteral("due_at"));
        QCOMPARE(appointment, QStringLiteral("08 giờ 00 phút, ngày 08/10/2025"));
        QVERIFY2(DossierForms::load(t.db(), r.fresh, FormKind::Apology, &source, &error),
                 qPrintable(error));
        const FormData apology = DossierForms::build(FormKind::Apology, source);
        QCOMPARE(apology.field(QStringLiteral("due_at")), appointment);
        // The supplement paused the clock for one working day: the legal due date moved, and
        // the letter says so beside the appointment.
        QCOMPARE(apology.field(QStringLiteral("legal_due_at")),
                 QStringLiteral("08 giờ 00 phút, ngày 09/10/2025"));
        const QString text = print(t.db(), r.fresh, FormKind::Apology, QStringLiteral("a"));
        QVERIFY2(text.contains(QStringLiteral("08 giờ 00 phút, ngày 08/10/2025 (hạn giải quyết "
                                              "sau khi bổ sung: 08 giờ 00 phút, ngày 09/10/2025)")),
                 qPrintable(text));
        QVERIFY2(DossierForms::load(t.db(), r.fresh, FormKind::ControlSheet, &source, &error),
                 qPrintable(error));
        QCOMPARE(
            DossierForms::build(FormKind::ControlSheet, source).field(QStringLiteral("due_at")),
            appointment);
    }

    void receiptListsTheDocuments()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));
        DossierFormSource source;
        // Handed in and recorded: the counts of originals and copies.
        QVERIFY2(DossierForms::load(t.db(), r.fresh, FormKind::Receipt, &source, &error),
                 qPrintable(error));
        QList<QStringList> rows = DossierForms::build(FormKind::Receipt, source)
                                      .tables.value(QStringLiteral("documents"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("Căn cước công dân của hai bên"),
                                          QString(), QStringLiteral("2")}));
        // None recorded (as after an import): the catalogue's documents, counts left blank.
        QVERIFY2(DossierForms::load(t.db(), r.old, FormKind::Receipt, &source, &error),
                 qPrintable(error));
        rows = DossierForms::build(FormKind::Receipt, source)
                   .tables.value(QStringLiteral("documents"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0),
                 (QStringList{QStringLiteral("Tờ khai đăng ký kết hôn"), QString(), QString()}));
    }

    void everyFormEmbedsOneTypeface()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));
        const QList<QPair<QString, FormKind>> forms{
            {r.old, FormKind::Receipt},        {r.old, FormKind::Supplement},
            {r.old, FormKind::Apology},        {r.old, FormKind::ControlSheet},
            {r.oldRefused, FormKind::Refusal}, {r.fresh, FormKind::Receipt},
            {r.fresh, FormKind::Supplement},   {r.fresh, FormKind::Apology},
            {r.fresh, FormKind::ControlSheet}, {r.stopped, FormKind::Stop},
            {r.refused, FormKind::Refusal}};
        int i = 0;
        for (const auto& [code, kind] : forms) {
            FormDocument form;
            QVERIFY2(DossierForms::render(t.db(), code, kind, &form, &error), qPrintable(error));
            // Saved, it is offered under a name that carries the dossier code.
            QCOMPARE(form.suggestedFileName(),
                     FormKinds::key(kind) + QLatin1Char('-') + code + QStringLiteral(".pdf"));
            const QString pdf = m_dir.filePath(QStringLiteral("f%1.pdf").arg(++i));
            QVERIFY2(PdfExporter::exportPdf(form, pdf, &error), qPrintable(error));
            const QSet<QString> families = PdfFonts::families(pdf, &error);
            const QStringList names(families.cbegin(), families.cend());
            // ơ, ư, ậ … all in the one face: no fallback in the middle of a word.
            QVERIFY2(families.size() == 1, qPrintable(FormKinds::key(kind) + QStringLiteral(": ") +
                                                      names.join(QStringLiteral(", ")) + error));
        }
    }

    void controlSheetIsRefusedForADossierNotReceived()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));
        FormDocument form;
        QVERIFY(!DossierForms::render(t.db(), r.online, FormKind::ControlSheet, &form, &error));
        QVERIFY2(error.contains(r.online), qPrintable(error));
        // Hand-overs numbered 1/2, 3/4, …
        const QString text = print(t.db(), r.fresh, FormKind::ControlSheet, QStringLiteral("c"));
        for (const QString& piece : {QStringLiteral("1. Giao"), QStringLiteral("2. Nhận"),
                                     QStringLiteral("3. Giao"), QStringLiteral("4. Nhận")})
            QVERIFY2(text.contains(piece), qPrintable(piece + QLatin1Char('\n') + text));
    }

    void controlSheetHandsOverThroughTheLeadership()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));
        DossierFormSource source;
        QVERIFY2(DossierForms::load(t.db(), r.fresh, FormKind::ControlSheet, &source, &error),
                 qPrintable(error));
        const QList<QStringList> rows = DossierForms::build(FormKind::ControlSheet, source)
                                            .tables.value(QStringLiteral("events"));
        // Một cửa → công chức chuyên môn → lãnh đạo → Một cửa, numbered 1/2 … 7/8.
        QCOMPARE(rows.size(), 4);
        const QStringList from{QStringLiteral("Người nộp hồ sơ"), QStringLiteral("Bộ phận Một cửa"),
                               QStringLiteral("Công chức chuyên môn"),
                               QStringLiteral("Lãnh đạo UBND xã Tân Bình")};
        const QStringList to{
            QStringLiteral("Bộ phận Một cửa"), QStringLiteral("Công chức chuyên môn"),
            QStringLiteral("Lãnh đạo UBND xã Tân Bình"), QStringLiteral("Bộ phận Một cửa")};
        const QStringList giver{QStringLiteral("Nguyễn Thị Hòa"), QStringLiteral("Trần Văn Bình"),
                                QStringLiteral("Phạm Thị Lan"), QStringLiteral("Phạm Văn Hùng")};
        const QStringList receiver{QStringLiteral("Trần Văn Bình"), QStringLiteral("Phạm Thị Lan"),
                                   QStringLiteral("Phạm Văn Hùng"),
                                   QStringLiteral("Trần Văn Bình")};
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList& row = rows.at(i);
            QCOMPARE(row.value(0), from.at(i));
            QCOMPARE(row.value(1), to.at(i));
            QCOMPARE(row.value(3), giver.at(i));
            QCOMPARE(row.value(4), receiver.at(i));
            // Each signer once: nobody hands over to themselves.
            QVERIFY(row.value(3) != row.value(4));
            QCOMPARE(row.value(7), QString::number(2 * i + 1));
            QCOMPARE(row.value(8), QString::number(2 * i + 2));
        }
        QCOMPARE(rows.at(2).value(2), QStringLiteral("09 giờ 00 phút, ngày 14/10/2025"));
        QVERIFY2(rows.at(2).value(6).startsWith(QStringLiteral("Lãnh đạo phê duyệt")),
                 qPrintable(rows.at(2).value(6)));
        // The supplement asked and received by the officer holding the dossier is no hand-over:
        // it is noted on the row that brought the dossier to her.
        QVERIFY2(rows.at(1).value(6).contains(QStringLiteral("Yêu cầu bổ sung giấy tờ")) &&
                     rows.at(1).value(6).contains(QStringLiteral("Nhận hồ sơ bổ sung")),
                 qPrintable(rows.at(1).value(6)));
        // The legal due date after the supplement pause is 09/10/2025: the result is late.
        QCOMPARE(rows.at(3).value(5), QStringLiteral("Quá hạn"));
        const QString text =
            print(t.db(), r.fresh, FormKind::ControlSheet, QStringLiteral("leader"));
        for (const QString& piece : {QStringLiteral("5. Giao: Công chức chuyên môn"),
                                     QStringLiteral("6. Nhận: Lãnh đạo UBND xã Tân Bình"),
                                     QStringLiteral("7. Giao: Lãnh đạo UBND xã Tân Bình"),
                                     QStringLiteral("8. Nhận: Bộ phận Một cửa")})
            QVERIFY2(text.contains(piece), qPrintable(piece + QLatin1Char('\n') + text));
        QCOMPARE(int(text.count(QStringLiteral("Phạm Văn Hùng"))), 2); // receives, hands over

        // Recorded only while in processing, by a named leader, not before the last change.
        LeaderApproval approval;
        approval.approvedAt = at("2025-10-15 09:00");
        approval.leader = QStringLiteral("Phạm Văn Hùng");
        const User officer = User::acting(QStringLiteral("Phạm Thị Lan"));
        QVERIFY(!LeaderApprovals(t.db()).record(
            r.fresh, &approval, User::acting(QStringLiteral("Trần Văn Bình")), &error));
        QVERIFY2(error.contains(QStringLiteral("status 4")), qPrintable(error));
        QVERIFY(!LeaderApprovals(t.db()).record(r.online, &approval, officer, &error));
        QVERIFY2(error.contains(r.online), qPrintable(error));
        QString code;
        QVERIFY2(receive(t.db(), at("2025-10-20 08:00"), DossierStatus::Accepted, &code, &error),
                 qPrintable(error));
        QVERIFY2(DossierRepository(t.db(), rules)
                     .changeStatus(code, DossierStatus::Processing, at("2025-10-20 09:00"), officer,
                                   QString(), &error),
                 qPrintable(error));
        approval.approvedAt = at("2025-10-20 08:30");
        QVERIFY(!LeaderApprovals(t.db()).record(code, &approval, officer, &error));
        QVERIFY2(error.contains(QStringLiteral("20/10/2025 09:00")), qPrintable(error));
        approval.approvedAt = at("2025-10-21 08:30");
        approval.leader = QStringLiteral("  ");
        QVERIFY(!LeaderApprovals(t.db()).record(code, &approval, officer, &error));
        QVERIFY2(error.contains(QStringLiteral("leader")), qPrintable(error));
        QList<LeaderApproval> recorded;
        QVERIFY2(LeaderApprovals(t.db()).list(code, &recorded, &error), qPrintable(error));
        QVERIFY(recorded.isEmpty());
        // Audited with the leader's name.
        QSqlQuery audit(t.db().connection());
        audit.prepare(QStringLiteral("SELECT officer, detail FROM audit_log WHERE action = "
                                     "'approval' AND dossier_code = ?"));
        audit.addBindValue(r.fresh);
        QVERIFY2(audit.exec() && audit.next(), qPrintable(audit.lastError().text()));
        QCOMPARE(audit.value(0).toString(), QStringLiteral("Phạm Thị Lan"));
        QCOMPARE(audit.value(1).toString(), QStringLiteral("Phạm Văn Hùng"));
    }

    void stopNoticeSaysWhoAskedAndTheRefund()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));
        const QString text = print(t.db(), r.stopped, FormKind::Stop, QStringLiteral("stop"));
        for (const QString& piece :
             {QStringLiteral("Người đề nghị dừng giải quyết: Nguyễn Thị Hòa (người nộp hồ sơ)"),
              QStringLiteral("Phí, lệ phí đã nộp: 50.000 đồng; việc hoàn trả (nếu có): hoàn trả "
                             "20.000 đồng.")})
            QVERIFY2(text.contains(piece), qPrintable(piece + QLatin1Char('\n') + text));

        // Refused without a requester, or with more refunded than was paid; nothing changes.
        QString code;
        const User officer = User::acting(QStringLiteral("Phạm Thị Lan"));
        QVERIFY2(receive(t.db(), at("2025-10-20 08:00"), DossierStatus::Accepted, &code, &error,
                         30000) &&
                     DossierRepository(t.db(), rules)
                         .changeStatus(code, DossierStatus::Processing, at("2025-10-20 09:00"),
                                       officer, QString(), &error),
                 qPrintable(error));
        const DossierActions actions(t.db(), rules);
        QVERIFY(!actions.stop(code, at("2025-10-21 09:00"), officer, QStringLiteral("Lý do"),
                              QString(), QStringLiteral(" "), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("who asked")), qPrintable(error));
        QVERIFY(!actions.stop(code, at("2025-10-21 09:00"), officer, QStringLiteral("Lý do"),
                              QString(), QStringLiteral("UBND xã"), 30001, &error));
        QVERIFY2(error.contains(QStringLiteral("30000")) && error.contains(QStringLiteral("30001")),
                 qPrintable(error));
        Dossier d;
        QVERIFY2(DossierRepository(t.db(), rules).load(code, &d, &error), qPrintable(error));
        QCOMPARE(d.status, DossierStatus::Processing);
        // Nothing refunded is said so.
        QVERIFY2(actions.stop(code, at("2025-10-21 09:00"), officer, QStringLiteral("Lý do"),
                              QString(), QStringLiteral("UBND xã Tân Bình"), 0, &error),
                 qPrintable(error));
        const QString none = print(t.db(), code, FormKind::Stop, QStringLiteral("stop0"));
        QVERIFY2(none.contains(QStringLiteral("Người đề nghị dừng giải quyết: UBND xã Tân Bình")),
                 qPrintable(none));
        QVERIFY2(none.contains(QStringLiteral("việc hoàn trả (nếu có): không hoàn trả.")),
                 qPrintable(none));
    }

    void importedNoticesAreNumberedInDateOrder()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        Register r;
        QString error;
        QVERIFY2(build(t.db(), &r, &error), qPrintable(error));
        // The register has issued 1/PYCBS (January) and 2/PYCBS (October) of 2025. An import
        // lists a request of 7/10 before one of 6/10, and a refusal.
        QList<DossierRecord> records{imported("2025-10-03 08:00", "2025-10-07 10:00"),
                                     imported("2025-10-03 09:00", "2025-10-06 10:00"),
                                     imported("2025-10-04 08:00", nullptr)};
        QVERIFY2(DossierRepository(t.db(), rules)
                     .insertAll(&records, QStringLiteral("Trần Văn Bình"), QStringLiteral("import"),
                                &error),
                 qPrintable(error));
        const QString later = records.at(0).dossier.code;
        const QString earlier = records.at(1).dossier.code;
        const QString refused = records.at(2).dossier.code;
        // Numbered by date after the numbers already issued: no gap, no number twice.
        const QString first = print(t.db(), earlier, FormKind::Supplement, QStringLiteral("i1"));
        QVERIFY2(first.contains(QStringLiteral("Số: 3/PYCBS")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("Tân Bình, ngày 06 tháng 10 năm 2025")),
                 qPrintable(first));
        const QString second = print(t.db(), later, FormKind::Supplement, QStringLiteral("i2"));
        QVERIFY2(second.contains(QStringLiteral("Số: 4/PYCBS")), qPrintable(second));
        QVERIFY2(second.contains(QStringLiteral("Thiếu bản sao giấy khai sinh")),
                 qPrintable(second));
        const QString refusal = print(t.db(), refused, FormKind::Refusal, QStringLiteral("i3"));
        QVERIFY2(refusal.contains(QStringLiteral("Số: 3/PTC")), qPrintable(refusal));
        // A reprint says the same, and the next notice issued at the desk follows on.
        QCOMPARE(print(t.db(), earlier, FormKind::Supplement, QStringLiteral("i1")), first);
        QString code;
        const User officer = User::acting(QStringLiteral("Phạm Thị Lan"));
        QVERIFY2(receive(t.db(), at("2025-10-20 08:00"), DossierStatus::Accepted, &code, &error) &&
                     DossierRepository(t.db(), rules)
                         .changeStatus(code, DossierStatus::Processing, at("2025-10-20 09:00"),
                                       officer, QString(), &error) &&
                     DossierActions(t.db(), rules)
                         .requestSupplement(
                             code, at("2025-10-21 09:00"), officer, QStringLiteral("Thiếu giấy tờ"),
                             {QStringLiteral("Tờ khai")}, QDateTime(), false, &error),
                 qPrintable(error));
        const QString next = print(t.db(), code, FormKind::Supplement, QStringLiteral("i4"));
        QVERIFY2(next.contains(QStringLiteral("Số: 5/PYCBS")), qPrintable(next));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT number) FROM "
                                      "dossier_notice_numbers")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
    }

    // A register whose imported dossiers have supplement requests and refusals without their
    // notices (imported before the notices were kept) gets them, numbered, on the upgrade.
    void upgradeNumbersTheNoticesOfEarlierImports()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QVERIFY2(RegisterFixture::prepare(t.db(), &error) &&
                     OfficeIdentityStore(t.db()).save(fromJuly2025(), &error),
                 qPrintable(error));
        QList<DossierRecord> records{imported("2025-10-03 08:00", "2025-10-07 10:00"),
                                     imported("2025-10-03 09:00", "2025-10-06 10:00"),
                                     imported("2025-10-04 08:00", nullptr)};
        QVERIFY2(DossierRepository(t.db(), rules)
                     .insertAll(&records, QStringLiteral("Trần Văn Bình"), QStringLiteral("import"),
                                &error),
                 qPrintable(error));
        // As an import of the earlier program left them: no notices.
        QSqlQuery q(t.db().connection());
        for (const char* statement : {"DELETE FROM dossier_notice_numbers",
                                      "DELETE FROM dossier_notices", "DELETE FROM notice_numbers"})
            QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
        // Back to the version before the step that keeps them, whatever number it is given,
        // and up again (the later steps are safe to re-run too).
        int noticeStep = 0;
        for (const MigrationStep& step : Migrations::steps()) {
            if (qstrcmp(step.description, "stop requester and fee refund, leadership approval") ==
                0)
                noticeStep = step.version;
        }
        QVERIFY(noticeStep > 0);
        QVERIFY2(t.db().dialect().writeSchemaVersion(t.db().connection(), noticeStep - 1, &error),
                 qPrintable(error));
        QVERIFY2(t.db().migrate(&error), qPrintable(error));
        QCOMPARE(t.db().schemaVersion(), Migrations::latestVersion());
        QVERIFY2(
            print(t.db(), records.at(1).dossier.code, FormKind::Supplement, QStringLiteral("u1"))
                .contains(QStringLiteral("Số: 1/PYCBS")),
            "the earlier request is 1/PYCBS");
        QVERIFY2(
            print(t.db(), records.at(0).dossier.code, FormKind::Supplement, QStringLiteral("u2"))
                .contains(QStringLiteral("Số: 2/PYCBS")),
            "the later request is 2/PYCBS");
        QVERIFY2(print(t.db(), records.at(2).dossier.code, FormKind::Refusal, QStringLiteral("u3"))
                     .contains(QStringLiteral("Số: 1/PTC")),
                 "the refusal is 1/PTC");
        // Running the step's work again adds nothing.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM dossier_notices")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY2(NoticeNumbers::numberUnnumbered(t.db(), &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM dossier_notice_numbers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_MAIN(TestFormsInspection)
#include "tst_formsinspection.moc"
