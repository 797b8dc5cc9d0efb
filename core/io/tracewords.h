// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "rules/trace.h"

namespace yibao {

class Explanations;

// The words of each trace step in the result's language. The engine words its titles and
// inputs in Chinese; in English, a step's title is the rule's English title, an input that
// is a Chinese word its English word and a parameter's label, source and note the English ones.
// Formulas and results are not text in the trace: ResultJson words them in the language it is given
// (present/formulawords). Ids, numbers and passages are untouched.
void wordTrace(Trace &trace, TextLanguage language, const Explanations &texts);

} // namespace yibao
