#pragma once

#include <QDate>
#include <QString>

// Checks of the basic personal data typed at the counter (DOMAIN.md section 11). Each check
// returns false with problem saying what is wrong ("must have 12 digits, has 11"); callers
// put the field's name in front. problem may be nullptr.
namespace Validators {

// Citizen ID (căn cước / CCCD, Thông tư 59/2021/TT-BCA Điều 7, before it 07/2016/TT-BCA):
// 12 digits; 1-3 the province where the birth was registered; 4 century and sex; 5-6 the
// last two digits of the birth year; 7-12 random, no check digit. Spaces are ignored.
// today decides which birth years lie in the future (default: the system date).
bool checkCitizenId(const QString& id, QString* problem, const QDate& today = QDate());
// The digits of an ID as typed, without spaces or dots.
QString normalizeCitizenId(const QString& id);
// "087095000099" -> "0870******99": how lists and exports show an ID they do not need.
QString maskCitizenId(const QString& id);
// The name of the province a birth-registration code (e.g. "075") stands for, or empty.
QString provinceOfCode(const QString& code);
// What digits 4-6 of a 12-digit ID say of its holder: the birth year (0 when id is not 12
// digits) and the sex, "Nam" or "Nữ" as the card spells it (empty when id is not 12 digits).
int birthYearOfId(const QString& id);
QString sexOfId(const QString& id);
// A date of birth: not before 1900, not after latest (the day of receipt), and in the year
// digits 4-6 of id give when id is a 12-digit number.
bool checkBirthDate(const QDate& birth, const QString& id, const QDate& latest, QString* problem);
// The sex as the card spells it, "Nam" or "Nữ", and the one digit 4 of id gives when id is a
// 12-digit number.
bool checkSex(const QString& sex, const QString& id, QString* problem);

// Vietnamese phone numbers as typed ("0912 345 678", "0912.345.678", "+84 912 345 678").
// Mobile: 10 digits starting 03, 05, 07, 08 or 09. Landline: starting 02 (02x area code,
// 10 or 11 digits in all). Spaces, dots, dashes and brackets are ignored.
bool checkPhone(const QString& phone, QString* problem);
// Digits only, with +84/84 turned into the leading 0: "+84 912.345.678" -> "0912345678".
// Returns the input trimmed when it holds other characters.
QString normalizePhone(const QString& phone);

// A plausible e-mail address: local@domain.tld, no spaces, within RFC 5321 lengths.
bool checkEmail(const QString& email, QString* problem);

// Free text typed or imported (names, addresses, content): refused when it holds a control
// character (NUL, a line break in a one-line field, …) or is longer than maxLength after
// trimming; text made only of spaces and zero-width characters counts as empty. cleaned:
// the text in Unicode NFC, trimmed, white space collapsed (multiLine keeps line breaks and
// tabs inside the text and only trims its ends).
bool checkText(const QString& text, qsizetype maxLength, QString* cleaned, QString* problem,
               bool multiLine = false);

// Lengths the register accepts (issue 18: a 100,000-character name printed 256 pages).
constexpr qsizetype maxNameLength = 200;
constexpr qsizetype maxAddressLength = 500;
constexpr qsizetype maxContentLength = 10000;

} // namespace Validators
