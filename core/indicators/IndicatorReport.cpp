#include "IndicatorReport.h"

const QStringList& Indicators::keys()
{
    static const QStringList all = {
        QStringLiteral("on_time_rate"),          QStringLiteral("satisfaction_rate"),
        QStringLiteral("digitized_rate"),        QStringLiteral("e_result_rate"),
        QStringLiteral("online_rate"),           QStringLiteral("online_payment_rate"),
        QStringLiteral("feedback_on_time_rate"), QStringLiteral("feedback_satisfaction_rate"),
        QStringLiteral("apology_rate"),          QStringLiteral("sample_dossier_rate"),
        QStringLiteral("online_service_rate"),   QStringLiteral("online_payment_procedures_rate"),
        QStringLiteral("e_certified_copies"),    QStringLiteral("identity_checked_rate"),
        QStringLiteral("data_reuse_rate"),       QStringLiteral("avg_processing_working_days"),
        QStringLiteral("e_result_file_rate"),
    };
    return all;
}

bool Indicators::isKey(const QString& key)
{
    return keys().contains(key);
}

QString Indicators::label(const QString& key)
{
    if (key == QLatin1String("on_time_rate"))
        return tr("Dossiers resolved on time");
    if (key == QLatin1String("satisfaction_rate"))
        return tr("Citizen satisfaction");
    if (key == QLatin1String("digitized_rate"))
        return tr("Dossiers digitized at receipt");
    if (key == QLatin1String("e_result_rate"))
        return tr("Results also issued electronically");
    if (key == QLatin1String("online_rate"))
        return tr("Dossiers submitted online");
    if (key == QLatin1String("online_payment_rate"))
        return tr("Fees paid online");
    if (key == QLatin1String("feedback_on_time_rate"))
        return tr("Feedback handled on time");
    if (key == QLatin1String("feedback_satisfaction_rate"))
        return tr("Satisfaction with feedback handling");
    if (key == QLatin1String("apology_rate"))
        return tr("Late dossiers with an apology");
    if (key == QLatin1String("sample_dossier_rate"))
        return tr("Procedures with a sample dossier");
    if (key == QLatin1String("online_service_rate"))
        return tr("Procedures offered online");
    if (key == QLatin1String("online_payment_procedures_rate"))
        return tr("Fee-charging procedures with online payment");
    if (key == QLatin1String("e_certified_copies"))
        return tr("Electronic certified copies");
    if (key == QLatin1String("identity_checked_rate"))
        return tr("Applicants identified through the population database");
    if (key == QLatin1String("data_reuse_rate"))
        return tr("Dossiers reusing stored digitized data");
    if (key == QLatin1String("avg_processing_working_days"))
        return tr("Average processing time (working days)");
    if (key == QLatin1String("e_result_file_rate"))
        return tr("Electronic results with the result file recorded");
    return key;
}

QString IndicatorGroupings::key(IndicatorGrouping grouping)
{
    switch (grouping) {
    case IndicatorGrouping::Field:
        return QStringLiteral("field");
    case IndicatorGrouping::Procedure:
        return QStringLiteral("procedure");
    case IndicatorGrouping::Officer:
        return QStringLiteral("officer");
    case IndicatorGrouping::Channel:
        return QStringLiteral("channel");
    case IndicatorGrouping::None:
        break;
    }
    return QString();
}

bool IndicatorGroupings::fromKey(const QString& text, IndicatorGrouping* grouping)
{
    for (const IndicatorGrouping g :
         {IndicatorGrouping::None, IndicatorGrouping::Field, IndicatorGrouping::Procedure,
          IndicatorGrouping::Officer, IndicatorGrouping::Channel}) {
        if (key(g) == text) {
            *grouping = g;
            return true;
        }
    }
    return false;
}

const IndicatorValue* IndicatorReport::find(const QString& key) const
{
    for (const IndicatorValue& value : indicators) {
        if (value.key == key)
            return &value;
    }
    return nullptr;
}

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

QDateTime ReportPeriod::end() const
{
    return QDateTime(to, QTime(23, 59, 59));
}

QDateTime ReportPeriod::defaultAsOf(const QDateTime& now) const
{
    return now < end() ? now : end();
}
