// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gap.h"
#include "result.h"
#include "rulecontext.h"

namespace yibao {

QList<EventResult> computeEligibility(const RuleContext &ctx, const GapComputation &gaps,
    const LifelongResult &lifelong, YearMonth retirementMonth);

} // namespace yibao
