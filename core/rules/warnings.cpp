// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings: computed, but said. owed_after_retirement — an employee or flexible arrears
// period with a month at or after the retirement month: nothing is owed for those months
// (DOMAIN.md gap.*: months from the retirement month on are never in the history).
#include "warnings.h"

namespace yibao {

QList<Warning> inputWarnings(const Case &c, YearMonth retirementMonth)
{
    QList<Warning> out;
    for (qsizetype i = 0; i < c.periods.size(); ++i) {
        const ContributionPeriod &p = c.periods.at(i);
        const bool contribution = p.kind == PeriodKind::Employee || p.kind == PeriodKind::Flexible;
        if (!contribution || p.status != PeriodStatus::Arrears || p.to < retirementMonth)
            continue;
        const YearMonth first = std::max(p.from, retirementMonth);
        out.append({ QStringLiteral("owed_after_retirement"), QStringLiteral("periods[%1]").arg(i),
            { { FormulaId::WarnOwedAfterRetirement,
                { FormulaArg::month(first), FormulaArg::month(p.to),
                    FormulaArg::month(retirementMonth) } } } });
    }
    return out;
}

} // namespace yibao
