// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rulecontext.h"

namespace yibao {

struct GapComputation
{
    QList<GapResult> gaps;
    std::optional<YearMonth> historyStart; // nullopt: no employee/flexible month at all
    YearMonth historyEnd;
    std::optional<Money> gapTotal; // nullopt when a gap's principal is unknown
    std::optional<Money> gapOwed;
    QStringList missing;
};

GapComputation computeGaps(const RuleContext &ctx, YearMonth retirementMonth);

} // namespace yibao
