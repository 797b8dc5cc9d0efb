// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/trace.h"

#include <QStringList>

namespace yibao {

class LinkMap;

// Fills each step's passages with the ids linked to its rule and to every parameter it
// read (resources/explain/links.json), each once, and its stances. A parameter link's
// stance is derived: the value its passage states compared with the value the step read
// (equal: supports, different: conflicts, nothing to compare: context); a rule link has
// the stance the file gives. A passage linked more than once in a step takes its
// strongest stance: conflicts over supports over context, so that a passage contradicting
// a value used is never listed as support. Order: supports, then conflicts, then context,
// each in the order met (the rule's links, then each parameter's in the order read).
// Needs no database.
void attachPassages(Trace &trace, const LinkMap &links);
QStringList passagesForStep(const TraceStep &step, const LinkMap &links);

} // namespace yibao
