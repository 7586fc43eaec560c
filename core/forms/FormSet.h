#pragma once

#include <QDate>
#include <QString>

class OfficeSettings;

// The two official sets of forms (DOMAIN §2).
enum class FormSet {
    Tt01_2018, // Thông tư 01/2018/TT-VPCP, Mẫu 01–06
    Tt03_2025  // Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 01–07
};

namespace FormSets {
// The folder name: "tt01-2018" or "tt03-2025".
QString key(FormSet set);
// The circular's number as printed, e.g. "Thông tư 03/2025/TT-VPCP" (not translated: legal name).
QString circular(FormSet set);
// DOMAIN §2: the TT 01/2018 set before the office's switch date (default 15/9/2025), the
// TT 03/2025 set from that date on.
FormSet forReceiptDate(const QDate& receivedOn, const OfficeSettings& settings);
} // namespace FormSets
