// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "monthline.h"
#include "paramreader.h"
#include "trace.h"

namespace yibao {

// What every rule gets: the case, its parameters, the month line, and where to write its
// trace. With trace == nullptr (batch work) rules skip building the trace steps.
struct RuleContext
{
    const Case &c;
    const ParamReader &params;
    const MonthLine &line;
    YearMonth asOfMonth;
    Trace *trace = nullptr;

    bool tracing() const { return trace != nullptr; }
    TraceStep *stepOrNull(TraceStep &s) const { return trace ? &s : nullptr; }
    void add(TraceStep &&s) const
    {
        if (trace)
            trace->append(std::move(s));
    }
};

// An amount as a step's input: "2360.00", or "未知". (Formulas and results are not text
// here: a step records them as FormulaLines, worded on demand by core/present.)
inline QString yuan(const std::optional<Money> &m)
{
    return m ? m->toYuanString() : QStringLiteral("未知");
}

} // namespace yibao
