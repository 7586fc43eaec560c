#include "PersonRecords.h"

#include "accounts/Permissions.h"
#include "audit/AuditLog.h"
#include "catalogue/ProcedureRepository.h"
#include "common/SqlTime.h"
#include "common/Validators.h"
#include "dossiers/DossierCsv.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/FeedbackRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QJsonValue time(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(SqlTime::toSql(at)) : QJsonValue();
}

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue rating(Rating value)
{
    return value == Rating::None ? QJsonValue() : QJsonValue(Ratings::key(value));
}

QJsonObject dossierJson(const PersonDossier& p)
{
    const Dossier& d = p.dossier;
    QJsonObject applicant{
        {QStringLiteral("name"), d.applicantName},
        {QStringLiteral("id_number"), d.applicantId},
        {QStringLiteral("phone"), text(d.applicantPhone)},
        {QStringLiteral("email"), text(d.applicantEmail)},
        {QStringLiteral("address"), text(d.applicantAddress)},
        {QStringLiteral("organisation"), text(d.applicantOrganisation)},
        {QStringLiteral("birth_date"), d.applicantBirthDate.isValid()
                                           ? QJsonValue(d.applicantBirthDate.toString(Qt::ISODate))
                                           : QJsonValue()},
        {QStringLiteral("sex"), text(DossierCsv::sexKey(d.applicantSex))}};
    QJsonArray events;
    for (const StatusEvent& e : p.events)
        events.append(QJsonObject{
            {QStringLiteral("at"), time(e.at)},
            {QStringLiteral("from_status"), e.hasFrom ? QJsonValue(int(e.from)) : QJsonValue()},
            {QStringLiteral("to_status"), int(e.to)},
            {QStringLiteral("officer"), text(e.officer)},
            {QStringLiteral("note"), text(e.note)}});
    QJsonArray supplements;
    for (const SupplementRequest& s : p.supplements)
        supplements.append(QJsonObject{{QStringLiteral("requested_at"), time(s.requestedAt)},
                                       {QStringLiteral("received_at"), time(s.receivedAt)},
                                       {QStringLiteral("second_request"), s.confirmedSecond},
                                       {QStringLiteral("note"), text(s.confirmationNote)},
                                       {QStringLiteral("officer"), text(s.officer)}});
    QJsonArray apologies;
    for (const ApologyLetter& a : p.apologies)
        apologies.append(QJsonObject{{QStringLiteral("number"), a.number},
                                     {QStringLiteral("issued_at"), time(a.issuedAt)},
                                     {QStringLiteral("reason"), a.reason},
                                     {QStringLiteral("original_due_at"), time(a.originalDueAt)},
                                     {QStringLiteral("new_due_at"), time(a.newDueAt)},
                                     {QStringLiteral("signer"), text(a.signer)}});
    QJsonArray notices;
    for (const DossierNotice& n : p.notices)
        notices.append(QJsonObject{{QStringLiteral("form"), n.form},
                                   {QStringLiteral("issued_at"), time(n.issuedAt)},
                                   {QStringLiteral("officer"), text(n.officer)},
                                   {QStringLiteral("reason"), text(n.reason)},
                                   {QStringLiteral("legal_basis"), text(n.legalBasis)},
                                   {QStringLiteral("items"), QJsonArray::fromStringList(n.items)},
                                   {QStringLiteral("deadline"), time(n.deadline)}});
    QJsonArray documents;
    for (const RequiredDocument& r : p.documents)
        documents.append(QJsonObject{{QStringLiteral("name"), r.name},
                                     {QStringLiteral("originals"), r.originals},
                                     {QStringLiteral("copies"), r.copies}});
    QJsonArray feedback;
    for (const Feedback& f : p.feedback)
        feedback.append(QJsonObject{{QStringLiteral("received_at"), time(f.receivedAt)},
                                    {QStringLiteral("deadline_at"), time(f.deadlineAt)},
                                    {QStringLiteral("resolved_at"), time(f.resolvedAt)},
                                    {QStringLiteral("rating"), rating(f.rating)},
                                    {QStringLiteral("content"), f.content}});
    return QJsonObject{{QStringLiteral("code"), d.code},
                       {QStringLiteral("procedure_code"), d.procedureCode},
                       {QStringLiteral("procedure_name"), text(p.procedureName)},
                       {QStringLiteral("channel"), Channels::key(d.channel)},
                       {QStringLiteral("status"), int(d.status)},
                       {QStringLiteral("status_label"), DossierStatuses::label(d.status)},
                       {QStringLiteral("received_at"), time(d.receivedAt)},
                       {QStringLiteral("due_at"), time(d.dueAt)},
                       {QStringLiteral("legal_due_at"), time(d.legalDueAt)},
                       {QStringLiteral("finished_at"), time(d.finishedAt)},
                       {QStringLiteral("returned_at"), time(d.returnedAt)},
                       {QStringLiteral("receiving_officer"), text(d.officer)},
                       {QStringLiteral("fee"), d.fee},
                       {QStringLiteral("rating"), rating(d.rating)},
                       {QStringLiteral("applicant"), applicant},
                       {QStringLiteral("status_events"), events},
                       {QStringLiteral("supplement_requests"), supplements},
                       {QStringLiteral("apology_letters"), apologies},
                       {QStringLiteral("notices"), notices},
                       {QStringLiteral("documents"), documents},
                       {QStringLiteral("feedback"), feedback}};
}

} // namespace

PersonRecords::PersonRecords(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool PersonRecords::gather(const User& actor, const QString& applicantId,
                           QList<PersonDossier>* dossiers, QString* error) const
{
    if (!Permissions::check(actor, Permission::ExportPersonalData, error))
        return false;
    const QString id = Validators::normalizeCitizenId(applicantId);
    QString problem;
    if (!Validators::checkCitizenId(id, &problem)) {
        if (error)
            *error = tr("ID number: %1.").arg(problem);
        return false;
    }
    DossierRepository repository(m_db, m_rules);
    QList<Dossier> found;
    if (!repository.findByApplicantId(id, &found, error))
        return false;
    const DossierPaperRepository papers(m_db);
    const FeedbackRepository feedback(m_db, m_rules);
    const ProcedureRepository procedures(m_db);
    dossiers->clear();
    for (const Dossier& d : std::as_const(found)) {
        PersonDossier p;
        p.dossier = d;
        Procedure procedure;
        bool known = false;
        if (!procedures.load(d.procedureCode, &procedure, &known, error))
            return false;
        if (known)
            p.procedureName = procedure.name;
        if (!repository.history(d.code, &p.events, error) ||
            !repository.supplementRequests(d.code, &p.supplements, error) ||
            !repository.apologyLetters(d.code, &p.apologies, error) ||
            !papers.notices(d.code, &p.notices, error) ||
            !papers.documents(d.code, &p.documents, error) ||
            !feedback.forDossier(d.code, &p.feedback, error))
            return false;
        dossiers->append(p);
    }
    return true;
}

bool PersonRecords::find(const User& actor, const QString& applicantId,
                         QList<PersonDossier>* dossiers, QString* error) const
{
    if (!gather(actor, applicantId, dossiers, error))
        return false;
    // DOMAIN §11: who looked at whose records. The log keeps the ID masked, as lists do.
    AuditEntry entry;
    entry.at = QDateTime::currentDateTime();
    entry.officer = actor.name();
    entry.action = QStringLiteral("view");
    entry.detail = tr("records of ID number %1: %n dossier(s)", nullptr, int(dossiers->size()))
                       .arg(Validators::maskCitizenId(applicantId));
    return AuditLog::record(m_db, entry, error);
}

bool PersonRecords::exportJson(const User& actor, const QString& applicantId, const QString& path,
                               int* dossierCount, QString* error) const
{
    QList<PersonDossier> dossiers;
    if (!gather(actor, applicantId, &dossiers, error))
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    const QByteArray json = QJsonDocument(toJson(Validators::normalizeCitizenId(applicantId),
                                                 dossiers, now, actor.name()))
                                .toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    AuditEntry entry;
    entry.at = now;
    entry.officer = actor.name();
    entry.action = QStringLiteral("export");
    entry.detail =
        tr("full personal data of ID number %1: %n dossier(s) to %2", nullptr, int(dossiers.size()))
            .arg(Validators::maskCitizenId(applicantId), path);
    if (!AuditLog::record(m_db, entry, error))
        return false;
    if (dossierCount)
        *dossierCount = int(dossiers.size());
    return true;
}

QJsonObject PersonRecords::toJson(const QString& applicantId, const QList<PersonDossier>& dossiers,
                                  const QDateTime& generatedAt, const QString& generatedBy)
{
    QJsonArray list;
    for (const PersonDossier& p : dossiers)
        list.append(dossierJson(p));
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("motcua-person-records")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("applicant_id"), applicantId},
                       {QStringLiteral("generated_at"), SqlTime::toSql(generatedAt)},
                       {QStringLiteral("generated_by"), generatedBy},
                       {QStringLiteral("dossiers"), list}};
}
