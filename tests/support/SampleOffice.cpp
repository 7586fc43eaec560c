#include "SampleOffice.h"

#include "catalogue/ProcedureRepository.h"
#include "settings/OfficeSettingsStore.h"

bool useSampleOffice(const Database& db, QString* error)
{
    OfficeSettings office;
    office.agencyName = QStringLiteral("UBND XÃ TÂN BÌNH");
    office.parentAgency = QStringLiteral("UBND HUYỆN VĨNH CỬU");
    office.agencyCode = QStringLiteral("000.00.06.H56");
    office.placeName = QStringLiteral("Tân Bình");
    return OfficeSettingsStore(db).save(office, error) &&
           ProcedureRepository(db).seedIfEmpty(error);
}
