// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/language.h"
#include "result.h"

namespace yibao {

// Input that is valid but probably not what the clerk meant (DOMAIN.md "Warnings"), in
// period order.
QList<Warning> inputWarnings(const Case &c, YearMonth retirementMonth);

} // namespace yibao
