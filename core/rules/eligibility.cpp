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

    bool english(const RuleContext &ctx)
    {
        return ctx.language == TextLanguage::English;
    }
    // the sentence in the language of the result: Chinese, or its English twin
    QString say(const RuleContext &ctx, const QString &zh, const QString &en)
    {
        return english(ctx) ? en : zh;
    }
    // a month as the reason names it: 2016年1月 / 2016-01
    QString mon(const RuleContext &ctx, YearMonth m)
    {
        return english(ctx) ? m.toString() : m.toChinese();
    }
    QString span(const RuleContext &ctx, YearMonth a, YearMonth b)
    {
        if (a == b)
            return mon(ctx, a);
        return mon(ctx, a) + say(ctx, QStringLiteral("至"), QStringLiteral(" to ")) + mon(ctx, b);
    }
    QString monthsWord(const RuleContext &ctx, int n)
    {
        return english(ctx) ? QStringLiteral("%1 month%2").arg(n).arg(n == 1 ? "" : "s")
                            : QStringLiteral("%1 个月").arg(n);
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

    // What the event's reason says about the months it assumes, for an event judged on a
    // scenario.
    QString assumption(const RuleContext &ctx, YearMonth x)
    {
        if (x < ctx.asOfMonth)
            return {};
        const ContributionPeriod *p = ctx.line.periodAt(x);
        if (p && p->status == PeriodStatus::Planned)
            return say(ctx, QStringLiteral("按计划缴费计，"),
                QStringLiteral("counting the planned payments, "));
        return ctx.line.payingNow()
            ? say(ctx, QStringLiteral("按目前每月按时缴费、%1起继续缴费计，"),
                QStringLiteral("assuming the monthly payments go on from %1, "))
                  .arg(mon(ctx, ctx.asOfMonth))
            : say(ctx, QStringLiteral("如%1起仍不缴费，"),
                QStringLiteral("if nothing is paid from %1 on, "))
                  .arg(mon(ctx, ctx.asOfMonth));
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
        const QString when = mon(m_ctx, x);
        const QString ret = mon(m_ctx, m_retirement);
        r.ruleId = QStringLiteral("eligibility.retired");
        if (m_retirement > m_ctx.asOfMonth) {
            // still ahead: the projection decides
            r.pooledFund = m_lifelong.qualifies;
            if (!m_lifelong.qualifies)
                noteAll(r, m_lifelong.missing);
            else if (*m_lifelong.qualifies)
                r.reason = say(m_ctx,
                    QStringLiteral("%1在预计退休（%2）之后；按时缴到退休可达到终身医保"
                                   "所需年限，届时由统筹基金支付。"),
                    QStringLiteral("%1 is after the expected retirement (%2); paying every month "
                                   "until then reaches the years required for lifelong cover, so "
                                   "the pooled fund would pay."))
                               .arg(when, ret);
            else
                r.reason = say(m_ctx,
                    QStringLiteral("%1在预计退休（%2）之后；即使按时缴到退休，缴费年限仍差 "
                                   "%3，补足前统筹基金不支付。"),
                    QStringLiteral("%1 is after the expected retirement (%2); even paying every "
                                   "month until then leaves %3 short, and the pooled fund pays "
                                   "only once they are made up."))
                               .arg(when, ret,
                                   monthsWord(m_ctx, m_lifelong.shortfallMonths.value_or(0)));
            return;
        }
        if (m_lifelong.qualifyingMonth && x >= *m_lifelong.qualifyingMonth) {
            r.pooledFund = true;
            r.reason = *m_lifelong.qualifyingMonth == m_retirement
                ? say(m_ctx,
                    QStringLiteral("%1已退休（%2退休，当时缴费年限已满），享受终身医保待遇，"
                                   "统筹基金支付。"),
                    QStringLiteral("In %1 the person is retired (since %2, with the required "
                                   "years reached then): lifelong cover, the pooled fund pays."))
                      .arg(when, ret)
                : say(m_ctx,
                    QStringLiteral("%1已退休（%2退休），%3起缴费年限已满，享受终身医保待遇，"
                                   "统筹基金支付。"),
                    QStringLiteral("In %1 the person is retired (since %2) and has had the "
                                   "required years since %3: lifelong cover, the pooled fund "
                                   "pays."))
                      .arg(when, ret, mon(m_ctx, *m_lifelong.qualifyingMonth));
            return;
        }
        if (paidOnTime(x)) {
            r.ruleId = QStringLiteral("eligibility.retired_paying");
            r.pooledFund = m_ctx.params.flag(
                pool, QStringLiteral("eligibility.retired_paying_covered"), x.firstDay());
            if (!r.pooledFund)
                noteAll(r, { QStringLiteral("eligibility.retired_paying_covered") });
            r.reason
                = say(m_ctx,
                      QStringLiteral("%1已退休（%2退休），缴费年限尚未达到，%3%4仍在按月续缴；"),
                      QStringLiteral("In %1 the person is retired (since %2) without the "
                                     "required years yet; %3%4 is paid toward them. "))
                      .arg(when, ret, assumption(m_ctx, x), when)
                + (!r.pooledFund
                        ? say(m_ctx, QStringLiteral("续缴期间统筹基金是否支付，本档案未给出。"),
                            QStringLiteral("Whether the pooled fund pays meanwhile is not given by "
                                           "this profile."))
                        : *r.pooledFund
                        ? say(m_ctx,
                            QStringLiteral(
                                "按本档案，续缴期间统筹基金照常支付（以当地规定为准）。"),
                            QStringLiteral("Under this profile the pooled fund pays meanwhile "
                                           "(local rules decide)."))
                        : say(m_ctx, QStringLiteral("按本档案，续缴期间统筹基金不支付。"),
                            QStringLiteral("Under this profile the pooled fund does not pay "
                                           "meanwhile.")));
            return;
        }
        r.pooledFund = false;
        r.reason = say(m_ctx,
            QStringLiteral("%1已退休（%2退休），到这个月缴费年限仍未达到终身医保所需，"
                           "当月也未续缴，统筹基金不支付。"),
            QStringLiteral("In %1 the person is retired (since %2), has not reached the years "
                           "required for lifelong cover and does not pay that month: the pooled "
                           "fund does not pay."))
                       .arg(when, ret);
    }

    void EventJudge::inGap(EventResult &r, YearMonth x, const GapResult &g, bool pastEnd) const
    {
        decidingGap = g;
        r.ruleId = QStringLiteral("eligibility.gap");
        r.pooledFund = g.costsCovered;
        if (!g.costsCovered)
            noteAll(r, g.missing);
        const QString when = mon(m_ctx, x);
        const QString since = g.suspendedFrom ? mon(m_ctx, *g.suspendedFrom) : QString();
        if (pastEnd)
            r.reason
                = say(m_ctx, QStringLiteral("%1起断缴，%2统筹基金自%4起暂停，%3的费用不予报销。"),
                    QStringLiteral("The gap began in %1; %2the pooled fund has been suspended "
                                   "since %4, so the costs in %3 are not reimbursed."))
                      .arg(mon(m_ctx, g.from), assumption(m_ctx, x), when, since);
        else
            r.reason = say(m_ctx, QStringLiteral("%1断缴，统筹基金自%2起暂停；%3在暂停期内，%4"),
                QStringLiteral("Gap %1: the pooled fund is suspended from %2; %3 falls inside "
                               "that window, %4"))
                           .arg(span(m_ctx, g.from, g.to), since, when,
                               g.costsCovered.value_or(false)
                                   ? say(m_ctx, QStringLiteral("已按期补缴，按本档案费用可报销。"),
                                       QStringLiteral("and as it was back-paid in time this "
                                                      "profile reimburses the costs."))
                                   : say(m_ctx, QStringLiteral("费用不予报销。"),
                                       QStringLiteral("so the costs are not reimbursed.")));
    }

    void EventJudge::waiting(EventResult &r, YearMonth x, const GapResult &g) const
    {
        decidingGap = g;
        r.ruleId = QStringLiteral("eligibility.waiting");
        r.pooledFund = g.costsCovered;
        if (!g.costsCovered)
            noteAll(r, g.missing);
        const QString when = mon(m_ctx, x);
        if (g.isContinuous())
            r.reason = say(m_ctx,
                QStringLiteral("%1断缴后在宽限期内补缴，%2起恢复统筹待遇；%3尚未恢复，%4"),
                QStringLiteral("Gap %1 was back-paid within the grace period and cover resumes "
                               "in %2; %3 comes before that, %4"))
                           .arg(span(m_ctx, g.from, g.to), mon(m_ctx, *g.resumeMonth), when,
                               g.costsCovered.value_or(false)
                                   ? say(m_ctx, QStringLiteral("按本档案补缴后费用可报销。"),
                                       QStringLiteral("but this profile reimburses the costs "
                                                      "after the back-payment."))
                                   : say(m_ctx, QStringLiteral("费用不予报销。"),
                                       QStringLiteral("so the costs are not reimbursed.")));
        else if (!g.resumeMonth)
            r.reason = say(m_ctx,
                QStringLiteral("%1起断缴，%2%3恢复缴费，需缴满等待期后才恢复统筹待遇，当月费用不予"
                               "报销。"),
                QStringLiteral("The gap began in %1; %2payments resume in %3, and cover returns "
                               "only after the waiting period: that month's costs are not "
                               "reimbursed."))
                           .arg(mon(m_ctx, g.from), assumption(m_ctx, x), when);
        else
            // a gap within the grace length is interrupted by what was not paid in time,
            // not by its length: say which
            r.reason = say(m_ctx,
                QStringLiteral("%1断缴 %2，%3，恢复缴费后需等待 %4，%5起才恢复统筹待遇；%6在等待期"
                               "内，费用不予报销。"),
                QStringLiteral("Gap %1 of %2 %3; after payments resumed it waits %4, and cover "
                               "returns in %5: %6 is inside the waiting period, so the costs are "
                               "not reimbursed."))
                           .arg(span(m_ctx, g.from, g.to), monthsWord(m_ctx, g.months),
                               g.graceMonths && g.months > *g.graceMonths
                                   ? say(m_ctx, QStringLiteral("超过 %1 个月的宽限期"),
                                       QStringLiteral("is longer than the %1-month grace period"))
                                         .arg(*g.graceMonths)
                                   : say(m_ctx, QStringLiteral("未在宽限期内缴清"),
                                       QStringLiteral("was not settled within the grace period")),
                               monthsWord(m_ctx, g.waitingMonths.value_or(0)),
                               mon(m_ctx, *g.resumeMonth), when);
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
                r.reason = say(m_ctx,
                    QStringLiteral("%1断缴后何时恢复统筹待遇，本档案缺少所需参数，无法判断。"),
                    QStringLiteral("When cover resumes after gap %1 cannot be told: this profile "
                                   "lacks a parameter it needs."))
                               .arg(span(m_ctx, g.from, g.to));
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
                        r.reason = say(m_ctx,
                            QStringLiteral("%1是断缴（%2）的第一个月，统筹基金从断缴的次月起"
                                           "才暂停，当月照常支付。"),
                            QStringLiteral("%1 is the first month of gap %2: the pooled fund "
                                           "stops only from the month after, so it still pays."))
                                       .arg(mon(m_ctx, x), span(m_ctx, g.from, g.to));
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
        r.reason = pastEnd && x > m_ctx.asOfMonth
            ? say(m_ctx, QStringLiteral("%1%2在正常缴费期间，统筹基金按规定支付。"),
                QStringLiteral("%1%2 is a month of normal contributions: the pooled fund pays "
                               "as the rules provide."))
                  .arg(assumption(m_ctx, x), mon(m_ctx, x))
            : say(m_ctx, QStringLiteral("%1在正常缴费期间，统筹基金按规定支付。"),
                QStringLiteral("%1 is a month of normal contributions: the pooled fund pays as "
                               "the rules provide."))
                  .arg(mon(m_ctx, x));
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
            r.reason = firstPaid
                ? say(m_ctx, QStringLiteral("%1首次缴费，%2还没有参加职工医保，统筹基金不支付。"),
                    QStringLiteral("The first paid month is %1; in %2 the person was not yet "
                                   "insured, so the pooled fund does not pay."))
                      .arg(mon(m_ctx, *firstPaid), mon(m_ctx, x))
                : say(m_ctx, QStringLiteral("没有已缴的职工医保月份，%1统筹基金不支付。"),
                    QStringLiteral("There is no paid month of employee insurance: in %1 the "
                                   "pooled fund does not pay."))
                      .arg(mon(m_ctx, x));
            return r;
        }
        const auto offset = m_ctx.params.integer(
            pool, QStringLiteral("enrol.first_cover_offset_months"), firstPaid->firstDay());
        if (!offset) {
            r.ruleId = QStringLiteral("eligibility.not_enrolled");
            noteAll(r, { QStringLiteral("enrol.first_cover_offset_months") });
            r.reason = say(m_ctx, QStringLiteral("首次参保后多久生效，本档案未给出，无法判断%1。"),
                QStringLiteral("This profile does not say when cover starts after the first "
                               "payment, so %1 cannot be judged."))
                           .arg(mon(m_ctx, x));
            return r;
        }
        firstCover = firstPaid->addMonths(int(*offset));
        if (x < *firstCover) {
            r.ruleId = QStringLiteral("eligibility.not_enrolled");
            r.pooledFund = false;
            r.reason = say(m_ctx, QStringLiteral("%1首次缴费，%2起才享受统筹待遇；%3尚未生效。"),
                QStringLiteral("The first paid month is %1 and cover starts in %2; in %3 it has "
                               "not started."))
                           .arg(mon(m_ctx, *firstPaid), mon(m_ctx, *firstCover), mon(m_ctx, x));
            return r;
        }
        if (m_ctx.line.isResident(x)) {
            r.ruleId = QStringLiteral("eligibility.resident");
            r.pooledFund = false;
            r.reason = say(m_ctx,
                QStringLiteral("%1参加的是城乡居民医保，职工医保统筹基金不支付；费用由居民医保按其"
                               "规定报销。"),
                QStringLiteral("In %1 the person was insured under resident insurance: the "
                               "employee pooled fund does not pay, and resident insurance "
                               "reimburses by its own rules."))
                           .arg(mon(m_ctx, x));
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
            r.reason += say(ctx,
                QStringLiteral("另：%1前有欠费月份，按本档案个人账户冻结，缴清后才能使用。"),
                QStringLiteral(" Also: months are owed before %1, and under this profile the "
                               "personal account is frozen until they are paid."))
                            .arg(mon(ctx, x.addMonths(1)));

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
            using A = FormulaArg;
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
            pool.input(QStringLiteral("reason"), r.reason);
            ctx.add(std::move(pool));
        }
        out.append(r);
    }
    return out;
}

} // namespace yibao
