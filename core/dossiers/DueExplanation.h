#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class DueDateEngine;

// The one line the reception form shows under the appointment, saying why it falls where it
// does: the time limit, a clock that starts later than the receipt (lunch, after closing, a
// rest day), and the holidays and days off it skips ("5 working days; Tết Nguyên đán
// 16/02–20/02").
class DueExplanation
{
    Q_DECLARE_TR_FUNCTIONS(DueExplanation)

public:
    static QString text(const DueDateEngine& engine, const QDateTime& received, int halves,
                        const QString& unitKey);
};
