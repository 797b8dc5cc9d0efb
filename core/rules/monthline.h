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
    // The month as the case's periods give it.
    MonthState stateAt(YearMonth m) const;
    // The month as a scenario sees it (DOMAIN.md "assumed" months): before the asOf month as
    // stateAt(); from it on, a period's own state when one covers the month, otherwise paid on
    // time when the person is paying now (the month before asOf paid on time), else not
    // enrolled.
    MonthState scenarioStateAt(YearMonth m) const;
    bool payingNow() const { return m_payingNow; }
    bool isResident(YearMonth m) const
    {
        const ContributionPeriod *p = periodAt(m);
        return p && p->kind == PeriodKind::Resident;
    }
    // The first day of the month after m: a month's contribution is due then.
    static QDate dueDate(YearMonth m) { return m.addMonths(1).firstDay(); }
    static bool isContribution(const ContributionPeriod &p)
    {
        return p.kind == PeriodKind::Employee || p.kind == PeriodKind::Flexible;
    }

    // First employee/flexible month of any status (paid, back-paid, owed or planned): the
    // history starts there.
    std::optional<YearMonth> historyStart() const { return m_historyStart; }
    // First employee/flexible month paid or back-paid: first cover counts from it.
    std::optional<YearMonth> firstPaid() const { return m_firstPaid; }
    // The same for a scenario, where planned and assumed paid months count too.
    std::optional<YearMonth> firstPaidInScenario() const;

private:
    YearMonth m_lo;
    YearMonth m_asOfMonth;
    bool m_payingNow = false;
    std::optional<YearMonth> m_firstPlanned;
    QList<qint16> m_index; // period index per month from m_lo, −1 for none
    const Case &m_case;
    std::optional<YearMonth> m_historyStart;
    std::optional<YearMonth> m_firstPaid;
};

} // namespace yibao
