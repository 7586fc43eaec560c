#include "Validators.h"
#include "TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Gives the messages of the Validators namespace their own translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Validators)
};

struct Province
{
    const char* code;
    const char* name;
};

// Birth-registration province codes of the citizen ID: Thông tư 07/2016/TT-BCA Điều 7 and
// its annex (kept by Thông tư 59/2021/TT-BCA). The 63 provinces before the 2025 mergers;
// numbers already issued keep these codes.
constexpr Province provinces[] = {
    {"001", "Hà Nội"},
    {"002", "Hà Giang"},
    {"004", "Cao Bằng"},
    {"006", "Bắc Kạn"},
    {"008", "Tuyên Quang"},
    {"010", "Lào Cai"},
    {"011", "Điện Biên"},
    {"012", "Lai Châu"},
    {"014", "Sơn La"},
    {"015", "Yên Bái"},
    {"017", "Hòa Bình"},
    {"019", "Thái Nguyên"},
    {"020", "Lạng Sơn"},
    {"022", "Quảng Ninh"},
    {"024", "Bắc Giang"},
    {"025", "Phú Thọ"},
    {"026", "Vĩnh Phúc"},
    {"027", "Bắc Ninh"},
    {"030", "Hải Dương"},
    {"031", "Hải Phòng"},
    {"033", "Hưng Yên"},
    {"034", "Thái Bình"},
    {"035", "Hà Nam"},
    {"036", "Nam Định"},
    {"037", "Ninh Bình"},
    {"038", "Thanh Hóa"},
    {"040", "Nghệ An"},
    {"042", "Hà Tĩnh"},
    {"044", "Quảng Bình"},
    {"045", "Quảng Trị"},
    {"046", "Thừa Thiên Huế"},
    {"048", "Đà Nẵng"},
    {"049", "Quảng Nam"},
    {"051", "Quảng Ngãi"},
    {"052", "Bình Định"},
    {"054", "Phú Yên"},
    {"056", "Khánh Hòa"},
    {"058", "Ninh Thuận"},
    {"060", "Bình Thuận"},
    {"062", "Kon Tum"},
    {"064", "Gia Lai"},
    {"066", "Đắk Lắk"},
    {"067", "Đắk Nông"},
    {"068", "Lâm Đồng"},
    {"070", "Bình Phước"},
    {"072", "Tây Ninh"},
    {"074", "Bình Dương"},
    {"075", "Đồng Nai"},
    {"077", "Bà Rịa - Vũng Tàu"},
    {"079", "Hồ Chí Minh"},
    {"080", "Long An"},
    {"082", "Tiền Giang"},
    {"083", "Bến Tre"},
    {"084", "Trà Vinh"},
    {"086", "Vĩnh Long"},
    {"087", "Đồng Tháp"},
    {"089", "An Giang"},
    {"091", "Kiên Giang"},
    {"092", "Cần Thơ"},
    {"093", "Hậu Giang"},
    {"094", "Sóc Trăng"},
    {"095", "Bạc Liêu"},
    {"096", "Cà Mau"},
};
static_assert(sizeof(provinces) / sizeof(provinces[0]) == 63, "63 provinces");

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

void setProblem(QString* problem, const QString& text)
{
    if (problem)
        *problem = text;
}

} // namespace

QString Validators::provinceOfCode(const QString& code)
{
    for (const Province& p : provinces) {
        if (code == QLatin1String(p.code))
            return QString::fromUtf8(p.name);
    }
    return QString();
}

QString Validators::normalizeCitizenId(const QString& id)
{
    QString digits = id;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    return digits.trimmed();
}

bool Validators::checkCitizenId(const QString& id, QString* problem, const QDate& today)
{
    const QString digits = normalizeCitizenId(id);
    if (digits.isEmpty()) {
        setProblem(problem, Text::tr("is empty"));
        return false;
    }
    if (!allDigits(digits)) {
        setProblem(problem, Text::tr("may contain only digits"));
        return false;
    }
    if (digits.size() != 12) {
        setProblem(problem, Text::tr("must have 12 digits, has %n", nullptr, int(digits.size())));
        return false;
    }
    const QString province = digits.left(3);
    if (provinceOfCode(province).isEmpty()) {
        setProblem(problem, Text::tr("starts with %1, which is not a province code").arg(province));
        return false;
    }
    const int birthYear = birthYearOfId(digits);
    const QDate reference = today.isValid() ? today : QDate::currentDate();
    if (birthYear > reference.year()) {
        setProblem(
            problem,
            Text::tr("digits 4-6 give the birth year %1, which is in the future").arg(birthYear));
        return false;
    }
    return true;
}

// Thông tư 07/2016/TT-BCA Điều 7 khoản 2 (kept by 59/2021/TT-BCA): 0/1 male/female born
// 1900-1999, 2/3 2000-2099, 4/5 2100-2199, 6/7 2200-2299, 8/9 2300-2399.
int Validators::birthYearOfId(const QString& id)
{
    const QString digits = normalizeCitizenId(id);
    if (digits.size() != 12 || !allDigits(digits))
        return 0;
    const int centuryDigit = digits.at(3).digitValue();
    return 1900 + (centuryDigit / 2) * 100 + digits.mid(4, 2).toInt();
}

QString Validators::sexOfId(const QString& id)
{
    const QString digits = normalizeCitizenId(id);
    if (digits.size() != 12 || !allDigits(digits))
        return QString();
    return digits.at(3).digitValue() % 2 == 0 ? QStringLiteral("Nam") : QStringLiteral("Nữ");
}

bool Validators::checkBirthDate(const QDate& birth, const QString& id, const QDate& latest,
                                QString* problem)
{
    if (!birth.isValid()) {
        setProblem(problem, Text::tr("is not a date"));
        return false;
    }
    if (birth.year() < 1900) {
        setProblem(problem, Text::tr("%1 is before 1900").arg(birth.toString(Qt::ISODate)));
        return false;
    }
    if (latest.isValid() && birth > latest) {
        setProblem(problem, Text::tr("%1 is after the day of receipt (%2)")
                                .arg(birth.toString(Qt::ISODate), latest.toString(Qt::ISODate)));
        return false;
    }
    const int year = birthYearOfId(id);
    if (year != 0 && year != birth.year()) {
        setProblem(problem, Text::tr("%1 is not in %2, the birth year digits 4-6 of the ID number "
                                     "give")
                                .arg(birth.toString(Qt::ISODate))
                                .arg(year));
        return false;
    }
    return true;
}

bool Validators::checkSex(const QString& sex, const QString& id, QString* problem)
{
    if (sex != QStringLiteral("Nam") && sex != QStringLiteral("Nữ")) {
        setProblem(problem, Text::tr("\"%1\" must be Nam or Nữ").arg(sex));
        return false;
    }
    const QString ofId = sexOfId(id);
    if (!ofId.isEmpty() && ofId != sex) {
        setProblem(problem, Text::tr("is %1, but digit 4 of the ID number says %2").arg(sex, ofId));
        return false;
    }
    return true;
}

QString Validators::maskCitizenId(const QString& id)
{
    const QString digits = normalizeCitizenId(id);
    if (digits.size() <= 6)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(4) + QString(digits.size() - 6, QLatin1Char('*')) + digits.right(2);
}

QString Validators::normalizePhone(const QString& phone)
{
    QString text = phone.trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-()]"));
    text.remove(separators);
    const bool international = text.startsWith(QLatin1Char('+'));
    const QString digits = international ? text.mid(1) : text;
    if (digits.isEmpty() || !allDigits(digits))
        return phone.trimmed();
    // +84 912 345 678 or 84912345678: the country code replaces the leading 0. A local number
    // always starts with 0, so 84 at the start of 11 or 12 digits can only be the country code.
    if (digits.startsWith(QLatin1String("84")) &&
        (international || digits.size() == 11 || digits.size() == 12))
        return QLatin1Char('0') + digits.mid(2);
    return international ? text : digits;
}

bool Validators::checkPhone(const QString& phone, QString* problem)
{
    const QString digits = normalizePhone(phone);
    if (digits.isEmpty()) {
        setProblem(problem, Text::tr("is empty"));
        return false;
    }
    if (digits.startsWith(QLatin1Char('+'))) {
        setProblem(problem, Text::tr("is not a Vietnamese number (+84)"));
        return false;
    }
    if (!allDigits(digits)) {
        setProblem(problem, Text::tr("may contain only digits, spaces and dots"));
        return false;
    }
    if (!digits.startsWith(QLatin1Char('0'))) {
        setProblem(problem, Text::tr("must start with 0 (or +84)"));
        return false;
    }
    const QChar second = digits.size() > 1 ? digits.at(1) : QChar();
    if (second == QLatin1Char('2')) {
        // Landlines since 2017: area code 02x or 02xx, 11 digits in all.
        if (digits.size() != 10 && digits.size() != 11) {
            setProblem(problem, Text::tr("a landline number must have 10 or 11 digits, has %n",
                                         nullptr, int(digits.size())));
            return false;
        }
        return true;
    }
    if (second == QLatin1Char('1')) {
        // Mobile numbers 01x with 11 digits were renumbered in 2018 (QĐ 798/QĐ-BTTTT).
        setProblem(problem, Text::tr("starts with 01, an old mobile prefix renumbered in 2018"));
        return false;
    }
    const QString mobilePrefixes = QStringLiteral("35789");
    if (second.isNull() || !mobilePrefixes.contains(second)) {
        setProblem(problem,
                   Text::tr("must start with 03, 05, 07, 08 or 09 (mobile) or 02 (landline)"));
        return false;
    }
    if (digits.size() != 10) {
        setProblem(problem, Text::tr("a mobile number must have 10 digits, has %n", nullptr,
                                     int(digits.size())));
        return false;
    }
    return true;
}

bool Validators::checkEmail(const QString& email, QString* problem)
{
    const QString text = email.trimmed();
    if (text.isEmpty()) {
        setProblem(problem, Text::tr("is empty"));
        return false;
    }
    if (text.contains(QRegularExpression(QStringLiteral("\\s")))) {
        setProblem(problem, Text::tr("must not contain spaces"));
        return false;
    }
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || text.count(QLatin1Char('@')) != 1) {
        setProblem(problem, Text::tr("must contain exactly one @"));
        return false;
    }
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    // RFC 5321 section 4.5.3.1: local part up to 64 octets, the whole path up to 254.
    if (local.isEmpty() || local.size() > 64 || text.size() > 254) {
        setProblem(problem, Text::tr("has no name before the @, or is too long"));
        return false;
    }
    static const QRegularExpression localPattern(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (!localPattern.match(local).hasMatch()) {
        setProblem(problem, Text::tr("has characters not allowed before the @"));
        return false;
    }
    static const QRegularExpression domainPattern(
        QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    if (!domainPattern.match(domain).hasMatch()) {
        setProblem(problem, Text::tr("has no valid domain after the @ (such as gmail.com)"));
        return false;
    }
    return true;
}

bool Validators::checkText(const QString& text, qsizetype maxLength, QString* cleaned,
                           QString* problem, bool multiLine)
{
    bool visible = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool allowedBreak = multiLine && (c == u'\n' || c == u'\t' || c == u'\r');
        if ((c < 0x20 || (c >= 0x7F && c < 0xA0)) && !allowedBreak) {
            setProblem(problem, Text::tr("contains a control character (U+%1) at position %2; "
                                         "remove it")
                                    .arg(uint(c), 4, 16, QLatin1Char('0'))
                                    .arg(i + 1));
            return false;
        }
        // Zero-width space, non-joiner, joiner, word joiner, byte-order mark: invisible.
        const bool invisible =
            c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
        if (!invisible && !QChar::isSpace(c))
            visible = true;
    }
    QString result;
    if (visible) {
        result = multiLine ? text.normalized(QString::NormalizationForm_C).trimmed()
                           : TextFold::normalized(text);
    }
    if (result.size() > maxLength) {
        setProblem(problem, Text::tr("is %1 characters long; at most %2 are allowed")
                                .arg(result.size())
                                .arg(maxLength));
        return false;
    }
    if (cleaned)
        *cleaned = result;
    return true;
}
