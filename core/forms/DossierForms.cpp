#include "DossierForms.h"

#include "catalogue/ProcedureRepository.h"
#include "common/VietnameseDate.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DueDateRules.h"
#include "forms/FormRenderer.h"
#include "settings/OfficeIdentityStore.h"
#include "settings/OfficeSettingsStore.h"
#include "storage/Database.h"

namespace {

// The register is read without due-date rules: loading computes nothing.
class NoRules : public DueDateRules
{
public:
    QDateTime dueAt(const QDateTime&, int, const QString&) const override { return {}; }
    QDateTime legalDueAfterSupplement(const QDateTime&, const QDateTime&, const QDateTime&, int,
                                      const QString&) const override
    {
        return {};
    }
    int workingDaysBetween(const QDate&, const QDate&) const override { return 0; }
    bool isWorkingDay(const QDate&) const override { return true; }
};

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString countText(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

QString phoneAndAddress(const Dossier& d)
{
    QStringList parts;
    if (!d.applicantAddress.isEmpty())
        parts << d.applicantAddress;
    if (!d.applicantPhone.isEmpty())
        parts << d.applicantPhone;
    return parts.join(QStringLiteral("; "));
}

void setApplicant(FormData* data, const Dossier& d)
{
    const QString name =
        d.applicantOrganisation.isEmpty()
            ? d.applicantName
            : d.applicantName + QStringLiteral(" (") + d.applicantOrganisation + QLatin1Char(')');
    data->set(QStringLiteral("applicant_name"), name);
    data->set(QStringLiteral("applicant_id"), d.applicantId);
    data->set(QStringLiteral("applicant_address"), d.applicantAddress);
    data->set(QStringLiteral("applicant_phone"), d.applicantPhone);
    data->set(QStringLiteral("applicant_email"), d.applicantEmail);
    // The models of TT 01/2018 and TT 03/2025 have no such lines (DOMAIN §9): for an office's own
    // templates only.
    data->set(QStringLiteral("applicant_birth_date"),
              d.applicantBirthDate.isValid()
                  ? d.applicantBirthDate.toString(QStringLiteral("dd/MM/yyyy"))
                  : QString());
    data->set(QStringLiteral("applicant_sex"), d.applicantSex);
}

// Where the result of a DOMAIN §3 transition lies on the control sheet.
QString stageOf(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Registered:
        return u("Cổng Dịch vụ công");
    case DossierStatus::Accepted:
    case DossierStatus::Refused:
    case DossierStatus::Finished:
    case DossierStatus::Returned:
    case DossierStatus::Withdrawn:
        return u("Bộ phận Một cửa");
    case DossierStatus::Processing:
    case DossierStatus::SupplementRequested:
    case DossierStatus::AwaitingPayment:
    case DossierStatus::Stopped:
        return u("Công chức chuyên môn");
    }
    return QString();
}

// The national labels (DOMAIN §3): forms are Vietnamese documents whatever the UI language.
QString statusLabel(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Registered:
        return u("Mới đăng ký");
    case DossierStatus::Accepted:
        return u("Được tiếp nhận");
    case DossierStatus::Refused:
        return u("Không được tiếp nhận");
    case DossierStatus::Processing:
        return u("Đang xử lý");
    case DossierStatus::SupplementRequested:
        return u("Yêu cầu bổ sung giấy tờ");
    case DossierStatus::AwaitingPayment:
        return u("Yêu cầu thực hiện nghĩa vụ tài chính");
    case DossierStatus::Withdrawn:
        return u("Công dân yêu cầu rút hồ sơ");
    case DossierStatus::Stopped:
        return u("Dừng xử lý");
    case DossierStatus::Finished:
        return u("Đã xử lý xong");
    case DossierStatus::Returned:
        return u("Đã trả kết quả");
    }
    return QString();
}

// The result of a hand-over at `at` against the dossier's due date (TT 01/2020/TT-VPCP,
// biểu II.06a: by the day, not the hour).
QString onTimeMark(const Dossier& d, const QDateTime& at)
{
    const QDateTime due = d.legalDueAt.isValid() ? d.legalDueAt : d.dueAt;
    if (!due.isValid())
        return QString();
    if (at.date() < due.date())
        return u("Trước hạn");
    if (at.date() == due.date())
        return u("Đúng hạn");
    return u("Quá hạn");
}

// Mẫu 06 (TT 01/2018: 05): one row per hand-over between people of the units the dossier
// passes (Một cửa → công chức chuyên môn → lãnh đạo → Một cửa), numbered "1. Giao / 2. Nhận",
// "3. … / 4. …". Each signer signs a hand-over once: a status change by the one holding the
// dossier in the same unit (a supplement requested and received, fees awaited) is no
// hand-over and goes into the note of the row that brought the dossier there. The
// leadership's approval is the hand-over from the officer to the leader; the result then goes
// from the leader back to the one-stop unit.
void controlSheetRows(FormData* data, const DossierFormSource& source)
{
    const Dossier& d = source.dossier;
    const QString leaderUnit = u("Lãnh đạo ") + source.identity.agencyName.trimmed();
    QList<QStringList> rows;
    QString stage;
    QString holder = d.applicantName;
    auto handOver = [&](const QString& from, const QString& to, const QDateTime& at,
                        const QString& receiver, const QString& result, const QString& note) {
        const int n = int(rows.size());
        rows.append({from, to, VietnameseDate::timeAndDate(at), holder, receiver, result, note,
                     QString::number(2 * n + 1), QString::number(2 * n + 2)});
        stage = to;
        holder = receiver;
    };
    int a = 0;
    auto approvalsBefore = [&](const QDateTime& at) {
        for (; a < source.approvals.size() && source.approvals.at(a).approvedAt <= at; ++a) {
            const LeaderApproval& approval = source.approvals.at(a);
            handOver(stage, leaderUnit, approval.approvedAt, approval.leader,
                     onTimeMark(d, approval.approvedAt),
                     u("Lãnh đạo phê duyệt") + (approval.note.isEmpty()
                                                    ? QString()
                                                    : QStringLiteral(": ") + approval.note));
        }
    };
    for (const StatusEvent& e : source.events) {
        approvalsBefore(e.at);
        // Back in processing after a pause: what ended the pause.
        const QString label = e.hasFrom && e.to == DossierStatus::Processing &&
                                      e.from == DossierStatus::SupplementRequested
                                  ? u("Nhận hồ sơ bổ sung")
                              : e.hasFrom && e.to == DossierStatus::Processing &&
                                      e.from == DossierStatus::AwaitingPayment
                                  ? u("Đã thực hiện nghĩa vụ tài chính")
                                  : statusLabel(e.to);
        const QString note = label + (e.note.isEmpty() ? QString() : QStringLiteral(": ") + e.note);
        const QString to = stageOf(e.to);
        if (!rows.isEmpty() && to == stage && e.officer == holder) {
            rows.last()[6] += QStringLiteral("; ") + note + QStringLiteral(" (") +
                              VietnameseDate::timeAndDate(e.at) + QLatin1Char(')');
            continue;
        }
        const QString from =
            rows.isEmpty() ? (e.hasFrom ? stageOf(e.from) : u("Người nộp hồ sơ")) : stage;
        handOver(from, to, e.at, e.officer, e.hasFrom ? onTimeMark(d, e.at) : QString(), note);
    }
    approvalsBefore(QDateTime(QDate(9999, 12, 31), QTime(23, 59)));
    data->tables.insert(QStringLiteral("events"), rows);
}
} // namespace

QString DossierForms::timeLimitText(int halves, const QString& unitKey)
{
    if (unitKey == Procedure::SameDay)
        return u("trong ngày");
    // "05 ngày làm việc"; a half as published: "2,5 ngày làm việc".
    const QString number =
        halves % 2 == 0 ? twoDigits(halves / 2) : DurationUnits::halvesLocalText(halves);
    if (unitKey == Procedure::WorkingHours)
        return number + u(" giờ làm việc");
    if (unitKey == Procedure::Days)
        return number + u(" ngày");
    return number + u(" ngày làm việc");
}

QString DossierForms::feeText(qint64 fee)
{
    if (fee <= 0)
        return u("Không");
    QString digits = QString::number(fee);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits + u(" đồng");
}

void DossierForms::setHeader(FormData* data, const OfficeIdentity& identity, const QDate& day)
{
    // NĐ 30/2020/NĐ-CP: the issuing agency and its parent are printed in capitals.
    data->set(QStringLiteral("parent_agency"), identity.parentAgency.trimmed().toUpper());
    data->set(QStringLiteral("agency_name"), identity.agencyName.trimmed().toUpper());
    data->set(QStringLiteral("agency_name_text"), identity.agencyName.trimmed());
    data->set(QStringLiteral("place_name"), identity.placeName.trimmed());
    data->set(QStringLiteral("reception_unit"), identity.unitName.trimmed());
    data->set(QStringLiteral("return_place"), identity.unitName.trimmed());
    if (day.isValid())
        data->set(QStringLiteral("date_line"), VietnameseDate::dateLine(identity.placeName, day));
}

void DossierForms::setSignature(FormData* data, const OfficeIdentity& identity, const QString& key)
{
    const FormSignature signature = identity.form(key);
    if (!signature.signerTitle.trimmed().isEmpty())
        data->set(QStringLiteral("signer_title"), signature.signerTitle.trimmed());
    if (!signature.signerName.trimmed().isEmpty())
        data->set(QStringLiteral("signer_name"), signature.signerName.trimmed());
    for (const QString& line : signature.recipients.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            data->addRow(QStringLiteral("recipients"), {line.trimmed()});
    }
}

bool DossierForms::load(const Database& db, const QString& code, FormKind kind,
                        DossierFormSource* source, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!OfficeSettingsStore(db).load(&source->office, error))
        return false;
    NoRules rules;
    DossierRepository dossiers(db, rules);
    if (!dossiers.load(code, &source->dossier, error) ||
        !dossiers.history(source->dossier.code, &source->events, error) ||
        !dossiers.apologyLetters(source->dossier.code, &source->apologies, error))
        return false;
    const Dossier& d = source->dossier;
    Procedure procedure;
    bool found = false;
    if (!ProcedureRepository(db).load(d.procedureCode, &procedure, &found, error))
        return false;
    source->procedureName = found ? procedure.name : d.procedureCode;
    source->catalogueDocuments = found ? procedure.documents : QList<RequiredDocument>();
    const DossierPaperRepository papers(db);
    if (!papers.documents(d.code, &source->documents, error))
        return false;
    if (!ReceiptCorrections(db, rules).list(d.code, &source->corrections, error) ||
        !LeaderApprovals(db).list(d.code, &source->approvals, error))
        return false;

    auto hadStatus = [source](DossierStatus status) {
        for (const StatusEvent& e : source->events) {
            if (e.to == status)
                return true;
        }
        return false;
    };
    switch (kind) {
    case FormKind::Receipt:
        if (!d.dueAt.isValid())
            return fail(
                tr("Dossier %1: it has not been accepted, so it has no receipt.").arg(d.code));
        break;
    case FormKind::Supplement:
        if (!hadStatus(DossierStatus::SupplementRequested))
            return fail(tr("Dossier %1: no supplement was requested.").arg(d.code));
        break;
    case FormKind::Refusal:
        if (d.status != DossierStatus::Refused)
            return fail(tr("Dossier %1: it was not refused.").arg(d.code));
        break;
    case FormKind::Stop:
        if (d.status != DossierStatus::Stopped)
            return fail(tr("Dossier %1: its processing was not stopped.").arg(d.code));
        break;
    case FormKind::Apology:
        if (source->apologies.isEmpty())
            return fail(tr("Dossier %1: no apology letter was issued.").arg(d.code));
        break;
    case FormKind::ControlSheet:
        if (d.status == DossierStatus::Registered)
            return fail(tr("Dossier %1: it has not been received at the counter yet, so it has "
                           "no control sheet.")
                            .arg(d.code));
        break;
    case FormKind::Ledger:
        return fail(tr("The ledger is printed for a period, not for one dossier."));
    }
    // DOMAIN §9: the form is dated by its act, whenever it is printed.
    auto lastEventAt = [source](DossierStatus status) {
        QDateTime at;
        for (const StatusEvent& e : source->events) {
            if (e.to == status)
                at = e.at;
        }
        return at;
    };
    source->actAt = d.receivedAt;
    if (kind == FormKind::Supplement || kind == FormKind::Refusal || kind == FormKind::Stop) {
        bool noticeFound = false;
        if (!papers.latestNotice(d.code, FormKinds::key(kind), &source->notice, &noticeFound,
                                 error))
            return false;
        const DossierStatus status = kind == FormKind::Supplement
                                         ? DossierStatus::SupplementRequested
                                     : kind == FormKind::Refusal ? DossierStatus::Refused
                                                                 : DossierStatus::Stopped;
        // A notice not recorded (an imported dossier) is dated by its status change.
        source->actAt = noticeFound ? source->notice.issuedAt : lastEventAt(status);
    } else if (kind == FormKind::Apology) {
        source->actAt = source->apologies.constLast().issuedAt;
    }
    return OfficeIdentityStore(db).on(source->actAt.date(), &source->identity, error);
}

FormData DossierForms::build(FormKind kind, const DossierFormSource& source)
{
    const Dossier& d = source.dossier;
    const OfficeIdentity& identity = source.identity;
    FormData data;
    // The control sheet goes with the receipt: no number and no date line of its own.
    setHeader(&data, identity, kind == FormKind::ControlSheet ? QDate() : source.actAt.date());
    data.set(QStringLiteral("dossier_code"), d.code);
    data.set(QStringLiteral("procedure_name"), source.procedureName);
    data.set(QStringLiteral("received_at"), VietnameseDate::timeAndDate(d.receivedAt));
    data.set(QStringLiteral("received_on"), VietnameseDate::shortDate(d.receivedAt.date()));
    // DOMAIN §9: every form repeats the appointment printed on the receipt, which never
    // changes (DOMAIN §5); a due date moved by a supplement pause is stated beside it.
    data.set(QStringLiteral("due_at"), VietnameseDate::timeAndDate(d.dueAt));
    data.set(QStringLiteral("officer_name"), d.officer);
    data.set(QStringLiteral("contact_name"), d.officer);
    setApplicant(&data, d);

    const DossierNotice& notice = source.notice;
    switch (kind) {
    case FormKind::Receipt: {
        // The receipt's number is its line in the ledger (TT 01/2018 Mẫu 01: "Vào Sổ theo dõi
        // hồ sơ, Quyển số …, Số thứ tự …").
        const QString symbol = identity.form(QStringLiteral("receipt")).symbol.trimmed();
        if (d.ledgerLine > 0)
            data.set(QStringLiteral("number"),
                     QString::number(d.ledgerLine) +
                         (symbol.isEmpty() ? QString() : QLatin1Char('/') + symbol));
        data.set(QStringLiteral("set_count"), QStringLiteral("01"));
        // A corrected receipt says so, with the reason (a later appointment is explained to
        // the citizen on the paper they keep).
        if (!source.corrections.isEmpty()) {
            const ReceiptCorrection& c = source.corrections.last();
            // A table of one row: templates print it with <!-- rows:correction -->, and nothing
            // on a receipt never corrected.
            data.tables.insert(
                QStringLiteral("correction"),
                {{tr("Corrected receipt, version %1 (replaces the receipt printed before), "
                     "%2. Reason: %3")
                      .arg(QString::number(c.version), VietnameseDate::timeAndDate(c.correctedAt),
                           c.reason)}});
        }
        data.set(QStringLiteral("time_limit"), timeLimitText(d.halves, d.durationUnit));
        data.set(QStringLiteral("fees"),
                 feeText(d.fee) +
                     (d.fee > 0 && d.paidOnline ? u(" (đã thanh toán trực tuyến)") : QString()));
        if (d.ledgerBook > 0)
            data.set(QStringLiteral("ledger_book"), twoDigits(d.ledgerBook));
        if (d.ledgerLine > 0)
            data.set(QStringLiteral("ledger_line"), QString::number(d.ledgerLine));
        for (const RequiredDocument& document : source.documents) {
            data.addRow(QStringLiteral("documents"),
                        {document.name, countText(document.originals), countText(document.copies)});
        }
        // None recorded (an import): the catalogue's documents, counts left for a pen.
        if (source.documents.isEmpty()) {
            for (const RequiredDocument& document : source.catalogueDocuments)
                data.addRow(QStringLiteral("documents"), {document.name, QString(), QString()});
        }
        break;
    }
    case FormKind::Supplement:
        data.set(QStringLiteral("number"), notice.number);
        data.set(QStringLiteral("supplement_reason"), notice.reason);
        if (notice.deadline.isValid())
            data.set(QStringLiteral("supplement_deadline"),
                     u("trước ") + VietnameseDate::timeAndDate(notice.deadline));
        for (const QString& item : notice.items) {
            const int bar = int(item.indexOf(QLatin1Char('|')));
            data.addRow(QStringLiteral("requirements"),
                        bar < 0
                            ? QStringList{item.trimmed(), QString()}
                            : QStringList{item.left(bar).trimmed(), item.mid(bar + 1).trimmed()});
        }
        if (!notice.officer.isEmpty()) {
            data.set(QStringLiteral("officer_name"), notice.officer);
            data.set(QStringLiteral("contact_name"), notice.officer);
        }
        setSignature(&data, identity, FormKinds::key(kind));
        break;
    case FormKind::Refusal:
        data.set(QStringLiteral("number"), notice.number);
        data.set(QStringLiteral("refusal_reason"), notice.reason);
        data.set(QStringLiteral("legal_basis"), notice.legalBasis);
        if (!notice.officer.isEmpty())
            data.set(QStringLiteral("officer_name"), notice.officer);
        setSignature(&data, identity, FormKinds::key(kind));
        break;
    case FormKind::Stop:
        data.set(QStringLiteral("number"), notice.number);
        data.set(QStringLiteral("stop_basis"), notice.legalBasis);
        data.set(QStringLiteral("stop_reason"), notice.reason);
        data.set(QStringLiteral("stopped_at"), VietnameseDate::timeAndDate(source.actAt));
        data.set(QStringLiteral("fees"), feeText(d.fee));
        // Mẫu 05: who asked to stop, and what of the fees is refunded (blank for a notice
        // recorded without them: the officer writes them in).
        data.set(QStringLiteral("stop_requester"), notice.requester);
        if (notice.feeRefund > 0)
            data.set(QStringLiteral("fee_refund"), u("hoàn trả ") + feeText(notice.feeRefund));
        else if (notice.feeRefund == 0)
            data.set(QStringLiteral("fee_refund"), u("không hoàn trả"));
        for (const StatusEvent& e : source.events) {
            if (e.to == DossierStatus::Stopped && e.hasFrom)
                data.set(QStringLiteral("stop_stage"), statusLabel(e.from));
        }
        if (!notice.officer.isEmpty())
            data.set(QStringLiteral("contact_name"), notice.officer);
        setSignature(&data, identity, FormKinds::key(kind));
        break;
    case FormKind::Apology:
        if (!source.apologies.isEmpty()) {
            const ApologyLetter& letter = source.apologies.constLast();
            data.set(QStringLiteral("number"), letter.number);
            data.set(QStringLiteral("new_due_at"), VietnameseDate::timeAndDate(letter.newDueAt));
            data.set(QStringLiteral("delay_reason"), letter.reason);
            // The legal due date when the letter was issued, where a supplement pause moved it
            // away from the receipt's appointment.
            if (letter.originalDueAt.isValid() && d.dueAt.isValid() &&
                letter.originalDueAt != d.dueAt)
                data.set(QStringLiteral("legal_due_at"),
                         VietnameseDate::timeAndDate(letter.originalDueAt));
            setSignature(&data, identity, FormKinds::key(kind));
            if (!data.fields.contains(QStringLiteral("signer_name")))
                data.set(QStringLiteral("signer_name"), letter.signer);
        }
        break;
    case FormKind::ControlSheet:
        data.set(QStringLiteral("processing_agency"), identity.agencyName.trimmed());
        controlSheetRows(&data, source);
        break;
    case FormKind::Ledger:
        break;
    }
    return data;
}

FormData DossierForms::ledger(const OfficeIdentity& office, const QList<DossierRecord>& records,
                              const QHash<QString, QString>& procedureNames, const QDate& from,
                              const QDate& to)
{
    FormData data;
    data.set(QStringLiteral("period_from"), VietnameseDate::shortDate(from));
    data.set(QStringLiteral("period_to"), VietnameseDate::shortDate(to));
    // A register book carries no number and no date line (TT 01/2018 Mẫu 06).
    setHeader(&data, office, QDate());
    QString book;
    for (const DossierRecord& record : records) {
        const Dossier& d = record.dossier;
        if (book.isEmpty() && d.ledgerBook > 0)
            book = twoDigits(d.ledgerBook);
        QString sentOn;
        QString backOn;
        for (const StatusEvent& e : record.events) {
            if (e.to == DossierStatus::Processing && sentOn.isEmpty())
                sentOn = VietnameseDate::shortDate(e.at.date());
            if (DossierStatuses::isEnding(e.to))
                backOn = VietnameseDate::shortDate(e.at.date());
        }
        data.addRow(
            QStringLiteral("lines"),
            {QString::number(d.ledgerLine), d.code,
             procedureNames.value(d.procedureCode, d.procedureCode), QStringLiteral("01"),
             d.applicantName, phoneAndAddress(d), office.agencyName,
             VietnameseDate::shortDate(d.receivedAt.date()),
             d.dueAt.isValid() ? VietnameseDate::shortDate(d.dueAt.date()) : QString(), sentOn,
             backOn,
             d.returnedAt.isValid() ? VietnameseDate::shortDate(d.returnedAt.date()) : QString(),
             QString(),
             d.status == DossierStatus::Refused || d.status == DossierStatus::Withdrawn ||
                     d.status == DossierStatus::Stopped
                 ? statusLabel(d.status)
                 : QString()});
    }
    data.set(QStringLiteral("ledger_book"), book);
    return data;
}

bool DossierForms::render(const Database& db, const QString& code, FormKind kind, FormDocument* out,
                          QString* error)
{
    DossierFormSource source;
    if (!load(db, code, kind, &source, error))
        return false;
    // DOMAIN §2: the set of forms follows the dossier's receipt date.
    if (!FormRenderer(source.office)
             .render(kind, build(kind, source), source.dossier.receivedAt.date(), out, error))
        return false;
    out->dossierCode = source.dossier.code;
    return true;
}

bool DossierForms::ledgerData(const Database& db, const QDate& from, const QDate& to,
                              FormData* data, QString* error)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        if (error)
            *error = tr("Ledger: the period needs a first and a last day, the last not before "
                        "the first.");
        return false;
    }
    OfficeIdentity office;
    if (!OfficeIdentityStore(db).on(from, &office, error))
        return false;
    NoRules rules;
    const DossierRepository dossiers(db, rules);
    QList<DossierRecord> records;
    if (!dossiers.records(QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0)),
                          &records, error))
        return false;
    // Columns 10 and 11 (sent to and back from the deciding officer) come from the history.
    for (DossierRecord& record : records) {
        if (!dossiers.history(record.dossier.code, &record.events, error))
            return false;
    }
    QList<Procedure> procedures;
    if (!ProcedureRepository(db).loadAll(&procedures, error))
        return false;
    QHash<QString, QString> names;
    for (const Procedure& p : procedures)
        names.insert(p.code, p.name);
    *data = ledger(office, records, names, from, to);
    return true;
}

bool DossierForms::renderLedger(const Database& db, const QDate& from, const QDate& to,
                                FormDocument* out, QString* error)
{
    FormData data;
    OfficeSettings office;
    return ledgerData(db, from, to, &data, error) && OfficeSettingsStore(db).load(&office, error) &&
           FormRenderer(office).render(FormKind::Ledger, data, from, out, error);
}
