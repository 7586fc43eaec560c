#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The printed forms of the one-stop counter (DOMAIN §9). Numbering of Thông tư 03/2025/TT-VPCP,
// Phụ lục I; Thông tư 01/2018/TT-VPCP had the same forms without today's 05 (its 05 and 06 are
// the control sheet and the ledger).
enum class FormKind {
    Receipt,      // 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả
    Supplement,   // 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    Refusal,      // 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ
    Apology,      // 04 Phiếu xin lỗi / Văn bản xin lỗi và đề nghị gia hạn
    Stop,         // 05 Thông báo dừng giải quyết hồ sơ (TT 03/2025 only)
    ControlSheet, // 06 Phiếu kiểm soát quá trình giải quyết hồ sơ
    Ledger        // 07 Sổ theo dõi hồ sơ
};

namespace FormKinds {
// The stable key: the CLI word of `motcua-cli print <key>` and the template file name.
QString key(FormKind kind);
std::optional<FormKind> fromKey(const QString& key);
QList<FormKind> all();
} // namespace FormKinds

// Plain data for one form, already formatted as it is to be printed. The printing layer knows
// nothing of dossiers: whoever prints fills this from its own records. Field and table names are
// listed in resources/forms/README.md.
struct FormData
{
    // Named single values, e.g. "dossier_code", "applicant_name",
    // "received_at" = "08 giờ 15 phút, ngày 05/3/2024".
    QHash<QString, QString> fields;
    // Named repeating rows, e.g. "documents" (name, originals, copies), "events", "lines".
    QHash<QString, QList<QStringList>> tables;

    QString field(const QString& name) const { return fields.value(name); }
    void set(const QString& name, const QString& value) { fields.insert(name, value); }
    void addRow(const QString& table, const QStringList& row) { tables[table].append(row); }
};
