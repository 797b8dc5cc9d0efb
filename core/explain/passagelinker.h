// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/trace.h"

#include <QStringList>

namespace yibao {

// Fills each step's passages with the ids linked to its rule and to every parameter it
// read (resources/explain/links.json), without duplicates: first every supporting
// passage (the rule's, then each parameter's in the order read), then every conflicting
// one. A parameter's stance is judged for the profile that defined the value it read.
// Needs no database; the links are loaded once per process.
void attachPassages(Trace &trace);
QStringList passagesForStep(const TraceStep &step);

} // namespace yibao
