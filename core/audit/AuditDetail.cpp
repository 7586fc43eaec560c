#include "AuditDetail.h"

#include "calendar/CalendarEntry.h"
#include "dossiers/DossierStatus.h"
#include "indicators/IndicatorReport.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

namespace {
QString statusName(const QString& code)
{
    bool ok = false;
    DossierStatus status;
    if (DossierStatuses::fromCode(code.trimmed().toInt(&ok), &status) && ok)
        return DossierStatuses::label(status);
    return code.trimmed();
}

QString dayText(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QString settingName(const QString& key)
{
    static const struct
    {
        const char* key;
        const char* name;
    } names[] = {
        {"office.agency_name", QT_TRANSLATE_NOOP("AuditDetail", "agency name")},
        {"office.parent_agency", QT_TRANSLATE_NOOP("AuditDetail", "parent agency")},
        {"office.agency_code", QT_TRANSLATE_NOOP("AuditDetail", "electronic agency code")},
        {"office.place_name", QT_TRANSLATE_NOOP("AuditDetail", "place name")},
        {"hours.morning_start", QT_TRANSLATE_NOOP("AuditDetail", "morning opens")},
        {"hours.morning_end", QT_TRANSLATE_NOOP("AuditDetail", "morning closes")},
        {"hours.afternoon_start", QT_TRANSLATE_NOOP("AuditDetail", "afternoon opens")},
        {"hours.afternoon_end", QT_TRANSLATE_NOOP("AuditDetail", "afternoon closes")},
        {"rules.supplement_policy", QT_TRANSLATE_NOOP("AuditDetail", "supplement policy")},
        {"forms.switch_date", QT_TRANSLATE_NOOP("AuditDetail", "form set switch date")},
    };
    for (const auto& n : names) {
        if (key == QLatin1String(n.key))
            return AuditDetail::tr(n.name);
    }
    return key;
}
} // namespace

QString AuditDetail::formName(const QString& key)
{
    if (key == QLatin1String("receipt"))
        return tr("receipt (Mẫu 01)");
    if (key == QLatin1String("supplement"))
        return tr("supplement request (Mẫu 02)");
    if (key == QLatin1String("refusal"))
        return tr("refusal (Mẫu 03)");
    if (key == QLatin1String("apology"))
        return tr("apology letter (Mẫu 04)");
    if (key == QLatin1String("stop"))
        return tr("stop notice (Mẫu 05)");
    if (key == QLatin1String("control-sheet"))
        return tr("control sheet (Mẫu 06)");
    if (key == QLatin1String("ledger"))
        return tr("ledger");
    return key;
}

QString AuditDetail::describe(const QString& action, const QString& detail)
{
    if (action == QLatin1String("status")) {
        const QStringList codes = detail.split(QStringLiteral("->"));
        if (codes.size() == 2)
            return tr("%1 → %2").arg(statusName(codes[0]), statusName(codes[1]));
        return detail;
    }
    if (action == QLatin1String("print") || action == QLatin1String("notice")) {
        const QString name = formName(detail);
        return name;
    }
    if (action == QLatin1String("documents")) {
        bool ok = false;
        const int n = detail.toInt(&ok);
        return ok ? tr("%n document(s) handed in", nullptr, n) : detail;
    }
    if (action == QLatin1String("catalogue")) {
        const QString verb = detail.section(QLatin1Char(' '), 0, 0);
        const QString rest = detail.section(QLatin1Char(' '), 1);
        if (verb == QLatin1String("add"))
            return tr("procedure %1 added").arg(rest);
        if (verb == QLatin1String("modify"))
            return tr("procedure %1 changed").arg(rest);
        if (verb == QLatin1String("deactivate"))
            return tr("procedure %1 withdrawn from reception").arg(rest);
        if (verb == QLatin1String("import"))
            return tr("catalogue imported: %1 added, %2 updated")
                .arg(rest.section(QLatin1Char(' '), 0, 0), rest.section(QLatin1Char(' '), 1, 1));
        if (verb == QLatin1String("documents"))
            return tr("required documents of %1 procedure(s) replaced").arg(rest);
        return detail;
    }
    if (action == QLatin1String("calendar")) {
        const QString verb = detail.section(QLatin1Char(' '), 0, 0);
        if (verb == QLatin1String("confirm"))
            return tr("calendar of %1 confirmed (%2)")
                .arg(detail.section(QLatin1Char(' '), 1, 1), detail.section(QLatin1Char(' '), 2));
        DayKind kind = DayKind::Holiday;
        const QString day = dayText(detail.section(QLatin1Char(' '), 1, 1));
        const QString kindText = DayKinds::fromKey(detail.section(QLatin1Char(' '), 2, 2), &kind)
                                     ? DayKinds::label(kind)
                                     : detail.section(QLatin1Char(' '), 2, 2);
        const QString name = detail.section(QLatin1Char(' '), 3);
        if (verb == QLatin1String("add"))
            return tr("day %1 added (%2): %3").arg(day, kindText, name);
        if (verb == QLatin1String("update"))
            return tr("day %1 changed (%2): %3").arg(day, kindText, name);
        if (verb == QLatin1String("remove"))
            return tr("day %1 removed (%2): %3").arg(day, kindText, name);
        return detail;
    }
    if (action == QLatin1String("office-settings")) {
        QStringList lines;
        for (const QString& line : detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString key = line.section(QStringLiteral(": "), 0, 0);
            const QString change = line.section(QStringLiteral(": "), 1);
            const QString before = change.section(QStringLiteral(" -> "), 0, 0);
            const QString after = change.section(QStringLiteral(" -> "), 1);
            // The first setting up has no value before.
            lines << (before.isEmpty() ? tr("%1: %2").arg(settingName(key), after)
                                       : tr("%1: %2 → %3").arg(settingName(key), before, after));
        }
        return lines.join(QStringLiteral("; "));
    }
    if (action == QLatin1String("target")) {
        // "YEAR KEY = VALUE" or "YEAR KEY removed" (TargetRepository).
        const QString year = detail.section(QLatin1Char(' '), 0, 0);
        const QString key = detail.section(QLatin1Char(' '), 1, 1);
        if (!Indicators::isKey(key))
            return detail;
        if (detail.endsWith(QLatin1String(" removed")))
            return tr("target for %1 in %2 removed").arg(Indicators::label(key), year);
        const QString value = detail.section(QStringLiteral(" = "), 1);
        bool ok = false;
        const double share = value.toDouble(&ok);
        return tr("target for %1 in %2: %3")
            .arg(Indicators::label(key), year,
                 ok ? QStringLiteral("%1%").arg(share * 100, 0, 'f', 1)
                    : tr("an increase over the year before"));
    }
    if (action == QLatin1String("database-settings")) {
        return tr("database for this computer: %1 → %2")
            .arg(detail.section(QStringLiteral(" -> "), 0, 0),
                 detail.section(QStringLiteral(" -> "), 1));
    }
    if (action == QLatin1String("report-export")) {
        // "FORMAT FROM TO FILE"
        return tr("report %1 from %2 to %3 written to %4")
            .arg(detail.section(QLatin1Char(' '), 0, 0),
                 dayText(detail.section(QLatin1Char(' '), 1, 1)),
                 dayText(detail.section(QLatin1Char(' '), 2, 2)),
                 detail.section(QLatin1Char(' '), 3));
    }
    return detail;
}
