// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "result.h"

namespace yibao {

class PolicyProfile;

// The rules engine: a pure function of (case, profile). The as-of date is the case's own
// (the caller overrides it on the case), so no clock is read here. The case must have
// passed validateCase(); the engine trusts its invariants.
struct ComputeOptions
{
    bool trace = true; // false for batch work: same figures, no trace steps
    // (no language: the engine words nothing; core/present words its data for a renderer)
};

Result compute(const Case &c, const PolicyProfile &profile, ComputeOptions options = {});

} // namespace yibao
