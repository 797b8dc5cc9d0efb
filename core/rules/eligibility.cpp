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

    QString spanZh(YearMonth a, YearMonth b)
    {
        return a == b ? a.toChinese() : a.toChinese() + QStringLiteral("至") + b.toChinese();
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
        if (x <= ctx.asOfMonth)
            return {};
        return ctx.line.payingNow()
            ? QStringLiteral("按目前每月按时缴费、%1起继续缴费计，").arg(ctx.asOfMonth.toChinese())
            : QStringLiteral("如%1起仍不缴费，").arg(ctx.asOfMonth.toChinese());
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
        const QString when = x.toChinese();
        const QString ret = m_retirement.toChinese();
        r.ruleId = QStringLiteral("eligibility.retired");
        if (m_retirement > m_ctx.asOfMonth) {
            // still ahead: the projection decides
            r.pooledFund = m_lifelong.qualifies;
            if (!m_lifelong.qualifies)
                noteAll(r, m_lifelong.missing);
            else if (*m_lifelong.qualifies)
                r.reason = QStringLiteral("%1在预计退休（%2）之后；按时缴到退休可达到终身医保"
                                          "所需年限，届时由统筹基金支付。")
                               .arg(when, ret);
            else
                r.reason = QStringLiteral("%1在预计退休（%2）之后；即使按时缴到退休，缴费年限仍差 "
                                          "%3 个月，补足前统筹基金不支付。")
                               .arg(when, ret)
                               .arg(m_lifelong.shortfallMonths.value_or(0));
            return;
        }
        if (m_lifelong.qualifyingMonth && x >= *m_lifelong.qualifyingMonth) {
            r.pooledFund = true;
            r.reason = *m_lifelong.qualifyingMonth == m_retirement
                ? QStringLiteral(
                    "%1已退休（%2退休，当时缴费年限已满），享受终身医保待遇，统筹基金支付。")
                      .arg(when, ret)
                : QStringLiteral("%1已退休（%2退休），%3起缴费年限已满，享受终身医保待遇，"
                                 "统筹基金支付。")
                      .arg(when, ret, m_lifelong.qualifyingMonth->toChinese());
            return;
        }
        if (paidOnTime(x)) {
            r.ruleId = QStringLiteral("eligibility.retired_paying");
            r.pooledFund = m_ctx.params.flag(
                pool, QStringLiteral("eligibility.retired_paying_covered"), x.firstDay());
            if (!r.pooledFund)
                noteAll(r, { QStringLiteral("eligibility.retired_paying_covered") });
            r.reason = QStringLiteral("%1已退休（%2退休），缴费年限尚未达到，%3%4仍在按月续缴；")
                           .arg(when, ret, assumption(m_ctx, x), when)
                + (!r.pooledFund ? QStringLiteral("续缴期间统筹基金是否支付，本档案未给出。")
                        : *r.pooledFund
                        ? QStringLiteral("按本档案，续缴期间统筹基金照常支付（以当地规定为准）。")
                        : QStringLiteral("按本档案，续缴期间统筹基金不支付。"));
            return;
        }
        r.pooledFund = false;
        r.reason = QStringLiteral("%1已退休（%2退休），到这个月缴费年限仍未达到终身医保所需，"
                                  "当月也未续缴，统筹基金不支付。")
                       .arg(when, ret);
    }

    void EventJudge::inGap(EventResult &r, YearMonth x, const GapResult &g, bool pastEnd) const
    {
        decidingGap = g;
        r.ruleId = QStringLiteral("eligibility.gap");
        r.pooledFund = g.costsCovered;
        if (!g.costsCovered)
            noteAll(r, g.missing);
        const QString when = x.toChinese();
        const QString since = g.suspendedFrom ? g.suspendedFrom->toChinese() : QString();
        if (pastEnd)
            r.reason = QStringLiteral("%1自%2起断缴，%3%4仍未缴费，统筹基金自%5起暂停，"
                                      "费用不予报销。")
                           .arg(g.from.toChinese(), assumption(m_ctx, x), when, since);
        else
            r.reason = QStringLiteral("%1断缴，统筹基金自%2起暂停；%3在暂停期内，%4")
                           .arg(spanZh(g.from, g.to), since, when,
                               g.costsCovered.value_or(false)
                                   ? QStringLiteral("已按期补缴，按本档案费用可报销。")
                                   : QStringLiteral("费用不予报销。"));
    }

    void EventJudge::waiting(EventResult &r, YearMonth x, const GapResult &g) const
    {
        decidingGap = g;
        r.ruleId = QStringLiteral("eligibility.waiting");
        r.pooledFund = g.costsCovered;
        if (!g.costsCovered)
            noteAll(r, g.missing);
        const QString when = x.toChinese();
        if (g.isContinuous())
            r.reason = QStringLiteral("%1断缴后在宽限期内补缴，%2起恢复统筹待遇；%3尚未恢复，%4")
                           .arg(spanZh(g.from, g.to), g.resumeMonth->toChinese(), when,
                               g.costsCovered.value_or(false)
                                   ? QStringLiteral("按本档案补缴后费用可报销。")
                                   : QStringLiteral("费用不予报销。"));
        else if (!g.resumeMonth)
            r.reason = QStringLiteral("%1自%2起断缴，%3%4恢复缴费，需缴满等待期后才恢复统筹待遇，"
                                      "当月费用不予报销。")
                           .arg(g.from.toChinese(), assumption(m_ctx, x), when);
        else
            // a gap within the grace length is interrupted by what was not paid in time,
            // not by its length: say which
            r.reason = QStringLiteral("%1断缴 %2 个月，%3，恢复缴费后需等待 %4 个月，%5起才恢复"
                                      "统筹待遇；%6在等待期内，费用不予报销。")
                           .arg(spanZh(g.from, g.to))
                           .arg(g.months)
                           .arg(g.graceMonths && g.months > *g.graceMonths
                                   ? QStringLiteral("超过 %1 个月的宽限期").arg(*g.graceMonths)
                                   : QStringLiteral("未在宽限期内缴清"))
                           .arg(g.waitingMonths.value_or(0))
                           .arg(g.resumeMonth->toChinese(), when);
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
                r.reason
                    = QStringLiteral("%1断缴后何时恢复统筹待遇，本档案缺少所需参数，无法判断。")
                          .arg(spanZh(g.from, g.to));
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
                        r.reason = QStringLiteral("%1是断缴（%2）的第一个月，统筹基金从断缴的次月起"
                                                  "才暂停，当月照常支付。")
                                       .arg(x.toChinese(), spanZh(g.from, g.to));
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
            ? QStringLiteral("%1%2在正常缴费期间，统筹基金按规定支付。")
                  .arg(assumption(m_ctx, x), x.toChinese())
            : QStringLiteral("%1在正常缴费期间，统筹基金按规定支付。").arg(x.toChinese());
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
                ? QStringLiteral("%1首次缴费，%2还没有参加职工医保，统筹基金不支付。")
                      .arg(firstPaid->toChinese(), x.toChinese())
                : QStringLiteral("没有已缴的职工医保月份，%1统筹基金不支付。").arg(x.toChinese());
            return r;
        }
        const auto offset = m_ctx.params.integer(
            pool, QStringLiteral("enrol.first_cover_offset_months"), firstPaid->firstDay());
        if (!offset) {
            r.ruleId = QStringLiteral("eligibility.not_enrolled");
            noteAll(r, { QStringLiteral("enrol.first_cover_offset_months") });
            r.reason = QStringLiteral("首次参保后多久生效，本档案未给出，无法判断%1。")
                           .arg(x.toChinese());
            return r;
        }
        firstCover = firstPaid->addMonths(int(*offset));
        if (x < *firstCover) {
            r.ruleId = QStringLiteral("eligibility.not_enrolled");
            r.pooledFund = false;
            r.reason = QStringLiteral("%1首次缴费，%2起才享受统筹待遇；%3尚未生效。")
                           .arg(firstPaid->toChinese(), firstCover->toChinese(), x.toChinese());
            return r;
        }
        if (m_ctx.line.isResident(x)) {
            r.ruleId = QStringLiteral("eligibility.resident");
            r.pooledFund = false;
            r.reason = QStringLiteral("%1参加的是城乡居民医保，职工医保统筹基金不支付；"
                                      "费用由居民医保按其规定报销。")
                           .arg(x.toChinese());
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
            r.reason += QStringLiteral("另：%1前有欠费月份，按本档案个人账户冻结，缴清后才能使用。")
                            .arg(x.addMonths(1).toChinese());

        if (ctx.tracing()) {
            acc.ruleId = QStringLiteral("eligibility.personal_account");
            acc.subject = subject;
            acc.title = QStringLiteral("%1 %2：个人账户").arg(isoDate(e.date), careChinese(e.care));
            acc.input(QStringLiteral("date"), isoDate(e.date));
            acc.input(QStringLiteral("care"), careChinese(e.care));
            acc.input(QStringLiteral("owedOnDate"),
                owed ? QStringLiteral("true") : QStringLiteral("false"));
            acc.formula = frozen.value_or(false)
                ? QStringLiteral("本档案规定欠费时冻结个人账户；%1及以前%2欠费月份")
                      .arg(x.toString(), owed ? QStringLiteral("有") : QStringLiteral("没有"))
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
            if (judge.firstCover)
                pool.input(QStringLiteral("firstCover"), judge.firstCover->toString());
            if (const auto &g = judge.decidingGap) {
                pool.input(QStringLiteral("gapFrom"), g->from.toString());
                pool.input(QStringLiteral("gapTo"), g->to.toString());
                pool.input(QStringLiteral("gapMonths"), QString::number(g->months));
                pool.input(QStringLiteral("resumeMonth"),
                    g->resumeMonth ? g->resumeMonth->toString() : QString());
                pool.input(QStringLiteral("waiting"),
                    g->waitingMonths ? QString::number(*g->waitingMonths) : QString());
            }
            pool.input(QStringLiteral("scenario"),
                r.scenario ? QStringLiteral("true") : QStringLiteral("false"));
            pool.input(QStringLiteral("pooledFund"),
                r.pooledFund ? (*r.pooledFund ? QStringLiteral("true") : QStringLiteral("false"))
                             : QStringLiteral("未知"));
            pool.formula = QStringLiteral("依次判断：退休（%1 起）→ 首次参保生效 → 城乡居民医保 → "
                                          "断缴首月 → 断缴暂停期 → 恢复前等待期 → 正常缴费%2")
                               .arg(retirementMonth.toString(),
                                   r.scenario ? QStringLiteral("；%1 起的月份按假设计")
                                                    .arg(ctx.asOfMonth.toString())
                                              : QString());
            pool.result = !r.pooledFund ? QStringLiteral("未知")
                : *r.pooledFund         ? QStringLiteral("统筹基金支付")
                                        : QStringLiteral("统筹基金不支付");
            pool.missing = r.missing;
            pool.input(QStringLiteral("reason"), r.reason);
            ctx.add(std::move(pool));
        }
        out.append(r);
    }
    return out;
}

} // namespace yibao
