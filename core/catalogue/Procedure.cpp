#include "Procedure.h"

#include <QLocale>
#include <QRegularExpression>

const QString Procedure::WorkingDays = QStringLiteral("working-days");
const QString Procedure::Days = QStringLiteral("days");
const QString Procedure::WorkingHours = QStringLiteral("working-hours");
const QString Procedure::SameDay = QStringLiteral("same-day");
const QString Procedure::OnlineNone = QStringLiteral("none");
const QString Procedure::OnlinePartial = QStringLiteral("partial");
const QString Procedure::OnlineFull = QStringLiteral("full");

bool RequiredDocument::operator==(const RequiredDocument& other) const
{
    return name == other.name && originals == other.originals && copies == other.copies;
}

QStringList Procedure::units()
{
    return {WorkingDays, Days, WorkingHours, SameDay};
}

QStringList Procedure::onlineLevels()
{
    return {OnlineNone, OnlinePartial, OnlineFull};
}

QString Procedure::unitLabel(const QString& unit)
{
    if (unit == WorkingDays)
        return tr("working days");
    if (unit == Days)
        return tr("days");
    if (unit == WorkingHours)
        return tr("working hours");
    if (unit == SameDay)
        return tr("same day");
    return unit;
}

QString Procedure::onlineLevelLabel(const QString& level)
{
    if (level == OnlineNone)
        return tr("not online");
    if (level == OnlinePartial)
        return tr("partly online");
    if (level == OnlineFull)
        return tr("fully online");
    return level;
}

DurationUnit Procedure::durationUnit() const
{
    DurationUnit result = DurationUnit::WorkingDays;
    DurationUnits::fromKey(unit, &result); // validate() guarantees a known key
    return result;
}

QString Procedure::timeLimitText() const
{
    if (unit == SameDay)
        return tr("same day");
    if (halves % 2 != 0) {
        // "2,5 ngày làm việc": the number in the interface language's spelling.
        const QString number = QLocale().toString(halves / 2.0, 'f', 1);
        if (unit == WorkingDays)
            return tr("%1 working days").arg(number);
        if (unit == Days)
            return tr("%1 days").arg(number);
        if (unit == WorkingHours)
            return tr("%1 working hours").arg(number);
    }
    const int duration = halves / 2;
    if (unit == WorkingDays)
        return tr("%n working day(s)", nullptr, duration);
    if (unit == Days)
        return tr("%n day(s)", nullptr, duration);
    if (unit == WorkingHours)
        return tr("%n working hour(s)", nullptr, duration);
    return DurationUnits::halvesText(halves) + QLatin1Char(' ') + unit;
}

qint64 Procedure::feeFor(int channel) const
{
    switch (channel) {
    case 2:
        return feeOnline;
    case 3:
        return feePostal;
    default:
        return fee;
    }
}

bool Procedure::isValidCode(const QString& code)
{
    // National codes look like 1.001193; provincial systems may append the agency part
    // ("1.012812.H19"). Letters, digits and dots only, so codes stay safe in file names.
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]+\\.[0-9]{6}(\\.[0-9A-Za-z.]+)?$"));
    return code.size() <= 40 && pattern.match(code).hasMatch();
}

bool Procedure::validate(QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isValidCode(code))
        return fail(tr("Procedure code \"%1\" is not a national procedure code such as 1.001193.")
                        .arg(code));
    if (name.trimmed().isEmpty())
        return fail(tr("Procedure %1: the name is empty.").arg(code));
    if (field.trimmed().isEmpty())
        return fail(tr("Procedure %1: the field (lĩnh vực) is empty.").arg(code));
    if (!units().contains(unit))
        return fail(tr("Procedure %1: the time-limit unit \"%2\" is not one of %3.")
                        .arg(code, unit, units().join(QStringLiteral(", "))));
    if (unit == SameDay ? (halves != 0 && halves != 2) : (halves < 1 || halves > 999 * 2))
        return fail(unit == SameDay
                        ? tr("Procedure %1: a same-day time limit has duration 0 (or 1).").arg(code)
                        : tr("Procedure %1: the time limit must be between 0.5 and 999, is %2.")
                              .arg(code, DurationUnits::halvesText(halves)));
    if (fee < 0 || feeOnline < 0 || feePostal < 0)
        return fail(tr("Procedure %1: the fee cannot be negative.").arg(code));
    if (verified.size() > 300)
        return fail(
            tr("Procedure %1: the verification note has more than 300 characters.").arg(code));
    if (!onlineLevels().contains(onlineLevel))
        return fail(tr("Procedure %1: the online level \"%2\" is not one of %3.")
                        .arg(code, onlineLevel, onlineLevels().join(QStringLiteral(", "))));
    for (int i = 0; i < documents.size(); ++i) {
        const RequiredDocument& d = documents.at(i);
        if (d.name.trimmed().isEmpty())
            return fail(tr("Procedure %1: document %2 has no name.").arg(code).arg(i + 1));
        if (d.originals < 0 || d.copies < 0)
            return fail(tr("Procedure %1: document \"%2\" has a negative number of originals "
                           "or copies.")
                            .arg(code, d.name));
    }
    return true;
}

bool Procedure::operator==(const Procedure& other) const
{
    return code == other.code && name == other.name && field == other.field &&
           halves == other.halves && unit == other.unit && resultDocument == other.resultDocument &&
           fee == other.fee && feeOnline == other.feeOnline && feePostal == other.feePostal &&
           effectiveFrom == other.effectiveFrom && verified == other.verified &&
           onlineLevel == other.onlineLevel && onlinePayment == other.onlinePayment &&
           sampleDossier == other.sampleDossier && active == other.active &&
           source == other.source && documents == other.documents;
}
