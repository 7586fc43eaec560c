#include "CalendarYearModel.h"

#include "calendar/LunarCalendar.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

CalendarYearModel::CalendarYearModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_year(QDate::currentDate().year())
{}

void CalendarYearModel::setCalendar(const WorkCalendar& calendar)
{
    m_calendar = calendar;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CalendarYearModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QModelIndex CalendarYearModel::indexOf(const QDate& date) const
{
    if (!date.isValid() || date.year() != m_year)
        return QModelIndex();
    return index(date.month() - 1, date.day() - 1);
}

QDate CalendarYearModel::dateAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return QDate();
    return QDate(m_year, index.row() + 1, index.column() + 1); // invalid for 30 February
}

int CalendarYearModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 12;
}

int CalendarYearModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 31;
}

QVariant CalendarYearModel::data(const QModelIndex& index, int role) const
{
    const QDate date = dateAt(index);
    if (!date.isValid() || !WorkCalendar::contains(date))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        const LunarDate lunar = LunarCalendar::toLunar(date);
        // The lunar month is shown on its first day, as wall calendars do.
        const QString lunarText = lunar.day == 1 || date.day() == 1
                                      ? QStringLiteral("%1/%2%3")
                                            .arg(lunar.day)
                                            .arg(lunar.month)
                                            .arg(lunar.leap ? tr("L") : QString())
                                      : QString::number(lunar.day);
        return QStringLiteral("%1\n%2").arg(date.day()).arg(lunarText);
    }
    case Qt::ToolTipRole: {
        const CalendarDay day = m_calendar.day(date);
        const LunarDate lunar = LunarCalendar::toLunar(date);
        QString text = QLocale().toString(date, QLocale::LongFormat) + QLatin1Char('\n') +
                       tr("Lunar date: %1/%2%3/%4")
                           .arg(lunar.day)
                           .arg(lunar.month)
                           .arg(lunar.leap ? tr(" (leap)") : QString())
                           .arg(lunar.year) +
                       QLatin1Char('\n') + DayKinds::label(day.kind);
        if (!day.name.isEmpty())
            text += QStringLiteral(": ") + day.name;
        if (!day.noticeNumber.isEmpty())
            text += QLatin1Char('\n') + tr("Notice: %1").arg(day.noticeNumber);
        if (!day.note.isEmpty())
            text += QLatin1Char('\n') + day.note;
        if (!day.basis.isEmpty())
            text += QLatin1Char('\n') + tr("Legal basis: %1").arg(day.basis);
        if (day.checkedOn.isValid())
            text += QLatin1Char('\n') +
                    tr("Checked on %1").arg(day.checkedOn.toString(QStringLiteral("dd/MM/yyyy")));
        if (day.provisional)
            text += QLatin1Char('\n') + tr("Provisional: generated from the statutory rules.");
        return text;
    }
    case Qt::AccessibleTextRole: {
        const CalendarDay day = m_calendar.day(date);
        return QString(QLocale().toString(date, QLocale::LongFormat) + QStringLiteral(", ") +
                       DayKinds::label(day.kind));
    }
    case Qt::BackgroundRole: {
        const CalendarDay day = m_calendar.day(date);
        switch (day.kind) {
        case DayKind::Weekday:
            return QVariant();
        case DayKind::Weekend:
            return QBrush(QColor(0xee, 0xee, 0xee));
        case DayKind::WorkingDay:
            return QBrush(QColor(0xdd, 0xee, 0xff));
        case DayKind::Holiday:
        case DayKind::Compensatory:
        case DayKind::DayOff:
            return QBrush(QColor(0xff, 0xd8, 0xd0));
        }
        return QVariant();
    }
    case Qt::ForegroundRole:
        return m_calendar.isWorkingDay(date) ? QVariant() : QBrush(QColor(0xb0, 0x10, 0x10));
    case Qt::FontRole: {
        const CalendarDay day = m_calendar.day(date);
        if (day.kind == DayKind::Weekday || day.kind == DayKind::Weekend)
            return QVariant();
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case DateRole:
        return date;
    case WorkingRole:
        return m_calendar.isWorkingDay(date);
    case KindRole:
        return DayKinds::key(m_calendar.day(date).kind);
    default:
        return QVariant();
    }
}

QVariant CalendarYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return section + 1;
    return QLocale().standaloneMonthName(section + 1, QLocale::ShortFormat);
}

Qt::ItemFlags CalendarYearModel::flags(const QModelIndex& index) const
{
    if (!dateAt(index).isValid())
        return Qt::NoItemFlags; // 30 February and the like
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
