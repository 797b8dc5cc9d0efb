// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rulecontext.h"

namespace yibao {

// retireeFrom: lifelong.qualifyingMonth; retiree inflow runs from it to the asOf month.
AccountResult computeAccount(
    const RuleContext &ctx, YearMonth retirementMonth, std::optional<YearMonth> retireeFrom);

// The age band of DOMAIN.md for whole years of age.
Band inServiceBand(int age);
Band retireeBand(int age);
// Whole years of age in month m for someone born in birth month b.
inline int ageInMonth(YearMonth birth, YearMonth m)
{
    const int d = birth.monthsUntil(m);
    return d >= 0 ? d / 12 : -((-d + 11) / 12);
}

} // namespace yibao
