// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "inputerror.h"

namespace yibao {

class PolicyProfile;

// Checks a parsed case as a whole against DOMAIN.md's "bad input" list: every error is
// reported (not only the first) so that the window can mark each field.
InputErrors validateCase(const Case &c, const PolicyProfile &profile);

} // namespace yibao
