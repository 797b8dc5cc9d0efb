// SPDX-License-Identifier: GPL-3.0-or-later
// lifelong.* — the minimum years at retirement for lifelong benefits (终身医保待遇), the
// shortfall, and what closing it costs.
// Sources: 002 related "医疗保险缴多久能全报销" (men 25 years, women 20, at least 15 actual);
// 004 related "北京市退休时补缴医保费用怎么算" (one-time back-pay = base at retirement × 12 % to
// 2020-12, 11 % from 2021-01, × the months short); 社会保险法 art. 27 (one may keep paying
// after retirement until the minimum is met). DOMAIN.md "lifelong.*".
//
// Choices: the minimums and the back-pay rate are read for the retirement month. The
// "keep paying" path pays as a flexible participant at rate.flexible on the base at
// retirement, one month at a time from the later of the retirement and asOf months.
#include "lifelong.h"

#include "policy/parameterkeys.h"

namespace yibao {

namespace {

    // Months from the asOf month to the month before retirement that are not counted yet:
    // what paying every month until retirement adds (DOMAIN.md: the current month included).
    int monthsStillToPay(const RuleContext &ctx, YearMonth retirementMonth)
    {
        int ahead = 0;
        for (YearMonth m = ctx.asOfMonth; m < retirementMonth; m = m.addMonths(1)) {
            const ContributionPeriod *p = ctx.line.periodAt(m);
            const bool counted = p && MonthLine::isContribution(*p)
                && (p->status == PeriodStatus::Paid || p->status == PeriodStatus::Backpaid);
            if (!counted)
                ++ahead;
        }
        return ahead;
    }

    // The first month from retirement to asOf by whose end both minimums were reached:
    // a month paid on time counts from its own month, a back-paid one from its paidOn.
    std::optional<YearMonth> firstQualifyingMonth(const RuleContext &ctx, const YearsResult &years,
        YearMonth retirementMonth, int required, int requiredActual)
    {
        if (retirementMonth > ctx.asOfMonth)
            return std::nullopt;
        const int span = retirementMonth.monthsUntil(ctx.asOfMonth) + 1;
        QList<int> countedFrom(span, 0); // months that start counting in each month of the span
        int before = 0; // months counted before the retirement month
        for (const auto &p : ctx.c.periods) {
            if (!MonthLine::isContribution(p)
                || (p.status != PeriodStatus::Paid && p.status != PeriodStatus::Backpaid))
                continue;
            for (YearMonth m = p.from; m <= std::min(p.to, ctx.asOfMonth); m = m.addMonths(1)) {
                YearMonth from = m;
                if (ctx.line.stateAt(m) == MonthState::Backpaid)
                    from = YearMonth::of(*p.paidOn);
                const int k = retirementMonth.monthsUntil(from);
                if (k < 0)
                    ++before;
                else if (k < span)
                    ++countedFrom[k];
            }
        }
        int actual = before;
        for (int k = 0; k < span; ++k) {
            actual += countedFrom.at(k);
            if (actual + years.deemedMonths >= required && actual >= requiredActual)
                return retirementMonth.addMonths(k);
        }
        return std::nullopt;
    }

    // The trace steps of the rule: filled with the parameters read while computing, and
    // narrated once every figure is known.
    struct LifelongSteps
    {
        TraceStep required; // lifelong.required
        TraceStep shortfall; // lifelong.shortfall
        TraceStep backPay; // lifelong.backpay
        TraceStep paths; // lifelong.paths
    };

    // The minimum months in all and actually paid. They are the law's; for a retirement
    // before the profile's first day they are read for that first day (as retire.statutory
    // does). An unknown minimum leaves every verdict that needs it unknown: nobody
    // qualifies by default.
    void readMinimums(
        const RuleContext &ctx, YearMonth retirementMonth, TraceStep &step, LifelongResult &r)
    {
        const QDate requiredAt
            = std::max(retirementMonth.firstDay(), ctx.params.profile().validFrom);
        const QString minKey = keys::minMonths(sexId(ctx.c.person.sex));
        const QString minActualKey = QStringLiteral("lifelong.min_actual_months");
        const auto minMonths = ctx.params.integer(ctx.stepOrNull(step), minKey, requiredAt);
        const auto minActual = ctx.params.integer(ctx.stepOrNull(step), minActualKey, requiredAt);
        if (minMonths)
            r.requiredMonths = int(*minMonths);
        else
            r.missing.append(minKey);
        if (minActual)
            r.requiredActualMonths = int(*minActual);
        else
            r.missing.append(minActualKey);
    }

    // The months counted and projected to retirement against the minimums: what is short,
    // and since when (retired) both minimums are met.
    void measureShortfall(const RuleContext &ctx, const YearsResult &years,
        YearMonth retirementMonth, int monthsAhead, LifelongResult &r)
    {
        r.countedMonths = years.cumulativeMonths;
        r.countedActualMonths = years.actualMonths;
        r.retired = ctx.asOfMonth >= retirementMonth;
        r.projectedMonths = r.countedMonths + monthsAhead;
        r.projectedActualMonths = r.countedActualMonths + monthsAhead;
        if (r.requiredMonths)
            r.totalShortMonths = std::max(0, *r.requiredMonths - r.projectedMonths);
        if (r.requiredActualMonths)
            r.actualShortMonths = std::max(0, *r.requiredActualMonths - r.projectedActualMonths);
        if (r.totalShortMonths && r.actualShortMonths) {
            r.shortfallMonths = std::max(*r.totalShortMonths, *r.actualShortMonths);
            r.qualifies = *r.shortfallMonths == 0;
            r.qualifyingMonth = firstQualifyingMonth(
                ctx, years, retirementMonth, *r.requiredMonths, *r.requiredActualMonths);
        }
    }

    // What closing a shortfall of shortfallMonths costs: the one-time back-pay at the
    // retirement month's rate, and keeping on paying as a flexible participant; both on
    // the base at retirement. Returns the monthly back-pay (nullopt: unknown) and sets
    // rateUsed to the back-pay rate read.
    std::optional<Money> priceShortfall(const RuleContext &ctx, YearMonth retirementMonth,
        int shortfallMonths, LifelongSteps &steps, LifelongComputation &out,
        std::optional<Rate> *rateUsed)
    {
        LifelongResult &r = out.result;
        const QDate at = retirementMonth.firstDay();
        const std::optional<Money> &base = ctx.c.retirement.baseAtRetirement;
        const auto backPayRate = ctx.params.rate(
            ctx.stepOrNull(steps.backPay), QStringLiteral("lifelong.backpay_rate"), at);
        const auto rounding = ctx.params.rounding(ctx.stepOrNull(steps.backPay),
            ctx.params.parameter(QStringLiteral("rounding.monthly")), at);
        *rateUsed = backPayRate;
        if (!backPayRate)
            out.missing.append(QStringLiteral("lifelong.backpay_rate"));
        if (!base)
            out.missing.append(QStringLiteral("retirement.baseAtRetirement"));
        if (!rounding)
            out.missing.append(QStringLiteral("rounding.monthly"));
        std::optional<Money> monthlyBackPay;
        if (backPayRate && base && rounding) {
            monthlyBackPay = backPayRate->apply(*base, *rounding);
            out.retirementBackPay = *monthlyBackPay * shortfallMonths;
        }
        const YearMonth start = std::max(retirementMonth, ctx.asOfMonth);
        LifelongPath oneTime { QStringLiteral("one_time"), out.retirementBackPay, start,
            shortfallMonths };
        const auto flexibleRate
            = ctx.params.rate(ctx.stepOrNull(steps.paths), QStringLiteral("rate.flexible"), at);
        std::optional<Money> keepPayingCost;
        if (flexibleRate && base && rounding)
            keepPayingCost = flexibleRate->apply(*base, *rounding) * shortfallMonths;
        LifelongPath keepPaying { QStringLiteral("keep_paying"), keepPayingCost,
            start.addMonths(shortfallMonths), shortfallMonths };
        r.paths = { oneTime, keepPaying };
        if (oneTime.cost && keepPayingCost)
            r.cheapest = *oneTime.cost <= *keepPayingCost ? oneTime.id : keepPaying.id;
        return monthlyBackPay;
    }

    QString countText(const std::optional<int> &v)
    {
        return v ? QString::number(*v) : QStringLiteral("未知");
    }

    void narrateRequired(
        const RuleContext &ctx, const LifelongResult &r, YearMonth retirementMonth, TraceStep &step)
    {
        step.ruleId = QStringLiteral("lifelong.required");
        step.subject = QStringLiteral("lifelong");
        step.title = QStringLiteral("终身医保待遇的缴费年限要求");
        step.input(QStringLiteral("sex"),
            ctx.c.person.sex == Sex::Male ? QStringLiteral("男") : QStringLiteral("女"));
        step.input(QStringLiteral("requiredMonths"), countText(r.requiredMonths));
        step.input(QStringLiteral("requiredActualMonths"), countText(r.requiredActualMonths));
        step.input(QStringLiteral("retirementMonth"), retirementMonth.toString());
        step.input(QStringLiteral("retired"),
            r.retired ? QStringLiteral("true") : QStringLiteral("false"));
        using A = FormulaArg;
        step.formula.append({ FormulaId::LifelongRequired,
            { A::month(retirementMonth), A::months(r.requiredMonths),
                A::months(r.requiredActualMonths) } });
        step.result.append({ FormulaId::RequiredMonths,
            { A::months(r.requiredMonths), A::months(r.requiredActualMonths) } });
    }

    void narrateShortfall(const RuleContext &ctx, const LifelongResult &r,
        YearMonth retirementMonth, int monthsAhead, TraceStep &step)
    {
        step.ruleId = QStringLiteral("lifelong.shortfall");
        step.subject = QStringLiteral("lifelong");
        step.title = QStringLiteral("是否达到终身医保待遇");
        step.input(QStringLiteral("countedMonths"), QString::number(r.countedMonths));
        step.input(QStringLiteral("countedActualMonths"), QString::number(r.countedActualMonths));
        step.input(QStringLiteral("projectedMonths"), QString::number(r.projectedMonths));
        step.input(
            QStringLiteral("projectedActualMonths"), QString::number(r.projectedActualMonths));
        step.input(QStringLiteral("aheadMonths"), QString::number(monthsAhead));
        step.input(QStringLiteral("requiredMonths"), countText(r.requiredMonths));
        step.input(QStringLiteral("requiredActualMonths"), countText(r.requiredActualMonths));
        step.input(QStringLiteral("totalShortMonths"), countText(r.totalShortMonths));
        step.input(QStringLiteral("actualShortMonths"), countText(r.actualShortMonths));
        step.input(QStringLiteral("shortfallMonths"), countText(r.shortfallMonths));
        step.input(QStringLiteral("binding"), r.bindingMinimum());
        step.input(QStringLiteral("qualifies"),
            !r.qualifies ? QStringLiteral("未知")
                         : (*r.qualifies ? QStringLiteral("true") : QStringLiteral("false")));
        step.input(QStringLiteral("retired"),
            r.retired ? QStringLiteral("true") : QStringLiteral("false"));
        if (r.qualifyingMonth)
            step.input(QStringLiteral("qualifyingMonth"), r.qualifyingMonth->toString());
        step.input(QStringLiteral("retirementMonth"), retirementMonth.toString());
        using A = FormulaArg;
        FormulaLine line;
        if (r.retired)
            line = { FormulaId::ShortfallRetired,
                { A::month(retirementMonth), A::month(ctx.asOfMonth), A::months(r.countedMonths),
                    A::months(r.countedActualMonths) } };
        else
            line = { FormulaId::ShortfallProjected,
                { A::months(r.countedMonths), A::months(monthsAhead), A::months(r.projectedMonths),
                    A::months(r.countedActualMonths), A::months(r.projectedActualMonths) } };
        line.args << A::months(r.requiredMonths) << A::months(r.projectedMonths)
                  << A::months(r.totalShortMonths) << A::months(r.requiredActualMonths)
                  << A::months(r.projectedActualMonths) << A::months(r.actualShortMonths)
                  << A::month(r.qualifyingMonth);
        step.formula.append(std::move(line));
        if (!r.qualifies)
            step.result.append({ FormulaId::ResultUnknown, {} });
        else if (!*r.qualifies)
            step.result.append({ FormulaId::ShortBy, { A::months(*r.shortfallMonths) } });
        else
            step.result.append(
                { r.retired ? FormulaId::QualifiesReached : FormulaId::QualifiesIfPaidOn, {} });
    }

    void narrateBackPay(const RuleContext &ctx, const LifelongComputation &out, int shortfallMonths,
        const std::optional<Money> &monthlyBackPay, const std::optional<Rate> &backPayRate,
        TraceStep &step)
    {
        const std::optional<Money> &base = ctx.c.retirement.baseAtRetirement;
        step.ruleId = QStringLiteral("lifelong.backpay");
        step.subject = QStringLiteral("backPay.retirementBackPay");
        step.title = QStringLiteral("退休时一次性补缴");
        step.input(QStringLiteral("shortfallMonths"), QString::number(shortfallMonths));
        step.input(QStringLiteral("baseAtRetirement"),
            base ? base->toYuanString() : QStringLiteral("未知"));
        step.input(QStringLiteral("monthly"), yuan(monthlyBackPay));
        step.input(QStringLiteral("retirementBackPay"), yuan(out.retirementBackPay));
        // before retirement the shortfall is a projection (paying every month until then)
        step.input(QStringLiteral("retired"),
            out.result.retired ? QStringLiteral("true") : QStringLiteral("false"));
        // an equality only when every number is known; otherwise say what is missing
        using A = FormulaArg;
        if (monthlyBackPay)
            step.formula.append({ FormulaId::BackPay,
                { A::money(*base), A::rate(*backPayRate), A::money(*monthlyBackPay),
                    A::months(shortfallMonths), A::money(out.retirementBackPay) } });
        else
            step.formula.append({ FormulaId::BackPayUnknown,
                { A::months(shortfallMonths), A::flag(base.has_value()) } });
        step.missing = out.missing;
        step.result.append({ FormulaId::ResultMoney, { A::money(out.retirementBackPay) } });
    }

    void narratePaths(const LifelongResult &r, int shortfallMonths, TraceStep &step)
    {
        step.ruleId = QStringLiteral("lifelong.paths");
        step.subject = QStringLiteral("lifelong.paths");
        step.title = QStringLiteral("一次性补缴与继续按月缴费的比较");
        const LifelongPath &oneTime = r.paths.at(0);
        const LifelongPath &keepPaying = r.paths.at(1);
        step.input(QStringLiteral("oneTimeCost"), yuan(oneTime.cost));
        step.input(QStringLiteral("oneTimeFrom"), oneTime.benefitsFrom->toString());
        step.input(QStringLiteral("keepPayingCost"), yuan(keepPaying.cost));
        step.input(QStringLiteral("keepPayingFrom"), keepPaying.benefitsFrom->toString());
        step.input(QStringLiteral("shortfallMonths"), QString::number(shortfallMonths));
        step.input(QStringLiteral("retired"),
            r.retired ? QStringLiteral("true") : QStringLiteral("false"));
        using A = FormulaArg;
        step.formula.append({ FormulaId::Paths,
            { A::money(oneTime.cost), A::month(oneTime.benefitsFrom), A::months(shortfallMonths),
                A::money(keepPaying.cost), A::month(keepPaying.benefitsFrom) } });
        step.result.append({ !r.cheapest                   ? FormulaId::CostsUnknown
                : *r.cheapest == QLatin1String("one_time") ? FormulaId::OneTimeCheaper
                                                           : FormulaId::KeepPayingCheaper,
            {} });
    }

} // namespace

LifelongComputation computeLifelong(
    const RuleContext &ctx, const YearsResult &years, YearMonth retirementMonth)
{
    LifelongComputation out;
    LifelongResult &r = out.result;
    LifelongSteps steps;
    readMinimums(ctx, retirementMonth, steps.required, r);
    const int monthsAhead = monthsStillToPay(ctx, retirementMonth);
    measureShortfall(ctx, years, retirementMonth, monthsAhead, r);
    for (const QString &k : r.missing)
        out.missing.append(k);

    std::optional<Money> monthlyBackPay;
    std::optional<Rate> backPayRate;
    const int shortfallMonths = r.shortfallMonths.value_or(0);
    if (r.shortfallMonths && shortfallMonths == 0)
        out.retirementBackPay = Money();
    else if (r.shortfallMonths)
        monthlyBackPay
            = priceShortfall(ctx, retirementMonth, shortfallMonths, steps, out, &backPayRate);

    if (!ctx.tracing())
        return out;
    narrateRequired(ctx, r, retirementMonth, steps.required);
    ctx.add(std::move(steps.required));
    narrateShortfall(ctx, r, retirementMonth, monthsAhead, steps.shortfall);
    ctx.add(std::move(steps.shortfall));
    if (shortfallMonths > 0) {
        narrateBackPay(ctx, out, shortfallMonths, monthlyBackPay, backPayRate, steps.backPay);
        ctx.add(std::move(steps.backPay));
        narratePaths(r, shortfallMonths, steps.paths);
        ctx.add(std::move(steps.paths));
    }
    return out;
}

} // namespace yibao
