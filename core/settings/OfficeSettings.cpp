#include "OfficeSettings.h"

#include <QRegularExpression>

bool WorkingWindows::isValid(QString* error) const
{
    const bool ordered = morningStart.isValid() && morningEnd.isValid() &&
                         afternoonStart.isValid() && afternoonEnd.isValid() &&
                         morningStart < morningEnd && morningEnd <= afternoonStart &&
                         afternoonStart < afternoonEnd;
    if (!ordered && error)
        *error = OfficeSettings::tr("Working hours: the morning must start before it ends, and "
                                    "end no later than the afternoon starts.");
    return ordered;
}

bool WorkingWindows::operator==(const WorkingWindows& other) const
{
    return morningStart == other.morningStart && morningEnd == other.morningEnd &&
           afternoonStart == other.afternoonStart && afternoonEnd == other.afternoonEnd;
}

bool OfficeSettings::isConfigured() const
{
    return !agencyName.trimmed().isEmpty() && isValidAgencyCode(agencyCode);
}

bool OfficeSettings::isValidAgencyCode(const QString& code)
{
    // QĐ 20/2020/QĐ-TTg: four dot-separated groups, e.g. 000.00.06.H56 or G22.41.07.H12.
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[0-9A-Z]{3}$"));
    return pattern.match(code).hasMatch();
}

bool OfficeSettings::validate(QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (agencyName.trimmed().isEmpty())
        return fail(tr("Agency name: this field is required."));
    if (parentAgency.trimmed().isEmpty())
        return fail(tr("Parent agency: this field is required."));
    if (!isValidAgencyCode(agencyCode))
        return fail(tr("Agency code: \"%1\" is not an electronic agency code; expected four "
                       "groups separated by dots, like 000.00.06.H56.")
                        .arg(agencyCode));
    if (placeName.trimmed().isEmpty())
        return fail(tr("Place name: this field is required (it is printed in the date line)."));
    if (!windows.isValid(error))
        return false;
    if (!formsSwitchDate.isValid())
        return fail(tr("Form switch date: this is not a valid date."));
    return true;
}
