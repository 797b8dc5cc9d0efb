// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"

#include <QList>

#include <optional>

namespace yibao {

// How one contribution month stands under DOMAIN.md's month semantics.
enum class MonthState : quint8
{
    OnTime, // paid, or back-paid on or before its due date (or planned, for the future)
    Backpaid, // back-paid after its due date
    Owed, // arrears
    NotEnrolled, // no employee or flexible period (none, resident or deemed)
};

// Which period covers each month, so every rule asks the same question the same way.
class MonthLine
{
public:
    explicit MonthLine(const Case &c);

    const ContributionPeriod *periodAt(YearMonth m) const;
    MonthState stateAt(YearMonth m) const;
    // The first day of the month after m: a month's contribution is due then.
    static QDate dueDate(YearMonth m) { return m.addMonths(1).firstDay(); }
    static bool isContribution(const ContributionPeriod &p)
    {
        return p.kind == PeriodKind::Employee || p.kind == PeriodKind::Flexible;
    }

    // First employee/flexible month that is paid, back-paid or owed: the history starts there.
    std::optional<YearMonth> historyStart() const { return m_historyStart; }
    // First employee/flexible month paid or back-paid (planned months count, for the future).
    std::optional<YearMonth> firstPaid() const { return m_firstPaid; }

private:
    YearMonth m_lo;
    QList<qint16> m_index; // period index per month from m_lo, −1 for none
    const Case &m_case;
    std::optional<YearMonth> m_historyStart;
    std::optional<YearMonth> m_firstPaid;
};

} // namespace yibao
