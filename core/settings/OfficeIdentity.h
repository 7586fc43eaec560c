#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

class OfficeSettings;

// Who signs one kind of form, and how its number is written (DOMAIN §9: the signer's title
// and name, and "Nơi nhận", come from the office's settings).
struct FormSignature
{
    QString symbol;      // after the number: "12/PYCBS"; empty: the number alone
    QString signerTitle; // "CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"; lines by "\n"
    QString signerName;
    QString recipients; // "Nơi nhận" after "Như trên", one line each
};

// The office's identity as printed on forms, valid from a date until the next version
// (DOMAIN §9: since 1/7/2025 there are no districts, so a commune's header changed that day
// and an old dossier reprints with its old header).
struct OfficeIdentity
{
    Q_DECLARE_TR_FUNCTIONS(OfficeIdentity)

public:
    QDate validFrom;
    QString agencyName;   // "UBND XÃ TÂN BÌNH"
    QString parentAgency; // "UBND HUYỆN VĨNH CỬU"; empty since 1/7/2025 for a commune
    // The one-stop unit: "Bộ phận tiếp nhận và trả kết quả" (NĐ 61/2018/NĐ-CP), "Trung tâm
    // Phục vụ hành chính công xã …" from 1/7/2025 (NĐ 118/2025/NĐ-CP).
    QString unitName;
    QString placeName;
    QString agencyCode;
    // By form key (FormKinds::key): "receipt", "supplement", "refusal", "apology", "stop".
    QHash<QString, FormSignature> forms;

    FormSignature form(const QString& key) const { return forms.value(key); }

    // The identity of the office settings themselves, valid from the beginning.
    static OfficeIdentity fromSettings(const OfficeSettings& settings);

    // Checks every field; the message names the field and the problem.
    bool validate(QString* error) const;
};
