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

LifelongComputation computeLifelong(
    const RuleContext &ctx, const YearsResult &years, YearMonth retirementMonth)
{
    LifelongComputation out;
    LifelongResult &r = out.result;
    const QDate at = retirementMonth.firstDay();
    // The minimum years are the law's; for a retirement before the profile's first day
    // they are read for that first day (as retire.statutory does), rather than unknown,
    // which would make anyone qualify. The back-pay rate of such a date stays unknown.
    const QDate requiredAt = std::max(at, ctx.params.profile().validFrom);

    TraceStep req, sh, bp, pa;
    const auto minMonths = ctx.params.integer(
        ctx.stepOrNull(req), keys::minMonths(sexId(ctx.c.person.sex)), requiredAt);
    const auto minActual = ctx.params.integer(
        ctx.stepOrNull(req), QStringLiteral("lifelong.min_actual_months"), requiredAt);
    r.requiredMonths = int(minMonths.value_or(0));
    r.requiredActualMonths = int(minActual.value_or(0));
    r.countedMonths = years.cumulativeMonths;
    r.countedActualMonths = years.actualMonths;
    r.retired = ctx.asOfMonth >= retirementMonth;
    // months still to come if paying every month until retirement, excluding the asOf month
    const int ahead = std::max(0, ctx.asOfMonth.monthsUntil(retirementMonth) - 1);
    r.projectedMonths = r.countedMonths + ahead;
    r.projectedActualMonths = r.countedActualMonths + ahead;
    r.shortfallMonths = std::max({ 0, r.requiredMonths - r.projectedMonths,
        r.requiredActualMonths - r.projectedActualMonths });
    r.qualifies = r.shortfallMonths == 0;

    const Money *base
        = ctx.c.retirement.baseAtRetirement ? &*ctx.c.retirement.baseAtRetirement : nullptr;
    std::optional<Money> monthlyBackPay;
    if (r.shortfallMonths == 0) {
        out.retirementBackPay = Money();
    } else {
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
            out.retirementBackPay = *monthlyBackPay * r.shortfallMonths;
        }
        const YearMonth start = std::max(retirementMonth, ctx.asOfMonth);
        LifelongPath oneTime { QStringLiteral("one_time"), out.retirementBackPay, start,
            r.shortfallMonths };
        const auto flexRate
            = ctx.params.rate(ctx.stepOrNull(pa), QStringLiteral("rate.flexible"), at);
        std::optional<Money> keepCost;
        if (flexRate && base && rounding)
            keepCost = flexRate->apply(*base, *rounding) * r.shortfallMonths;
        LifelongPath keep { QStringLiteral("keep_paying"), keepCost,
            start.addMonths(r.shortfallMonths), r.shortfallMonths };
        r.paths = { oneTime, keep };
        if (oneTime.cost && keepCost)
            r.cheapest = *oneTime.cost <= *keepCost ? oneTime.id : keep.id;
    }

    if (!ctx.tracing())
        return out;
    const QString retiredText = r.retired ? QStringLiteral("已退休") : QStringLiteral("未退休");
    req.ruleId = QStringLiteral("lifelong.required");
    req.subject = QStringLiteral("lifelong");
    req.title = QStringLiteral("终身医保待遇的缴费年限要求");
    req.input(QStringLiteral("sex"),
        ctx.c.person.sex == Sex::Male ? QStringLiteral("男") : QStringLiteral("女"));
    req.input(QStringLiteral("requiredMonths"), QString::number(r.requiredMonths));
    req.input(QStringLiteral("requiredActualMonths"), QString::number(r.requiredActualMonths));
    req.input(QStringLiteral("retirementMonth"), retirementMonth.toString());
    req.formula = QStringLiteral("退休时（%1）累计缴费不少于 %2 个月，其中实际缴费不少于 %3 个月")
                      .arg(retirementMonth.toString())
                      .arg(r.requiredMonths)
                      .arg(r.requiredActualMonths);
    req.result = QStringLiteral("%1 个月（实际 %2 个月）")
                     .arg(r.requiredMonths)
                     .arg(r.requiredActualMonths);
    ctx.add(std::move(req));

    sh.ruleId = QStringLiteral("lifelong.shortfall");
    sh.subject = QStringLiteral("lifelong");
    sh.title = QStringLiteral("是否达到终身医保待遇");
    sh.input(QStringLiteral("countedMonths"), QString::number(r.countedMonths));
    sh.input(QStringLiteral("projectedMonths"), QString::number(r.projectedMonths));
    sh.input(QStringLiteral("projectedActualMonths"), QString::number(r.projectedActualMonths));
    sh.input(QStringLiteral("aheadMonths"), QString::number(ahead));
    sh.input(QStringLiteral("requiredMonths"), QString::number(r.requiredMonths));
    sh.input(QStringLiteral("shortfallMonths"), QString::number(r.shortfallMonths));
    sh.input(QStringLiteral("qualifies"),
        r.qualifies ? QStringLiteral("true") : QStringLiteral("false"));
    sh.input(
        QStringLiteral("retired"), r.retired ? QStringLiteral("true") : QStringLiteral("false"));
    sh.formula = QStringLiteral("%1：已累计 %2 个月 + 退休前还可缴 %3 个月 = %4 个月；差额 = "
                                "max(0, %5 − %4, %6 − %7) = %8 个月")
                     .arg(retiredText)
                     .arg(r.countedMonths)
                     .arg(ahead)
                     .arg(r.projectedMonths)
                     .arg(r.requiredMonths)
                     .arg(r.requiredActualMonths)
                     .arg(r.projectedActualMonths)
                     .arg(r.shortfallMonths);
    sh.result = r.qualifies ? QStringLiteral("达到")
                            : QStringLiteral("差 %1 个月").arg(r.shortfallMonths);
    ctx.add(std::move(sh));

    if (r.shortfallMonths > 0) {
        bp.ruleId = QStringLiteral("lifelong.backpay");
        bp.subject = QStringLiteral("backPay.retirementBackPay");
        bp.title = QStringLiteral("退休时一次性补缴");
        bp.input(QStringLiteral("shortfallMonths"), QString::number(r.shortfallMonths));
        bp.input(QStringLiteral("baseAtRetirement"),
            base ? base->toYuanString() : QStringLiteral("未知"));
        bp.input(QStringLiteral("monthly"), yuan(monthlyBackPay));
        bp.input(QStringLiteral("retirementBackPay"), yuan(out.retirementBackPay));
        const QString rateText
            = bp.params.isEmpty() ? QStringLiteral("未知") : bp.params.first().value;
        bp.formula = QStringLiteral("%1 个月 × (%2 元 × %3) = %1 × %4 = %5 元")
                         .arg(r.shortfallMonths)
                         .arg(base ? base->toYuanString() : QStringLiteral("未知"), rateText,
                             yuan(monthlyBackPay), yuan(out.retirementBackPay));
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
        pa.input(QStringLiteral("shortfallMonths"), QString::number(r.shortfallMonths));
        pa.formula = QStringLiteral(
            "一次性补缴 %1 元，%2 起享受；按灵活就业继续缴费 %3 个月共 %4 元，%5 起享受")
                         .arg(yuan(one.cost), one.benefitsFrom->toString())
                         .arg(r.shortfallMonths)
                         .arg(yuan(keep.cost), keep.benefitsFrom->toString());
        pa.result = r.cheapest
            ? (*r.cheapest == QLatin1String("one_time") ? QStringLiteral("一次性补缴花费较少")
                                                        : QStringLiteral("继续缴费花费较少"))
            : QStringLiteral("费用未知，无法比较");
        ctx.add(std::move(pa));
    }
    return out;
}

} // namespace yibao
