// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rulecontext.h"

namespace yibao {

YearsResult computeYears(const RuleContext &ctx);

} // namespace yibao
