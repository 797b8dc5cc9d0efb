// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthline.h"

namespace yibao {

MonthLine::MonthLine(const Case &c)
    : m_asOfMonth(YearMonth::of(c.asOf))
    , m_case(c)
{
    if (c.periods.isEmpty())
        return;
    YearMonth lo = c.periods.first().from;
    YearMonth hi = c.periods.first().to;
    for (const auto &p : c.periods) {
        lo = std::min(lo, p.from);
        hi = std::max(hi, p.to);
    }
    m_lo = lo;
    m_index.fill(-1, lo.monthsUntil(hi) + 1);
    for (qsizetype i = 0; i < c.periods.size(); ++i) {
        const auto &p = c.periods.at(i);
        for (int k = lo.monthsUntil(p.from); k <= lo.monthsUntil(p.to); ++k)
            m_index[k] = qint16(i);
        if (!isContribution(p))
            continue;
        if (!m_historyStart || p.from < *m_historyStart)
            m_historyStart = p.from;
        if (p.status == PeriodStatus::Planned) {
            if (!m_firstPlanned || p.from < *m_firstPlanned)
                m_firstPlanned = p.from;
        } else if (p.status != PeriodStatus::Arrears && (!m_firstPaid || p.from < *m_firstPaid)) {
            m_firstPaid = p.from;
        }
    }
    m_payingNow = stateAt(m_asOfMonth.addMonths(-1)) == MonthState::OnTime;
}

std::optional<YearMonth> MonthLine::firstPaidInScenario() const
{
    // an assumed paid month needs the month before asOf paid, so it never comes first
    if (m_firstPaid && (!m_firstPlanned || *m_firstPaid < *m_firstPlanned))
        return m_firstPaid;
    return m_firstPlanned;
}

MonthState MonthLine::scenarioStateAt(YearMonth m) const
{
    if (m < m_asOfMonth || periodAt(m))
        return stateAt(m);
    return m_payingNow ? MonthState::OnTime : MonthState::NotEnrolled;
}

const ContributionPeriod *MonthLine::periodAt(YearMonth m) const
{
    const int k = m_lo.monthsUntil(m);
    if (k < 0 || k >= m_index.size() || m_index.at(k) < 0)
        return nullptr;
    return &m_case.periods.at(m_index.at(k));
}

MonthState MonthLine::stateAt(YearMonth m) const
{
    const ContributionPeriod *p = periodAt(m);
    if (!p || !isContribution(*p))
        return MonthState::NotEnrolled;
    switch (p->status) {
    case PeriodStatus::Paid:
    case PeriodStatus::Planned:
        return MonthState::OnTime;
    case PeriodStatus::Arrears:
        return MonthState::Owed;
    case PeriodStatus::Backpaid:
        return p->paidOn && *p->paidOn <= dueDate(m) ? MonthState::OnTime : MonthState::Backpaid;
    }
    return MonthState::NotEnrolled;
}

} // namespace yibao
