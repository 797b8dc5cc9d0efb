// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/words.h"

#include <QString>

namespace yibao {

class Explanations;

// The named inputs the engine records in a step (rules/*.cpp: "owedMonths", "graceDeadline"),
// as a person reads them in the trace tree: a label and a value in the model's language.
QString inputLabel(const QString &name, const Words &w); // the name itself when not listed
QString inputValue(const QString &value, const Words &w, const Explanations &texts);
// "0", "0.00", "0 个月", "": a zero line, which the tree leaves out
bool isZeroInput(const QString &value);

} // namespace yibao
