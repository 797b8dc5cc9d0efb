// SPDX-License-Identifier: GPL-3.0-or-later
// gap.* — interruptions (断缴), back-pay (补缴), late fees (滞纳金) and resumption.
// Sources: 000 §3 (the pooled fund stops from the month after the first unpaid month;
// back-paying does not make the gap's costs reimbursable); 001 related "医保断交三个月内需要
// 补交几个月" and 002 §2 (3-month grace); 001 related "医保三个月没缴费会断吗" and 004 §三
// (6 months of payment before cover returns); 社会保险法 art. 86 (0.05 % a day) and 001
// related "医保有一个月没交上怎么办" (500 yuan × 30 days = 7.50); 行政强制法 art. 45 (the fee
// never exceeds the amount owed). DOMAIN.md "gap.*" is the specification.
//
// Choices where DOMAIN.md is silent: grace, suspension and cost-cover parameters are read
// for the gap's first month, the waiting period for the month payment resumes, rates, late
// fee and rounding for each contribution month. A month the profile has no rate for makes
// the gap's money figures unknown (null) rather than partial.
#include "gap.h"

#include <QStringList>

namespace yibao {

namespace {

    struct MonthMoney
    {
        std::optional<Money> principal;
        Rate rate;
        Rate daily;
        std::optional<Money> fee;
        int days = 0;
        bool feeApplies = false;
        bool feeCapped = false;
        QDate payDate;
    };

    class GapRule
    {
    public:
        GapRule(const RuleContext &ctx)
            : m_ctx(ctx)
            , m_employer(ctx.params.parameter(QStringLiteral("rate.employee.employer")))
            , m_individual(ctx.params.parameter(QStringLiteral("rate.employee.individual")))
            , m_flexible(ctx.params.parameter(QStringLiteral("rate.flexible")))
            , m_daily(ctx.params.parameter(QStringLiteral("gap.late_fee_daily")))
            , m_kinds(ctx.params.parameter(QStringLiteral("gap.late_fee_kinds")))
            , m_cap(ctx.params.parameter(QStringLiteral("gap.late_fee_cap_ratio")))
            , m_rounding(ctx.params.parameter(QStringLiteral("rounding.monthly")))
            , m_grace(ctx.params.parameter(QStringLiteral("gap.grace_months")))
            , m_waiting(ctx.params.parameter(QStringLiteral("gap.waiting_months")))
            , m_suspendAfter(ctx.params.parameter(QStringLiteral("gap.suspend_after_months")))
            , m_costsCovered(ctx.params.parameter(QStringLiteral("gap.backpaid_costs_covered")))
        { }

        // The principal and late fee of one owed or back-paid month; the payment date is its
        // paidOn, or asOf for a month still owed ("if paid today").
        MonthMoney monthMoney(YearMonth m, const ContributionPeriod &p, TraceStep *principalStep,
            TraceStep *feeStep) const
        {
            MonthMoney out;
            const QDate at = m.firstDay();
            std::optional<Rate> rate;
            if (p.kind == PeriodKind::Employee) {
                const auto a = m_ctx.params.rate(principalStep, m_employer, at);
                const auto b = m_ctx.params.rate(principalStep, m_individual, at);
                if (a && b)
                    rate = *a + *b;
            } else {
                rate = m_ctx.params.rate(principalStep, m_flexible, at);
            }
            const auto rounding = m_ctx.params.rounding(principalStep, m_rounding, at);
            if (!rate || !rounding || !p.base)
                return out;
            out.rate = *rate;
            out.principal = rate->apply(*p.base, *rounding);

            const auto kinds = m_ctx.params.list(feeStep, m_kinds, at);
            if (!kinds)
                return out;
            out.feeApplies = kinds->contains(kindId(p.kind));
            if (!out.feeApplies) {
                out.fee = Money();
                return out;
            }
            const auto daily = m_ctx.params.rate(feeStep, m_daily, at);
            const auto capRatio = m_ctx.params.rate(feeStep, m_cap, at);
            m_ctx.params.rounding(feeStep, m_rounding, at);
            if (!daily || !capRatio)
                return out;
            out.daily = *daily;
            out.payDate = p.status == PeriodStatus::Backpaid && p.paidOn ? *p.paidOn : m_ctx.c.asOf;
            out.days = int(std::max<qint64>(0, MonthLine::dueDate(m).daysTo(out.payDate)));
            Money fee = daily->applyTimes(*out.principal, out.days, *rounding);
            const Money cap = capRatio->apply(*out.principal, *rounding);
            if (fee > cap) {
                fee = cap;
                out.feeCapped = true;
            }
            out.fee = fee;
            return out;
        }

        GapResult evaluate(
            YearMonth from, YearMonth to, std::optional<YearMonth> historyEnd, int index) const;

    private:
        const RuleContext &m_ctx;
        const Parameter &m_employer;
        const Parameter &m_individual;
        const Parameter &m_flexible;
        const Parameter &m_daily;
        const Parameter &m_kinds;
        const Parameter &m_cap;
        const Parameter &m_rounding;
        const Parameter &m_grace;
        const Parameter &m_waiting;
        const Parameter &m_suspendAfter;
        const Parameter &m_costsCovered;
    };

    void addOpt(std::optional<Money> &sum, const std::optional<Money> &v)
    {
        if (sum && v)
            *sum += *v;
        else
            sum.reset();
    }

    GapResult GapRule::evaluate(
        YearMonth from, YearMonth to, std::optional<YearMonth> historyEnd, int index) const
    {
        const RuleContext &ctx = m_ctx;
        const QString subject = QStringLiteral("gaps[%1]").arg(index);
        const QString fromText = from.toString();
        const QString toText = to.toString();
        const QString span = from == to ? fromText : fromText + QStringLiteral("—") + toText;
        GapResult g;
        g.from = from;
        g.to = to;
        g.months = from.monthsUntil(to) + 1;
        g.principal = Money();
        g.lateFee = Money();
        g.owed = Money();

        TraceStep ps, fs, gs, rs, ss;
        TraceStep *pst = ctx.stepOrNull(ps);
        TraceStep *fst = ctx.stepOrNull(fs);
        QStringList principalLines;
        QStringList feeLines;
        std::optional<QDate> lastPaidOn;
        bool allPaidByDeadline = true;
        // consecutive months with the same base and rate make one line of the principal formula
        struct Run
        {
            YearMonth first, last;
            Money base, monthly;
            Rate rate;
            QString kind;
            int count = 0;
        };
        std::optional<Run> run;
        auto flushRun = [&] {
            if (!run || !ctx.tracing())
                return;
            principalLines.append(
                QStringLiteral("%1%2：%3 个月 × %4 元 × %5（%6）= %3 × %7 = %8 元")
                    .arg(run->first.toString(),
                        run->first == run->last ? QString()
                                                : QStringLiteral("—") + run->last.toString())
                    .arg(run->count)
                    .arg(run->base.toYuanString(), run->rate.toPercentString(), run->kind,
                        run->monthly.toYuanString(), (run->monthly * run->count).toYuanString()));
            run.reset();
        };

        const QDate grace0 = from.firstDay();
        const auto grace = ctx.params.integer(ctx.stepOrNull(gs), m_grace, grace0);
        g.graceMonths = int(grace.value_or(0));
        g.graceDeadline = from.addMonths(g.graceMonths).lastDay();

        for (YearMonth m = from; m <= to; m = m.addMonths(1)) {
            const MonthState state = ctx.line.stateAt(m);
            if (state == MonthState::NotEnrolled) {
                ++g.notEnrolledMonths;
                flushRun();
                continue;
            }
            const ContributionPeriod &p = *ctx.line.periodAt(m);
            if (state == MonthState::Backpaid) {
                ++g.backpaidMonths;
                if (!lastPaidOn || *p.paidOn > *lastPaidOn)
                    lastPaidOn = *p.paidOn;
                if (*p.paidOn > g.graceDeadline)
                    allPaidByDeadline = false;
            } else {
                ++g.owedMonths;
            }
            const MonthMoney mm = monthMoney(m, p, pst, fst);
            addOpt(g.principal, mm.principal);
            addOpt(g.lateFee, mm.fee);
            if (state == MonthState::Owed) {
                std::optional<Money> both = mm.principal;
                addOpt(both, mm.fee);
                addOpt(g.owed, both);
            }
            if (!ctx.tracing())
                continue;
            if (mm.principal) {
                if (run && run->last.addMonths(1) == m && run->base == *p.base
                    && run->monthly == *mm.principal && run->rate == mm.rate) {
                    run->last = m;
                    ++run->count;
                } else {
                    flushRun();
                    run = Run { m, m, *p.base, *mm.principal, mm.rate, kindChinese(p.kind), 1 };
                }
            }
            if (mm.principal && mm.fee && mm.feeApplies)
                feeLines.append(
                    QStringLiteral("%1：%2 元 × %3 × %4 天（%5 至 %6%7）= %8 元%9")
                        .arg(m.toString(), mm.principal->toYuanString(), mm.daily.toPercentString())
                        .arg(mm.days)
                        .arg(isoDate(MonthLine::dueDate(m)), isoDate(mm.payDate),
                            state == MonthState::Owed ? QStringLiteral("，按今日缴清计")
                                                      : QString(),
                            mm.fee->toYuanString(),
                            mm.feeCapped ? QStringLiteral("（已达上限：不超过本金）") : QString()));
            else if (mm.principal && !mm.feeApplies)
                feeLines.append(
                    QStringLiteral("%1：%2不加收滞纳金").arg(m.toString(), kindChinese(p.kind)));
        }
        flushRun();
        g.total = g.principal;
        addOpt(g.total, g.lateFee);

        const bool inGrace = grace && g.months <= *grace;
        g.continuous
            = inGrace && g.owedMonths == 0 && g.notEnrolledMonths == 0 && allPaidByDeadline;
        g.continuousIfPaidByDeadline = g.owedMonths == 0 ? g.continuous
                                                         : inGrace && g.notEnrolledMonths == 0
                && allPaidByDeadline && ctx.c.asOf <= g.graceDeadline;

        // resumption: continuous gaps resume the month after the last back-payment; others after
        // the waiting period counted from the first month paid on time again
        const YearMonth after = to.addMonths(1);
        const bool resumedInHistory = historyEnd && after <= *historyEnd;
        std::optional<qint64> waiting;
        if (g.continuous && lastPaidOn) {
            g.resumeMonth = YearMonth::of(*lastPaidOn).addMonths(1);
        } else if (resumedInHistory) {
            waiting = ctx.params.integer(ctx.stepOrNull(rs), m_waiting, after.firstDay());
            g.waitingMonths = int(waiting.value_or(0));
            if (waiting)
                g.resumeMonth = after.addMonths(g.waitingMonths);
        }

        const auto suspendAfter = ctx.params.integer(ctx.stepOrNull(ss), m_suspendAfter, grace0);
        const auto covered = ctx.params.flag(ctx.stepOrNull(ss), m_costsCovered, grace0);
        g.suspendedFrom = from.addMonths(int(suspendAfter.value_or(1)));
        if (g.resumeMonth)
            g.suspendedTo = g.resumeMonth->addMonths(-1);
        g.costsCovered = g.continuous && covered.value_or(false);

        if (!ctx.tracing())
            return g;

        auto common = [&](TraceStep &s, const char *rule, const QString &title) {
            s.ruleId = QString::fromLatin1(rule);
            s.subject = subject;
            s.title = title;
            s.input(QStringLiteral("from"), fromText);
            s.input(QStringLiteral("to"), toText);
            s.input(QStringLiteral("months"), QString::number(g.months));
        };
        common(ps, "gap.principal", QStringLiteral("断缴 %1 应补本金").arg(span));
        ps.input(QStringLiteral("owedMonths"), QString::number(g.owedMonths));
        ps.input(QStringLiteral("backpaidMonths"), QString::number(g.backpaidMonths));
        ps.input(QStringLiteral("notEnrolledMonths"), QString::number(g.notEnrolledMonths));
        ps.input(QStringLiteral("principal"), yuan(g.principal));
        if (g.notEnrolledMonths > 0)
            principalLines.append(QStringLiteral("未参保（或参加城乡居民医保）%1 个月：无应缴本金")
                                      .arg(g.notEnrolledMonths));
        principalLines.append(QStringLiteral("合计 %1 元").arg(yuan(g.principal)));
        ps.formula = principalLines.join(QLatin1Char('\n'));
        ps.result = yuan(g.principal);
        ctx.add(std::move(ps));

        common(fs, "gap.late_fee", QStringLiteral("断缴 %1 滞纳金").arg(span));
        fs.input(QStringLiteral("lateFee"), yuan(g.lateFee));
        fs.input(QStringLiteral("owed"), yuan(g.owed));
        fs.input(QStringLiteral("asOf"), isoDate(ctx.c.asOf));
        if (feeLines.isEmpty())
            feeLines.append(QStringLiteral("没有欠缴或补缴的月份，不产生滞纳金"));
        feeLines.append(QStringLiteral("合计 %1 元；本金加滞纳金 %2 元；其中尚欠 %3 元")
                            .arg(yuan(g.lateFee), yuan(g.total), yuan(g.owed)));
        fs.formula = feeLines.join(QLatin1Char('\n'));
        fs.result = yuan(g.lateFee);
        ctx.add(std::move(fs));

        common(gs, "gap.grace", QStringLiteral("断缴 %1 是否视为连续").arg(span));
        gs.input(QStringLiteral("grace"), QString::number(g.graceMonths));
        gs.input(QStringLiteral("graceDeadline"), isoDate(g.graceDeadline));
        gs.input(QStringLiteral("continuous"),
            g.continuous ? QStringLiteral("true") : QStringLiteral("false"));
        gs.input(QStringLiteral("continuousIfPaidByDeadline"),
            g.continuousIfPaidByDeadline ? QStringLiteral("true") : QStringLiteral("false"));
        if (lastPaidOn)
            gs.input(QStringLiteral("lastPaidOn"), lastPaidOn->toString(Qt::ISODate));
        {
            QStringList why;
            why.append(QStringLiteral("%1 个月 %2 宽限期 %3 个月")
                           .arg(g.months)
                           .arg(inGrace ? QStringLiteral("≤") : QStringLiteral(">"))
                           .arg(g.graceMonths));
            if (g.owedMonths)
                why.append(QStringLiteral("仍欠 %1 个月").arg(g.owedMonths));
            if (g.notEnrolledMonths)
                why.append(
                    QStringLiteral("%1 个月未参职工医保，无法补缴").arg(g.notEnrolledMonths));
            if (g.backpaidMonths)
                why.append(allPaidByDeadline
                        ? QStringLiteral("补缴均在 %1 之前").arg(isoDate(g.graceDeadline))
                        : QStringLiteral("有补缴晚于 %1").arg(isoDate(g.graceDeadline)));
            gs.formula = QStringLiteral("宽限截止日 = %1 + %2 个月的月末 = %3；")
                             .arg(from.toString())
                             .arg(g.graceMonths)
                             .arg(isoDate(g.graceDeadline))
                + why.join(QStringLiteral("，"));
        }
        gs.result = g.continuous
            ? QStringLiteral("视为连续缴费")
            : (g.continuousIfPaidByDeadline ? QStringLiteral("现在中断；在 %1 前补缴欠费即视为连续")
                                                  .arg(isoDate(g.graceDeadline))
                                            : QStringLiteral("缴费中断"));
        ctx.add(std::move(gs));

        common(rs, "gap.resume", QStringLiteral("断缴 %1 后恢复统筹待遇").arg(span));
        // a gap longer than the grace period waits because of its length: the step names the
        // grace period so that its explanation can say so (a short gap paid late does not)
        if (!g.continuous && grace && g.months > *grace)
            ctx.params.integer(&rs, m_grace, grace0);
        if (g.resumeMonth)
            rs.input(QStringLiteral("resumeMonth"), g.resumeMonth->toString());
        rs.input(QStringLiteral("waiting"), QString::number(g.waitingMonths));
        rs.input(QStringLiteral("continuous"),
            g.continuous ? QStringLiteral("true") : QStringLiteral("false"));
        if (g.continuous && lastPaidOn)
            rs.formula = QStringLiteral("视为连续：最后一次补缴 %1 的次月 = %2")
                             .arg(lastPaidOn->toString(Qt::ISODate), g.resumeMonth->toString());
        else if (g.resumeMonth)
            rs.formula = QStringLiteral("中断：%1 恢复按时缴费 + 等待期 %2 个月 = %3")
                             .arg(after.toString())
                             .arg(g.waitingMonths)
                             .arg(g.resumeMonth->toString());
        else
            rs.formula = QStringLiteral("断缴持续到 %1，尚未恢复缴费").arg(to.toString());
        rs.result = g.resumeMonth ? g.resumeMonth->toString() : QStringLiteral("未恢复");
        ctx.add(std::move(rs));

        common(ss, "gap.suspend", QStringLiteral("断缴 %1 期间统筹基金暂停").arg(span));
        ss.input(QStringLiteral("suspendedFrom"), g.suspendedFrom.toString());
        ss.input(
            QStringLiteral("suspendedTo"), g.suspendedTo ? g.suspendedTo->toString() : QString());
        ss.input(QStringLiteral("costsCovered"),
            g.costsCovered ? QStringLiteral("true") : QStringLiteral("false"));
        ss.formula
            = QStringLiteral("暂停期 = %1 至 %2%3")
                  .arg(g.suspendedFrom.toString(),
                      g.suspendedTo ? g.suspendedTo->toString() : QStringLiteral("恢复缴费前"),
                      g.costsCovered ? QStringLiteral("；已按期补缴，期间费用可报销")
                                     : QStringLiteral("；期间发生的统筹费用不予报销"));
        ss.result
            = g.costsCovered ? QStringLiteral("期间费用可报销") : QStringLiteral("期间费用不报销");
        ctx.add(std::move(ss));
        return g;
    }

} // namespace

GapComputation computeGaps(const RuleContext &ctx, YearMonth retirementMonth)
{
    GapComputation out;
    out.gapTotal = Money();
    out.gapOwed = Money();
    out.historyStart = ctx.line.historyStart();
    if (!out.historyStart)
        return out;
    YearMonth end = ctx.asOfMonth.addMonths(-1);
    for (const auto &e : ctx.c.events)
        end = std::max(end, YearMonth::of(e.date));
    end = std::min(end, retirementMonth.addMonths(-1));
    out.historyEnd = end;

    GapRule rule(ctx);
    const qsizetype firstStep = ctx.trace ? ctx.trace->size() : 0;
    std::optional<YearMonth> gapStart;
    QStringList spans;
    for (YearMonth m = *out.historyStart; m <= end.addMonths(1); m = m.addMonths(1)) {
        const bool onTime = m > end || ctx.line.stateAt(m) == MonthState::OnTime;
        if (!onTime && !gapStart)
            gapStart = m;
        if (onTime && gapStart) {
            GapResult g = rule.evaluate(*gapStart, m.addMonths(-1), end, int(out.gaps.size()));
            addOpt(out.gapTotal, g.total);
            addOpt(out.gapOwed, g.owed);
            if (ctx.tracing())
                spans.append(QStringLiteral("%1—%2（%3 个月）")
                                 .arg(g.from.toString(), g.to.toString())
                                 .arg(g.months));
            out.gaps.append(g);
            gapStart.reset();
        }
    }
    // which rate keys made a figure unknown: the principal step records them
    if (!out.gapTotal || !out.gapOwed) {
        TraceStep probe;
        for (const auto &g : out.gaps)
            for (YearMonth m = g.from; m <= g.to; m = m.addMonths(1))
                if (const auto *p = ctx.line.periodAt(m);
                    p && MonthLine::isContribution(*p) && ctx.line.stateAt(m) != MonthState::OnTime)
                    rule.monthMoney(m, *p, &probe, &probe);
        out.missing = probe.missing;
    }
    if (ctx.tracing()) {
        TraceStep d;
        d.ruleId = QStringLiteral("gap.detect");
        d.subject = QStringLiteral("gaps");
        d.title = QStringLiteral("缴费记录中的断缴");
        d.input(QStringLiteral("historyStart"), out.historyStart->toString());
        d.input(QStringLiteral("historyEnd"), end.toString());
        d.input(QStringLiteral("count"), QString::number(out.gaps.size()));
        d.formula = QStringLiteral(
            "检查 %1 至 %2 "
            "的每个月：未按时缴费（欠费、逾期补缴、未参职工医保）的连续月份为一次断缴")
                        .arg(out.historyStart->toString(), end.toString());
        d.result = spans.isEmpty() ? QStringLiteral("没有断缴") : spans.join(QStringLiteral("；"));
        // the summary goes before the per-gap steps it introduces
        ctx.trace->insert(firstStep, std::move(d));
    }
    return out;
}

} // namespace yibao
