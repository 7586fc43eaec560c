#pragma once

#include <QString>

namespace TextFold {
// Unicode NFC, trimmed, inner runs of white space collapsed: how names and addresses are stored.
QString normalized(const QString& text);
// Lower case without Vietnamese diacritics ("Nguyễn Văn Đức" -> "nguyen van duc"), white space
// collapsed: the key that diacritic- and case-insensitive search compares.
QString searchKey(const QString& text);
} // namespace TextFold
