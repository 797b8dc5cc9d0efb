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
    // the base at retirement. Returns the monthly back-pay (nullopt: unknown).
    std::optional<Money> priceShortfall(const RuleContext &ctx, YearMonth retirementMonth,
        int shortfallMonths, LifelongSteps &steps, LifelongComputation &out)
    {
        LifelongResult &r = out.result;
        const QDate at = retirementMonth.firstDay();
        const std::optional<Money> &base = ctx.c.retirement.baseAtRetirement;
        const auto backPayRate = ctx.params.rate(
            ctx.stepOrNull(steps.backPay), QStringLiteral("lifelong.backpay_rate"), at);
        const auto rounding = ctx.params.rounding(ctx.stepOrNull(steps.backPay),
            ctx.params.parameter(QStringLiteral("rounding.monthly")), at);
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
        step.formula
            = QStringLiteral("退休时（%1）累计缴费不少于 %2 个月，其中实际缴费不少于 %3 个月")
                  .arg(retirementMonth.toString(), countText(r.requiredMonths),
                      countText(r.requiredActualMonths));
        step.result = QStringLiteral("%1 个月（实际 %2 个月）")
                          .arg(countText(r.requiredMonths), countText(r.requiredActualMonths));
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
        const QString counted = r.retired
            ? QStringLiteral("%1 退休，到 %2 累计 %3 个月（实际 %4 个月）")
                  .arg(retirementMonth.toString(), ctx.asOfMonth.toString())
                  .arg(r.countedMonths)
                  .arg(r.countedActualMonths)
            : QStringLiteral("已累计 %1 个月 + 按时缴到退休前还有 %2 个月 = 预计 %3 个月"
                             "（实际 %4 + %2 = %5 个月）")
                  .arg(r.countedMonths)
                  .arg(monthsAhead)
                  .arg(r.projectedMonths)
                  .arg(r.countedActualMonths)
                  .arg(r.projectedActualMonths);
        step.formula = counted
            + QStringLiteral("；累计差 max(0, %1 − %2) = %3 个月，实际差 max(0, %4 − %5) = %6 个月")
                  .arg(countText(r.requiredMonths))
                  .arg(r.projectedMonths)
                  .arg(countText(r.totalShortMonths), countText(r.requiredActualMonths))
                  .arg(r.projectedActualMonths)
                  .arg(countText(r.actualShortMonths));
        if (r.qualifyingMonth)
            step.formula
                += QStringLiteral("；%1 起两项都已达到").arg(r.qualifyingMonth->toString());
        step.result = !r.qualifies ? QStringLiteral("未知")
            : *r.qualifies
            ? (r.retired ? QStringLiteral("达到") : QStringLiteral("按时缴到退休可达到"))
            : QStringLiteral("差 %1 个月").arg(*r.shortfallMonths);
    }

    void narrateBackPay(const RuleContext &ctx, const LifelongComputation &out, int shortfallMonths,
        const std::optional<Money> &monthlyBackPay, TraceStep &step)
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
        const QString rateText
            = step.params.isEmpty() ? QStringLiteral("未知") : step.params.first().value;
        // an equality only when every number is known; otherwise say what is missing
        step.formula = monthlyBackPay
            ? QStringLiteral("%1 元 × %2 = %3 元/月，× %4 个月 = %5 元")
                  .arg(base->toYuanString(), rateText, monthlyBackPay->toYuanString())
                  .arg(shortfallMonths)
                  .arg(out.retirementBackPay->toYuanString())
            : QStringLiteral("差 %1 个月 × 每月（退休时缴费基数 × 补缴比例）；%2未知，无法计算")
                  .arg(shortfallMonths)
                  .arg(base ? QStringLiteral("补缴比例") : QStringLiteral("退休时缴费基数"));
        step.missing = out.missing;
        step.result = yuan(out.retirementBackPay);
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
        step.formula
            = QStringLiteral("一次性补缴 %1，%2 起享受；按灵活就业继续缴费 %3 个月共 %4，%5 起享受")
                  .arg(yuanText(oneTime.cost), oneTime.benefitsFrom->toString())
                  .arg(shortfallMonths)
                  .arg(yuanText(keepPaying.cost), keepPaying.benefitsFrom->toString());
        step.result = r.cheapest
            ? (*r.cheapest == QLatin1String("one_time") ? QStringLiteral("一次性补缴花费较少")
                                                        : QStringLiteral("继续缴费花费较少"))
            : QStringLiteral("费用未知，无法比较");
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
    const int shortfallMonths = r.shortfallMonths.value_or(0);
    if (r.shortfallMonths && shortfallMonths == 0)
        out.retirementBackPay = Money();
    else if (r.shortfallMonths)
        monthlyBackPay = priceShortfall(ctx, retirementMonth, shortfallMonths, steps, out);

    if (!ctx.tracing())
        return out;
    narrateRequired(ctx, r, retirementMonth, steps.required);
    ctx.add(std::move(steps.required));
    narrateShortfall(ctx, r, retirementMonth, monthsAhead, steps.shortfall);
    ctx.add(std::move(steps.shortfall));
    if (shortfallMonths > 0) {
        narrateBackPay(ctx, out, shortfallMonths, monthlyBackPay, steps.backPay);
        ctx.add(std::move(steps.backPay));
        narratePaths(r, shortfallMonths, steps.paths);
        ctx.add(std::move(steps.paths));
    }
    return out;
}

} // namespace yibao
