#pragma once

#include "indicators/TargetRepository.h"

#include <QHash>
#include <QWidget>

class DeskSession;
class QLabel;
class QSpinBox;
class QTableWidget;

// The yearly targets (chỉ tiêu) of the indicators, as the supervisor sets them from the plan.
// A year without its own target shows the one in force from an earlier year. Saving is
// refused in core for a counter officer.
class TargetsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsPanel(DeskSession& session, QWidget* parent = nullptr);

    void reload();

signals:
    void targetsChanged();

private:
    void save();

    DeskSession& m_session;
    QSpinBox* m_year;
    QTableWidget* m_table;
    QLabel* m_status;
    QHash<QString, IndicatorTarget> m_loaded;
};
