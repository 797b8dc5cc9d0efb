// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The 45-year case every benchmark uses, so that engine, window and report figures are
// about the same person.
#include "domain/case.h"

namespace yibao::bench {

// 45 years (1993-01 to 2037-12) of employee and flexible months broken by 40 gaps of
// every kind the engine knows: arrears, late back-pay, resident insurance, no insurance.
// The man retires in 2037 (born 1975, 60 + the 2024 decision's delay), so the as-of date
// lies after it and every rule family has work: gaps, account bands, retiree inflow.
inline Case longCase()
{
    Case c;
    c.profile = QStringLiteral("general");
    c.asOf = QDate(2038, 6, 30);
    c.person = { QDate(1975, 3, 10), Sex::Male, Category::Male };
    c.retirement.date = QDate(2037, 12, 31);
    c.retirement.baseAtRetirement = Money::parseYuan(u"9000");
    YearMonth m(1993, 1);
    const YearMonth end(2037, 12);
    int gaps = 0;
    while (m <= end) {
        const YearMonth runEnd = gaps < 40 ? m.addMonths(10) : end;
        ContributionPeriod paid;
        paid.from = m;
        paid.to = runEnd;
        paid.kind = gaps % 2 ? PeriodKind::Flexible : PeriodKind::Employee;
        paid.base = Money::fromFen(300000 + 1000 * gaps);
        c.periods.append(paid);
        m = runEnd.addMonths(1);
        if (m > end)
            break;
        ContributionPeriod gap = paid;
        gap.from = m;
        gap.to = m.addMonths(gaps % 3);
        switch (gaps % 4) {
        case 0:
            gap.status = PeriodStatus::Arrears;
            break;
        case 1:
            gap.status = PeriodStatus::Backpaid;
            gap.paidOn = gap.to.addMonths(8).lastDay();
            break;
        case 2:
            gap.kind = PeriodKind::Resident;
            gap.base.reset();
            break;
        default:
            break; // a hole: no insurance at all
        }
        if (gaps % 4 != 3)
            c.periods.append(gap);
        ++gaps;
        m = gap.to.addMonths(1);
    }
    for (int i = 0; i < 10; ++i)
        c.events.append({ QDate(1996 + 4 * i, 1 + i, 10), Care(i % 4) });
    return c;
}

} // namespace yibao::bench
