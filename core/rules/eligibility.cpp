// SPDX-License-Identifier: GPL-3.0-or-later
// eligibility.* — on a date, for a kind of care, does the personal account pay and does
// the pooled fund (统筹基金) reimburse.
// Sources: personal account usable after contributions stop: 000 §3, 001 §一.1, 003 §一.2,
// 004 §一.1; frozen when owed in some places: 001 §四. Pooled fund: 000 §3 (stops the
// month after the first unpaid month, so the first month of a gap is still covered),
// 002 related "医疗保险刚买多久生效" (cover from the month after the first contribution),
// the gap rules for waiting periods, lifelong benefits after retirement, and 社会保险法
// art. 27 for a retiree still paying toward the minimum. DOMAIN.md "eligibility.*" fixes
// the order of precedence.
//
// Choices where DOMAIN.md is silent: an event before the asOf month is judged on the listed
// gaps; one in or after it on a scenario whose history ends at the month before the event.
// The frozen-account variant looks at arrears months at or before the event's month only.
// A parameter the verdict needs that the profile leaves unknown makes pooledFund null,
// with its key in the event's missing list.
#include "eligibility.h"

#include "gap.h"

namespace yibao {

namespace {

    using A = FormulaArg;

    // the event's reason: one sentence, worded by core/present (reasonText)
    void because(EventResult &r, FormulaId id, QList<FormulaArg> args)
    {
        r.reason = { { id, std::move(args) } };
    }

    bool arrearsBy(const RuleContext &ctx, YearMonth x)
    {
        for (const auto &p : ctx.c.periods)
            if (MonthLine::isContribution(p) && p.status == PeriodStatus::Arrears && p.from <= x)
                return true;
        return false;
    }

    void noteAll(EventResult &r, const QStringList &keys)
    {
        for (const QString &k : keys)
            if (!r.missing.contains(k))
                r.missing.append(k);
    }

    // What the event's reason assumes about the months from asOf on, for an event judged
    // on a scenario.
    FormulaArg assumption(const RuleContext &ctx, YearMonth x)
    {
        if (x < ctx.asOfMonth)
            return A::assume(Assumption::None, ctx.asOfMonth);
        const ContributionPeriod *p = ctx.line.periodAt(x);
        if (p && p->status == PeriodStatus::Planned)
            return A::assume(Assumption::Planned, ctx.asOfMonth);
        return A::assume(
            ctx.line.payingNow() ? Assumption::PayingOn : Assumption::NotPaying, ctx.asOfMonth);
    }

    class EventJudge
    {
    public:
        EventJudge(const RuleContext &ctx, const GapComputation &listed,
            const LifelongResult &lifelong, YearMonth retirementMonth)
            : m_ctx(ctx)
            , m_listed(listed)
            , m_lifelong(lifelong)
            , m_retirement(retirementMonth)
        { }

        EventResult judge(const MedicalEvent &e, TraceStep *pool) const;

        // what decided the last judged event, for its trace step
        mutable std::optional<GapResult> decidingGap;
        mutable std::optional<YearMonth> firstCover;

    private:
        bool paidOnTime(YearMonth x) const
        {
            return m_ctx.line.scenarioStateAt(x) == MonthState::OnTime;
        }
        void retired(EventResult &r, YearMonth x, TraceStep *pool) const;
        void byGaps(EventResult &r, YearMonth x, const GapComputation &history) const;
        void inGap(EventResult &r, YearMonth x, const GapResult &g, bool pastEnd) const;
        void waiting(EventResult &r, YearMonth x, const GapResult &g) const;

        const RuleContext &m_ctx;
        const GapComputation &m_listed;
        const LifelongResult &m_lifelong;
        const YearMonth m_retirement;
    };

    void EventJudge::retired(EventResult &r, YearMonth x, TraceStep *pool) const
    {
        const FormulaArg when = A::month(x);
        const FormulaArg ret = A::month(m_retirement);
        r.ruleId = QStringLiteral("eligibility.retired");
        if (m_retirement > m_ctx.asOfMonth) {
            // still ahead: the projection decides
            r.pooledFund = m_lifelong.qualifies;
            if (!m_lifelong.qualifies)
                noteAll(r, m_lifelong.missing);
            else if (*m_lifelong.qualifies)
                because(r, FormulaId::ReasonRetiredAheadQualifies, { when, ret });
            else
                because(r, FormulaId::ReasonRetiredAheadShort,
                    { when, ret, A::months(m_lifelong.shortfallMonths.value_or(0)) });
            return;
        }
        if (m_lifelong.qualifyingMonth && x >= *m_lifelong.qualifyingMonth) {
            r.pooledFund = true;
            if (*m_lifelong.qualifyingMonth == m_retirement)
                because(r, FormulaId::ReasonRetiredQualified, { when, ret });
            else
                because(r, FormulaId::ReasonRetiredQualifiedSince,
                    { when, ret, A::month(*m_lifelong.qualifyingMonth) });
            return;
        }
        if (paidOnTime(x)) {
            r.ruleId = QStringLiteral("eligibility.retired_paying");
            r.pooledFund = m_ctx.params.flag(
                pool, QStringLiteral("eligibility.retired_paying_covered"), x.firstDay());
            if (!r.pooledFund)
                noteAll(r, { QStringLiteral("eligibility.retired_paying_covered") });
            because(r, FormulaId::ReasonRetiredPaying,
                { when, ret, assumption(m_ctx, x), A::flag(r.pooledFund) });
            return;
        }
        r.pooledFund = false;
        because(r, FormulaId::ReasonRetiredNotPaying, { when, ret });
    }

    void EventJudge::inGap(EventResult &r, YearMonth x, const GapResult &g, bool pastEnd) const
    {
        decidingGap = g;
        r.ruleId = QStringLiteral("eligibility.gap");
        r.pooledFund = g.costsCovered;
        if (!g.costsCovered)
            noteAll(r, g.missing);
        if (pastEnd)
            because(r, FormulaId::ReasonGapOpen,
                { A::month(g.from), assumption(m_ctx, x), A::month(x), A::month(g.suspendedFrom) });
        else
            because(r, FormulaId::ReasonGapSuspended,
                { A::span(g.from, g.to), A::month(g.suspendedFrom), A::month(x),
                    A::flag(g.costsCovered.value_or(false)) });
    }

    void EventJudge::waiting(EventResult &r, YearMonth x, const GapResult &g) const
    {
        decidingGap = g;
        r.ruleId = QStringLiteral("eligibility.waiting");
        r.pooledFund = g.costsCovered;
        if (!g.costsCovered)
            noteAll(r, g.missing);
        if (g.isContinuous())
            because(r, FormulaId::ReasonWaitingContinuous,
                { A::span(g.from, g.to), A::month(g.resumeMonth), A::month(x),
                    A::flag(g.costsCovered.value_or(false)) });
        else if (!g.resumeMonth)
            because(r, FormulaId::ReasonWaitingOpen,
                { A::month(g.from), assumption(m_ctx, x), A::month(x) });
        else
            // a gap within the grace length is interrupted by what was not paid in time,
            // not by its length: the reason says which
            because(r, FormulaId::ReasonWaiting,
                { A::span(g.from, g.to), A::months(g.months),
                    A::flag(g.graceMonths && g.months > *g.graceMonths), A::count(g.graceMonths),
                    A::months(g.waitingMonths.value_or(0)), A::month(g.resumeMonth), A::month(x) });
    }

    // Rules 4–7 of DOMAIN.md, on the listed history (x inside it) or on a scenario (x is the
    // month right after its end).
    void EventJudge::byGaps(EventResult &r, YearMonth x, const GapComputation &history) const
    {
        const bool pastEnd = x > history.historyEnd;
        const QList<GapResult> &gaps = history.gaps;
        // a gap whose window cannot be placed leaves every later month undecided
        for (const GapResult &g : gaps)
            if (x >= g.from && (!g.suspendedFrom || !g.windowKnown)) {
                r.ruleId = QStringLiteral("eligibility.gap");
                noteAll(r, g.missing);
                because(r, FormulaId::ReasonGapUnplaced, { A::span(g.from, g.to) });
                return;
            }
        if (pastEnd && !gaps.isEmpty() && gaps.last().to == history.historyEnd
            && !gaps.last().resumeMonth) {
            const GapResult &g = gaps.last();
            if (paidOnTime(x))
                waiting(r, x, g);
            else
                inGap(r, x, g, true);
            return;
        }
        if (!pastEnd) {
            for (qsizetype i = 0; i < gaps.size(); ++i) {
                const GapResult &g = gaps.at(i);
                if (x < g.from || x > g.to)
                    continue;
                if (x < *g.suspendedFrom) {
                    bool inEarlierWindow = false;
                    for (qsizetype k = 0; k < i; ++k)
                        inEarlierWindow = inEarlierWindow || gaps.at(k).inWindow(x);
                    if (!inEarlierWindow) {
                        decidingGap = g;
                        r.ruleId = QStringLiteral("eligibility.gap_first_month");
                        r.pooledFund = true;
                        because(r, FormulaId::ReasonGapFirstMonth,
                            { A::month(x), A::span(g.from, g.to) });
                        return;
                    }
                    break; // inside an earlier window: rule 6 names that gap
                }
                inGap(r, x, g, false);
                return;
            }
        }
        for (const GapResult &g : gaps)
            if (x > g.to && (!g.resumeMonth || x < *g.resumeMonth)) {
                waiting(r, x, g);
                return;
            }
        r.ruleId = QStringLiteral("eligibility.covered");
        r.pooledFund = true;
        because(r, FormulaId::ReasonCovered,
            { pastEnd && x > m_ctx.asOfMonth ? assumption(m_ctx, x)
                                             : A::assume(Assumption::None, m_ctx.asOfMonth),
                A::month(x) });
    }

    EventResult EventJudge::judge(const MedicalEvent &e, TraceStep *pool) const
    {
        const YearMonth x = YearMonth::of(e.date);
        decidingGap.reset();
        firstCover.reset();
        EventResult r;
        r.date = e.date;
        r.care = e.care;
        r.scenario = x >= m_ctx.asOfMonth;
        if (x >= m_retirement) {
            retired(r, x, pool);
            return r;
        }
        const auto firstPaid
            = r.scenario ? m_ctx.line.firstPaidInScenario() : m_ctx.line.firstPaid();
        if (!firstPaid || x < *firstPaid) {
            r.ruleId = QStringLiteral("eligibility.not_enrolled");
            r.pooledFund = false;
            if (firstPaid)
                because(r, FormulaId::ReasonNotYetPaid, { A::month(*firstPaid), A::month(x) });
            else
                because(r, FormulaId::ReasonNeverPaid, { A::month(x) });
            return r;
        }
        const auto offset = m_ctx.params.integer(
            pool, QStringLiteral("enrol.first_cover_offset_months"), firstPaid->firstDay());
        if (!offset) {
            r.ruleId = QStringLiteral("eligibility.not_enrolled");
            noteAll(r, { QStringLiteral("enrol.first_cover_offset_months") });
            because(r, FormulaId::ReasonCoverStartUnknown, { A::month(x) });
            return r;
        }
        firstCover = firstPaid->addMonths(int(*offset));
        if (x < *firstCover) {
            r.ruleId = QStringLiteral("eligibility.not_enrolled");
            r.pooledFund = false;
            because(r, FormulaId::ReasonCoverNotStarted,
                { A::month(*firstPaid), A::month(*firstCover), A::month(x) });
            return r;
        }
        if (m_ctx.line.isResident(x)) {
            r.ruleId = QStringLiteral("eligibility.resident");
            r.pooledFund = false;
            because(r, FormulaId::ReasonResident, { A::month(x) });
            return r;
        }
        if (r.scenario) {
            const YearMonth end = std::min(x, m_retirement).addMonths(-1);
            byGaps(r, x, scenarioGaps(m_ctx, end));
        } else {
            byGaps(r, x, m_listed);
        }
        return r;
    }

} // namespace

QList<EventResult> computeEligibility(const RuleContext &ctx, const GapComputation &gaps,
    const LifelongResult &lifelong, YearMonth retirementMonth)
{
    QList<EventResult> out;
    out.reserve(ctx.c.events.size());
    const EventJudge judge(ctx, gaps, lifelong, retirementMonth);
    for (qsizetype i = 0; i < ctx.c.events.size(); ++i) {
        const MedicalEvent &e = ctx.c.events.at(i);
        const YearMonth x = YearMonth::of(e.date);
        TraceStep acc, pool;
        const QString subject = QStringLiteral("events[%1]").arg(i);

        const auto frozen = ctx.params.flag(
            ctx.stepOrNull(acc), QStringLiteral("eligibility.account_frozen_when_owed"), e.date);
        const bool owed = arrearsBy(ctx, x);
        EventResult r = judge.judge(e, ctx.stepOrNull(pool));
        if (!frozen) {
            // the balance stays usable by the general rule; only the local variant is unknown
            r.personalAccount = true;
            if (owed)
                noteAll(r, { QStringLiteral("eligibility.account_frozen_when_owed") });
        } else {
            r.personalAccount = !(*frozen && owed);
        }
        if (!r.personalAccount)
            r.reason.append({ FormulaId::ReasonAccountFrozen, { A::month(x.addMonths(1)) } });

        if (ctx.tracing()) {
            acc.ruleId = QStringLiteral("eligibility.personal_account");
            acc.subject = subject;
            acc.title = QStringLiteral("%1 %2：个人账户").arg(isoDate(e.date), careChinese(e.care));
            acc.input(QStringLiteral("date"), isoDate(e.date));
            acc.input(QStringLiteral("care"), careChinese(e.care));
            acc.input(QStringLiteral("owedOnDate"),
                owed ? QStringLiteral("true") : QStringLiteral("false"));
            acc.input(QStringLiteral("scenario"),
                r.scenario ? QStringLiteral("true") : QStringLiteral("false"));
            if (frozen.value_or(false))
                acc.formula.append(
                    { FormulaId::AccountFrozenRule, { A::month(x), A::flag(owed) } });
            else
                acc.formula.append({ FormulaId::AccountNotFrozen, {} });
            acc.result.append(
                { r.personalAccount ? FormulaId::AccountUsable : FormulaId::AccountFrozen, {} });
            ctx.add(std::move(acc));

            pool.ruleId = r.ruleId;
            pool.subject = subject;
            pool.title
                = QStringLiteral("%1 %2：统筹基金").arg(isoDate(e.date), careChinese(e.care));
            pool.input(QStringLiteral("date"), isoDate(e.date));
            pool.input(QStringLiteral("month"), x.toString());
            pool.input(QStringLiteral("care"), careChinese(e.care));
            pool.input(QStringLiteral("retirementMonth"), retirementMonth.toString());
            // a retirement after the asOf month is still to come
            pool.input(QStringLiteral("retirementAhead"),
                retirementMonth > ctx.asOfMonth ? QStringLiteral("true") : QStringLiteral("false"));
            if (judge.firstCover)
                pool.input(QStringLiteral("firstCover"), judge.firstCover->toString());
            if (const auto &g = judge.decidingGap) {
                pool.input(QStringLiteral("gapFrom"), g->from.toString());
                pool.input(QStringLiteral("gapTo"), g->to.toString());
                pool.input(QStringLiteral("gapMonths"), QString::number(g->months));
                pool.input(QStringLiteral("resumeMonth"),
                    g->resumeMonth ? g->resumeMonth->toString() : QString());
                pool.input(QStringLiteral("resumeAhead"),
                    g->resumeMonth && *g->resumeMonth > ctx.asOfMonth ? QStringLiteral("true")
                                                                      : QStringLiteral("false"));
                pool.input(QStringLiteral("waiting"),
                    g->waitingMonths ? QString::number(*g->waitingMonths) : QString());
            }
            pool.input(QStringLiteral("scenario"),
                r.scenario ? QStringLiteral("true") : QStringLiteral("false"));
            pool.input(QStringLiteral("pooledFund"),
                r.pooledFund ? (*r.pooledFund ? QStringLiteral("true") : QStringLiteral("false"))
                             : QStringLiteral("未知"));
            pool.formula.append({ FormulaId::PoolOrder,
                { A::month(retirementMonth),
                    r.scenario ? A::month(ctx.asOfMonth) : A::unknown() } });
            pool.result.append({ !r.pooledFund ? FormulaId::ResultUnknown
                    : *r.pooledFund            ? FormulaId::PoolPays
                                               : FormulaId::PoolDoesNotPay,
                {} });
            pool.missing = r.missing;
            // worded by core/present in the language of whoever shows the step
            pool.input(QStringLiteral("reason"), QString());
            pool.reason = r.reason;
            ctx.add(std::move(pool));
        }
        out.append(r);
    }
    return out;
}

} // namespace yibao
