// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rulecontext.h"

namespace yibao {

struct GapComputation
{
    QList<GapResult> gaps;
    std::optional<YearMonth> historyStart; // nullopt: no employee/flexible month at all
    YearMonth historyEnd; // the last month of the history (may be before historyStart)
    std::optional<Money> gapTotal; // nullopt when a gap's principal is unknown
    std::optional<Money> gapOwed;
    QStringList missing;
};

// The listed gaps: the history from its first month to the earlier of the month before
// asOf and the month before retirement, as of asOf.
GapComputation computeGaps(const RuleContext &ctx, YearMonth retirementMonth);

// The gaps of a scenario (DOMAIN.md "eligibility.*"): the history extended to end with the
// assumed and planned months. Never traced; used to judge one event after asOf.
GapComputation scenarioGaps(const RuleContext &ctx, YearMonth end);

} // namespace yibao
