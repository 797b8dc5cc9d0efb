// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "rules/formula.h"
#include "rules/result.h"
#include "rules/trace.h"

#include <QString>

namespace yibao {

// The words of a step's formula and result, made when a renderer asks for them: the rules
// record sentence ids and typed numbers (rules/formula.h), and this says them in Chinese
// or in English with the same numbers in the same order. Every formula that states an
// equality states one that holds.

// One line: "2016-01—2016-04（单位职工）：5000.00 元 × 11.8% = 590.00 元/月，× 4 个月 =
// 2360.00 元" / "2016-01—2016-04 (employee): 5000.00 yuan × 11.8% = 590.00 yuan/month,
// × 4 months = 2360.00 yuan".
QString formulaLineText(const FormulaLine &line, TextLanguage language);
// The lines, one per text line ('\n' between them).
QString formulaText(const Formula &formula, TextLanguage language);
QString formulaText(const TraceStep &step, TextLanguage language);
// The result's parts said together ("；" / "; " between them).
QString resultText(const Formula &result, TextLanguage language);
QString resultText(const TraceStep &step, TextLanguage language);
// An event's reason: its sentences one after the other (run on in Chinese, a space between
// them in English), months as a person writes them: "2026年9月起断缴，…" / "The gap began in
// 2026-09; …". Empty when the reason is.
QString reasonText(const Formula &reason, TextLanguage language);
QString reasonText(const EventResult &event, TextLanguage language);
// A warning's message: "2027-03 至 2027-06 记为欠费，但 2027-03 起已退休：…".
QString warningText(const Warning &warning, TextLanguage language);

} // namespace yibao
