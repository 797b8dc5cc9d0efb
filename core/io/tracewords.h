// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "rules/trace.h"

namespace yibao {

class Explanations;

// The words of each trace step in the result's language. The engine words its steps in
// Chinese; in English, a step's title is the rule's English title and its formula the
// English explanation of resources/explain filled with the step's own numbers (the same
// figures, worded), and a result that is a Chinese phrase gives way to that; a parameter's
// label, source and note are its English ones. Ids, values and passages are untouched.
void wordTrace(Trace &trace, TextLanguage language, const Explanations &texts);

} // namespace yibao
