// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace yibao {

// What kind of number a parameter holds; a profile names it on every parameter, the
// loader refuses a value that does not fit, and a trace step says it with each value read.
enum class ParamUnit
{
    Percent, // "9.8" → 9.8 %
    Ratio, // "1" → 1×
    Months, // whole months
    Years, // whole years
    Bool,
    YuanPerMonth, // "100.00"
    Kinds, // list of contribution kinds
    Rounding, // half_up_fen, half_up_jiao, up_jiao
    Month, // "2025-01"
};

// "percent", "ratio", "months", "years", "bool", "yuan_per_month", "kinds", "rounding",
// "month": the ids of the profile files and the result JSON
QString unitId(ParamUnit u);
std::optional<ParamUnit> unitFromId(QStringView id);

} // namespace yibao
