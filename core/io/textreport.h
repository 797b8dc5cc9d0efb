// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "rules/result.h"

#include <QString>

namespace yibao {

// The readable report of `yibao-cli compute` without --json, in Chinese or English: the
// figures, the verdicts, and each trace step in words with its parameters and sources.
QString textReport(const Case &c, const Result &r, const QString &profileName,
    TextLanguage language = TextLanguage::Chinese);

} // namespace yibao
