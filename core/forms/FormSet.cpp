#include "forms/FormSet.h"

#include "settings/OfficeSettings.h"

namespace FormSets {

QString key(FormSet set)
{
    return set == FormSet::Tt01_2018 ? QStringLiteral("tt01-2018") : QStringLiteral("tt03-2025");
}

QString circular(FormSet set)
{
    return set == FormSet::Tt01_2018 ? QStringLiteral("Thông tư 01/2018/TT-VPCP")
                                     : QStringLiteral("Thông tư 03/2025/TT-VPCP");
}

FormSet forReceiptDate(const QDate& receivedOn, const OfficeSettings& settings)
{
    const QDate switchDate =
        settings.formsSwitchDate.isValid() ? settings.formsSwitchDate : QDate(2025, 9, 15);
    return receivedOn < switchDate ? FormSet::Tt01_2018 : FormSet::Tt03_2025;
}

} // namespace FormSets
