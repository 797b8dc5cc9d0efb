// SPDX-License-Identifier: GPL-3.0-or-later
// core/present/formulawords: every formula, result and event-reason sentence in Chinese and
// English with concrete numbers, written out here; and over every case file, that each
// formula's and each reason's two languages carry the same numbers in the same order, that
// every equality of the English formulas holds, and that English has no Chinese and no
// "1 months".
#include "casefile.h"
#include "domain/yearmonth.h"
#include "io/caseloader.h"
#include "present/formulawords.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace yibao;

Q_DECLARE_METATYPE(yibao::FormulaLine)

namespace {

using A = FormulaArg;

A ym(const char *s)
{
    return A::month(*YearMonth::parse(QString::fromLatin1(s)));
}
A span(const char *first, const char *last)
{
    return A::span(*YearMonth::parse(QString::fromLatin1(first)),
        *YearMonth::parse(QString::fromLatin1(last)));
}
A date(const char *s)
{
    return A::date(*parseIsoDate(QString::fromLatin1(s)));
}
A yuan(const char *s)
{
    return A::money(*Money::parseYuan(QString::fromLatin1(s)));
}
A pct(const char *s)
{
    return A::rate(*Rate::parsePercent(QString::fromLatin1(s)));
}
A m(int n)
{
    return A::months(n);
}
const A unknown = A::unknown();
A assume(Assumption a, const char *asOf)
{
    return A::assume(a, *YearMonth::parse(QString::fromLatin1(asOf)));
}

struct Row
{
    const char *name;
    FormulaLine line;
    const char16_t *zh;
    const char16_t *en;
};

// One row per sentence at least; a sentence with a singular, an unknown or a variant has
// a row for each. The Chinese of the formulas is today's wording, byte for byte.
QList<Row> rows()
{
    using F = FormulaId;
    return {
        { "retire: no delay",
            { F::RetireNoDelay, { ym("2015-06"), ym("2025-01"), date("2015-06-18") } },
            u"原退休月 2015-06 早于改革起始月 2025-01，不延迟；法定退休日期 = 2015-06-18",
            u"original retirement month 2015-06 is before the reform start 2025-01: no delay; "
            u"statutory retirement date = 2015-06-18" },
        { "retire: delay",
            { F::RetireDelay,
                { ym("2030-05"), ym("2025-01"), A::count(65), A::count(4), A::count(36), m(17),
                    date("2031-10-12") } },
            u"n = 2030-05 − 2025-01 + 1 = 65；延迟 = min(⌈65 ÷ 4⌉, 36) = 17 个月；2030-05 + 17 "
            u"个月 = 2031-10-12",
            u"n = 2030-05 − 2025-01 + 1 = 65; delay = min(⌈65 ÷ 4⌉, 36) = 17 months; 2030-05 + "
            u"17 months = 2031-10-12" },
        { "retire: delay of one month",
            { F::RetireDelay,
                { ym("2025-01"), ym("2025-01"), A::count(1), A::count(4), A::count(36), m(1),
                    date("2025-02-10") } },
            u"n = 2025-01 − 2025-01 + 1 = 1；延迟 = min(⌈1 ÷ 4⌉, 36) = 1 个月；2025-01 + 1 个月 = "
            u"2025-02-10",
            u"n = 2025-01 − 2025-01 + 1 = 1; delay = min(⌈1 ÷ 4⌉, 36) = 1 month; 2025-01 + 1 "
            u"month = 2025-02-10" },
        { "years: actual", { F::YearsActual, { m(186), m(10), m(196), ym("2026-11") } },
            u"单位职工 186 个月 + 灵活就业 10 个月 = 196 个月（含已补缴月份，截至 2026-11）",
            u"employee 186 months + flexible employment 10 months = 196 months (back-paid "
            u"months included, up to 2026-11)" },
        { "years: actual, one month", { F::YearsActual, { m(0), m(1), m(1), ym("2026-01") } },
            u"单位职工 0 个月 + 灵活就业 1 个月 = 1 个月（含已补缴月份，截至 2026-01）",
            u"employee 0 months + flexible employment 1 month = 1 month (back-paid months "
            u"included, up to 2026-01)" },
        { "years: deemed", { F::YearsDeemed, { m(24), m(42), m(66) } },
            u"填写的视同缴费 24 个月 + 视同缴费时段 42 个月 = 66 个月",
            u"declared deemed contribution 24 months + deemed periods 42 months = 66 months" },
        { "years: cumulative", { F::YearsCumulative, { m(262), m(66), m(328) } },
            u"实际 262 个月 + 视同 66 个月 = 328 个月（城乡居民医保月份不计入）",
            u"actual 262 months + deemed 66 months = 328 months (resident-insurance months not "
            u"counted)" },
        { "gap: detect", { F::GapDetect, { ym("1997-07"), ym("2026-10"), ym("2026-11") } },
            u"检查 1997-07 至 2026-10 的每个月（本月 2026-11 尚未到缴费期，不计）：未按时缴费（"
            u"欠费、逾期补缴、未参加职工医保）的连续月份为一次断缴",
            u"each month from 1997-07 to 2026-10 checked (this month, 2026-11, is not due yet "
            u"and not counted): consecutive months not paid on time (owed, back-paid late, or "
            u"without employee insurance) make one gap" },
        { "principal: one month",
            { F::PrincipalMonth,
                { span("2026-09", "2026-09"), A::kind(PeriodKind::Employee), yuan("5000.00"),
                    pct("11.8"), yuan("590.00") } },
            u"2026-09（单位职工）：5000.00 元 × 11.8% = 590.00 元",
            u"2026-09 (employee): 5000.00 yuan × 11.8% = 590.00 yuan" },
        { "principal: a run",
            { F::PrincipalRun,
                { span("2016-01", "2016-04"), A::kind(PeriodKind::Employee), yuan("5000.00"),
                    pct("11.8"), yuan("590.00"), m(4), yuan("2360.00") } },
            u"2016-01—2016-04（单位职工）：5000.00 元 × 11.8% = 590.00 元/月，× 4 个月 = 2360.00 "
            u"元",
            u"2016-01—2016-04 (employee): 5000.00 yuan × 11.8% = 590.00 yuan/month, × 4 months "
            u"= 2360.00 yuan" },
        { "principal: not enrolled", { F::PrincipalNotEnrolled, { m(18) } },
            u"未参加职工医保（或参加城乡居民医保）18 个月：没有应缴本金",
            u"18 months without employee insurance (or in resident insurance): no principal "
            u"due" },
        { "principal: not enrolled, one month", { F::PrincipalNotEnrolled, { m(1) } },
            u"未参加职工医保（或参加城乡居民医保）1 个月：没有应缴本金",
            u"1 month without employee insurance (or in resident insurance): no principal "
            u"due" },
        { "principal: total", { F::PrincipalTotal, { yuan("2360.00") } }, u"合计 2360.00 元",
            u"total 2360.00 yuan" },
        { "principal: total unknown", { F::PrincipalTotalUnknown, {} },
            u"合计未知：有月份的费率资料未给出",
            u"total unknown: the rates of some months are not given" },
        { "fee: back-paid month",
            { F::FeeMonth,
                { ym("2025-07"), yuan("746.47"), pct("0.05"), A::days(40), date("2025-08-01"),
                    date("2025-09-10"), A::flag(false), yuan("14.93") } },
            u"2025-07：746.47 元 × 0.05% × 40 天（2025-08-01 至 2025-09-10，实际补缴日）= 14.93 元",
            u"2025-07: 746.47 yuan × 0.05% × 40 days (2025-08-01 to 2025-09-10, the day it was "
            u"back-paid) = 14.93 yuan" },
        { "fee: owed month, one day",
            { F::FeeMonth,
                { ym("2026-10"), yuan("590.00"), pct("0.05"), A::days(1), date("2026-11-01"),
                    date("2026-11-02"), A::flag(true), yuan("0.30") } },
            u"2026-10：590.00 元 × 0.05% × 1 天（2026-11-01 至 2026-11-02，按这天缴清计）= 0.30 元",
            u"2026-10: 590.00 yuan × 0.05% × 1 day (2026-11-01 to 2026-11-02, if paid on that "
            u"day) = 0.30 yuan" },
        { "fee: capped",
            { F::FeeMonthCapped,
                { ym("2016-01"), yuan("590.00"), pct("0.05"), A::days(3948), date("2016-02-01"),
                    date("2026-11-23"), A::flag(true), yuan("1164.66"), pct("100"),
                    yuan("590.00") } },
            u"2016-01：590.00 元 × 0.05% × 3948 天（2016-02-01 至 2026-11-23，按这天缴清计）= "
            u"1164.66 元，超过上限（本金 590.00 元 × 100% = 590.00 元），按 590.00 元计",
            u"2016-01: 590.00 yuan × 0.05% × 3948 days (2016-02-01 to 2026-11-23, if paid on "
            u"that day) = 1164.66 yuan, over the cap (principal 590.00 yuan × 100% = 590.00 "
            u"yuan): 590.00 yuan" },
        { "fee: not charged",
            { F::FeeNotCharged, { ym("2026-08"), A::kind(PeriodKind::Flexible) } },
            u"2026-08：灵活就业不加收滞纳金", u"2026-08: no late fee on flexible employment" },
        { "fee: none", { F::FeeNone, {} }, u"没有欠缴或补缴的月份，不产生滞纳金",
            u"no month owed or back-paid: no late fee" },
        { "fee: owed",
            { F::FeeOwed,
                { m(4), date("2026-11-23"), yuan("4720.00"), yuan("4320.00"), yuan("400.00") } },
            u"尚欠 4 个月：如在 2026-11-23 缴清，需 4720.00 元，其中单位 4320.00 元、个人 400.00 "
            u"元",
            u"4 months still owed: if paid on 2026-11-23, 4720.00 yuan is due, of which 4320.00 "
            u"yuan by the employer and 400.00 yuan by the individual" },
        { "fee: owed, amounts unknown",
            { F::FeeOwed, { m(1), date("2026-11-23"), unknown, unknown, unknown } },
            u"尚欠 1 个月：如在 2026-11-23 缴清，需 未知，其中单位 未知、个人 未知",
            u"1 month still owed: if paid on 2026-11-23, unknown is due, of which unknown by "
            u"the employer and unknown by the individual" },
        { "grace: too long and owed",
            { F::GraceJudgement,
                { m(3), ym("2016-01"), date("2016-04-30"), m(4), A::flag(false), m(4), m(0), m(0),
                    A::flag(true) } },
            u"宽限截止日 = 2016-01 后第 3 个月的月末 = 2016-04-30；4 个月 > 宽限期 3 个月，仍欠 4 "
            u"个月",
            u"grace deadline = last day of (2016-01 + 3 months) = 2016-04-30; 4 months > grace "
            u"period 3 months, 4 months still owed" },
        { "grace: back-paid in time",
            { F::GraceJudgement,
                { m(3), ym("2025-07"), date("2025-10-31"), m(2), A::flag(true), m(0), m(0), m(2),
                    A::flag(true) } },
            u"宽限截止日 = 2025-07 后第 3 个月的月末 = 2025-10-31；2 个月 ≤ 宽限期 3 "
            u"个月，补缴均在 "
            u"2025-10-31 之前",
            u"grace deadline = last day of (2025-07 + 3 months) = 2025-10-31; 2 months ≤ grace "
            u"period 3 months, all back-paid by 2025-10-31" },
        { "grace: not enrolled, back-paid late",
            { F::GraceJudgement,
                { m(3), ym("2020-01"), date("2020-04-30"), m(18), A::flag(false), m(0), m(18), m(1),
                    A::flag(false) } },
            u"宽限截止日 = 2020-01 后第 3 个月的月末 = 2020-04-30；18 个月 > 宽限期 3 个月，18 "
            u"个月未参加职工医保，不能按连续缴费处理，有补缴晚于 2020-04-30",
            u"grace deadline = last day of (2020-01 + 3 months) = 2020-04-30; 18 months > grace "
            u"period 3 months, 18 months without employee insurance: cannot count as "
            u"continuous, some back-paid after 2020-04-30" },
        { "grace: unknown",
            { F::GraceJudgement,
                { unknown, ym("2026-01"), unknown, m(1), A::flag(false), m(1), m(0), m(0),
                    A::flag(true) } },
            u"宽限期未知；仍欠 1 个月", u"grace period unknown; 1 month still owed" },
        { "resume: continuous", { F::ResumeContinuous, { date("2025-09-10"), ym("2025-10") } },
            u"视为连续：最后一次补缴 2025-09-10 的次月 = 2025-10",
            u"continuous: the month after the last back-payment on 2025-09-10 = 2025-10" },
        { "resume: waiting", { F::ResumeWaiting, { ym("2016-05"), m(6), ym("2016-11") } },
            u"中断：2016-05 恢复按时缴费，再等待 6 个月，2016-11 起恢复",
            u"interrupted: paying on time again from 2016-05, + 6 months of waiting = cover "
            u"again from 2016-11" },
        { "resume: unknown", { F::ResumeUnknown, {} }, u"恢复月份未知：所需参数资料未给出",
            u"month of resumption unknown: a parameter it needs is not given" },
        { "resume: open", { F::ResumeOpen, { ym("2026-10") } },
            u"断缴持续到 2026-10，其后尚未按时缴费",
            u"the gap lasts to 2026-10; no on-time payment since" },
        { "suspend: none", { F::SuspendNone, { ym("2025-10") } },
            u"断缴首月照常支付，2025-10 已恢复：没有暂停的月份",
            u"the gap's first month is paid as usual and cover is back in 2025-10: no month "
            u"suspended" },
        { "suspend: window, not covered",
            { F::SuspendWindow, { ym("2016-02"), ym("2016-10"), A::flag(true), A::flag(false) } },
            u"暂停期 2016-02 至 2016-10；期间发生的统筹费用不予报销",
            u"suspension: from 2016-02 to 2016-10; pooled-fund costs in that time are not "
            u"reimbursed" },
        { "suspend: window open",
            { F::SuspendWindow, { ym("2026-08"), unknown, A::flag(true), A::flag(false) } },
            u"暂停期 2026-08 至 恢复缴费并满足条件前；期间发生的统筹费用不予报销",
            u"suspension: from 2026-08 to when payment resumes and the conditions are met; "
            u"pooled-fund costs in that time are not reimbursed" },
        { "suspend: window unknown",
            { F::SuspendWindow, { unknown, unknown, A::flag(false), unknown } },
            u"暂停期 未知月份 至 未知月份；期间费用能否报销未知",
            u"suspension: from an unknown month to an unknown month; whether costs in that "
            u"time are reimbursed is unknown" },
        { "suspend: window, covered",
            { F::SuspendWindow, { ym("2025-08"), ym("2025-09"), A::flag(true), A::flag(true) } },
            u"暂停期 2025-08 至 2025-09；已按期补缴，期间费用可报销",
            u"suspension: from 2025-08 to 2025-09; back-paid in time: costs in that time are "
            u"reimbursed" },
        { "account: in service",
            { F::AccountInService,
                { span("1990-01", "1990-05"), yuan("5000.00"), pct("2"), pct("0.8"), yuan("140.00"),
                    m(5), yuan("700.00") } },
            u"1990-01—1990-05：每月 5000.00 元 × 2% + 5000.00 元 × 0.8% = 140.00 元/月，× 5 个月 = "
            u"700.00 元",
            u"1990-01—1990-05: each month 5000.00 yuan × 2% + 5000.00 yuan × 0.8% = 140.00 "
            u"yuan/month, × 5 months = 700.00 yuan" },
        { "account: in service, one month",
            { F::AccountInService,
                { span("2005-01", "2005-01"), yuan("6000.00"), pct("2"), pct("1.3"), yuan("198.00"),
                    m(1), yuan("198.00") } },
            u"2005-01：每月 6000.00 元 × 2% + 6000.00 元 × 1.3% = 198.00 元/月，× 1 个月 = 198.00 "
            u"元",
            u"2005-01: each month 6000.00 yuan × 2% + 6000.00 yuan × 1.3% = 198.00 yuan/month, "
            u"× 1 month = 198.00 yuan" },
        { "account: in service, a rate unknown",
            { F::AccountInServiceUnknown,
                { span("2012-05", "2026-10"), m(174), yuan("7000.00"), pct("2"), unknown } },
            u"2012-05—2026-10：174 个月，每月 7000.00 元 × 2% + 7000.00 元 × "
            u"未知，其中有未知的参数，"
            u"金额未知",
            u"2012-05—2026-10: 174 months, each month 7000.00 yuan × 2% + 7000.00 yuan × "
            u"unknown; a parameter is unknown, so the amount is unknown" },
        { "account: retiree",
            { F::AccountRetiree,
                { span("2026-08", "2026-11"), yuan("100.00"), m(4), yuan("400.00") } },
            u"2026-08—2026-11：每月 定额 100.00 = 100.00 元/月，× 4 个月 = 400.00 元",
            u"2026-08—2026-11: each month the fixed amount 100.00 = 100.00 yuan/month, × 4 "
            u"months = 400.00 yuan" },
        { "account: retiree, amount unknown",
            { F::AccountRetireeUnknown, { span("2015-06", "2022-08"), m(87) } },
            u"2015-06—2022-08：87 个月，每月 定额（未知），其中有未知的参数，金额未知",
            u"2015-06—2022-08: 87 months, each month a fixed amount (unknown); a parameter is "
            u"unknown, so the amount is unknown" },
        { "account: total", { F::AccountTotal, { m(5), yuan("700.00") } },
            u"合计 5 个月，700.00 元", u"total 5 months, 700.00 yuan" },
        { "account: total unknown", { F::AccountTotal, { m(120), unknown } },
            u"合计 120 个月，未知", u"total 120 months, unknown" },
        { "lifelong: required", { F::LifelongRequired, { ym("2031-10"), m(240), m(180) } },
            u"退休时（2031-10）累计缴费不少于 240 个月，其中实际缴费不少于 180 个月",
            u"at retirement (2031-10): at least 240 months in all, of which at least 180 months "
            u"actually paid" },
        { "lifelong: required unknown", { F::LifelongRequired, { ym("2031-10"), unknown, m(180) } },
            u"退休时（2031-10）累计缴费不少于 未知，其中实际缴费不少于 180 个月",
            u"at retirement (2031-10): at least unknown in all, of which at least 180 months "
            u"actually paid" },
        { "lifelong: shortfall, retired",
            { F::ShortfallRetired,
                { ym("2020-03"), ym("2026-11"), m(288), m(278), m(300), m(288), m(12), m(180),
                    m(278), m(0), unknown } },
            u"2020-03 退休，到 2026-11 累计 288 个月（实际 278 个月）；累计差 max(0, 300 − 288) = "
            u"12 "
            u"个月，实际差 max(0, 180 − 278) = 0 个月",
            u"retired 2020-03; by 2026-11 counted 288 months (278 months actually paid); short "
            u"in all max(0, 300 − 288) = 12 months, short of actual max(0, 180 − 278) = 0 "
            u"months" },
        { "lifelong: shortfall, retired, met since",
            { F::ShortfallRetired,
                { ym("2024-03"), ym("2026-11"), m(302), m(302), m(300), m(302), m(0), m(180),
                    m(302), m(0), ym("2026-08") } },
            u"2024-03 退休，到 2026-11 累计 302 个月（实际 302 个月）；累计差 max(0, 300 − 302) = "
            u"0 "
            u"个月，实际差 max(0, 180 − 302) = 0 个月；2026-08 起两项都已达到",
            u"retired 2024-03; by 2026-11 counted 302 months (302 months actually paid); short "
            u"in all max(0, 300 − 302) = 0 months, short of actual max(0, 180 − 302) = 0 "
            u"months; both met from 2026-08" },
        { "lifelong: shortfall, projected",
            { F::ShortfallProjected,
                { m(140), m(221), m(361), m(140), m(361), m(240), m(361), m(0), m(180), m(361),
                    m(0), unknown } },
            u"已累计 140 个月 + 按时缴到退休前还有 221 个月 = 预计 361 个月（实际 140 + 221 = 361 "
            u"个月）；累计差 max(0, 240 − 361) = 0 个月，实际差 max(0, 180 − 361) = 0 个月",
            u"counted 140 months + 221 months still to pay on time before retirement = 361 "
            u"months projected (actual 140 + 221 = 361 months); short in all max(0, 240 − 361) "
            u"= 0 months, short of actual max(0, 180 − 361) = 0 months" },
        { "lifelong: shortfall, projected, one month to go",
            { F::ShortfallProjected,
                { m(299), m(1), m(300), m(299), m(300), m(300), m(300), m(0), m(180), m(300), m(0),
                    unknown } },
            u"已累计 299 个月 + 按时缴到退休前还有 1 个月 = 预计 300 个月（实际 299 + 1 = 300 "
            u"个月）；累计差 max(0, 300 − 300) = 0 个月，实际差 max(0, 180 − 300) = 0 个月",
            u"counted 299 months + 1 month still to pay on time before retirement = 300 months "
            u"projected (actual 299 + 1 = 300 months); short in all max(0, 300 − 300) = 0 "
            u"months, short of actual max(0, 180 − 300) = 0 months" },
        { "lifelong: back-pay",
            { F::BackPay, { yuan("9000.00"), pct("11"), yuan("990.00"), m(19), yuan("18810.00") } },
            u"9000.00 元 × 11% = 990.00 元/月，× 19 个月 = 18810.00 元",
            u"9000.00 yuan × 11% = 990.00 yuan/month, × 19 months = 18810.00 yuan" },
        { "lifelong: back-pay, rate unknown", { F::BackPayUnknown, { m(64), A::flag(true) } },
            u"差 64 个月 × 每月（退休时缴费基数 × 补缴比例）；补缴比例未知，无法计算",
            u"64 months short × each month (base at retirement × back-pay rate); the back-pay "
            u"rate is unknown, so it cannot be computed" },
        { "lifelong: back-pay, base unknown", { F::BackPayUnknown, { m(1), A::flag(false) } },
            u"差 1 个月 × 每月（退休时缴费基数 × 补缴比例）；退休时缴费基数未知，无法计算",
            u"1 month short × each month (base at retirement × back-pay rate); the base at "
            u"retirement is unknown, so it cannot be computed" },
        { "lifelong: paths",
            { F::Paths,
                { yuan("18810.00"), ym("2026-11"), m(19), yuan("20178.00"), ym("2028-06") } },
            u"一次性补缴 18810.00 元，2026-11 起享受；按灵活就业继续缴费 19 个月共 20178.00 元，"
            u"2028-06 起享受",
            u"one-time back-pay 18810.00 yuan, cover from 2026-11; keep paying as flexible "
            u"employment for 19 months, 20178.00 yuan in all, cover from 2028-06" },
        { "lifelong: paths, one cost unknown",
            { F::Paths, { unknown, ym("2026-11"), m(64), yuan("31718.40"), ym("2032-03") } },
            u"一次性补缴 未知，2026-11 起享受；按灵活就业继续缴费 64 个月共 31718.40 元，2032-03 "
            u"起享受",
            u"one-time back-pay unknown, cover from 2026-11; keep paying as flexible employment "
            u"for 64 months, 31718.40 yuan in all, cover from 2032-03" },
        { "eligibility: account frozen, owed",
            { F::AccountFrozenRule, { ym("2026-09"), A::flag(true) } },
            u"本档案规定欠费时冻结个人账户；2026-09及以前有欠费月份",
            u"this profile freezes the personal account while months are owed; up to and "
            u"including 2026-09 there are owed months" },
        { "eligibility: account frozen, none owed",
            { F::AccountFrozenRule, { ym("2026-09"), A::flag(false) } },
            u"本档案规定欠费时冻结个人账户；2026-09及以前没有欠费月份",
            u"this profile freezes the personal account while months are owed; up to and "
            u"including 2026-09 no month is owed" },
        { "eligibility: account not frozen", { F::AccountNotFrozen, {} },
            u"停缴或欠费不影响个人账户余额的使用",
            u"stopping or owing payments does not affect using the personal account's "
            u"balance" },
        { "eligibility: pool order", { F::PoolOrder, { ym("2031-10"), unknown } },
            u"依次判断：退休（2031-10 起）→ 首次参保生效 → 城乡居民医保 → 断缴首月 → 断缴暂停期 "
            u"→ 恢复前等待期 → 正常缴费",
            u"judged in turn: retirement (from 2031-10) → cover started after the first "
            u"payment → resident insurance → first month of a gap → suspension in a gap → "
            u"waiting before cover returns → normal payment" },
        { "eligibility: pool order, a scenario", { F::PoolOrder, { ym("2038-03"), ym("2026-11") } },
            u"依次判断：退休（2038-03 起）→ 首次参保生效 → 城乡居民医保 → 断缴首月 → 断缴暂停期 "
            u"→ 恢复前等待期 → 正常缴费；2026-11 起的月份按假设计",
            u"judged in turn: retirement (from 2038-03) → cover started after the first "
            u"payment → resident insurance → first month of a gap → suspension in a gap → "
            u"waiting before cover returns → normal payment; months from 2026-11 on are as "
            u"assumed" },

        { "result: unknown", { F::ResultUnknown, {} }, u"未知", u"unknown" },
        { "result: money", { F::ResultMoney, { yuan("2360.00") } }, u"2360.00", u"2360.00" },
        { "result: money unknown", { F::ResultMoney, { unknown } }, u"未知", u"unknown" },
        { "result: months", { F::ResultMonths, { m(348) } }, u"348 个月", u"348 months" },
        { "result: one month", { F::ResultMonths, { m(1) } }, u"1 个月", u"1 month" },
        { "result: month", { F::ResultMonth, { ym("2016-11") } }, u"2016-11", u"2016-11" },
        { "result: retirement age",
            { F::RetireAge, { date("2031-10-12"), A::count(56), A::count(5) } },
            u"2031-10-12（56岁5个月）", u"2031-10-12 (at age 56 and 5 months)" },
        { "result: retirement age, whole years",
            { F::RetireAge, { date("2015-06-18"), A::count(60), A::count(0) } },
            u"2015-06-18（60岁0个月）", u"2015-06-18 (at age 60)" },
        { "result: retirement age, one month",
            { F::RetireAge, { date("2026-02-10"), A::count(60), A::count(1) } },
            u"2026-02-10（60岁1个月）", u"2026-02-10 (at age 60 and 1 month)" },
        { "result: given date", { F::RetireGivenDate, { date("2026-01-15") } },
            u"本案按实际退休日期 2026-01-15 计算",
            u"this case uses the actual retirement date 2026-01-15" },
        { "result: gap span", { F::GapSpan, { ym("2016-01"), ym("2016-04"), m(4) } },
            u"2016-01—2016-04（4 个月）", u"2016-01—2016-04 (4 months)" },
        { "result: gap of one month", { F::GapSpan, { ym("2026-09"), ym("2026-09"), m(1) } },
            u"2026-09—2026-09（1 个月）", u"2026-09—2026-09 (1 month)" },
        { "result: no gaps", { F::NoGaps, {} }, u"没有断缴", u"no gaps" },
        { "result: continuous", { F::Continuous, {} }, u"视为连续缴费", u"counted as continuous" },
        { "result: continuous if paid", { F::ContinuousIfPaidBy, { date("2026-12-31") } },
            u"如在 2026-12-31 前补缴欠费，视为连续缴费",
            u"counted as continuous if the arrears are paid by 2026-12-31" },
        { "result: interrupted", { F::Interrupted, {} }, u"缴费中断", u"interrupted" },
        { "result: not resumed", { F::NotResumed, {} }, u"未恢复", u"not restored" },
        { "result: costs covered", { F::CostsCovered, {} }, u"期间费用可报销",
            u"costs in the gap reimbursed" },
        { "result: costs not covered", { F::CostsNotCovered, {} }, u"期间费用不报销",
            u"costs in the gap not reimbursed" },
        { "result: required", { F::RequiredMonths, { m(300), m(180) } },
            u"300 个月（实际 180 个月）", u"300 months (180 months actually paid)" },
        { "result: qualifies", { F::QualifiesReached, {} }, u"达到", u"met" },
        { "result: qualifies if paid on", { F::QualifiesIfPaidOn, {} }, u"按时缴到退休可达到",
            u"met if paid on time until retirement" },
        { "result: short by", { F::ShortBy, { m(12) } }, u"差 12 个月", u"12 months short" },
        { "result: short by one", { F::ShortBy, { m(1) } }, u"差 1 个月", u"1 month short" },
        { "result: one-time cheaper", { F::OneTimeCheaper, {} }, u"一次性补缴花费较少",
            u"one-time back-pay costs less" },
        { "result: keep paying cheaper", { F::KeepPayingCheaper, {} }, u"继续缴费花费较少",
            u"keeping on paying costs less" },
        { "result: costs unknown", { F::CostsUnknown, {} }, u"费用未知，无法比较",
            u"costs unknown: cannot compare" },
        { "result: account usable", { F::AccountUsable, {} }, u"可用", u"usable" },
        { "result: account frozen", { F::AccountFrozen, {} }, u"冻结", u"frozen" },
        { "result: pool pays", { F::PoolPays, {} }, u"统筹基金支付", u"the pooled fund pays" },
        { "result: pool does not pay", { F::PoolDoesNotPay, {} }, u"统筹基金不支付",
            u"the pooled fund does not pay" },

        // an event's reason: months as a person writes them; the wording of the engine's
        // reasons before they became data, byte for byte
        { "reason: retired ahead, qualifies",
            { F::ReasonRetiredAheadQualifies, { ym("2031-03"), ym("2030-05") } },
            u"2031年3月在预计退休（2030年5月）之后；按时缴到退休可达到终身医保所需年限，届时由"
            u"统筹基金支付。",
            u"2031-03 is after the expected retirement (2030-05); paying every month until then "
            u"reaches the years required for lifelong cover, so the pooled fund would pay." },
        { "reason: retired ahead, short",
            { F::ReasonRetiredAheadShort, { ym("2031-03"), ym("2030-05"), m(14) } },
            u"2031年3月在预计退休（2030年5月）之后；即使按时缴到退休，缴费年限仍差 14 个月，"
            u"补足前统筹基金不支付。",
            u"2031-03 is after the expected retirement (2030-05); even paying every month until "
            u"then leaves 14 months short, and the pooled fund pays only once they are made "
            u"up." },
        { "reason: retired ahead, one month short",
            { F::ReasonRetiredAheadShort, { ym("2031-03"), ym("2030-05"), m(1) } },
            u"2031年3月在预计退休（2030年5月）之后；即使按时缴到退休，缴费年限仍差 1 个月，"
            u"补足前统筹基金不支付。",
            u"2031-03 is after the expected retirement (2030-05); even paying every month until "
            u"then leaves 1 month short, and the pooled fund pays only once they are made up." },
        { "reason: retired, qualified then",
            { F::ReasonRetiredQualified, { ym("2024-06"), ym("2020-03") } },
            u"2024年6月已退休（2020年3月退休，当时缴费年限已满），享受终身医保待遇，统筹基金"
            u"支付。",
            u"In 2024-06 the person is retired (since 2020-03, with the required years reached "
            u"then): lifelong cover, the pooled fund pays." },
        { "reason: retired, qualified since",
            { F::ReasonRetiredQualifiedSince, { ym("2024-06"), ym("2020-03"), ym("2022-11") } },
            u"2024年6月已退休（2020年3月退休），2022年11月起缴费年限已满，享受终身医保待遇，"
            u"统筹基金支付。",
            u"In 2024-06 the person is retired (since 2020-03) and has had the required years "
            u"since 2022-11: lifelong cover, the pooled fund pays." },
        { "reason: retired, not paying",
            { F::ReasonRetiredNotPaying, { ym("2024-06"), ym("2020-03") } },
            u"2024年6月已退休（2020年3月退休），到这个月缴费年限仍未达到终身医保所需，当月也"
            u"未续缴，统筹基金不支付。",
            u"In 2024-06 the person is retired (since 2020-03), has not reached the years "
            u"required for lifelong cover and does not pay that month: the pooled fund does not "
            u"pay." },
        { "reason: retired paying, pays",
            { F::ReasonRetiredPaying,
                { ym("2024-06"), ym("2020-03"), assume(Assumption::None, "2026-01"),
                    A::flag(true) } },
            u"2024年6月已退休（2020年3月退休），缴费年限尚未达到，2024年6月仍在按月续缴；按本"
            u"档案，续缴期间统筹基金照常支付（以当地规定为准）。",
            u"In 2024-06 the person is retired (since 2020-03) without the required years yet; "
            u"2024-06 is paid toward them. Under this profile the pooled fund pays meanwhile "
            u"(local rules decide)." },
        { "reason: retired paying on, does not pay",
            { F::ReasonRetiredPaying,
                { ym("2027-06"), ym("2020-03"), assume(Assumption::PayingOn, "2026-01"),
                    A::flag(false) } },
            u"2027年6月已退休（2020年3月退休），缴费年限尚未达到，按目前每月按时缴费、2026年1月"
            u"起继续缴费计，2027年6月仍在按月续缴；按本档案，续缴期间统筹基金不支付。",
            u"In 2027-06 the person is retired (since 2020-03) without the required years yet; "
            u"assuming the monthly payments go on from 2026-01, 2027-06 is paid toward them. "
            u"Under this profile the pooled fund does not pay meanwhile." },
        { "reason: retired paying as planned, unknown",
            { F::ReasonRetiredPaying,
                { ym("2027-06"), ym("2020-03"), assume(Assumption::Planned, "2026-01"), unknown } },
            u"2027年6月已退休（2020年3月退休），缴费年限尚未达到，按计划缴费计，2027年6月仍在"
            u"按月续缴；续缴期间统筹基金是否支付，本档案未给出。",
            u"In 2027-06 the person is retired (since 2020-03) without the required years yet; "
            u"counting the planned payments, 2027-06 is paid toward them. Whether the pooled "
            u"fund pays meanwhile is not given by this profile." },
        { "reason: gap unplaced", { F::ReasonGapUnplaced, { span("2016-01", "2016-04") } },
            u"2016年1月至2016年4月断缴后何时恢复统筹待遇，本档案缺少所需参数，无法判断。",
            u"When cover resumes after gap 2016-01 to 2016-04 cannot be told: this profile lacks "
            u"a parameter it needs." },
        { "reason: gap first month",
            { F::ReasonGapFirstMonth, { ym("2026-09"), span("2026-09", "2026-10") } },
            u"2026年9月是断缴（2026年9月至2026年10月）的第一个月，统筹基金从断缴的次月起才"
            u"暂停，当月照常支付。",
            u"2026-09 is the first month of gap 2026-09 to 2026-10: the pooled fund stops only "
            u"from the month after, so it still pays." },
        { "reason: gap first month, a gap of one month",
            { F::ReasonGapFirstMonth, { ym("2026-09"), span("2026-09", "2026-09") } },
            u"2026年9月是断缴（2026年9月）的第一个月，统筹基金从断缴的次月起才暂停，当月照常"
            u"支付。",
            u"2026-09 is the first month of gap 2026-09: the pooled fund stops only from the "
            u"month after, so it still pays." },
        { "reason: gap suspended, not reimbursed",
            { F::ReasonGapSuspended,
                { span("2026-01", "2026-02"), ym("2026-02"), ym("2026-02"), A::flag(false) } },
            u"2026年1月至2026年2月断缴，统筹基金自2026年2月起暂停；2026年2月在暂停期内，费用"
            u"不予报销。",
            u"Gap 2026-01 to 2026-02: the pooled fund is suspended from 2026-02; 2026-02 falls "
            u"inside that window, so the costs are not reimbursed." },
        { "reason: gap suspended, back-paid in time",
            { F::ReasonGapSuspended,
                { span("2016-01", "2016-03"), ym("2016-02"), ym("2016-03"), A::flag(true) } },
            u"2016年1月至2016年3月断缴，统筹基金自2016年2月起暂停；2016年3月在暂停期内，已按期"
            u"补缴，按本档案费用可报销。",
            u"Gap 2016-01 to 2016-03: the pooled fund is suspended from 2016-02; 2016-03 falls "
            u"inside that window, and as it was back-paid in time this profile reimburses the "
            u"costs." },
        { "reason: gap open, not paying",
            { F::ReasonGapOpen,
                { ym("2026-09"), assume(Assumption::NotPaying, "2026-11"), ym("2026-11"),
                    ym("2026-10") } },
            u"2026年9月起断缴，如2026年11月起仍不缴费，统筹基金自2026年10月起暂停，2026年11月的"
            u"费用不予报销。",
            u"The gap began in 2026-09; if nothing is paid from 2026-11 on, the pooled fund has "
            u"been suspended since 2026-10, so the costs in 2026-11 are not reimbursed." },
        { "reason: waiting, continuous, not reimbursed",
            { F::ReasonWaitingContinuous,
                { span("2016-01", "2016-03"), ym("2016-05"), ym("2016-04"), A::flag(false) } },
            u"2016年1月至2016年3月断缴后在宽限期内补缴，2016年5月起恢复统筹待遇；2016年4月尚未"
            u"恢复，费用不予报销。",
            u"Gap 2016-01 to 2016-03 was back-paid within the grace period and cover resumes in "
            u"2016-05; 2016-04 comes before that, so the costs are not reimbursed." },
        { "reason: waiting, continuous, reimbursed",
            { F::ReasonWaitingContinuous,
                { span("2016-01", "2016-03"), ym("2016-05"), ym("2016-04"), A::flag(true) } },
            u"2016年1月至2016年3月断缴后在宽限期内补缴，2016年5月起恢复统筹待遇；2016年4月尚未"
            u"恢复，按本档案补缴后费用可报销。",
            u"Gap 2016-01 to 2016-03 was back-paid within the grace period and cover resumes in "
            u"2016-05; 2016-04 comes before that, but this profile reimburses the costs after "
            u"the back-payment." },
        { "reason: waiting, open, paying on",
            { F::ReasonWaitingOpen,
                { ym("2026-07"), assume(Assumption::PayingOn, "2026-11"), ym("2027-01") } },
            u"2026年7月起断缴，按目前每月按时缴费、2026年11月起继续缴费计，2027年1月恢复缴费，"
            u"需缴满等待期后才恢复统筹待遇，当月费用不予报销。",
            u"The gap began in 2026-07; assuming the monthly payments go on from 2026-11, "
            u"payments resume in 2027-01, and cover returns only after the waiting period: that "
            u"month's costs are not reimbursed." },
        { "reason: waiting, longer than the grace period",
            { F::ReasonWaiting,
                { span("2023-07", "2024-02"), m(8), A::flag(true), A::count(3), m(6), ym("2024-09"),
                    ym("2024-05") } },
            u"2023年7月至2024年2月断缴 8 个月，超过 3 个月的宽限期，恢复缴费后需等待 6 个月，"
            u"2024年9月起才恢复统筹待遇；2024年5月在等待期内，费用不予报销。",
            u"Gap 2023-07 to 2024-02 of 8 months is longer than the 3-month grace period; after "
            u"payments resumed it waits 6 months, and cover returns in 2024-09: 2024-05 is "
            u"inside the waiting period, so the costs are not reimbursed." },
        { "reason: waiting, not settled in the grace period",
            { F::ReasonWaiting,
                { span("2023-07", "2023-07"), m(1), A::flag(false), A::count(3), m(1),
                    ym("2023-09"), ym("2023-08") } },
            u"2023年7月断缴 1 个月，未在宽限期内缴清，恢复缴费后需等待 1 个月，2023年9月起才恢复"
            u"统筹待遇；2023年8月在等待期内，费用不予报销。",
            u"Gap 2023-07 of 1 month was not settled within the grace period; after payments "
            u"resumed it waits 1 month, and cover returns in 2023-09: 2023-08 is inside the "
            u"waiting period, so the costs are not reimbursed." },
        { "reason: covered",
            { F::ReasonCovered, { assume(Assumption::None, "2026-11"), ym("2016-05") } },
            u"2016年5月在正常缴费期间，统筹基金按规定支付。",
            u"2016-05 is a month of normal contributions: the pooled fund pays as the rules "
            u"provide." },
        { "reason: covered as planned",
            { F::ReasonCovered, { assume(Assumption::Planned, "2026-11"), ym("2027-06") } },
            u"按计划缴费计，2027年6月在正常缴费期间，统筹基金按规定支付。",
            u"counting the planned payments, 2027-06 is a month of normal contributions: the "
            u"pooled fund pays as the rules provide." },
        { "reason: not yet paid", { F::ReasonNotYetPaid, { ym("2014-09"), ym("2014-03") } },
            u"2014年9月首次缴费，2014年3月还没有参加职工医保，统筹基金不支付。",
            u"The first paid month is 2014-09; in 2014-03 the person was not yet insured, so the "
            u"pooled fund does not pay." },
        { "reason: never paid", { F::ReasonNeverPaid, { ym("2014-03") } },
            u"没有已缴的职工医保月份，2014年3月统筹基金不支付。",
            u"There is no paid month of employee insurance: in 2014-03 the pooled fund does not "
            u"pay." },
        { "reason: cover start unknown", { F::ReasonCoverStartUnknown, { ym("2014-10") } },
            u"首次参保后多久生效，本档案未给出，无法判断2014年10月。",
            u"This profile does not say when cover starts after the first payment, so 2014-10 "
            u"cannot be judged." },
        { "reason: cover not started",
            { F::ReasonCoverNotStarted, { ym("2014-09"), ym("2014-10"), ym("2014-09") } },
            u"2014年9月首次缴费，2014年10月起才享受统筹待遇；2014年9月尚未生效。",
            u"The first paid month is 2014-09 and cover starts in 2014-10; in 2014-09 it has not "
            u"started." },
        { "reason: resident", { F::ReasonResident, { ym("2025-03") } },
            u"2025年3月参加的是城乡居民医保，职工医保统筹基金不支付；费用由居民医保按其规定"
            u"报销。",
            u"In 2025-03 the person was insured under resident insurance: the employee pooled "
            u"fund does not pay, and resident insurance reimburses by its own rules." },
        { "reason: account frozen", { F::ReasonAccountFrozen, { ym("2026-10") } },
            u"另：2026年10月前有欠费月份，按本档案个人账户冻结，缴清后才能使用。",
            u"Also: months are owed before 2026-10, and under this profile the personal account "
            u"is frozen until they are paid." },
        { "warning: owed after retirement",
            { F::WarnOwedAfterRetirement, { ym("2027-03"), ym("2027-06"), ym("2027-03") } },
            u"2027-03 至 2027-06 记为欠费，但 2027-03 起已退休：退休后的月份不计欠费，也不用补缴",
            u"2027-03 to 2027-06 are entered as arrears, but the person retired in 2027-03: "
            u"nothing is owed for months from retirement on" },
    };
}

QStringList caseFiles()
{
    return QStringList { QStringLiteral(YIBAO_EXAMPLE_CASE) }
    + yibao::test::caseFilesIn({ YIBAO_CASES_PUBLIC, YIBAO_CASES_OWN
#ifdef YIBAO_CASES_SHARED
        ,
        YIBAO_CASES_SHARED
#endif
    });
}

Result computeFile(const QString &path)
{
    const LoadedCase loaded = yibao::test::loadCaseFile(path);
    return compute(loaded.c, *loaded.profile);
}

// The runs of digits in a text, in order: "2016-01 × 11.8%" → 2016 01 11 8.
QStringList digitRuns(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    QStringList out;
    for (auto it = digits.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

// The digit runs as numbers: a reason writes 2016年1月 in Chinese and 2016-01 in English.
QStringList numberRuns(const QString &text)
{
    QStringList out = digitRuns(text);
    for (QString &run : out) {
        while (run.size() > 1 && run.startsWith(u'0'))
            run.remove(0, 1);
    }
    return out;
}

bool isReason(FormulaId id)
{
    return id >= FormulaId::ReasonRetiredAheadQualifies;
}

// CJK (ideographs, kana, fullwidth and CJK punctuation) outside 「quotes」.
bool cjkOutsideQuotes(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'「')
            ++depth;
        else if (c == u'」')
            depth = std::max(0, depth - 1);
        else if (depth == 0 && c.unicode() >= 0x3000
            && (c.unicode() < 0xa000 || (c.unicode() >= 0xf900 && c.unicode() < 0xfb00)
                || (c.unicode() >= 0xff00 && c.unicode() < 0xfff0)))
            return true;
    }
    return false;
}

qint64 fen(const QString &yuanText)
{
    return Money::parseYuan(yuanText)->fen();
}
qint64 ppm(const QString &percentText)
{
    return Rate::parsePercent(percentText)->ppm();
}
// amount × rate (× times), rounded half up to the fen, as rounding.monthly says
qint64 applied(qint64 amountFen, qint64 ratePpm, qint64 times = 1)
{
    return (amountFen * ratePpm * times + Rate::One / 2) / Rate::One;
}
YearMonth month(const QString &s)
{
    return *YearMonth::parse(s);
}
QDate isoDay(const QString &s)
{
    return *parseIsoDate(s);
}

// Every "=" of an English formula line checked against the numbers around it. Returns the
// first failure, or an empty string; counts each equality checked.
QString checkEqualities(const QString &line, int *checked)
{
    struct Check
    {
        QRegularExpression re;
        std::function<bool(const QRegularExpressionMatch &)> holds;
    };
    const QString Y = QStringLiteral("([0-9]+\\.[0-9]{2}) yuan");
    const QString P = QStringLiteral("([0-9.]+)%");
    const QString M = QStringLiteral("([0-9]+) months?");
    const QString YM = QStringLiteral("([0-9]{4}-[0-9]{2})");
    const QString D = QStringLiteral("([0-9]{4}-[0-9]{2}-[0-9]{2})");
    auto re = [](const QString &p) { return QRegularExpression(p); };
    auto n = [](const QRegularExpressionMatch &m, int i) { return m.captured(i).toLongLong(); };
    const QList<Check> checks {
        // 5000.00 yuan × 2% + 5000.00 yuan × 0.8% = 140.00 yuan/month
        { re(Y + " × " + P + " \\+ " + Y + " × " + P + " = " + Y),
            [&](const auto &m) {
                return applied(fen(m.captured(1)), ppm(m.captured(2)))
                    + applied(fen(m.captured(3)), ppm(m.captured(4)))
                    == fen(m.captured(5));
            } },
        // 590.00 yuan × 0.05% × 3948 days (…) = 1164.66 yuan
        { re(Y + " × " + P + " × ([0-9]+) days? \\([^)]*\\) = " + Y),
            [&](const auto &m) {
                return applied(fen(m.captured(1)), ppm(m.captured(2)), n(m, 3))
                    == fen(m.captured(4));
            } },
        // 5000.00 yuan × 11.8% = 590.00 yuan (not a term of a sum)
        { re("(?<![0-9.])(?<!\\+ )" + Y + " × " + P + " = " + Y),
            [&](const auto &m) {
                return applied(fen(m.captured(1)), ppm(m.captured(2))) == fen(m.captured(3));
            } },
        // = 590.00 yuan/month, × 4 months = 2360.00 yuan
        { re(Y + "/month, × " + M + " = " + Y),
            [&](const auto &m) { return fen(m.captured(1)) * n(m, 2) == fen(m.captured(3)); } },
        // the fixed amount 100.00 = 100.00 yuan/month
        { re("fixed amount ([0-9]+\\.[0-9]{2}) = " + Y),
            [&](const auto &m) { return fen(m.captured(1)) == fen(m.captured(2)); } },
        // employee 186 months + flexible employment 10 months = 196 months; actual 140 + 221
        // = 361 months
        { re("([0-9]+)(?: months?)? \\+ [a-z -]*?([0-9]+)(?: months?)?(?: [a-z ]+?)? = " + M),
            [&](const auto &m) { return n(m, 1) + n(m, 2) == n(m, 3); } },
        // n = 2030-05 − 2025-01 + 1 = 65
        { re("n = " + YM + " − " + YM + " \\+ 1 = ([0-9]+)"),
            [&](const auto &m) {
                return month(m.captured(2)).monthsUntil(month(m.captured(1))) + 1 == n(m, 3);
            } },
        // delay = min(⌈65 ÷ 4⌉, 36) = 17 months
        { re("delay = min\\(⌈([0-9]+) ÷ ([0-9]+)⌉, ([0-9]+)\\) = " + M),
            [&](const auto &m) {
                return std::min((n(m, 1) + n(m, 2) - 1) / n(m, 2), n(m, 3)) == n(m, 4);
            } },
        // 2030-05 + 17 months = 2031-10-12 (the month of that date)
        { re(YM + " \\+ " + M + " = " + D),
            [&](const auto &m) {
                return month(m.captured(1)).addMonths(int(n(m, 2)))
                    == YearMonth::of(isoDay(m.captured(3)));
            } },
        // original retirement month 2015-06 … no delay; statutory retirement date = 2015-06-18
        { re("original retirement month " + YM + ".*no delay; statutory retirement date = " + D),
            [&](const auto &m) {
                return month(m.captured(1)) == YearMonth::of(isoDay(m.captured(2)));
            } },
        // max(0, 300 − 288) = 12 months
        { re("max\\(0, ([0-9]+) − ([0-9]+)\\) = " + M),
            [&](const auto &m) { return std::max<qint64>(0, n(m, 1) - n(m, 2)) == n(m, 3); } },
        // grace deadline = last day of (2016-01 + 3 months) = 2016-04-30
        { re("grace deadline = last day of \\(" + YM + " \\+ " + M + "\\) = " + D),
            [&](const auto &m) {
                return month(m.captured(1)).addMonths(int(n(m, 2))).lastDay()
                    == isoDay(m.captured(3));
            } },
        // paying on time again from 2016-05, + 6 months of waiting = cover again from 2016-11
        { re("from " + YM + ", \\+ " + M + " of waiting = cover again from " + YM),
            [&](const auto &m) {
                return month(m.captured(1)).addMonths(int(n(m, 2))) == month(m.captured(3));
            } },
        // the month after the last back-payment on 2025-09-10 = 2025-10
        { re("the month after the last back-payment on " + D + " = " + YM),
            [&](const auto &m) {
                return YearMonth::of(isoDay(m.captured(1))).addMonths(1) == month(m.captured(2));
            } },
    };
    // each "=" must lie inside a match that holds
    QSet<qsizetype> covered;
    for (const Check &c : checks) {
        for (auto it = c.re.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            if (!c.holds(m))
                return QStringLiteral("does not hold: ") + m.captured(0);
            ++*checked;
            for (qsizetype i = m.capturedStart(0); i < m.capturedEnd(0); ++i)
                if (line.at(i) == u'=')
                    covered.insert(i);
        }
    }
    for (qsizetype i = 0; i < line.size(); ++i)
        if (line.at(i) == u'=' && !covered.contains(i))
            return QStringLiteral("an equality no check reads: ")
                + line.mid(i > 40 ? i - 40 : 0, 80);
    return {};
}

} // namespace

class TstFormulaWords : public QObject
{
    Q_OBJECT

private slots:
    void sentence_data()
    {
        QTest::addColumn<FormulaLine>("line");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        for (const Row &r : rows())
            QTest::newRow(r.name) << r.line << QString::fromUtf16(r.zh) << QString::fromUtf16(r.en);
    }
    void sentence()
    {
        QFETCH(FormulaLine, line);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QCOMPARE(formulaLineText(line, TextLanguage::Chinese), zh);
        QCOMPARE(formulaLineText(line, TextLanguage::English), en);
        // the same numbers in the same order (but an age of whole years, which English
        // says without "0 months"; a reason's months as numbers, 2016年1月 and 2016-01);
        // English without Chinese or "1 months"
        if (isReason(line.id))
            QCOMPARE(numberRuns(en), numberRuns(zh));
        else if (line.id != FormulaId::RetireAge)
            QCOMPARE(digitRuns(en), digitRuns(zh));
        QVERIFY2(!cjkOutsideQuotes(en), qPrintable(en));
        static const QRegularExpression singular(
            QStringLiteral("(?<![0-9.])1 (months|years|days)\\b"));
        QVERIFY2(!en.contains(singular), qPrintable(en));
        int checked = 0;
        const QString failed = checkEqualities(en, &checked);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // the check of the equalities finds a false one, and one it cannot read
    void falseEqualityIsFound_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("capped fee said as the product")
            << QStringLiteral("2016-01: 590.00 yuan × 0.05% × 3948 days (2016-02-01 to "
                              "2026-11-23, if paid on that day) = 590.00 yuan");
        QTest::newRow("a chain of two results")
            << QStringLiteral("154 months × (5000.00 yuan × 2% + 5000.00 yuan × 1.3%) = 165.00 "
                              "= 25410.00 yuan");
        QTest::newRow("monthly times months") << QStringLiteral(
            "5000.00 yuan × 11.8% = 590.00 yuan/month, × 4 months = 2300.00 yuan");
        QTest::newRow("a sum") << QStringLiteral(
            "actual 140 months + deemed 0 months = 141 months");
        QTest::newRow("a deadline")
            << QStringLiteral("grace deadline = last day of (2016-01 + 3 months) = 2016-03-31");
    }
    void falseEqualityIsFound()
    {
        QFETCH(QString, line);
        int checked = 0;
        QVERIFY(!checkEqualities(line, &checked).isEmpty());
    }

    // every sentence has a row above
    void everySentenceHasARow()
    {
        QSet<int> seen;
        for (const Row &r : rows())
            seen.insert(int(r.line.id));
        for (int id = 0; id <= int(LastFormulaId); ++id)
            QVERIFY2(seen.contains(id), qPrintable(QStringLiteral("FormulaId %1").arg(id)));
    }

    // lines of a formula one per text line; parts of a result said together
    void joined()
    {
        const Formula formula { { FormulaId::PrincipalTotal, { yuan("2360.00") } },
            { FormulaId::FeeNone, {} } };
        QCOMPARE(formulaText(formula, TextLanguage::Chinese),
            QStringLiteral("合计 2360.00 元\n没有欠缴或补缴的月份，不产生滞纳金"));
        QCOMPARE(formulaText(formula, TextLanguage::English),
            QStringLiteral("total 2360.00 yuan\nno month owed or back-paid: no late fee"));
        const Formula result { { FormulaId::RetireAge,
                                   { date("2026-05-15"), A::count(60), A::count(4) } },
            { FormulaId::RetireGivenDate, { date("2026-01-15") } } };
        QCOMPARE(resultText(result, TextLanguage::Chinese),
            QStringLiteral("2026-05-15（60岁4个月）；本案按实际退休日期 2026-01-15 计算"));
        QCOMPARE(resultText(result, TextLanguage::English),
            QStringLiteral("2026-05-15 (at age 60 and 4 months); this case uses the actual "
                           "retirement date 2026-01-15"));
        QCOMPARE(formulaText(Formula(), TextLanguage::English), QString());
        // a reason's sentences run on in Chinese, a space between them in English
        const Formula reason { { FormulaId::ReasonNeverPaid, { ym("2026-09") } },
            { FormulaId::ReasonAccountFrozen, { ym("2026-10") } } };
        QCOMPARE(reasonText(reason, TextLanguage::Chinese),
            QStringLiteral("没有已缴的职工医保月份，2026年9月统筹基金不支付。另：2026年10月前有"
                           "欠费月份，按本档案个人账户冻结，缴清后才能使用。"));
        QCOMPARE(reasonText(reason, TextLanguage::English),
            QStringLiteral("There is no paid month of employee insurance: in 2026-09 the "
                           "pooled fund does not pay. Also: months are owed before 2026-10, and "
                           "under this profile the personal account is frozen until they are "
                           "paid."));
        QCOMPARE(reasonText(Formula(), TextLanguage::English), QString());
    }

    void everyCase_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : caseFiles())
            QTest::newRow(qPrintable(
                QFileInfo(p).dir().dirName() + QLatin1Char('/') + QFileInfo(p).fileName()))
                << p;
    }
    // Over every case file: each step has a formula and a result; the English and the
    // Chinese formula carry the same numbers in the same order; every equality of the
    // English formula holds; English has no Chinese and says "1 month".
    void everyCase()
    {
        QFETCH(QString, path);
        const Result r = computeFile(path);
        QVERIFY(!r.trace.isEmpty());
        static const QRegularExpression singular(
            QStringLiteral("(?<![0-9.])1 (months|years|days|gaps)\\b"));
        int checked = 0;
        for (const TraceStep &s : r.trace) {
            const QString where = s.ruleId + QLatin1Char(' ') + s.subject + QStringLiteral(": ");
            QVERIFY2(!s.formula.isEmpty() && !s.result.isEmpty(), qPrintable(where));
            const QString zh = formulaText(s, TextLanguage::Chinese);
            const QString en = formulaText(s, TextLanguage::English);
            QVERIFY2(digitRuns(en) == digitRuns(zh), qPrintable(where + zh + u'\n' + en));
            for (const QString &text : { en, resultText(s, TextLanguage::English) }) {
                QVERIFY2(!cjkOutsideQuotes(text), qPrintable(where + text));
                QVERIFY2(!text.contains(singular), qPrintable(where + text));
            }
            QCOMPARE(zh.count(u'\n'), en.count(u'\n'));
            for (const QString &line : en.split(u'\n')) {
                const QString failed = checkEqualities(line, &checked);
                QVERIFY2(failed.isEmpty(), qPrintable(where + failed));
            }
        }
        QVERIFY(checked > 0);
        // each event's reason: English without Chinese or "1 months", with the numbers of
        // the Chinese in the same order
        for (const EventResult &e : r.events) {
            const QString zh = reasonText(e, TextLanguage::Chinese);
            const QString en = reasonText(e, TextLanguage::English);
            const QString where = e.ruleId + QStringLiteral(": ") + zh + u'\n' + en;
            QCOMPARE(zh.isEmpty(), e.reason.isEmpty());
            QCOMPARE(en.isEmpty(), e.reason.isEmpty());
            QVERIFY2(!cjkOutsideQuotes(en), qPrintable(where));
            QVERIFY2(!en.contains(singular), qPrintable(where));
            QVERIFY2(numberRuns(en) == numberRuns(zh), qPrintable(where));
            for (const FormulaLine &line : e.reason)
                QVERIFY2(isReason(line.id), qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(TstFormulaWords)
#include "tst_formulawords.moc"
