#include "Dossier.h"

#include "common/TextFold.h"

#include "common/Validators.h"

void Dossier::normalize()
{
    applicantName = TextFold::normalized(applicantName);
    applicantAddress = TextFold::normalized(applicantAddress);
    applicantOrganisation = TextFold::normalized(applicantOrganisation);
    applicantId = Validators::normalizeCitizenId(applicantId.trimmed());
    applicantEmail = applicantEmail.trimmed();
    applicantPhone = applicantPhone.trimmed();
    if (!applicantPhone.isEmpty())
        applicantPhone = Validators::normalizePhone(applicantPhone);
    procedureCode = procedureCode.trimmed();
    officer = TextFold::normalized(officer);
}

bool Dossier::validate(QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (procedureCode.trimmed().isEmpty())
        return fail(tr("Procedure: choose the procedure of the dossier."));
    QString problem;
    // Issue 18: no control characters, no text of only invisible characters, bounded lengths.
    const struct
    {
        const QString& text;
        qsizetype maxLength;
        QString label;
    } texts[] = {{applicantName, Validators::maxNameLength, tr("Applicant name")},
                 {applicantAddress, Validators::maxAddressLength, tr("Applicant address")},
                 {applicantOrganisation, Validators::maxNameLength, tr("Organisation")}};
    for (const auto& field : texts) {
        if (!Validators::checkText(field.text, field.maxLength, nullptr, &problem))
            return fail(tr("%1: %2.").arg(field.label, problem));
    }
    QString name;
    Validators::checkText(applicantName, Validators::maxNameLength, &name, nullptr);
    if (name.isEmpty())
        return fail(tr("Applicant name: required."));
    if (!applicantId.isEmpty() && !Validators::checkCitizenId(applicantId, &problem))
        return fail(tr("Applicant ID number: %1").arg(problem));
    // Issue 20: from the card's QR or typed; checked against the ID number's digits 4-6.
    if (applicantBirthDate.isValid() &&
        !Validators::checkBirthDate(applicantBirthDate, applicantId, receivedAt.date(), &problem))
        return fail(tr("Date of birth: %1.").arg(problem));
    if (!applicantSex.isEmpty() && !Validators::checkSex(applicantSex, applicantId, &problem))
        return fail(tr("Sex: %1.").arg(problem));
    if (!applicantPhone.isEmpty() && !Validators::checkPhone(applicantPhone, &problem))
        return fail(tr("Applicant phone: %1").arg(problem));
    if (!applicantEmail.isEmpty() && !Validators::checkEmail(applicantEmail, &problem))
        return fail(tr("Applicant e-mail: %1").arg(problem));
    if (!receivedAt.isValid())
        return fail(tr("Received at: a valid date and time is required."));
    if (dueAt.isValid() && dueAt < receivedAt)
        return fail(tr("Due at: the appointment cannot be before the receipt time."));
    if (fee < 0)
        return fail(tr("Fee: cannot be negative."));
    if (eCertifiedCopies < 0)
        return fail(tr("Electronic certified copies: cannot be negative."));
    if (finishedAt.isValid() && finishedAt < receivedAt)
        return fail(tr("Finished at: cannot be before the receipt time."));
    if (returnedAt.isValid() && finishedAt.isValid() && returnedAt < finishedAt)
        return fail(tr("Returned at: cannot be before the result was ready."));
    return true;
}

QString Dossier::searchKey() const
{
    // The name comes first so that a name prefix is an index range (DossierRepository::search).
    return TextFold::searchKey(applicantName + QLatin1Char(' ') + applicantId + QLatin1Char(' ') +
                               applicantPhone + QLatin1Char(' ') + code);
}
