#include "OfficeIdentity.h"

#include "OfficeSettings.h"

OfficeIdentity OfficeIdentity::fromSettings(const OfficeSettings& settings)
{
    OfficeIdentity identity;
    identity.agencyName = settings.agencyName;
    identity.parentAgency = settings.parentAgency;
    identity.unitName = settings.unitName;
    identity.placeName = settings.placeName;
    identity.agencyCode = settings.agencyCode;
    return identity;
}

bool OfficeIdentity::validate(QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!validFrom.isValid())
        return fail(tr("Valid from: a date is required."));
    if (agencyName.trimmed().isEmpty())
        return fail(tr("Agency name: this field is required."));
    if (placeName.trimmed().isEmpty())
        return fail(tr("Place name: this field is required (it is printed in the date line)."));
    if (!OfficeSettings::isValidAgencyCode(agencyCode))
        return fail(tr("Agency code: \"%1\" is not an electronic agency code; expected four "
                       "groups separated by dots, like 000.00.06.H56.")
                        .arg(agencyCode));
    return true;
}
