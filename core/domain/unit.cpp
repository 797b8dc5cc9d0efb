// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/unit.h"

#include <QLatin1String>

namespace yibao {

namespace {
    struct UnitName
    {
        ParamUnit unit;
        const char *id;
    };
    constexpr UnitName unitNames[] = {
        { ParamUnit::Percent, "percent" },
        { ParamUnit::Ratio, "ratio" },
        { ParamUnit::Months, "months" },
        { ParamUnit::Years, "years" },
        { ParamUnit::Bool, "bool" },
        { ParamUnit::YuanPerMonth, "yuan_per_month" },
        { ParamUnit::Kinds, "kinds" },
        { ParamUnit::Rounding, "rounding" },
        { ParamUnit::Month, "month" },
    };
} // namespace

QString unitId(ParamUnit u)
{
    for (const auto &n : unitNames)
        if (n.unit == u)
            return QString::fromLatin1(n.id);
    return {};
}

std::optional<ParamUnit> unitFromId(QStringView id)
{
    for (const auto &n : unitNames)
        if (id == QLatin1String(n.id))
            return n.unit;
    return std::nullopt;
}

} // namespace yibao
