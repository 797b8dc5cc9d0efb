// SPDX-License-Identifier: GPL-3.0-or-later
// gap.* — interruptions (断缴), back-pay (补缴), late fees (滞纳金) and resumption.
// Sources: 000 §3 (the pooled fund stops from the month after the first unpaid month;
// back-paying does not make the gap's costs reimbursable); 001 related "医保断交三个月内需要
// 补交几个月" and 002 §2 (3-month grace); 001 related "医保三个月没缴费会断吗" and 004 §三
// (6 months of payment before cover returns); 社会保险法 art. 86 (0.05 % a day, charged to
// the employer) and 001 related "医保有一个月没交上怎么办" (500 yuan × 30 days = 7.50);
// 行政强制法 art. 45 (the fee never exceeds the amount owed). DOMAIN.md "gap.*" is the
// specification.
//
// Choices where DOMAIN.md is silent: grace, suspension and cost-cover parameters are read
// for the gap's first month, the waiting period for the month payment resumes, rates, late
// fee and rounding for each contribution month. A month the profile has no rate for makes
// the gap's money figures unknown (null) rather than partial. A gap with an owed or
// not-enrolled month is interrupted whatever the grace period, so an unknown grace period
// leaves only an all-back-paid gap's verdict unknown. The employer's share of an owed
// employee month is the principal less the individual's round(base × individual rate), so
// the two parts always add up to the rounded principal.
#include "gap.h"

#include <QStringList>

namespace yibao {

namespace {

    struct MonthMoney
    {
        std::optional<Money> principal;
        std::optional<Money> individual; // the individual's part of the principal
        Rate rate;
        Rate daily;
        std::optional<Money> fee;
        Money uncappedFee; // the fee before the cap, when capped
        Rate capRatio;
        int days = 0;
        bool feeApplies = false;
        bool feeCapped = false;
        QDate payDate;
    };

    void addOpt(std::optional<Money> &sum, const std::optional<Money> &v)
    {
        if (sum && v)
            *sum += *v;
        else
            sum.reset();
    }

    QString boolText(const std::optional<bool> &b)
    {
        return b ? (*b ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("未知");
    }

    void noteMissing(GapResult &g, const QString &key)
    {
        if (!g.missing.contains(key))
            g.missing.append(key);
    }

    // What the narration of one gap needs besides the result itself.
    struct GapNotes
    {
        Formula principalLines;
        Formula feeLines;
        bool allPaidByDeadline = true;
        bool inGrace = false;
    };

    class GapRule
    {
    public:
        GapRule(const RuleContext &ctx, bool scenario)
            : m_ctx(ctx)
            , m_scenario(scenario)
            , m_payOn(ctx.c.payOn.value_or(ctx.c.asOf))
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

        MonthState state(YearMonth m) const
        {
            return m_scenario ? m_ctx.line.scenarioStateAt(m) : m_ctx.line.stateAt(m);
        }

        // The principal and late fee of one owed or back-paid month; the payment date is its
        // paidOn, or payOn for a month still owed.
        MonthMoney monthMoney(YearMonth m, const ContributionPeriod &p, TraceStep *principalStep,
            TraceStep *feeStep) const;

        // moneyMissing: the keys that left a money figure unknown
        GapResult evaluate(YearMonth from, YearMonth to, YearMonth historyEnd, int index,
            QStringList *moneyMissing) const;

    private:
        void sumMonths(GapResult &g, GapNotes &notes) const;
        void judgeContinuity(GapResult &g, GapNotes &notes, TraceStep *graceStep) const;
        void judgeResumption(GapResult &g, YearMonth historyEnd, TraceStep *resumeStep) const;
        void judgeSuspension(GapResult &g, TraceStep *suspendStep) const;
        void narrate(const GapResult &g, GapNotes &notes, TraceStep &ps, TraceStep &fs,
            TraceStep &gs, TraceStep &rs, TraceStep &ss, int index) const;

        const RuleContext &m_ctx;
        const bool m_scenario;
        const QDate m_payOn;
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
        // the parameters a gap's money read, kept apart to become the principal and fee steps
        mutable TraceStep m_principalProbe;
        mutable TraceStep m_feeProbe;
    };

    MonthMoney GapRule::monthMoney(YearMonth m, const ContributionPeriod &p,
        TraceStep *principalStep, TraceStep *feeStep) const
    {
        MonthMoney out;
        const QDate at = m.firstDay();
        std::optional<Rate> rate;
        std::optional<Rate> individualRate;
        if (p.kind == PeriodKind::Employee) {
            const auto employer = m_ctx.params.rate(principalStep, m_employer, at);
            individualRate = m_ctx.params.rate(principalStep, m_individual, at);
            if (employer && individualRate)
                rate = *employer + *individualRate;
        } else {
            rate = m_ctx.params.rate(principalStep, m_flexible, at);
        }
        const auto rounding = m_ctx.params.rounding(principalStep, m_rounding, at);
        if (!rate || !rounding || !p.base)
            return out;
        out.rate = *rate;
        out.principal = rate->apply(*p.base, *rounding);
        out.individual
            = individualRate ? individualRate->apply(*p.base, *rounding) : *out.principal;

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
        out.payDate = p.status == PeriodStatus::Backpaid && p.paidOn ? *p.paidOn : m_payOn;
        out.days = int(std::max<qint64>(0, MonthLine::dueDate(m).daysTo(out.payDate)));
        Money fee = daily->applyTimes(*out.principal, out.days, *rounding);
        const Money cap = capRatio->apply(*out.principal, *rounding);
        if (fee > cap) {
            out.uncappedFee = fee;
            out.capRatio = *capRatio;
            fee = cap;
            out.feeCapped = true;
        }
        out.fee = fee;
        return out;
    }

    // Principal, late fee and what is owed, month by month; the formula lines on the way.
    void GapRule::sumMonths(GapResult &g, GapNotes &notes) const
    {
        const RuleContext &ctx = m_ctx;
        // consecutive months with the same base and rate make one line of the principal formula
        struct Run
        {
            YearMonth first, last;
            Money base, monthly;
            Rate rate;
            PeriodKind kind;
            int count = 0;
        };
        std::optional<Run> run;
        auto flushRun = [&] {
            if (!run || !ctx.tracing())
                return;
            using A = FormulaArg;
            // one month: "5000.00 元 × 11.8% = 590.00 元"; several: "× 4 个月"
            if (run->count == 1)
                notes.principalLines.append({ FormulaId::PrincipalMonth,
                    { A::span(run->first, run->last), A::kind(run->kind), A::money(run->base),
                        A::rate(run->rate), A::money(run->monthly) } });
            else
                notes.principalLines.append({ FormulaId::PrincipalRun,
                    { A::span(run->first, run->last), A::kind(run->kind), A::money(run->base),
                        A::rate(run->rate), A::money(run->monthly), A::months(run->count),
                        A::money(run->monthly * run->count) } });
            run.reset();
        };
        // the probes always record: their missing keys say which money figure is unknown
        TraceStep *pst = &m_principalProbe;
        TraceStep *fst = &m_feeProbe;
        g.principal = Money();
        g.lateFee = Money();
        g.owed = Money();
        g.owedEmployer = Money();
        g.owedIndividual = Money();
        for (YearMonth m = g.from; m <= g.to; m = m.addMonths(1)) {
            const MonthState st = state(m);
            if (st == MonthState::NotEnrolled) {
                ++g.notEnrolledMonths;
                flushRun();
                continue;
            }
            const ContributionPeriod &p = *ctx.line.periodAt(m);
            if (st == MonthState::Backpaid) {
                ++g.backpaidMonths;
                if (!g.lastPaidOn || *p.paidOn > *g.lastPaidOn)
                    g.lastPaidOn = *p.paidOn;
            } else {
                ++g.owedMonths;
            }
            const MonthMoney mm = monthMoney(m, p, pst, fst);
            addOpt(g.principal, mm.principal);
            addOpt(g.lateFee, mm.fee);
            if (st == MonthState::Owed) {
                std::optional<Money> both = mm.principal;
                addOpt(both, mm.fee);
                addOpt(g.owed, both);
                // an employee month: the individual owes their share of the principal, the
                // employer the rest and the whole late fee; a flexible month is all the person's
                std::optional<Money> individual
                    = p.kind == PeriodKind::Employee ? mm.individual : both;
                std::optional<Money> employer = both;
                if (employer && individual)
                    employer = *employer - *individual;
                else
                    employer.reset();
                addOpt(g.owedIndividual, individual);
                addOpt(g.owedEmployer, employer);
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
                    run = Run { m, m, *p.base, *mm.principal, mm.rate, p.kind, 1 };
                }
            }
            using A = FormulaArg;
            if (mm.principal && mm.fee && mm.feeApplies) {
                // a capped fee: the product, then the cap it is cut to, each equality true
                FormulaLine line { mm.feeCapped ? FormulaId::FeeMonthCapped : FormulaId::FeeMonth,
                    { A::month(m), A::money(*mm.principal), A::rate(mm.daily), A::days(mm.days),
                        A::date(MonthLine::dueDate(m)), A::date(mm.payDate),
                        A::flag(st == MonthState::Owed),
                        A::money(mm.feeCapped ? mm.uncappedFee : *mm.fee) } };
                if (mm.feeCapped)
                    line.args << A::rate(mm.capRatio) << A::money(*mm.fee);
                notes.feeLines.append(std::move(line));
            } else if (mm.principal && !mm.feeApplies) {
                notes.feeLines.append(
                    { FormulaId::FeeNotCharged, { A::month(m), A::kind(p.kind) } });
            }
        }
        flushRun();
        g.total = g.principal;
        addOpt(g.total, g.lateFee);
        if (g.owedMonths == 0) {
            g.owedEmployer = Money();
            g.owedIndividual = Money();
        }
    }

    void GapRule::judgeContinuity(GapResult &g, GapNotes &notes, TraceStep *graceStep) const
    {
        const auto grace = m_ctx.params.integer(graceStep, m_grace, g.from.firstDay());
        if (grace) {
            g.graceMonths = int(*grace);
            g.graceDeadline = g.from.addMonths(*g.graceMonths).lastDay();
            notes.inGrace = g.months <= *grace;
            if (g.lastPaidOn)
                notes.allPaidByDeadline = *g.lastPaidOn <= g.graceDeadline;
        } else {
            noteMissing(g, m_grace.key);
        }
        // an owed or not-enrolled month interrupts whatever the grace period is
        if (g.notEnrolledMonths > 0) {
            g.continuous = false;
            g.continuousIfPaidByDeadline = false;
            return;
        }
        if (!grace) {
            if (g.owedMonths > 0)
                g.continuous = false;
            return;
        }
        const bool backpaidInTime = notes.inGrace && notes.allPaidByDeadline;
        g.continuous = backpaidInTime && g.owedMonths == 0;
        g.continuousIfPaidByDeadline
            = g.owedMonths == 0 ? *g.continuous : backpaidInTime && m_payOn <= g.graceDeadline;
    }

    void GapRule::judgeResumption(GapResult &g, YearMonth historyEnd, TraceStep *resumeStep) const
    {
        const YearMonth after = g.to.addMonths(1);
        if (!g.continuous) {
            g.windowKnown = false; // continuity unknown: so is the resumption
            return;
        }
        if (*g.continuous) {
            g.resumeMonth = YearMonth::of(*g.lastPaidOn).addMonths(1);
            return;
        }
        if (after > historyEnd)
            return; // open to the end of the history
        const auto waiting = m_ctx.params.integer(resumeStep, m_waiting, after.firstDay());
        if (!waiting) {
            noteMissing(g, m_waiting.key);
            g.windowKnown = false;
            return;
        }
        g.waitingMonths = int(*waiting);
        g.resumeMonth = after.addMonths(*g.waitingMonths);
    }

    void GapRule::judgeSuspension(GapResult &g, TraceStep *suspendStep) const
    {
        const QDate at = g.from.firstDay();
        const auto suspendAfter = m_ctx.params.integer(suspendStep, m_suspendAfter, at);
        const auto covered = m_ctx.params.flag(suspendStep, m_costsCovered, at);
        if (suspendAfter)
            g.suspendedFrom = g.from.addMonths(int(*suspendAfter));
        else
            noteMissing(g, m_suspendAfter.key);
        if (g.resumeMonth)
            g.suspendedTo = g.resumeMonth->addMonths(-1);
        if ((covered && !*covered) || (g.continuous && !*g.continuous))
            g.costsCovered = false;
        else if (g.continuous && covered)
            g.costsCovered = true;
        else if (!covered)
            noteMissing(g, m_costsCovered.key);
    }

    GapResult GapRule::evaluate(YearMonth from, YearMonth to, YearMonth historyEnd, int index,
        QStringList *moneyMissing) const
    {
        GapResult g;
        g.from = from;
        g.to = to;
        g.months = from.monthsUntil(to) + 1;
        g.payOn = m_payOn;
        GapNotes notes;
        TraceStep ps, fs, gs, rs, ss;
        m_principalProbe = TraceStep();
        m_feeProbe = TraceStep();
        sumMonths(g, notes);
        judgeContinuity(g, notes, m_ctx.stepOrNull(gs));
        judgeResumption(g, historyEnd, m_ctx.stepOrNull(rs));
        judgeSuspension(g, m_ctx.stepOrNull(ss));
        for (const QString &k : m_principalProbe.missing + m_feeProbe.missing) {
            noteMissing(g, k);
            if (!moneyMissing->contains(k))
                moneyMissing->append(k);
        }
        if (m_ctx.tracing()) {
            ps.params = m_principalProbe.params;
            ps.missing = m_principalProbe.missing;
            fs.params = m_feeProbe.params;
            fs.missing = m_feeProbe.missing;
            narrate(g, notes, ps, fs, gs, rs, ss, index);
        }
        return g;
    }

    // The trace of one gap: five steps, each with its inputs and formula in words.
    void GapRule::narrate(const GapResult &g, GapNotes &notes, TraceStep &ps, TraceStep &fs,
        TraceStep &gs, TraceStep &rs, TraceStep &ss, int index) const
    {
        using A = FormulaArg;
        const RuleContext &ctx = m_ctx;
        const QString subject = QStringLiteral("gaps[%1]").arg(index);
        const QString fromText = g.from.toString();
        const QString toText = g.to.toString();
        const QString span = g.from == g.to ? fromText : fromText + QStringLiteral("—") + toText;
        const bool deadlineAhead = g.graceDeadline.isValid() && ctx.c.asOf <= g.graceDeadline;
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
            notes.principalLines.append(
                { FormulaId::PrincipalNotEnrolled, { A::months(g.notEnrolledMonths) } });
        if (g.principal)
            notes.principalLines.append({ FormulaId::PrincipalTotal, { A::money(*g.principal) } });
        else
            notes.principalLines.append({ FormulaId::PrincipalTotalUnknown, {} });
        ps.formula = std::move(notes.principalLines);
        ps.result.append({ FormulaId::ResultMoney, { A::money(g.principal) } });
        ctx.add(std::move(ps));

        common(fs, "gap.late_fee", QStringLiteral("断缴 %1 滞纳金").arg(span));
        fs.input(QStringLiteral("lateFee"), yuan(g.lateFee));
        fs.input(QStringLiteral("owed"), yuan(g.owed));
        fs.input(QStringLiteral("owedEmployer"), yuan(g.owedEmployer));
        fs.input(QStringLiteral("owedIndividual"), yuan(g.owedIndividual));
        fs.input(QStringLiteral("asOf"), isoDate(ctx.c.asOf));
        fs.input(QStringLiteral("payOn"), isoDate(g.payOn));
        fs.input(QStringLiteral("backpaidMonths"), QString::number(g.backpaidMonths));
        if (notes.feeLines.isEmpty())
            notes.feeLines.append({ FormulaId::FeeNone, {} });
        if (g.owedMonths > 0)
            notes.feeLines.append({ FormulaId::FeeOwed,
                { A::months(g.owedMonths), A::date(g.payOn), A::money(g.owed),
                    A::money(g.owedEmployer), A::money(g.owedIndividual) } });
        fs.formula = std::move(notes.feeLines);
        fs.result.append({ FormulaId::ResultMoney, { A::money(g.lateFee) } });
        ctx.add(std::move(fs));

        common(gs, "gap.grace", QStringLiteral("断缴 %1 是否视为连续").arg(span));
        gs.input(
            QStringLiteral("grace"), g.graceMonths ? QString::number(*g.graceMonths) : QString());
        gs.input(QStringLiteral("graceDeadline"), isoDate(g.graceDeadline));
        gs.input(QStringLiteral("continuous"), boolText(g.continuous));
        gs.input(
            QStringLiteral("continuousIfPaidByDeadline"), boolText(g.continuousIfPaidByDeadline));
        gs.input(QStringLiteral("deadlineAhead"),
            deadlineAhead ? QStringLiteral("true") : QStringLiteral("false"));
        if (g.lastPaidOn)
            gs.input(QStringLiteral("lastPaidOn"), isoDate(*g.lastPaidOn));
        gs.input(QStringLiteral("owedMonths"), QString::number(g.owedMonths));
        gs.input(QStringLiteral("notEnrolledMonths"), QString::number(g.notEnrolledMonths));
        gs.input(QStringLiteral("payOn"), isoDate(g.payOn));
        // why an interrupted gap is interrupted, for the explanation to say the right thing
        if (g.continuous && !*g.continuous) {
            const bool rescuable = g.continuousIfPaidByDeadline.value_or(false) && deadlineAhead;
            QString why = QStringLiteral("paid_late");
            if (g.notEnrolledMonths > 0)
                why = QStringLiteral("not_enrolled");
            else if (g.graceMonths && g.months > *g.graceMonths)
                why = QStringLiteral("too_long");
            else if (rescuable)
                why = QStringLiteral("owed_before_deadline");
            else if (g.owedMonths > 0 && deadlineAhead)
                why = QStringLiteral("pay_on_after_deadline"); // payOn falls after the deadline
            else if (g.owedMonths > 0)
                why = QStringLiteral("owed_past_deadline");
            gs.input(QStringLiteral("why"), why);
        }
        gs.formula.append({ FormulaId::GraceJudgement,
            { A::months(g.graceMonths), A::month(g.from), A::date(g.graceDeadline),
                A::months(g.months), A::flag(notes.inGrace), A::months(g.owedMonths),
                A::months(g.notEnrolledMonths), A::months(g.backpaidMonths),
                A::flag(notes.allPaidByDeadline) } });
        if (!g.continuous)
            gs.result.append({ FormulaId::ResultUnknown, {} });
        else if (*g.continuous)
            gs.result.append({ FormulaId::Continuous, {} });
        else if (g.continuousIfPaidByDeadline.value_or(false) && deadlineAhead)
            gs.result.append({ FormulaId::ContinuousIfPaidBy, { A::date(g.graceDeadline) } });
        else
            gs.result.append({ FormulaId::Interrupted, {} });
        ctx.add(std::move(gs));

        common(rs, "gap.resume", QStringLiteral("断缴 %1 后恢复统筹待遇").arg(span));
        // a gap longer than the grace period waits because of its length: the step names the
        // grace period so that its explanation can say so (a short gap paid late does not)
        if (g.continuous && !*g.continuous && g.graceMonths && g.months > *g.graceMonths)
            ctx.params.integer(&rs, m_grace, g.from.firstDay());
        if (g.resumeMonth) {
            rs.input(QStringLiteral("resumeMonth"), g.resumeMonth->toString());
            // a resumption after the asOf month is still to come
            rs.input(QStringLiteral("resumeAhead"),
                *g.resumeMonth > ctx.asOfMonth ? QStringLiteral("true") : QStringLiteral("false"));
        }
        rs.input(QStringLiteral("waiting"),
            g.waitingMonths ? QString::number(*g.waitingMonths) : QString());
        rs.input(QStringLiteral("continuous"), boolText(g.continuous));
        if (g.isContinuous() && g.lastPaidOn)
            rs.formula.append({ FormulaId::ResumeContinuous,
                { A::date(*g.lastPaidOn), A::month(*g.resumeMonth) } });
        else if (g.resumeMonth && g.waitingMonths)
            rs.formula.append({ FormulaId::ResumeWaiting,
                { A::month(g.to.addMonths(1)), A::months(*g.waitingMonths),
                    A::month(*g.resumeMonth) } });
        else if (!g.windowKnown)
            rs.formula.append({ FormulaId::ResumeUnknown, {} });
        else
            rs.formula.append({ FormulaId::ResumeOpen, { A::month(g.to) } });
        if (g.resumeMonth)
            rs.result.append({ FormulaId::ResultMonth, { A::month(*g.resumeMonth) } });
        else
            rs.result.append(
                { g.windowKnown ? FormulaId::NotResumed : FormulaId::ResultUnknown, {} });
        ctx.add(std::move(rs));

        common(ss, "gap.suspend", QStringLiteral("断缴 %1 期间统筹基金暂停").arg(span));
        ss.input(QStringLiteral("suspendedFrom"),
            g.suspendedFrom ? g.suspendedFrom->toString() : QString());
        ss.input(
            QStringLiteral("suspendedTo"), g.suspendedTo ? g.suspendedTo->toString() : QString());
        ss.input(QStringLiteral("costsCovered"), boolText(g.costsCovered));
        // a window that ends after the asOf month ends only if the payments go on
        ss.input(QStringLiteral("suspendedToAhead"),
            g.suspendedTo && *g.suspendedTo > ctx.asOfMonth ? QStringLiteral("true")
                                                            : QStringLiteral("false"));
        if (g.suspendedFrom && g.suspendedTo && *g.suspendedTo < *g.suspendedFrom)
            ss.formula.append({ FormulaId::SuspendNone, { A::month(*g.resumeMonth) } });
        else
            ss.formula.append({ FormulaId::SuspendWindow,
                { A::month(g.suspendedFrom), A::month(g.suspendedTo), A::flag(g.windowKnown),
                    A::flag(g.costsCovered) } });
        ss.result.append({ !g.costsCovered ? FormulaId::ResultUnknown
                : *g.costsCovered          ? FormulaId::CostsCovered
                                           : FormulaId::CostsNotCovered,
            {} });
        ctx.add(std::move(ss));
    }

    GapComputation detectGaps(const RuleContext &ctx, YearMonth end, bool scenario)
    {
        GapComputation out;
        out.gapTotal = Money();
        out.gapOwed = Money();
        out.historyStart = ctx.line.historyStart();
        out.historyEnd = end;
        if (!out.historyStart)
            return out;
        const GapRule rule(ctx, scenario);
        std::optional<YearMonth> gapStart;
        for (YearMonth m = *out.historyStart; m <= end.addMonths(1); m = m.addMonths(1)) {
            const bool onTime = m > end || rule.state(m) == MonthState::OnTime;
            if (!onTime && !gapStart)
                gapStart = m;
            if (onTime && gapStart) {
                GapResult g = rule.evaluate(
                    *gapStart, m.addMonths(-1), end, int(out.gaps.size()), &out.missing);
                addOpt(out.gapTotal, g.total);
                addOpt(out.gapOwed, g.owed);
                out.gaps.append(g);
                gapStart.reset();
            }
        }
        return out;
    }

} // namespace

GapComputation computeGaps(const RuleContext &ctx, YearMonth retirementMonth)
{
    const YearMonth end = std::min(ctx.asOfMonth, retirementMonth).addMonths(-1);
    const qsizetype firstStep = ctx.trace ? ctx.trace->size() : 0;
    GapComputation out = detectGaps(ctx, end, false);
    if (!ctx.tracing() || !out.historyStart)
        return out;
    using A = FormulaArg;
    TraceStep d;
    d.ruleId = QStringLiteral("gap.detect");
    d.subject = QStringLiteral("gaps");
    d.title = QStringLiteral("缴费记录中的断缴");
    d.input(QStringLiteral("historyStart"), out.historyStart->toString());
    d.input(QStringLiteral("historyEnd"), end.toString());
    d.input(QStringLiteral("count"), QString::number(out.gaps.size()));
    // the first month (a planned one, or the asOf month's) comes after the last month checked
    d.input(QStringLiteral("nothingDue"),
        *out.historyStart > end ? QStringLiteral("true") : QStringLiteral("false"));
    d.formula.append({ FormulaId::GapDetect,
        { A::month(*out.historyStart), A::month(end), A::month(ctx.asOfMonth) } });
    for (const GapResult &g : out.gaps)
        d.result.append(
            { FormulaId::GapSpan, { A::month(g.from), A::month(g.to), A::months(g.months) } });
    if (d.result.isEmpty())
        d.result.append({ FormulaId::NoGaps, {} });
    // the summary goes before the per-gap steps it introduces
    ctx.trace->insert(firstStep, std::move(d));
    return out;
}

GapComputation scenarioGaps(const RuleContext &ctx, YearMonth end)
{
    RuleContext quiet = ctx;
    quiet.trace = nullptr;
    return detectGaps(quiet, end, true);
}

} // namespace yibao
