// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/explanationmodel.h"
#include "rules/result.h"

#include <QString>

namespace yibao {

// The readable report of `yibao-cli compute` without --json, in the model's language: the
// figures, the verdicts, the conflicts of the sources, and each trace step in words with
// its parameters and the passages cited for it, as the explanation model words them.
QString textReport(const Case &c, const Result &r, const ExplanationModel &model);

} // namespace yibao
