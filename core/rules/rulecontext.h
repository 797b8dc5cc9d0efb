// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/language.h"
#include "monthline.h"
#include "paramreader.h"
#include "trace.h"

namespace yibao {

// What every rule gets: the case, its parameters, the month line, and where to write its
// trace. With trace == nullptr (batch work) rules skip building the formula texts.
struct RuleContext
{
    const Case &c;
    const ParamReader &params;
    const MonthLine &line;
    YearMonth asOfMonth;
    Trace *trace = nullptr;
    TextLanguage language = TextLanguage::Chinese;

    bool tracing() const { return trace != nullptr; }
    TraceStep *stepOrNull(TraceStep &s) const { return trace ? &s : nullptr; }
    void add(TraceStep &&s) const
    {
        if (trace)
            trace->append(std::move(s));
    }
};

// Small formatting helpers shared by the rules' formula texts.
inline QString yuan(const std::optional<Money> &m)
{
    return m ? m->toYuanString() : QStringLiteral("未知");
}
// "2360.00 元", or "未知" alone: an unknown amount has no unit
inline QString yuanText(const std::optional<Money> &m)
{
    return m ? m->toYuanString() + QStringLiteral(" 元") : QStringLiteral("未知");
}
inline QString monthsText(int n)
{
    return QString::number(n) + QStringLiteral(" 个月");
}

} // namespace yibao
