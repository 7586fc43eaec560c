#include "CitizenIdQr.h"

#include "common/TextFold.h"
#include "common/Validators.h"

#include <QRegularExpression>

namespace {

const QLatin1Char separator('|');

QDate cardDate(const QString& text)
{
    return QDate::fromString(text.trimmed(), QStringLiteral("ddMMyyyy"));
}

} // namespace

bool CitizenIdQr::parse(const QString& text, CitizenIdQr* card, QString* error)
{
    const QStringList fields = text.trimmed().split(separator);
    if (fields.size() < 7) {
        if (error)
            *error =
                tr("The scanned code has %1 fields; a CCCD's QR code has 7.").arg(fields.size());
        return false;
    }
    CitizenIdQr c;
    c.citizenId = Validators::normalizeCitizenId(fields.at(0));
    c.oldId = fields.at(1).trimmed();
    c.name = TextFold::normalized(fields.at(2));
    c.birthDate = cardDate(fields.at(3));
    c.sex = TextFold::normalized(fields.at(4));
    c.address = TextFold::normalized(fields.at(5));
    c.issuedOn = cardDate(fields.at(6));
    QString problem;
    if (!Validators::checkCitizenId(c.citizenId, &problem)) {
        if (error)
            *error = tr("The scanned ID number: %1").arg(problem);
        return false;
    }
    if (c.name.isEmpty()) {
        if (error)
            *error = tr("The scanned code has no name.");
        return false;
    }
    if (!fields.at(3).trimmed().isEmpty() && !c.birthDate.isValid()) {
        if (error)
            *error = tr("The scanned date of birth \"%1\" is not a date (ddMMyyyy).")
                         .arg(fields.at(3).trimmed());
        return false;
    }
    *card = c;
    return true;
}

bool CitizenIdQr::isScanStart(const QString& text)
{
    static const QRegularExpression start(QStringLiteral("^(\\d{12}|\\d{9})\\|$"));
    return start.match(text).hasMatch();
}

QString CitizenIdQr::findLine(const QString& text)
{
    // 12 digits, the old number or nothing, then five more fields, on one line.
    static const QRegularExpression line(
        QStringLiteral("\\d{12}\\|\\d{0,12}\\|[^|\\r\\n]+\\|\\d{8}\\|[^|\\r\\n]*\\|[^|\\r\\n]*\\|"
                       "\\d{8}"));
    const QRegularExpressionMatch match = line.match(text);
    return match.hasMatch() ? match.captured(0) : QString();
}
