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

} // namespace

LifelongComputation computeLifelong(
    const RuleContext &ctx, const YearsResult &years, YearMonth retirementMonth)
{
    LifelongComputation out;
    LifelongResult &r = out.result;
    const QDate at = retirementMonth.firstDay();
    // The minimum years are the law's; for a retirement before the profile's first day
    // they are read for that first day (as retire.statutory does). An unknown minimum
    // leaves every verdict that needs it unknown: nobody qualifies by default.
    const QDate requiredAt = std::max(at, ctx.params.profile().validFrom);

    TraceStep req, sh, bp, pa;
    const QString minKey = keys::minMonths(sexId(ctx.c.person.sex));
    const QString minActualKey = QStringLiteral("lifelong.min_actual_months");
    const auto minMonths = ctx.params.integer(ctx.stepOrNull(req), minKey, requiredAt);
    const auto minActual = ctx.params.integer(ctx.stepOrNull(req), minActualKey, requiredAt);
    if (minMonths)
        r.requiredMonths = int(*minMonths);
    else
        r.missing.append(minKey);
    if (minActual)
        r.requiredActualMonths = int(*minActual);
    else
        r.missing.append(minActualKey);
    r.countedMonths = years.cumulativeMonths;
    r.countedActualMonths = years.actualMonths;
    r.retired = ctx.asOfMonth >= retirementMonth;
    const int ahead = monthsStillToPay(ctx, retirementMonth);
    r.projectedMonths = r.countedMonths + ahead;
    r.projectedActualMonths = r.countedActualMonths + ahead;
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
    for (const QString &k : r.missing)
        out.missing.append(k);

    const Money *base
        = ctx.c.retirement.baseAtRetirement ? &*ctx.c.retirement.baseAtRetirement : nullptr;
    std::optional<Money> monthlyBackPay;
    const int shortfall = r.shortfallMonths.value_or(0);
    if (r.shortfallMonths && shortfall == 0) {
        out.retirementBackPay = Money();
    } else if (r.shortfallMonths) {
        const auto rate
            = ctx.params.rate(ctx.stepOrNull(bp), QStringLiteral("lifelong.backpay_rate"), at);
        const auto rounding = ctx.params.rounding(
            ctx.stepOrNull(bp), ctx.params.parameter(QStringLiteral("rounding.monthly")), at);
        if (!rate)
            out.missing.append(QStringLiteral("lifelong.backpay_rate"));
        if (!base)
            out.missing.append(QStringLiteral("retirement.baseAtRetirement"));
        if (!rounding)
            out.missing.append(QStringLiteral("rounding.monthly"));
        if (rate && base && rounding) {
            monthlyBackPay = rate->apply(*base, *rounding);
            out.retirementBackPay = *monthlyBackPay * shortfall;
        }
        const YearMonth start = std::max(retirementMonth, ctx.asOfMonth);
        LifelongPath oneTime { QStringLiteral("one_time"), out.retirementBackPay, start,
            shortfall };
        const auto flexRate
            = ctx.params.rate(ctx.stepOrNull(pa), QStringLiteral("rate.flexible"), at);
        std::optional<Money> keepCost;
        if (flexRate && base && rounding)
            keepCost = flexRate->apply(*base, *rounding) * shortfall;
        LifelongPath keep { QStringLiteral("keep_paying"), keepCost, start.addMonths(shortfall),
            shortfall };
        r.paths = { oneTime, keep };
        if (oneTime.cost && keepCost)
            r.cheapest = *oneTime.cost <= *keepCost ? oneTime.id : keep.id;
    }

    if (!ctx.tracing())
        return out;
    const auto num = [](const std::optional<int> &v) {
        return v ? QString::number(*v) : QStringLiteral("未知");
    };
    req.ruleId = QStringLiteral("lifelong.required");
    req.subject = QStringLiteral("lifelong");
    req.title = QStringLiteral("终身医保待遇的缴费年限要求");
    req.input(QStringLiteral("sex"),
        ctx.c.person.sex == Sex::Male ? QStringLiteral("男") : QStringLiteral("女"));
    req.input(QStringLiteral("requiredMonths"), num(r.requiredMonths));
    req.input(QStringLiteral("requiredActualMonths"), num(r.requiredActualMonths));
    req.input(QStringLiteral("retirementMonth"), retirementMonth.toString());
    req.formula
        = QStringLiteral("退休时（%1）累计缴费不少于 %2 个月，其中实际缴费不少于 %3 个月")
              .arg(retirementMonth.toString(), num(r.requiredMonths), num(r.requiredActualMonths));
    req.result = QStringLiteral("%1 个月（实际 %2 个月）")
                     .arg(num(r.requiredMonths), num(r.requiredActualMonths));
    ctx.add(std::move(req));

    sh.ruleId = QStringLiteral("lifelong.shortfall");
    sh.subject = QStringLiteral("lifelong");
    sh.title = QStringLiteral("是否达到终身医保待遇");
    sh.input(QStringLiteral("countedMonths"), QString::number(r.countedMonths));
    sh.input(QStringLiteral("countedActualMonths"), QString::number(r.countedActualMonths));
    sh.input(QStringLiteral("projectedMonths"), QString::number(r.projectedMonths));
    sh.input(QStringLiteral("projectedActualMonths"), QString::number(r.projectedActualMonths));
    sh.input(QStringLiteral("aheadMonths"), QString::number(ahead));
    sh.input(QStringLiteral("requiredMonths"), num(r.requiredMonths));
    sh.input(QStringLiteral("requiredActualMonths"), num(r.requiredActualMonths));
    sh.input(QStringLiteral("totalShortMonths"), num(r.totalShortMonths));
    sh.input(QStringLiteral("actualShortMonths"), num(r.actualShortMonths));
    sh.input(QStringLiteral("shortfallMonths"), num(r.shortfallMonths));
    sh.input(QStringLiteral("binding"), r.bindingMinimum());
    sh.input(QStringLiteral("qualifies"),
        !r.qualifies ? QStringLiteral("未知")
                     : (*r.qualifies ? QStringLiteral("true") : QStringLiteral("false")));
    sh.input(
        QStringLiteral("retired"), r.retired ? QStringLiteral("true") : QStringLiteral("false"));
    if (r.qualifyingMonth)
        sh.input(QStringLiteral("qualifyingMonth"), r.qualifyingMonth->toString());
    sh.input(QStringLiteral("retirementMonth"), retirementMonth.toString());
    const QString counted = r.retired
        ? QStringLiteral("%1 退休，到 %2 累计 %3 个月（实际 %4 个月）")
              .arg(retirementMonth.toString(), ctx.asOfMonth.toString())
              .arg(r.countedMonths)
              .arg(r.countedActualMonths)
        : QStringLiteral("已累计 %1 个月 + 按时缴到退休前还有 %2 个月 = 预计 %3 个月"
                         "（实际 %4 + %2 = %5 个月）")
              .arg(r.countedMonths)
              .arg(ahead)
              .arg(r.projectedMonths)
              .arg(r.countedActualMonths)
              .arg(r.projectedActualMonths);
    sh.formula = counted
        + QStringLiteral("；累计差 max(0, %1 − %2) = %3 个月，实际差 max(0, %4 − %5) = %6 个月")
              .arg(num(r.requiredMonths))
              .arg(r.projectedMonths)
              .arg(num(r.totalShortMonths), num(r.requiredActualMonths))
              .arg(r.projectedActualMonths)
              .arg(num(r.actualShortMonths));
    if (r.qualifyingMonth)
        sh.formula += QStringLiteral("；%1 起两项都已达到").arg(r.qualifyingMonth->toString());
    sh.result = !r.qualifies ? QStringLiteral("未知")
        : *r.qualifies ? (r.retired ? QStringLiteral("达到") : QStringLiteral("按时缴到退休可达到"))
                       : QStringLiteral("差 %1 个月").arg(*r.shortfallMonths);
    ctx.add(std::move(sh));

    if (shortfall > 0) {
        bp.ruleId = QStringLiteral("lifelong.backpay");
        bp.subject = QStringLiteral("backPay.retirementBackPay");
        bp.title = QStringLiteral("退休时一次性补缴");
        bp.input(QStringLiteral("shortfallMonths"), QString::number(shortfall));
        bp.input(QStringLiteral("baseAtRetirement"),
            base ? base->toYuanString() : QStringLiteral("未知"));
        bp.input(QStringLiteral("monthly"), yuan(monthlyBackPay));
        bp.input(QStringLiteral("retirementBackPay"), yuan(out.retirementBackPay));
        const QString rateText
            = bp.params.isEmpty() ? QStringLiteral("未知") : bp.params.first().value;
        // an equality only when every number is known; otherwise say what is missing
        bp.formula = monthlyBackPay
            ? QStringLiteral("%1 元 × %2 = %3 元/月，× %4 个月 = %5 元")
                  .arg(base->toYuanString(), rateText, monthlyBackPay->toYuanString())
                  .arg(shortfall)
                  .arg(out.retirementBackPay->toYuanString())
            : QStringLiteral("差 %1 个月 × 每月（退休时缴费基数 × 补缴比例）；%2未知，无法计算")
                  .arg(shortfall)
                  .arg(base ? QStringLiteral("补缴比例") : QStringLiteral("退休时缴费基数"));
        bp.missing = out.missing;
        bp.result = yuan(out.retirementBackPay);
        ctx.add(std::move(bp));

        pa.ruleId = QStringLiteral("lifelong.paths");
        pa.subject = QStringLiteral("lifelong.paths");
        pa.title = QStringLiteral("一次性补缴与继续按月缴费的比较");
        const LifelongPath &one = r.paths.at(0);
        const LifelongPath &keep = r.paths.at(1);
        pa.input(QStringLiteral("oneTimeCost"), yuan(one.cost));
        pa.input(QStringLiteral("oneTimeFrom"), one.benefitsFrom->toString());
        pa.input(QStringLiteral("keepPayingCost"), yuan(keep.cost));
        pa.input(QStringLiteral("keepPayingFrom"), keep.benefitsFrom->toString());
        pa.input(QStringLiteral("shortfallMonths"), QString::number(shortfall));
        pa.formula
            = QStringLiteral("一次性补缴 %1，%2 起享受；按灵活就业继续缴费 %3 个月共 %4，%5 起享受")
                  .arg(yuanText(one.cost), one.benefitsFrom->toString())
                  .arg(shortfall)
                  .arg(yuanText(keep.cost), keep.benefitsFrom->toString());
        pa.result = r.cheapest
            ? (*r.cheapest == QLatin1String("one_time") ? QStringLiteral("一次性补缴花费较少")
                                                        : QStringLiteral("继续缴费花费较少"))
            : QStringLiteral("费用未知，无法比较");
        ctx.add(std::move(pa));
    }
    return out;
}

} // namespace yibao
