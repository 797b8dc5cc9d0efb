// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings: computed, but said. owed_after_retirement — an employee or flexible arrears
// period with a month at or after the retirement month: nothing is owed for those months
// (DOMAIN.md gap.*: months from the retirement month on are never in the history).
#include "warnings.h"

namespace yibao {

QList<Warning> inputWarnings(const Case &c, YearMonth retirementMonth, TextLanguage language)
{
    QList<Warning> out;
    for (qsizetype i = 0; i < c.periods.size(); ++i) {
        const ContributionPeriod &p = c.periods.at(i);
        const bool contribution = p.kind == PeriodKind::Employee || p.kind == PeriodKind::Flexible;
        if (!contribution || p.status != PeriodStatus::Arrears || p.to < retirementMonth)
            continue;
        const YearMonth first = std::max(p.from, retirementMonth);
        out.append({ QStringLiteral("owed_after_retirement"), QStringLiteral("periods[%1]").arg(i),
            (language == TextLanguage::English
                    ? QStringLiteral("%1 to %2 are entered as arrears, but the person retired in "
                                     "%3: nothing is owed for months from retirement on")
                    : QStringLiteral(
                        "%1 至 %2 记为欠费，但 %3 起已退休：退休后的月份不计欠费，也不用补缴"))
                .arg(first.toString(), p.to.toString(), retirementMonth.toString()) });
    }
    return out;
}

} // namespace yibao
