// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/formulawords.h"

#include "present/words.h"

#include <QStringList>

namespace yibao {

namespace {

    using Type = FormulaArg::Type;

    // "%1".."%99" replaced by the arguments in one pass: an argument's own text ("11.8%")
    // is never read as a placeholder.
    QString fill(QStringView pattern, const QStringList &args)
    {
        QString out;
        out.reserve(pattern.size() + 16 * args.size());
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern.at(i);
            if (c != QLatin1Char('%') || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit()) {
                out.append(c);
                continue;
            }
            qsizetype n = pattern.at(i + 1).digitValue();
            qsizetype end = i + 2;
            if (end < pattern.size() && pattern.at(end).isDigit()
                && n * 10 + pattern.at(end).digitValue() <= args.size()) {
                n = n * 10 + pattern.at(end).digitValue();
                ++end;
            }
            Q_ASSERT(n >= 1 && n <= args.size());
            if (n >= 1 && n <= args.size())
                out.append(args.at(n - 1));
            i = end - 1;
        }
        return out;
    }

    // The words of one line's arguments in one language.
    class Say
    {
    public:
        Say(const FormulaLine &line, TextLanguage language)
            : m_line(line)
            , m_w(language)
        { }

        bool en() const { return m_w.english(); }
        QString operator()(const char16_t *zh, const char16_t *en) const { return m_w(zh, en); }
        QString unknown() const { return m_w.unknown(); }

        const FormulaArg &at(qsizetype i) const
        {
            static const FormulaArg none;
            Q_ASSERT(i < m_line.args.size());
            return i < m_line.args.size() ? m_line.args.at(i) : none;
        }
        bool known(qsizetype i) const { return at(i).known(); }
        bool flag(qsizetype i) const { return at(i).known() && at(i).toFlag(); }

        // a bare number: "65"
        QString num(qsizetype i) const
        {
            return known(i) ? QString::number(at(i).number()) : unknown();
        }
        // "4 个月" / "4 months", "1 month"
        QString months(qsizetype i) const
        {
            return known(i) ? m_w.months(int(at(i).number())) : unknown();
        }
        // "30 天" / "30 days", "1 day"
        QString days(qsizetype i) const
        {
            if (!known(i))
                return unknown();
            const qint64 n = at(i).number();
            if (!en())
                return QStringLiteral("%1 天").arg(n);
            return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
        }
        // "2360.00", no unit
        QString yuan(qsizetype i) const
        {
            return known(i) ? at(i).toMoney().toYuanString() : unknown();
        }
        // "2360.00 元" / "2360.00 yuan"; an unknown amount has no unit
        QString money(qsizetype i) const
        {
            return known(i) ? m_w.money(at(i).toMoney()) : unknown();
        }
        // "2016-01" in both languages: the figures of a formula are written as numbers
        QString month(qsizetype i) const
        {
            if (!known(i))
                return unknown();
            if (at(i).type == Type::Span)
                return span(i);
            return at(i).toMonth().toString();
        }
        // "2016-01" or "2016-01—2016-04"
        QString span(qsizetype i) const
        {
            if (!known(i))
                return unknown();
            const YearMonth first = at(i).toMonth();
            const YearMonth last = at(i).type == Type::Span ? at(i).spanLast() : first;
            return first == last ? first.toString()
                                 : first.toString() + QStringLiteral("—") + last.toString();
        }
        // "2026-04-30"
        QString date(qsizetype i) const { return known(i) ? isoDate(at(i).toDate()) : unknown(); }
        // "11.8%"
        QString rate(qsizetype i) const
        {
            return known(i) ? at(i).toRate().toPercentString() : unknown();
        }
        // 单位职工 / employee
        QString kind(qsizetype i) const { return known(i) ? m_w.kind(at(i).toKind()) : unknown(); }

        // An event's reason writes months as a person does: "2016年1月" / "2016-01"
        QString calMonth(YearMonth m) const { return en() ? m.toString() : m.toChinese(); }
        QString calMonth(qsizetype i) const
        {
            return known(i) ? calMonth(at(i).toMonth()) : unknown();
        }
        // "2016年1月至2016年4月" / "2016-01 to 2016-04"; one month alone
        QString calSpan(qsizetype i) const
        {
            if (!known(i))
                return unknown();
            const YearMonth first = at(i).toMonth();
            const YearMonth last = at(i).type == Type::Span ? at(i).spanLast() : first;
            if (first == last)
                return calMonth(first);
            return calMonth(first) + (*this)(u"至", u" to ") + calMonth(last);
        }
        // what the reason assumes about the months from asOf on, as the clause leading
        // into the sentence's next words ("如2026年11月起仍不缴费，" / "if nothing is paid
        // from 2026-11 on, "); nothing when judged on the listed history
        QString assumption(qsizetype i) const
        {
            if (at(i).type != Type::Assumption)
                return {};
            const QString from = calMonth(at(i).assumedFrom());
            switch (at(i).toAssumption()) {
            case Assumption::None:
                return {};
            case Assumption::Planned:
                return (*this)(u"按计划缴费计，", u"counting the planned payments, ");
            case Assumption::PayingOn:
                return fill((*this)(u"按目前每月按时缴费、%1起继续缴费计，",
                                u"assuming the monthly payments go on from %1, "),
                    { from });
            case Assumption::NotPaying:
                return fill(
                    (*this)(u"如%1起仍不缴费，", u"if nothing is paid from %1 on, "), { from });
            }
            return {};
        }

    private:
        const FormulaLine &m_line;
        const Words m_w;
    };

    // the shortfall against the two minimums, from argument k on (lifelong.shortfall)
    QString shortfallTail(const Say &s, qsizetype k)
    {
        QString out = fill(s(u"；累计差 max(0, %1 − %2) = %3，实际差 max(0, %4 − %5) = %6",
                               u"; short in all max(0, %1 − %2) = %3, short of actual "
                               u"max(0, %4 − %5) = %6"),
            { s.num(k), s.num(k + 1), s.months(k + 2), s.num(k + 3), s.num(k + 4),
                s.months(k + 5) });
        if (s.known(k + 6))
            out += fill(s(u"；%1 起两项都已达到", u"; both met from %1"), { s.month(k + 6) });
        return out;
    }

    QString graceJudgement(const Say &s)
    {
        // 0 grace, 1 first month, 2 deadline, 3 gap months, 4 within grace, 5 owed,
        // 6 not enrolled, 7 back-paid, 8 all back-paid by the deadline
        QStringList why;
        if (s.known(0))
            why.append(fill(s(u"%1 %2 宽限期 %3", u"%1 %2 grace period %3"),
                { s.months(3), s.flag(4) ? QStringLiteral("≤") : QStringLiteral(">"),
                    s.months(0) }));
        if (s.at(5).number() > 0)
            why.append(fill(s(u"仍欠 %1", u"%1 still owed"), { s.months(5) }));
        if (s.at(6).number() > 0)
            why.append(fill(s(u"%1未参加职工医保，不能按连续缴费处理",
                                u"%1 without employee insurance: cannot count as continuous"),
                { s.months(6) }));
        if (s.at(7).number() > 0 && s.known(2))
            why.append(s.flag(8)
                    ? fill(s(u"补缴均在 %1 之前", u"all back-paid by %1"), { s.date(2) })
                    : fill(s(u"有补缴晚于 %1", u"some back-paid after %1"), { s.date(2) }));
        // the deadline is the last day of the month grace months after the first
        const QString deadline = s.known(0)
            ? fill(s(u"宽限截止日 = %1 后第 %2 个月的月末 = %3；",
                       u"grace deadline = last day of (%1 + %2) = %3; "),
                { s.month(1), s.en() ? s.months(0) : s.num(0), s.date(2) })
            : s(u"宽限期未知；", u"grace period unknown; ");
        return deadline + why.join(s(u"，", u", "));
    }

    QString suspendWindow(const Say &s)
    {
        const QString unknownMonth = s(u"未知月份", u"an unknown month");
        const QString from = s.known(0) ? s.month(0) : unknownMonth;
        const QString to = s.known(1) ? s.month(1)
            : s.flag(2)
            ? s(u"恢复缴费并满足条件前", u"when payment resumes and the conditions are met")
            : unknownMonth;
        const QString costs = !s.known(3) ? s(u"；期间费用能否报销未知",
                                  u"; whether costs in that time are reimbursed is unknown")
            : s.flag(3)                   ? s(u"；已按期补缴，期间费用可报销",
                                    u"; back-paid in time: costs in that time are reimbursed")
                                          : s(u"；期间发生的统筹费用不予报销",
                                              u"; pooled-fund costs in that time are not reimbursed");
        return fill(s(u"暂停期 %1 至 %2%3", u"suspension: from %1 to %2%3"), { from, to, costs });
    }

    QString eventReason(const FormulaLine &line, const Say &s)
    {
        switch (line.id) {
        case FormulaId::ReasonRetiredAheadQualifies:
            return fill(s(u"%1在预计退休（%2）之后；按时缴到退休可达到终身医保所需年限，届时由"
                          u"统筹基金支付。",
                            u"%1 is after the expected retirement (%2); paying every month until "
                            u"then reaches the years required for lifelong cover, so the pooled "
                            u"fund would pay."),
                { s.calMonth(0), s.calMonth(1) });
        case FormulaId::ReasonRetiredAheadShort:
            return fill(s(u"%1在预计退休（%2）之后；即使按时缴到退休，缴费年限仍差 %3，补足前统筹"
                          u"基金不支付。",
                            u"%1 is after the expected retirement (%2); even paying every month "
                            u"until then leaves %3 short, and the pooled fund pays only once "
                            u"they are made up."),
                { s.calMonth(0), s.calMonth(1), s.months(2) });
        case FormulaId::ReasonRetiredQualified:
            return fill(s(u"%1已退休（%2退休，当时缴费年限已满），享受终身医保待遇，统筹基金支付。",
                            u"In %1 the person is retired (since %2, with the required years "
                            u"reached then): lifelong cover, the pooled fund pays."),
                { s.calMonth(0), s.calMonth(1) });
        case FormulaId::ReasonRetiredQualifiedSince:
            return fill(s(u"%1已退休（%2退休），%3起缴费年限已满，享受终身医保待遇，统筹基金支付。",
                            u"In %1 the person is retired (since %2) and has had the required "
                            u"years since %3: lifelong cover, the pooled fund pays."),
                { s.calMonth(0), s.calMonth(1), s.calMonth(2) });
        case FormulaId::ReasonRetiredNotPaying:
            return fill(s(u"%1已退休（%2退休），到这个月缴费年限仍未达到终身医保所需，当月也未"
                          u"续缴，统筹基金不支付。",
                            u"In %1 the person is retired (since %2), has not reached the years "
                            u"required for lifelong cover and does not pay that month: the "
                            u"pooled fund does not pay."),
                { s.calMonth(0), s.calMonth(1) });
        case FormulaId::ReasonRetiredPaying:
            return fill(s(u"%1已退休（%2退休），缴费年限尚未达到，%3%4仍在按月续缴；",
                            u"In %1 the person is retired (since %2) without the required years "
                            u"yet; %3%4 is paid toward them. "),
                       { s.calMonth(0), s.calMonth(1), s.assumption(2), s.calMonth(0) })
                + (!s.known(3) ? s(u"续缴期间统筹基金是否支付，本档案未给出。",
                       u"Whether the pooled fund pays meanwhile is not given by this profile.")
                        : s.flag(3)
                        ? s(u"按本档案，续缴期间统筹基金照常支付（以当地规定为准）。",
                            u"Under this profile the pooled fund pays meanwhile (local rules "
                            u"decide).")
                        : s(u"按本档案，续缴期间统筹基金不支付。",
                            u"Under this profile the pooled fund does not pay meanwhile."));
        case FormulaId::ReasonGapUnplaced:
            return fill(s(u"%1断缴后何时恢复统筹待遇，本档案缺少所需参数，无法判断。",
                            u"When cover resumes after gap %1 cannot be told: this profile lacks "
                            u"a parameter it needs."),
                { s.calSpan(0) });
        case FormulaId::ReasonGapFirstMonth:
            return fill(s(u"%1是断缴（%2）的第一个月，统筹基金从断缴的次月起才暂停，当月照常支付。",
                            u"%1 is the first month of gap %2: the pooled fund stops only from "
                            u"the month after, so it still pays."),
                { s.calMonth(0), s.calSpan(1) });
        case FormulaId::ReasonGapSuspended:
            return fill(s(u"%1断缴，统筹基金自%2起暂停；%3在暂停期内，%4",
                            u"Gap %1: the pooled fund is suspended from %2; %3 falls inside that "
                            u"window, %4"),
                { s.calSpan(0), s.calMonth(1), s.calMonth(2),
                    s.flag(3) ? s(u"已按期补缴，按本档案费用可报销。",
                        u"and as it was back-paid in time this profile reimburses "
                        u"the costs.")
                              : s(u"费用不予报销。", u"so the costs are not reimbursed.") });
        case FormulaId::ReasonGapOpen:
            return fill(s(u"%1起断缴，%2统筹基金自%4起暂停，%3的费用不予报销。",
                            u"The gap began in %1; %2the pooled fund has been suspended since "
                            u"%4, so the costs in %3 are not reimbursed."),
                { s.calMonth(0), s.assumption(1), s.calMonth(2), s.calMonth(3) });
        case FormulaId::ReasonWaitingContinuous:
            return fill(s(u"%1断缴后在宽限期内补缴，%2起恢复统筹待遇；%3尚未恢复，%4",
                            u"Gap %1 was back-paid within the grace period and cover resumes in "
                            u"%2; %3 comes before that, %4"),
                { s.calSpan(0), s.calMonth(1), s.calMonth(2),
                    s.flag(3) ? s(u"按本档案补缴后费用可报销。",
                        u"but this profile reimburses the costs after the "
                        u"back-payment.")
                              : s(u"费用不予报销。", u"so the costs are not reimbursed.") });
        case FormulaId::ReasonWaitingOpen:
            return fill(s(u"%1起断缴，%2%3恢复缴费，需缴满等待期后才恢复统筹待遇，当月费用不予"
                          u"报销。",
                            u"The gap began in %1; %2payments resume in %3, and cover returns "
                            u"only after the waiting period: that month's costs are not "
                            u"reimbursed."),
                { s.calMonth(0), s.assumption(1), s.calMonth(2) });
        case FormulaId::ReasonWaiting:
            return fill(s(u"%1断缴 %2，%3，恢复缴费后需等待 %4，%5起才恢复统筹待遇；%6在等待期"
                          u"内，费用不予报销。",
                            u"Gap %1 of %2 %3; after payments resumed it waits %4, and cover "
                            u"returns in %5: %6 is inside the waiting period, so the costs are "
                            u"not reimbursed."),
                { s.calSpan(0), s.months(1),
                    s.flag(2) ? fill(
                        s(u"超过 %1 个月的宽限期", u"is longer than the %1-month grace period"),
                        { s.num(3) })
                              : s(u"未在宽限期内缴清", u"was not settled within the grace period"),
                    s.months(4), s.calMonth(5), s.calMonth(6) });
        case FormulaId::ReasonCovered:
            return fill(s(u"%1%2在正常缴费期间，统筹基金按规定支付。",
                            u"%1%2 is a month of normal contributions: the pooled fund pays as "
                            u"the rules provide."),
                { s.assumption(0), s.calMonth(1) });
        case FormulaId::ReasonNotYetPaid:
            return fill(s(u"%1首次缴费，%2还没有参加职工医保，统筹基金不支付。",
                            u"The first paid month is %1; in %2 the person was not yet insured, "
                            u"so the pooled fund does not pay."),
                { s.calMonth(0), s.calMonth(1) });
        case FormulaId::ReasonNeverPaid:
            return fill(s(u"没有已缴的职工医保月份，%1统筹基金不支付。",
                            u"There is no paid month of employee insurance: in %1 the pooled fund "
                            u"does not pay."),
                { s.calMonth(0) });
        case FormulaId::ReasonCoverStartUnknown:
            return fill(s(u"首次参保后多久生效，本档案未给出，无法判断%1。",
                            u"This profile does not say when cover starts after the first "
                            u"payment, so %1 cannot be judged."),
                { s.calMonth(0) });
        case FormulaId::ReasonCoverNotStarted:
            return fill(s(u"%1首次缴费，%2起才享受统筹待遇；%3尚未生效。",
                            u"The first paid month is %1 and cover starts in %2; in %3 it has not "
                            u"started."),
                { s.calMonth(0), s.calMonth(1), s.calMonth(2) });
        case FormulaId::ReasonResident:
            return fill(s(u"%1参加的是城乡居民医保，职工医保统筹基金不支付；费用由居民医保按其"
                          u"规定报销。",
                            u"In %1 the person was insured under resident insurance: the "
                            u"employee pooled fund does not pay, and resident insurance "
                            u"reimburses by its own rules."),
                { s.calMonth(0) });
        case FormulaId::ReasonAccountFrozen:
            return fill(s(u"另：%1前有欠费月份，按本档案个人账户冻结，缴清后才能使用。",
                            u"Also: months are owed before %1, and under this profile the "
                            u"personal account is frozen until they are paid."),
                { s.calMonth(0) });
        default:
            break;
        }
        return {};
    }

    QString retireAge(const Say &s)
    {
        if (!s.en())
            return fill(u"%1（%2岁%3个月）", { s.date(0), s.num(1), s.num(2) });
        if (s.at(2).number() == 0)
            return fill(u"%1 (at age %2)", { s.date(0), s.num(1) });
        return fill(u"%1 (at age %2 and %3)", { s.date(0), s.num(1), s.months(2) });
    }

} // namespace

QString formulaLineText(const FormulaLine &line, TextLanguage language)
{
    const Say s(line, language);
    switch (line.id) {
    case FormulaId::RetireNoDelay:
        return fill(s(u"原退休月 %1 早于改革起始月 %2，不延迟；法定退休日期 = %3",
                        u"original retirement month %1 is before the reform start %2: no "
                        u"delay; statutory retirement date = %3"),
            { s.month(0), s.month(1), s.date(2) });
    case FormulaId::RetireDelay:
        return fill(s(u"n = %1 − %2 + 1 = %3；延迟 = min(⌈%3 ÷ %4⌉, %5) = %6；%1 + %6 = %7",
                        u"n = %1 − %2 + 1 = %3; delay = min(⌈%3 ÷ %4⌉, %5) = %6; %1 + %6 = %7"),
            { s.month(0), s.month(1), s.num(2), s.num(3), s.num(4), s.months(5), s.date(6) });
    case FormulaId::YearsActual:
        return fill(s(u"单位职工 %1 + 灵活就业 %2 = %3（含已补缴月份，截至 %4）",
                        u"employee %1 + flexible employment %2 = %3 (back-paid months "
                        u"included, up to %4)"),
            { s.months(0), s.months(1), s.months(2), s.month(3) });
    case FormulaId::YearsDeemed:
        return fill(s(u"填写的视同缴费 %1 + 视同缴费时段 %2 = %3",
                        u"declared deemed contribution %1 + deemed periods %2 = %3"),
            { s.months(0), s.months(1), s.months(2) });
    case FormulaId::YearsCumulative:
        return fill(s(u"实际 %1 + 视同 %2 = %3（城乡居民医保月份不计入）",
                        u"actual %1 + deemed %2 = %3 (resident-insurance months not counted)"),
            { s.months(0), s.months(1), s.months(2) });
    case FormulaId::GapDetect:
        return fill(s(u"检查 %1 至 %2 的每个月（本月 %3 尚未到缴费期，不计）：未按时缴费（欠费、"
                      u"逾期补缴、未参加职工医保）的连续月份为一次断缴",
                        u"each month from %1 to %2 checked (this month, %3, is not due yet "
                        u"and not counted): consecutive months not paid on time (owed, "
                        u"back-paid late, or without employee insurance) make one gap"),
            { s.month(0), s.month(1), s.month(2) });
    case FormulaId::PrincipalMonth:
        return fill(s(u"%1（%2）：%3 × %4 = %5", u"%1 (%2): %3 × %4 = %5"),
            { s.span(0), s.kind(1), s.money(2), s.rate(3), s.money(4) });
    case FormulaId::PrincipalRun:
        return fill(
            s(u"%1（%2）：%3 × %4 = %5/月，× %6 = %7", u"%1 (%2): %3 × %4 = %5/month, × %6 = %7"),
            { s.span(0), s.kind(1), s.money(2), s.rate(3), s.money(4), s.months(5), s.money(6) });
    case FormulaId::PrincipalNotEnrolled:
        return fill(s(u"未参加职工医保（或参加城乡居民医保）%1：没有应缴本金",
                        u"%1 without employee insurance (or in resident insurance): no "
                        u"principal due"),
            { s.months(0) });
    case FormulaId::PrincipalTotal:
        return fill(s(u"合计 %1", u"total %1"), { s.money(0) });
    case FormulaId::PrincipalTotalUnknown:
        return s(u"合计未知：有月份的费率资料未给出",
            u"total unknown: the rates of some months are not given");
    case FormulaId::FeeMonth:
    case FormulaId::FeeMonthCapped: {
        const QString paid = s.flag(6) ? s(u"按这天缴清计", u"if paid on that day")
                                       : s(u"实际补缴日", u"the day it was back-paid");
        QStringList args { s.month(0), s.money(1), s.rate(2), s.days(3), s.date(4), s.date(5), paid,
            s.money(7) };
        if (line.id == FormulaId::FeeMonth)
            return fill(
                s(u"%1：%2 × %3 × %4（%5 至 %6，%7）= %8", u"%1: %2 × %3 × %4 (%5 to %6, %7) = %8"),
                args);
        args << s.rate(8) << s.money(9);
        // the product as it is, then the cap it is cut to: each equality holds
        return fill(s(u"%1：%2 × %3 × %4（%5 至 %6，%7）= %8，超过上限（本金 %2 × %9 = %10），"
                      u"按 %10计",
                        u"%1: %2 × %3 × %4 (%5 to %6, %7) = %8, over the cap (principal %2 × "
                        u"%9 = %10): %10"),
            args);
    }
    case FormulaId::FeeNotCharged:
        return fill(s(u"%1：%2不加收滞纳金", u"%1: no late fee on %2"), { s.month(0), s.kind(1) });
    case FormulaId::FeeNone:
        return s(u"没有欠缴或补缴的月份，不产生滞纳金", u"no month owed or back-paid: no late fee");
    case FormulaId::FeeOwed:
        return fill(s(u"尚欠 %1：如在 %2 缴清，需 %3，其中单位 %4、个人 %5",
                        u"%1 still owed: if paid on %2, %3 is due, of which %4 by the employer "
                        u"and %5 by the individual"),
            { s.months(0), s.date(1), s.money(2), s.money(3), s.money(4) });
    case FormulaId::GraceJudgement:
        return graceJudgement(s);
    case FormulaId::ResumeContinuous:
        return fill(s(u"视为连续：最后一次补缴 %1 的次月 = %2",
                        u"continuous: the month after the last back-payment on %1 = %2"),
            { s.date(0), s.month(1) });
    case FormulaId::ResumeWaiting:
        return fill(s(u"中断：%1 恢复按时缴费，再等待 %2，%3 起恢复",
                        u"interrupted: paying on time again from %1, + %2 of waiting = cover "
                        u"again from %3"),
            { s.month(0), s.months(1), s.month(2) });
    case FormulaId::ResumeUnknown:
        return s(u"恢复月份未知：所需参数资料未给出",
            u"month of resumption unknown: a parameter it needs is not given");
    case FormulaId::ResumeOpen:
        return fill(
            s(u"断缴持续到 %1，其后尚未按时缴费", u"the gap lasts to %1; no on-time payment since"),
            { s.month(0) });
    case FormulaId::SuspendNone:
        return fill(s(u"断缴首月照常支付，%1 已恢复：没有暂停的月份",
                        u"the gap's first month is paid as usual and cover is back in %1: no "
                        u"month suspended"),
            { s.month(0) });
    case FormulaId::SuspendWindow:
        return suspendWindow(s);
    case FormulaId::AccountInService:
        return fill(s(u"%1：每月 %2 × %3 + %2 × %4 = %5/月，× %6 = %7",
                        u"%1: each month %2 × %3 + %2 × %4 = %5/month, × %6 = %7"),
            { s.span(0), s.money(1), s.rate(2), s.rate(3), s.money(4), s.months(5), s.money(6) });
    case FormulaId::AccountInServiceUnknown:
        return fill(s(u"%1：%2，每月 %3 × %4 + %3 × %5，其中有未知的参数，金额未知",
                        u"%1: %2, each month %3 × %4 + %3 × %5; a parameter is unknown, so "
                        u"the amount is unknown"),
            { s.span(0), s.months(1), s.money(2), s.rate(3), s.rate(4) });
    case FormulaId::AccountRetiree:
        return fill(s(u"%1：每月 定额 %2 = %3/月，× %4 = %5",
                        u"%1: each month the fixed amount %2 = %3/month, × %4 = %5"),
            { s.span(0), s.yuan(1), s.money(1), s.months(2), s.money(3) });
    case FormulaId::AccountRetireeUnknown:
        return fill(s(u"%1：%2，每月 定额（未知），其中有未知的参数，金额未知",
                        u"%1: %2, each month a fixed amount (unknown); a parameter is unknown, "
                        u"so the amount is unknown"),
            { s.span(0), s.months(1) });
    case FormulaId::AccountTotal:
        return fill(s(u"合计 %1，%2", u"total %1, %2"), { s.months(0), s.money(1) });
    case FormulaId::LifelongRequired:
        return fill(s(u"退休时（%1）累计缴费不少于 %2，其中实际缴费不少于 %3",
                        u"at retirement (%1): at least %2 in all, of which at least %3 "
                        u"actually paid"),
            { s.month(0), s.months(1), s.months(2) });
    case FormulaId::ShortfallRetired:
        return fill(s(u"%1 退休，到 %2 累计 %3（实际 %4）",
                        u"retired %1; by %2 counted %3 (%4 actually paid)"),
                   { s.month(0), s.month(1), s.months(2), s.months(3) })
            + shortfallTail(s, 4);
    case FormulaId::ShortfallProjected:
        return fill(s(u"已累计 %1 + 按时缴到退休前还有 %2 = 预计 %3（实际 %4 + %5 = %6）",
                        u"counted %1 + %2 still to pay on time before retirement = %3 "
                        u"projected (actual %4 + %5 = %6)"),
                   { s.months(0), s.months(1), s.months(2), s.num(3), s.num(1), s.months(4) })
            + shortfallTail(s, 5);
    case FormulaId::BackPay:
        return fill(s(u"%1 × %2 = %3/月，× %4 = %5", u"%1 × %2 = %3/month, × %4 = %5"),
            { s.money(0), s.rate(1), s.money(2), s.months(3), s.money(4) });
    case FormulaId::BackPayUnknown:
        return fill(s(u"差 %1 × 每月（退休时缴费基数 × 补缴比例）；%2未知，无法计算",
                        u"%1 short × each month (base at retirement × back-pay rate); the %2 "
                        u"is unknown, so it cannot be computed"),
            { s.months(0),
                s.flag(1) ? s(u"补缴比例", u"back-pay rate")
                          : s(u"退休时缴费基数", u"base at retirement") });
    case FormulaId::Paths:
        return fill(s(u"一次性补缴 %1，%2 起享受；按灵活就业继续缴费 %3共 %4，%5 起享受",
                        u"one-time back-pay %1, cover from %2; keep paying as flexible "
                        u"employment for %3, %4 in all, cover from %5"),
            { s.money(0), s.month(1), s.months(2), s.money(3), s.month(4) });
    case FormulaId::AccountFrozenRule:
        return fill(s.flag(1) ? s(u"本档案规定欠费时冻结个人账户；%1及以前有欠费月份",
                        u"this profile freezes the personal account while months "
                        u"are owed; up to and including %1 there are owed months")
                              : s(u"本档案规定欠费时冻结个人账户；%1及以前没有欠费月份",
                                  u"this profile freezes the personal account while months "
                                  u"are owed; up to and including %1 no month is owed"),
            { s.month(0) });
    case FormulaId::AccountNotFrozen:
        return s(u"停缴或欠费不影响个人账户余额的使用",
            u"stopping or owing payments does not affect using the personal account's balance");
    case FormulaId::PoolOrder:
        return fill(s(u"依次判断：退休（%1 起）→ 首次参保生效 → 城乡居民医保 → 断缴首月 → "
                      u"断缴暂停期 → 恢复前等待期 → 正常缴费%2",
                        u"judged in turn: retirement (from %1) → cover started after the first "
                        u"payment → resident insurance → first month of a gap → suspension in "
                        u"a gap → waiting before cover returns → normal payment%2"),
            { s.month(0),
                s.known(1)
                    ? fill(s(u"；%1 起的月份按假设计", u"; months from %1 on are as assumed"),
                        { s.month(1) })
                    : QString() });

    case FormulaId::ResultUnknown:
        return s.unknown();
    case FormulaId::ResultMoney:
        return s.yuan(0);
    case FormulaId::ResultMonths:
        return s.months(0);
    case FormulaId::ResultMonth:
        return s.month(0);
    case FormulaId::RetireAge:
        return retireAge(s);
    case FormulaId::RetireGivenDate:
        return fill(
            s(u"本案按实际退休日期 %1 计算", u"this case uses the actual retirement date %1"),
            { s.date(0) });
    case FormulaId::GapSpan:
        return fill(s(u"%1—%2（%3）", u"%1—%2 (%3)"), { s.month(0), s.month(1), s.months(2) });
    case FormulaId::NoGaps:
        return s(u"没有断缴", u"no gaps");
    case FormulaId::Continuous:
        return s(u"视为连续缴费", u"counted as continuous");
    case FormulaId::ContinuousIfPaidBy:
        return fill(s(u"如在 %1 前补缴欠费，视为连续缴费",
                        u"counted as continuous if the arrears are paid by %1"),
            { s.date(0) });
    case FormulaId::Interrupted:
        return s(u"缴费中断", u"interrupted");
    case FormulaId::NotResumed:
        return s(u"未恢复", u"not restored");
    case FormulaId::CostsCovered:
        return s(u"期间费用可报销", u"costs in the gap reimbursed");
    case FormulaId::CostsNotCovered:
        return s(u"期间费用不报销", u"costs in the gap not reimbursed");
    case FormulaId::RequiredMonths:
        return fill(s(u"%1（实际 %2）", u"%1 (%2 actually paid)"), { s.months(0), s.months(1) });
    case FormulaId::QualifiesReached:
        return s(u"达到", u"met");
    case FormulaId::QualifiesIfPaidOn:
        return s(u"按时缴到退休可达到", u"met if paid on time until retirement");
    case FormulaId::ShortBy:
        return fill(s(u"差 %1", u"%1 short"), { s.months(0) });
    case FormulaId::OneTimeCheaper:
        return s(u"一次性补缴花费较少", u"one-time back-pay costs less");
    case FormulaId::KeepPayingCheaper:
        return s(u"继续缴费花费较少", u"keeping on paying costs less");
    case FormulaId::CostsUnknown:
        return s(u"费用未知，无法比较", u"costs unknown: cannot compare");
    case FormulaId::AccountUsable:
        return s(u"可用", u"usable");
    case FormulaId::AccountFrozen:
        return s(u"冻结", u"frozen");
    case FormulaId::PoolPays:
        return s(u"统筹基金支付", u"the pooled fund pays");
    case FormulaId::PoolDoesNotPay:
        return s(u"统筹基金不支付", u"the pooled fund does not pay");

    case FormulaId::ReasonRetiredAheadQualifies:
    case FormulaId::ReasonRetiredAheadShort:
    case FormulaId::ReasonRetiredQualified:
    case FormulaId::ReasonRetiredQualifiedSince:
    case FormulaId::ReasonRetiredNotPaying:
    case FormulaId::ReasonRetiredPaying:
    case FormulaId::ReasonGapUnplaced:
    case FormulaId::ReasonGapFirstMonth:
    case FormulaId::ReasonGapSuspended:
    case FormulaId::ReasonGapOpen:
    case FormulaId::ReasonWaitingContinuous:
    case FormulaId::ReasonWaitingOpen:
    case FormulaId::ReasonWaiting:
    case FormulaId::ReasonCovered:
    case FormulaId::ReasonNotYetPaid:
    case FormulaId::ReasonNeverPaid:
    case FormulaId::ReasonCoverStartUnknown:
    case FormulaId::ReasonCoverNotStarted:
    case FormulaId::ReasonResident:
    case FormulaId::ReasonAccountFrozen:
        return eventReason(line, s);
    case FormulaId::WarnOwedAfterRetirement:
        return fill(s(u"%1 至 %2 记为欠费，但 %3 起已退休：退休后的月份不计欠费，也不用补缴",
                        u"%1 to %2 are entered as arrears, but the person retired in %3: nothing "
                        u"is owed for months from retirement on"),
            { s.month(0), s.month(1), s.month(2) });
    }
    return {};
}

namespace {

    // the lines of a formula, each worded, with the language's separator between them
    QString joined(const Formula &lines, TextLanguage language, const char16_t *zhSeparator,
        const char16_t *enSeparator)
    {
        QStringList parts;
        parts.reserve(lines.size());
        for (const FormulaLine &line : lines)
            parts.append(formulaLineText(line, language));
        return parts.join(
            QString::fromUtf16(language == TextLanguage::English ? enSeparator : zhSeparator));
    }

} // namespace

QString formulaText(const Formula &formula, TextLanguage language)
{
    return joined(formula, language, u"\n", u"\n"); // one line each
}

QString formulaText(const TraceStep &step, TextLanguage language)
{
    return formulaText(step.formula, language);
}

QString resultText(const Formula &result, TextLanguage language)
{
    return joined(result, language, u"；", u"; ");
}

QString resultText(const TraceStep &step, TextLanguage language)
{
    return resultText(step.result, language);
}

QString reasonText(const Formula &reason, TextLanguage language)
{
    // sentences one after the other: run on in Chinese, a space between them in English
    return joined(reason, language, u"", u" ");
}

QString reasonText(const EventResult &event, TextLanguage language)
{
    return reasonText(event.reason, language);
}

QString warningText(const Warning &warning, TextLanguage language)
{
    return formulaText(warning.message, language);
}

} // namespace yibao
