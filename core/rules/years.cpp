// SPDX-License-Identifier: GPL-3.0-or-later
// years.* — contribution months as of the asOf date.
// Sources: DOMAIN.md "years.*"; 社会保险法 art. 27 (paying on after retirement until the
// minimum is met counts); 004 §二.3 (resident-insurance years "原缴费年限不累计计算");
// 001 related "医保断交三个月内需要补交几个月" (a gap back-paid in time stays continuous).
// Back-paid months count as actual months whatever their paidOn, since validation keeps
// every paidOn on or before asOf.
#include "years.h"

namespace yibao {

YearsResult computeYears(const RuleContext &ctx)
{
    YearsResult r;
    int deemedPeriodMonths = 0;
    int employee = 0;
    int flexible = 0;
    for (const auto &p : ctx.c.periods) {
        if (p.kind == PeriodKind::Deemed) {
            deemedPeriodMonths += p.months();
            continue;
        }
        if (!MonthLine::isContribution(p))
            continue;
        if (p.status != PeriodStatus::Paid && p.status != PeriodStatus::Backpaid)
            continue;
        const int months
            = ctx.asOfMonth < p.from ? 0 : p.from.monthsUntil(std::min(p.to, ctx.asOfMonth)) + 1;
        (p.kind == PeriodKind::Employee ? employee : flexible) += months;
    }
    r.actualMonths = employee + flexible;
    r.deemedMonths = ctx.c.deemedMonths + deemedPeriodMonths;
    r.cumulativeMonths = r.actualMonths + r.deemedMonths;

    if (ctx.tracing()) {
        TraceStep a;
        a.ruleId = QStringLiteral("years.actual");
        a.subject = QStringLiteral("years.actualMonths");
        a.title = QStringLiteral("实际缴费月数");
        a.input(QStringLiteral("employeeMonths"), QString::number(employee));
        a.input(QStringLiteral("flexibleMonths"), QString::number(flexible));
        a.input(QStringLiteral("asOf"), isoDate(ctx.c.asOf));
        a.formula = QStringLiteral(
            "单位职工 %1 个月 + 灵活就业 %2 个月 = %3 个月（含已补缴月份，截至 %4）")
                        .arg(employee)
                        .arg(flexible)
                        .arg(r.actualMonths)
                        .arg(ctx.asOfMonth.toString());
        a.result = monthsText(r.actualMonths);
        ctx.add(std::move(a));

        TraceStep d;
        d.ruleId = QStringLiteral("years.deemed");
        d.subject = QStringLiteral("years.deemedMonths");
        d.title = QStringLiteral("视同缴费月数");
        d.input(QStringLiteral("declared"), QString::number(ctx.c.deemedMonths));
        d.input(QStringLiteral("deemedPeriods"), QString::number(deemedPeriodMonths));
        d.formula = QStringLiteral("填写的视同缴费 %1 个月 + 视同缴费时段 %2 个月 = %3 个月")
                        .arg(ctx.c.deemedMonths)
                        .arg(deemedPeriodMonths)
                        .arg(r.deemedMonths);
        d.result = monthsText(r.deemedMonths);
        ctx.add(std::move(d));

        TraceStep c;
        c.ruleId = QStringLiteral("years.cumulative");
        c.subject = QStringLiteral("years.cumulativeMonths");
        c.title = QStringLiteral("累计缴费月数");
        c.input(QStringLiteral("actualMonths"), QString::number(r.actualMonths));
        c.input(QStringLiteral("deemedMonths"), QString::number(r.deemedMonths));
        c.input(QStringLiteral("cumulativeMonths"), QString::number(r.cumulativeMonths));
        c.formula
            = QStringLiteral("实际 %1 个月 + 视同 %2 个月 = %3 个月（城乡居民医保月份不计入）")
                  .arg(r.actualMonths)
                  .arg(r.deemedMonths)
                  .arg(r.cumulativeMonths);
        c.result = monthsText(r.cumulativeMonths);
        ctx.add(std::move(c));
    }
    return r;
}

} // namespace yibao
