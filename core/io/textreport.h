// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/result.h"

#include <QString>

namespace yibao {

// The readable Chinese report of `yibao-cli compute` without --json: the figures, the
// verdicts, and each trace step in words with its parameters and sources.
QString textReport(const Case &c, const Result &r, const QString &profileName);

} // namespace yibao
