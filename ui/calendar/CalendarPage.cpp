#include "CalendarPage.h"

#include "CalendarEntryModel.h"
#include "CalendarYearModel.h"
#include "calendar/CalendarStore.h"
#include "calendar/LunarCalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr DayKind editableKinds[] = {DayKind::Holiday, DayKind::Compensatory, DayKind::DayOff,
                                     DayKind::WorkingDay};
}

CalendarPage::CalendarPage(const Database& db, const User& user, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(user)
    , m_yearModel(new CalendarYearModel(this))
    , m_entryModel(new CalendarEntryModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createYearBar());

    m_yearView = new QTableView(this);
    m_yearView->setObjectName(QStringLiteral("yearView"));
    m_yearView->setModel(m_yearModel);
    m_yearView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_yearView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_yearView->setWordWrap(true);
    m_yearView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_yearView->horizontalHeader()->setMinimumSectionSize(28);
    m_yearView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_yearView->verticalHeader()->setMinimumSectionSize(34);
    m_yearView->setAccessibleName(tr("Year planner"));
    m_yearView->setMinimumHeight(12 * 34 + 30);
    m_yearView->setToolTip(QString());

    m_dayDetails = new QLabel(this);
    m_dayDetails->setObjectName(QStringLiteral("dayDetails"));
    m_dayDetails->setWordWrap(true);

    m_entries = new QTableView(this);
    m_entries->setObjectName(QStringLiteral("entries"));
    m_entries->setModel(m_entryModel);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->setWordWrap(false);
    // Fixed widths so that the check date and the start of the legal basis stay in view at
    // 1366×768; longer texts are elided, the whole text is in each cell's tooltip.
    m_entries->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<QPair<int, int>> widths{
        {CalendarEntryModel::Date, 95},   {CalendarEntryModel::Kind, 130},
        {CalendarEntryModel::Name, 170},  {CalendarEntryModel::Checked, 100},
        {CalendarEntryModel::Basis, 320}, {CalendarEntryModel::Notice, 150}};
    for (const auto& [column, width] : widths)
        m_entries->horizontalHeader()->resizeSection(column, width);
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_entries->verticalHeader()->hide();
    m_entries->setAccessibleName(tr("Calendar entries of the year"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_yearView, 1);
    topLayout->addWidget(m_dayDetails);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_entries, 2);
    bottomLayout->addWidget(createForm(), 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_yearView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QDate date = m_yearModel->dateAt(current);
                if (date.isValid())
                    selectDate(date);
            });
    connect(m_yearView, &QAbstractItemView::activated, this, [this] { m_name->setFocus(); });
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    editEntry(m_entryModel->entryAt(current.row()));
            });

    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] { m_year->stepDown(); });
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] { m_year->stepUp(); });

    setTabOrder(m_year, m_confirmNotices);
    setTabOrder(m_confirmNotices, m_confirm);
    setTabOrder(m_confirm, m_yearView);
    setTabOrder(m_yearView, m_entries);
    setTabOrder(m_entries, m_date);

    reload();
    showYear(QDate::currentDate().year());
    // Today is chosen: its kind, basis and check date show under the year view.
    m_yearView->setCurrentIndex(m_yearModel->indexOf(QDate::currentDate()));
}

QWidget* CalendarPage::createYearBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* yearLabel = new QLabel(tr("&Year:"), bar);
    m_year = new QSpinBox(bar);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(WorkCalendar::firstDate().year(), WorkCalendar::lastDate().year());
    m_year->setToolTip(tr("Ctrl+PgUp / Ctrl+PgDown: previous / next year"));
    yearLabel->setBuddy(m_year);

    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("yearStatus"));
    m_status->setWordWrap(true);

    auto* noticesLabel = new QLabel(tr("Confirming &notices:"), bar);
    m_confirmNotices = new QLineEdit(bar);
    m_confirmNotices->setObjectName(QStringLiteral("confirmNotices"));
    m_confirmNotices->setPlaceholderText(tr("e.g. 9441/TB-BNV"));
    noticesLabel->setBuddy(m_confirmNotices);
    m_confirm = new QPushButton(tr("Confirm year"), bar);
    m_confirm->setObjectName(QStringLiteral("confirmYear"));
    m_confirm->setToolTip(tr("The generated days of this year match the Government's "
                             "schedule: store them and stop marking the year provisional."));

    layout->addWidget(yearLabel);
    layout->addWidget(m_year);
    layout->addWidget(m_status, 1);
    layout->addWidget(noticesLabel);
    layout->addWidget(m_confirmNotices);
    layout->addWidget(m_confirm);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int) { refreshYear(); });
    connect(m_confirm, &QPushButton::clicked, this, &CalendarPage::confirmYear);
    connect(m_confirmNotices, &QLineEdit::returnPressed, this, &CalendarPage::confirmYear);
    return bar;
}

QWidget* CalendarPage::createForm()
{
    auto* box = new QGroupBox(tr("Holiday or swapped day"), this);
    auto* form = new QFormLayout(box);

    m_date = new QDateEdit(box);
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setDateRange(WorkCalendar::firstDate(), WorkCalendar::lastDate());
    m_date->setCalendarPopup(true);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("entryKind"));
    for (DayKind kind : editableKinds)
        m_kind->addItem(DayKinds::label(kind), DayKinds::key(kind));
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("entryName"));
    m_notice = new QLineEdit(box);
    m_notice->setObjectName(QStringLiteral("entryNotice"));
    m_notice->setPlaceholderText(tr("e.g. 2450/VPCP-KGVX"));
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("entryNote"));
    m_recurring = new QCheckBox(tr("Repeats &every year from this year on"), box);
    m_recurring->setObjectName(QStringLiteral("entryRecurring"));

    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("Not&ice number:"), m_notice);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_recurring);

    m_add = new QPushButton(tr("Add"), box);
    m_add->setObjectName(QStringLiteral("addEntry"));
    m_save = new QPushButton(tr("&Save changes"), box);
    m_save->setObjectName(QStringLiteral("saveEntry"));
    m_remove = new QPushButton(tr("&Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeEntry"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    form->addRow(buttons);

    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    form->addRow(m_message);

    connect(m_add, &QPushButton::clicked, this, &CalendarPage::addEntry);
    connect(m_save, &QPushButton::clicked, this, &CalendarPage::saveEntry);
    connect(m_remove, &QPushButton::clicked, this, &CalendarPage::removeEntry);
    // Enter in a text field saves the entry being edited, or adds a new one.
    for (QLineEdit* edit : {m_name, m_notice, m_note}) {
        connect(edit, &QLineEdit::returnPressed, this,
                [this] { m_editingId > 0 ? saveEntry() : addEntry(); });
    }
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_editingId == 0 && date.year() != year())
            m_year->setValue(date.year());
    });
    return box;
}

int CalendarPage::year() const
{
    return m_year->value();
}

void CalendarPage::reload()
{
    QString error;
    WorkCalendar calendar;
    if (!CalendarStore(m_db).loadCalendar(&calendar, &error)) {
        showMessage(error, true);
        return;
    }
    m_calendar = calendar;
    m_yearModel->setCalendar(m_calendar);
    refreshYear();
}

void CalendarPage::showYear(int year)
{
    m_year->setValue(year);
    refreshYear();
}

void CalendarPage::refreshYear()
{
    const int y = year();
    m_yearModel->setYear(y);

    switch (m_calendar.yearStatus(y)) {
    case YearStatus::Official:
        m_status->setText(tr("%1: official schedule (%2).")
                              .arg(y)
                              .arg(m_calendar.yearNotices(y).isEmpty()
                                       ? tr("notice numbers not recorded")
                                       : m_calendar.yearNotices(y)));
        break;
    case YearStatus::Confirmed:
        m_status->setText(tr("%1: confirmed by an officer (%2).")
                              .arg(y)
                              .arg(m_calendar.yearNotices(y).isEmpty()
                                       ? tr("no notice recorded")
                                       : m_calendar.yearNotices(y)));
        break;
    case YearStatus::Provisional:
        m_status->setText(
            tr("<b>%1 is PROVISIONAL</b>: generated from BLLĐ 2019 Điều 111–112. Check it "
               "against the Government's schedule, correct the days, then confirm.")
                .arg(y));
        break;
    }
    const bool provisional = m_calendar.isProvisional(y);
    m_confirm->setEnabled(provisional);
    m_confirmNotices->setEnabled(provisional);

    QList<CalendarEntry> all;
    QString error;
    if (!CalendarStore(m_db).loadEntries(&all, &error)) {
        showMessage(error, true);
        return;
    }
    QList<CalendarEntry> shown;
    for (const CalendarEntry& entry : all) {
        if (entry.date.year() == y || (entry.isRecurring() && entry.effectiveYear <= y))
            shown.append(entry);
    }
    m_entryModel->setEntries(shown);
    if (m_editingId > 0 && m_entryModel->rowOf(m_editingId) < 0)
        m_editingId = 0;
    m_save->setEnabled(m_editingId > 0);
    m_remove->setEnabled(m_editingId > 0);
}

void CalendarPage::selectDate(const QDate& date)
{
    const CalendarDay day = m_calendar.day(date);
    const LunarDate lunar = LunarCalendar::toLunar(date);
    QString details = tr("%1 — lunar %2/%3%4/%5 — %6")
                          .arg(date.toString(QStringLiteral("dd/MM/yyyy")))
                          .arg(lunar.day)
                          .arg(lunar.month)
                          .arg(lunar.leap ? tr(" (leap)") : QString())
                          .arg(lunar.year)
                          .arg(DayKinds::label(day.kind));
    if (!day.name.isEmpty())
        details += QStringLiteral(": ") + day.name;
    if (!day.noticeNumber.isEmpty())
        details += QStringLiteral(" — ") + tr("notice %1").arg(day.noticeNumber);
    if (day.provisional && day.kind != DayKind::Weekday && day.kind != DayKind::Weekend)
        details += QStringLiteral(" — ") + tr("provisional");
    // What the day rests on and when that was checked, as `calendar YEAR` prints it.
    if (!day.basis.isEmpty()) {
        details += QLatin1Char('\n') + tr("Legal basis: %1").arg(day.basis);
        if (day.checkedOn.isValid())
            details +=
                QStringLiteral(" — ") +
                tr("checked on %1").arg(day.checkedOn.toString(QStringLiteral("dd/MM/yyyy")));
    }
    m_dayDetails->setText(details);

    if (day.entryId > 0) {
        const int row = m_entryModel->rowOf(day.entryId);
        if (row >= 0) {
            m_entries->selectRow(row);
            editEntry(m_entryModel->entryAt(row));
            return;
        }
    }
    m_entries->clearSelection();
    clearForm(date);
}

void CalendarPage::editEntry(const CalendarEntry& entry)
{
    m_editingId = entry.id;
    m_date->setDate(entry.date);
    m_kind->setCurrentIndex(m_kind->findData(DayKinds::key(entry.kind)));
    m_name->setText(entry.name);
    m_notice->setText(entry.noticeNumber);
    m_note->setText(entry.note);
    m_recurring->setChecked(entry.isRecurring());
    m_save->setEnabled(true);
    m_remove->setEnabled(true);
    const QModelIndex cell = m_yearModel->indexOf(entry.date);
    if (cell.isValid() && m_yearView->currentIndex() != cell) {
        const QSignalBlocker blocker(m_yearView->selectionModel());
        m_yearView->setCurrentIndex(cell);
    }
}

void CalendarPage::clearForm(const QDate& date)
{
    m_editingId = 0;
    m_date->setDate(date);
    // A weekend day is usually entered as a swapped working day, a weekday as a day off.
    m_kind->setCurrentIndex(m_kind->findData(
        DayKinds::key(date.dayOfWeek() >= 6 ? DayKind::WorkingDay : DayKind::DayOff)));
    m_name->clear();
    m_notice->clear();
    m_note->clear();
    m_recurring->setChecked(false);
    m_save->setEnabled(false);
    m_remove->setEnabled(false);
}

CalendarEntry CalendarPage::formEntry() const
{
    CalendarEntry entry;
    entry.id = m_editingId;
    entry.date = m_date->date();
    DayKinds::fromKey(m_kind->currentData().toString(), &entry.kind);
    entry.name = m_name->text().trimmed();
    entry.noticeNumber = m_notice->text().trimmed();
    entry.note = m_note->text().trimmed();
    entry.effectiveYear = m_recurring->isChecked() ? entry.date.year() : 0;
    return entry;
}

void CalendarPage::addEntry()
{
    CalendarEntry entry = formEntry();
    entry.id = 0;
    QString error;
    const WorkCalendar before = m_calendar;
    if (!CalendarStore(m_db).addEntry(m_user, &entry, &error)) {
        showMessage(error, true);
        return;
    }
    m_editingId = entry.id;
    changed(before, tr("Added %1.").arg(entry.date.toString(QStringLiteral("dd/MM/yyyy"))));
}

void CalendarPage::saveEntry()
{
    if (m_editingId <= 0)
        return;
    const CalendarEntry entry = formEntry();
    QString error;
    const WorkCalendar before = m_calendar;
    if (!CalendarStore(m_db).updateEntry(m_user, entry, &error)) {
        showMessage(error, true);
        return;
    }
    changed(before, tr("Saved %1.").arg(entry.date.toString(QStringLiteral("dd/MM/yyyy"))));
}

void CalendarPage::removeEntry()
{
    if (m_editingId <= 0)
        return;
    QString error;
    const WorkCalendar before = m_calendar;
    const QDate date = m_date->date();
    if (!CalendarStore(m_db).removeEntry(m_user, m_editingId, &error)) {
        showMessage(error, true);
        return;
    }
    m_editingId = 0;
    changed(before,
            tr("Removed the entry of %1.").arg(date.toString(QStringLiteral("dd/MM/yyyy"))));
    clearForm(date);
}

void CalendarPage::confirmYear()
{
    const int y = year();
    if (!m_calendar.isProvisional(y))
        return;
    QString error;
    const WorkCalendar before = m_calendar;
    if (!CalendarStore(m_db).confirmYear(m_user, y, m_confirmNotices->text(), &error)) {
        showMessage(error, true);
        return;
    }
    m_confirmNotices->clear();
    changed(before, tr("The calendar of %1 is confirmed.").arg(y));
}

void CalendarPage::changed(const WorkCalendar& before, const QString& message)
{
    reload();
    showMessage(message, false);
    if (m_editingId > 0) {
        const int row = m_entryModel->rowOf(m_editingId);
        if (row >= 0) {
            const QSignalBlocker blocker(m_entries->selectionModel());
            m_entries->selectRow(row);
        }
    }
    emit calendarChanged(before, m_calendar);
}

void CalendarPage::showMessage(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b01010;") : QString());
}
