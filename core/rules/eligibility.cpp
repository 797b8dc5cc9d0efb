// SPDX-License-Identifier: GPL-3.0-or-later
// eligibility.* — on a date, for a kind of care, does the personal account pay and does
// the pooled fund (统筹基金) reimburse.
// Sources: personal account usable after contributions stop: 000 §3, 001 §一.1, 003 §一.2,
// 004 §一.1; frozen when owed in some places: 001 §四. Pooled fund: 000 §3 (stops the
// month after the first unpaid month), 002 related "医疗保险刚买多久生效" (cover from the
// month after the first contribution), the gap rules for waiting periods, and lifelong
// benefits after retirement. DOMAIN.md "eligibility.*" fixes the order of precedence.
//
// Choice: a month is "owed on a date" (for the frozen-account variant) when it was due
// before that date and not paid by it.
#include "eligibility.h"

namespace yibao {

namespace {

    bool owedOn(const RuleContext &ctx, QDate date)
    {
        for (const auto &p : ctx.c.periods) {
            if (!MonthLine::isContribution(p)
                || (p.status != PeriodStatus::Arrears && p.status != PeriodStatus::Backpaid))
                continue;
            if (MonthLine::dueDate(p.from) >= date)
                continue;
            if (p.status == PeriodStatus::Arrears || (p.paidOn && *p.paidOn > date))
                return true;
        }
        return false;
    }

    QString spanZh(YearMonth a, YearMonth b)
    {
        return a == b ? a.toChinese() : a.toChinese() + QStringLiteral("至") + b.toChinese();
    }

} // namespace

QList<EventResult> computeEligibility(const RuleContext &ctx, const GapComputation &gaps,
    const LifelongResult &lifelong, YearMonth retirementMonth)
{
    QList<EventResult> out;
    const auto firstPaid = ctx.line.firstPaid();
    for (qsizetype i = 0; i < ctx.c.events.size(); ++i) {
        const MedicalEvent &e = ctx.c.events.at(i);
        const YearMonth x = YearMonth::of(e.date);
        EventResult r;
        r.date = e.date;
        r.care = e.care;
        TraceStep acc, pool;
        const QString subject = QStringLiteral("events[%1]").arg(i);

        const auto frozen = ctx.params.flag(
            ctx.stepOrNull(acc), QStringLiteral("eligibility.account_frozen_when_owed"), e.date);
        const bool owed = frozen.value_or(false) && owedOn(ctx, e.date);
        r.personalAccount = !owed;

        TraceStep *pst = ctx.stepOrNull(pool);
        std::optional<YearMonth> firstCover;
        if (firstPaid) {
            const auto offset = ctx.params.integer(
                pst, QStringLiteral("enrol.first_cover_offset_months"), firstPaid->firstDay());
            firstCover = firstPaid->addMonths(int(offset.value_or(1)));
        }
        const GapResult *inGap = nullptr;
        const GapResult *waitingAfter = nullptr;
        for (const auto &g : gaps.gaps)
            if (!inGap && x >= g.suspendedFrom && x <= g.to)
                inGap = &g;
        for (const auto &g : gaps.gaps)
            if (!waitingAfter && x > g.to && (!g.resumeMonth || x < *g.resumeMonth))
                waitingAfter = &g;

        const QString when = x.toChinese();
        if (x >= retirementMonth) {
            r.ruleId = QStringLiteral("eligibility.retired");
            r.pooledFund = lifelong.qualifies;
            r.reason = lifelong.qualifies
                ? QStringLiteral(
                    "%1已在退休（%2）之后，缴费年限已满 %3 个月，享受终身医保待遇，统筹基金支付。")
                      .arg(when, retirementMonth.toChinese())
                      .arg(lifelong.requiredMonths)
                : QStringLiteral("%1已在退休（%2）之后，累计缴费 %3 个月，不足 %4 "
                                 "个月，须补足年限后统筹基金才支付。")
                      .arg(when, retirementMonth.toChinese())
                      .arg(lifelong.projectedMonths)
                      .arg(lifelong.requiredMonths);
        } else if (!firstCover || x < *firstCover) {
            r.ruleId = QStringLiteral("eligibility.not_enrolled");
            r.pooledFund = false;
            r.reason = firstCover
                ? QStringLiteral("%1首次缴费，%2起才享受统筹待遇；%3尚未生效。")
                      .arg(firstPaid->toChinese(), firstCover->toChinese(), when)
                : QStringLiteral("没有已缴的职工医保月份，%1不享受统筹待遇。").arg(when);
        } else if (inGap) {
            r.ruleId = QStringLiteral("eligibility.gap");
            r.pooledFund = inGap->costsCovered;
            r.reason
                = QStringLiteral("%1断缴，自%2起暂停统筹基金支付；%3在暂停期内%4。")
                      .arg(spanZh(inGap->from, inGap->to), inGap->suspendedFrom.toChinese(), when,
                          inGap->costsCovered ? QStringLiteral("，已按期补缴，费用可报销")
                                              : QStringLiteral("，费用不予报销"));
        } else if (waitingAfter) {
            const GapResult &g = *waitingAfter;
            r.ruleId = QStringLiteral("eligibility.waiting");
            r.pooledFund = g.costsCovered;
            if (g.continuous)
                r.reason = QStringLiteral("%1断缴后补缴，%2起恢复统筹待遇；%3尚未恢复%4。")
                               .arg(spanZh(g.from, g.to), g.resumeMonth->toChinese(), when,
                                   g.costsCovered ? QStringLiteral("，但补缴后费用可报销")
                                                  : QStringLiteral("，费用不予报销"));
            else
                // a gap within the grace length is interrupted by what was not paid in time,
                // not by its length: say which
                r.reason
                    = QStringLiteral("%1断缴 %2 个月，%3，恢复缴费后需等待 %4 "
                                     "个月，%5起才恢复统筹待遇；%6在等待期内。")
                          .arg(spanZh(g.from, g.to))
                          .arg(g.months)
                          .arg(g.months > g.graceMonths ? QStringLiteral("超过宽限期")
                                                        : QStringLiteral("未在宽限期内按时补缴"))
                          .arg(g.waitingMonths)
                          .arg(g.resumeMonth->toChinese(), when);
        } else {
            r.ruleId = QStringLiteral("eligibility.covered");
            r.pooledFund = true;
            r.reason = QStringLiteral("%1处于正常缴费期间，统筹基金按规定支付%2费用。")
                           .arg(when, careChinese(e.care));
        }
        if (!r.personalAccount)
            r.reason += QStringLiteral("另：%1仍有欠费，按本档案规定个人账户冻结，缴清后才能使用。")
                            .arg(isoDate(e.date));

        if (ctx.tracing()) {
            acc.ruleId = QStringLiteral("eligibility.personal_account");
            acc.subject = subject;
            acc.title = QStringLiteral("%1 %2：个人账户").arg(isoDate(e.date), careChinese(e.care));
            acc.input(QStringLiteral("date"), isoDate(e.date));
            acc.input(QStringLiteral("care"), careChinese(e.care));
            acc.input(QStringLiteral("owedOnDate"),
                owedOn(ctx, e.date) ? QStringLiteral("true") : QStringLiteral("false"));
            acc.formula = frozen.value_or(false)
                ? QStringLiteral("本档案规定欠费时冻结个人账户；当日%1欠费")
                      .arg(owedOn(ctx, e.date) ? QStringLiteral("有") : QStringLiteral("无"))
                : QStringLiteral("停缴或欠费不影响个人账户余额的使用");
            acc.result = r.personalAccount ? QStringLiteral("可用") : QStringLiteral("冻结");
            ctx.add(std::move(acc));

            pool.ruleId = r.ruleId;
            pool.subject = subject;
            pool.title
                = QStringLiteral("%1 %2：统筹基金").arg(isoDate(e.date), careChinese(e.care));
            pool.input(QStringLiteral("date"), isoDate(e.date));
            pool.input(QStringLiteral("month"), x.toString());
            pool.input(QStringLiteral("care"), careChinese(e.care));
            pool.input(QStringLiteral("retirementMonth"), retirementMonth.toString());
            if (firstCover)
                pool.input(QStringLiteral("firstCover"), firstCover->toString());
            if (const GapResult *g = inGap ? inGap : waitingAfter) {
                pool.input(QStringLiteral("gapFrom"), g->from.toString());
                pool.input(QStringLiteral("gapTo"), g->to.toString());
                pool.input(QStringLiteral("gapMonths"), QString::number(g->months));
                pool.input(QStringLiteral("resumeMonth"),
                    g->resumeMonth ? g->resumeMonth->toString() : QString());
                pool.input(QStringLiteral("waiting"), QString::number(g->waitingMonths));
            }
            pool.input(QStringLiteral("pooledFund"),
                r.pooledFund ? QStringLiteral("true") : QStringLiteral("false"));
            pool.formula = QStringLiteral("依次判断：退休（%1 起）→ 首次参保生效（%2 起）→ "
                                          "断缴暂停期 → 恢复前等待期 → 正常缴费")
                               .arg(retirementMonth.toString(),
                                   firstCover ? firstCover->toString() : QStringLiteral("无"));
            pool.result
                = r.pooledFund ? QStringLiteral("统筹基金支付") : QStringLiteral("统筹基金不支付");
            pool.input(QStringLiteral("reason"), r.reason);
            ctx.add(std::move(pool));
        }
        out.append(r);
    }
    return out;
}

} // namespace yibao
