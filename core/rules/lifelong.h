// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rulecontext.h"

namespace yibao {

struct LifelongComputation
{
    LifelongResult result;
    std::optional<Money> retirementBackPay;
    QStringList missing;
};

LifelongComputation computeLifelong(
    const RuleContext &ctx, const YearsResult &years, YearMonth retirementMonth);

} // namespace yibao
