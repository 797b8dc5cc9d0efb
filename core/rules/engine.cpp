// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "account.h"
#include "eligibility.h"
#include "gap.h"
#include "lifelong.h"
#include "policy/policyprofile.h"
#include "retire.h"
#include "warnings.h"
#include "years.h"

namespace yibao {

Result compute(const Case &c, const PolicyProfile &profile, ComputeOptions options)
{
    Result r;
    r.profileId = profile.id;
    r.profileVersion = profile.version;
    r.asOf = c.asOf;
    const ParamReader params(profile);
    const MonthLine line(c);
    const RuleContext ctx { c, params, line, YearMonth::of(c.asOf),
        options.trace ? &r.trace : nullptr };

    r.retirement = computeRetirement(ctx);
    r.years = computeYears(ctx);
    const GapComputation gaps = computeGaps(ctx, r.retirement.month);
    r.gaps = gaps.gaps;
    const LifelongComputation lifelong = computeLifelong(ctx, r.years, r.retirement.month);
    r.lifelong = lifelong.result;
    r.account = computeAccount(ctx, r.retirement.month, r.lifelong.qualifyingMonth);
    r.events = computeEligibility(ctx, gaps, r.lifelong, r.retirement.month);
    r.warnings = inputWarnings(c, r.retirement.month);

    r.backPay.gapTotal = gaps.gapTotal;
    r.backPay.gapOwed = gaps.gapOwed;
    r.backPay.shortfallMonths = r.lifelong.shortfallMonths;
    r.backPay.retirementBackPay = lifelong.retirementBackPay;
    r.backPay.missing = gaps.missing;
    for (const QString &k : lifelong.missing)
        if (!r.backPay.missing.contains(k))
            r.backPay.missing.append(k);
    return r;
}

} // namespace yibao
