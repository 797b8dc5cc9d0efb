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
        using A = FormulaArg;
        TraceStep a;
        a.ruleId = QStringLiteral("years.actual");
        a.subject = QStringLiteral("years.actualMonths");
        a.title = QStringLiteral("实际缴费月数");
        a.input(QStringLiteral("employeeMonths"), QString::number(employee));
        a.input(QStringLiteral("flexibleMonths"), QString::number(flexible));
        a.input(QStringLiteral("asOf"), isoDate(ctx.c.asOf));
        a.formula.append({ FormulaId::YearsActual,
            { A::months(employee), A::months(flexible), A::months(r.actualMonths),
                A::month(ctx.asOfMonth) } });
        a.result.append({ FormulaId::ResultMonths, { A::months(r.actualMonths) } });
        ctx.add(std::move(a));

        TraceStep d;
        d.ruleId = QStringLiteral("years.deemed");
        d.subject = QStringLiteral("years.deemedMonths");
        d.title = QStringLiteral("视同缴费月数");
        d.input(QStringLiteral("declared"), QString::number(ctx.c.deemedMonths));
        d.input(QStringLiteral("deemedPeriods"), QString::number(deemedPeriodMonths));
        d.formula.append({ FormulaId::YearsDeemed,
            { A::months(ctx.c.deemedMonths), A::months(deemedPeriodMonths),
                A::months(r.deemedMonths) } });
        d.result.append({ FormulaId::ResultMonths, { A::months(r.deemedMonths) } });
        ctx.add(std::move(d));

        TraceStep c;
        c.ruleId = QStringLiteral("years.cumulative");
        c.subject = QStringLiteral("years.cumulativeMonths");
        c.title = QStringLiteral("累计缴费月数");
        c.input(QStringLiteral("actualMonths"), QString::number(r.actualMonths));
        c.input(QStringLiteral("deemedMonths"), QString::number(r.deemedMonths));
        c.input(QStringLiteral("cumulativeMonths"), QString::number(r.cumulativeMonths));
        c.formula.append({ FormulaId::YearsCumulative,
            { A::months(r.actualMonths), A::months(r.deemedMonths),
                A::months(r.cumulativeMonths) } });
        c.result.append({ FormulaId::ResultMonths, { A::months(r.cumulativeMonths) } });
        ctx.add(std::move(c));
    }
    return r;
}

} // namespace yibao
