// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/summary.h"

#include "domain/idnumber.h"
#include "present/formulawords.h"
#include "present/sheetwords.h"

#include <QSet>

namespace yibao {

namespace {

    constexpr int MaxConflictsOnPage1 = 3;
    constexpr int MaxChangesPerConflict = 2;

    SummarySection today(const Case &c, const Result &r, const SheetWords &w)
    {
        SummarySection s { QStringLiteral("today"), w("一、现在的情况", "1. Today"), {} };
        const YearMonth asOfMonth = YearMonth::of(c.asOf);
        const GapResult *suspending = nullptr;
        for (const GapResult &g : r.gaps)
            if (g.inWindow(asOfMonth))
                suspending = &g;
        QString fund;
        const LifelongResult &life = r.lifelong;
        const bool retiredShort = life.retired
            && (!life.qualifyingMonth || *life.qualifyingMonth > asOfMonth)
            && life.shortfallMonths.value_or(0) > 0;
        if (!suspending && retiredShort) {
            // retired without the years for lifelong cover: eligibility.retired says the fund
            // does not pay for a month not paid on
            fund = w("统筹基金：已于 %1 退休，缴费年限还差 %2，尚未享受终身医保待遇；补足之前，"
                     "没有续缴的月份统筹基金不支付。",
                "Pooled fund: retired in %1 with %2 still short for lifelong cover; until they "
                "are made up, the pooled fund does not pay for a month not paid on.")
                       .arg(w.month(r.retirement.month), w.months(*life.shortfallMonths));
        } else if (!suspending) {
            fund = w("统筹基金：正常支付。", "Pooled fund: pays as usual.");
        } else {
            const bool waiting = suspending->owedMonths == 0;
            if (waiting && suspending->resumeMonth)
                fund = w("统筹基金：等待期中，如按时缴费不断，%1 起恢复支付（因 %2 断缴，%3 "
                         "起暂停）。",
                    "Pooled fund: in a waiting period; if paid on time from here on, it pays "
                    "again from %1 (suspended from %3 after the gap %2).")
                           .arg(w.month(*suspending->resumeMonth),
                               w.span(suspending->from, suspending->to),
                               w.month(*suspending->suspendedFrom));
            else
                fund = w("统筹基金：自 %1 起暂停支付（因 %2 断缴）。",
                    "Pooled fund: suspended since %1 (gap %2).")
                           .arg(w.month(*suspending->suspendedFrom),
                               w.span(suspending->from, suspending->to));
        }
        s.paragraphs.append({ fund, true, {}, {} });

        QList<const GapResult *> owing;
        std::optional<Money> owed = Money(), employer = Money(), individual = Money();
        bool anyUnknown = false;
        for (const GapResult &g : r.gaps) {
            if (!g.owed) {
                if (g.owedMonths > 0)
                    anyUnknown = true;
                continue;
            }
            if (g.owed->fen() <= 0)
                continue;
            owing.append(&g);
            owed = *owed + *g.owed;
            if (employer && g.owedEmployer)
                employer = *employer + *g.owedEmployer;
            else
                employer.reset();
            if (individual && g.owedIndividual)
                individual = *individual + *g.owedIndividual;
            else
                individual.reset();
        }
        if (owing.isEmpty() && !anyUnknown) {
            s.paragraphs.append(
                { w("现在需补缴：0.00 元，没有欠缴。", "Owed now: CNY 0.00, nothing is owed."),
                    false, {}, {} });
            return s;
        }
        QString line = w("现在需补缴：共 %1（%2）", "Owed now: %1 in all (%2)")
                           .arg(w.money(owed), w.payer(employer, individual));
        if (anyUnknown)
            line += w("；另有断缴的金额未知（资料未给出比例）",
                "; the amount of another gap is unknown (the sources give no rate)");
        s.paragraphs.append({ line + w("。", "."), true, {}, {} });

        SummaryParagraph each;
        QDate earliest;
        for (const GapResult *g : owing) {
            const bool ahead = g->graceDeadline.isValid() && g->graceDeadline >= c.asOf;
            if (ahead && (!earliest.isValid() || g->graceDeadline < earliest))
                earliest = g->graceDeadline;
            QString item = w("%1 断缴 %2：%3，%4", "Gap %1 (%2): %3, %4")
                               .arg(w.span(g->from, g->to), w.months(g->owedMonths),
                                   w.money(g->owed), w.payer(g->owedEmployer, g->owedIndividual));
            if (g->payOn.isValid())
                item += w("（含滞纳金，按 %1 缴纳计算）", " (late fee included, paid on %1)")
                            .arg(w.date(g->payOn));
            if (ahead) {
                if (g->continuousIfPaidByDeadline.value_or(false))
                    item += w("。请在 %1 前补缴，缴费记录可视为连续。",
                        ". Pay by %1 and the history counts as continuous.")
                                .arg(w.date(g->graceDeadline));
                else
                    item += w("。补缴截止 %1。", ". Deadline %1.").arg(w.date(g->graceDeadline));
            } else if (g->graceDeadline.isValid()) {
                item += w("。宽限期已于 %1 结束，这次断缴不能视为连续缴费。",
                    ". The grace period ended on %1; this gap no longer counts as continuous.")
                            .arg(w.date(g->graceDeadline));
            } else {
                item += w("。宽限期资料未给出（未知）。",
                    ". The grace period is unknown (not in the sources).");
            }
            each.items.append(item);
        }
        each.brief = earliest.isValid()
            ? w.counted(int(owing.size()),
                   "共 %1 次断缴需补缴，逐次见第 2 页；最早的补缴截止日期是 "
                   "%2，请在此前补缴，缴费记录可视为连续。",
                   "%1 gap is owed, on page 2; its deadline is %2: pay by then and the history "
                   "counts as continuous.",
                   "%1 gaps are owed, each on page 2; the earliest deadline is %2: pay by then "
                   "and the history counts as continuous.")
                  .arg(owing.size())
                  .arg(w.date(earliest))
            : w.counted(int(owing.size()), "共 %1 次断缴需补缴，逐次见第 2 页；宽限期均已结束。",
                   "%1 gap is owed, on page 2; its grace period has ended.",
                   "%1 gaps are owed, each on page 2; their grace periods have all ended.")
                  .arg(owing.size());
        if (!each.items.isEmpty())
            s.paragraphs.append(each);
        return s;
    }

    SummarySection retirement(const Result &r, const SheetWords &w)
    {
        SummarySection s { QStringLiteral("retirement"), w("二、退休", "2. Retirement"), {} };
        const RetirementResult &ret = r.retirement;
        QString line = w("法定退休日期：%1，退休年龄 %2 岁 %3 个月",
            "Statutory retirement date: %1, at the age of %2 years %3 months")
                           .arg(w.date(ret.statutoryDate))
                           .arg(ret.ageYears)
                           .arg(ret.ageMonths);
        if (ret.delayMonths > 0)
            line += w("（按渐进式延迟退休规定延迟 %1 个月）",
                " (%1 later under the gradual raise of the retirement age)")
                        .arg(w.en ? w.months(ret.delayMonths) : QString::number(ret.delayMonths));
        line += w("。", ".");
        if (r.lifelong.retired)
            line += w("已于 %1 退休。", " Retired in %1.").arg(w.month(ret.month));
        else if (ret.dateGiven)
            line += w("按所填日期，%1 退休。", " Retirement entered for %1.")
                        .arg(w.month(ret.month));
        s.paragraphs.append({ line, false, {}, {} });
        return s;
    }

    SummarySection years(const Result &r, const SheetWords &w)
    {
        SummarySection s { QStringLiteral("years"), w("三、缴费年限", "3. Contribution years"),
            {} };
        const LifelongResult &life = r.lifelong;
        s.paragraphs.append(
            { w("累计缴费 %1，其中实际缴费 %2、视同缴费 %3。",
                  "Cumulative contributions: %1, of which %2 actually paid and "
                  "%3 deemed.")
                    .arg(w.monthsYears(r.years.cumulativeMonths), w.months(r.years.actualMonths),
                        w.months(r.years.deemedMonths)),
                false, {}, {} });
        QString minimum;
        if (life.requiredMonths && life.requiredActualMonths)
            minimum = w("享受退休医保待遇的最低要求：累计 %1，其中实际缴费不少于 %2。",
                "The minimum for retiree benefits: %1 in all, at least %2 of them actually paid.")
                          .arg(w.monthsYears(*life.requiredMonths),
                              w.monthsYears(*life.requiredActualMonths));
        else if (life.requiredMonths)
            minimum = w("享受退休医保待遇的最低要求：累计 %1。",
                "The minimum for retiree benefits: %1 in all.")
                          .arg(w.monthsYears(*life.requiredMonths));
        else
            minimum = w("享受退休医保待遇的最低年限：资料未给出（未知）。",
                "The minimum years for retiree benefits: unknown (not in the sources).");
        s.paragraphs.append({ minimum, false, {}, {} });

        QString verdict;
        const bool short_ = life.shortfallMonths.value_or(0) > 0;
        const QString binding = life.bindingMinimum() == QLatin1String("actual")
            ? w("实际缴费年限", "actually paid months")
            : w("累计缴费年限", "cumulative months");
        if (!life.retired) {
            verdict = w("这是预测：按时缴到退休（%1），可达到累计 %2、实际 %3",
                "This is a projection: paying every month until retirement (%1) would reach %2 "
                "in all, %3 actually paid")
                          .arg(w.month(r.retirement.month), w.months(life.projectedMonths),
                              w.months(life.projectedActualMonths));
            if (life.qualifies)
                verdict += *life.qualifies
                    ? w("，可达到最低要求。", ", which reaches the minimum.")
                    : w("，仍差 %1（%2不足）。", ", still %1 short (%2).")
                          .arg(w.months(life.shortfallMonths.value_or(0)), binding);
            else
                verdict += w("。", ".");
        } else if (life.qualifyingMonth && !short_) {
            verdict = w("已达到最低要求，%1 起享受退休医保待遇。",
                "The minimum is reached; retiree benefits from %1.")
                          .arg(w.month(*life.qualifyingMonth));
        } else if (short_) {
            verdict = w("还差 %1（%2不足），补足后才能享受退休医保待遇。",
                "Still %1 short (%2); retiree benefits start once they are made up.")
                          .arg(w.months(*life.shortfallMonths), binding);
        } else if (life.qualifies && *life.qualifies) {
            verdict = w("已达到最低要求。", "The minimum is reached.");
        } else {
            verdict = w("是否达到最低要求：未知（资料缺少参数）。",
                "Whether the minimum is reached: unknown (a value is missing from the sources).");
        }
        SummaryParagraph answer { verdict, true, {}, {} };
        for (const LifelongPath &p : life.paths) {
            const bool oneTime = p.id == QLatin1String("one_time");
            QString item = oneTime ? w("一次性补缴 %1：约 %2", "One-time back-pay of %1: about %2")
                                   : w("继续按月缴费 %1：约 %2", "Paying on for %1: about %2");
            item = item.arg(w.months(p.months), w.money(p.cost));
            item += p.benefitsFrom
                ? w("，%1 起享受待遇", "; benefits from %1").arg(w.month(*p.benefitsFrom))
                : w("，待遇起始月份未知", "; the month benefits start is unknown");
            if (life.cheapest && *life.cheapest == p.id)
                item += w("（较省）", " (the cheaper)");
            answer.items.append(item + w("。", "."));
        }
        s.paragraphs.append(answer);
        return s;
    }

    SummarySection account(const Result &r, const SheetWords &w)
    {
        SummarySection s { QStringLiteral("account"), w("四、个人账户", "4. Personal account"),
            {} };
        if (r.account.bands.isEmpty()) {
            s.paragraphs.append(
                { w("没有个人账户划入。", "No inflow to the personal account."), false, {}, {} });
            return s;
        }
        QStringList unknownBands;
        for (const BandResult &b : r.account.bands)
            if (!b.total)
                unknownBands.append(w.band(b.band));
        QString line = w("累计划入 %1", "Total inflow: %1").arg(w.money(r.account.total));
        if (!unknownBands.isEmpty())
            line += w("；其中“%1”的划入比例资料未给出，金额未知，未计入。",
                "; the rate for “%1” is not in the sources, so that amount is unknown and not "
                "counted.")
                        .arg(unknownBands.join(w("、", "”, “")));
        else
            line += w("。", ".");
        s.paragraphs.append({ line, false, {}, {} });
        return s;
    }

    SummarySection care(const Result &r, const SheetWords &w)
    {
        SummarySection s { QStringLiteral("care"), w("五、就医", "5. Medical care"), {} };
        SummaryParagraph each;
        int paid = 0;
        for (const EventResult &e : r.events) {
            paid += e.pooledFund.value_or(false) ? 1 : 0;
            const QString pays = e.pooledFund
                ? (*e.pooledFund ? w("统筹基金支付", "the pooled fund pays")
                                 : w("统筹基金不支付", "the pooled fund does not pay"))
                : w("统筹基金是否支付未知", "whether the pooled fund pays is unknown");
            QString item = w("%1 %2%3：%4", "%1 %2%3: %4")
                               .arg(w.date(e.date), w.care(e.care),
                                   e.scenario ? w("（尚未发生，按目前记录）",
                                       " (ahead, on the present record)")
                                              : QString(),
                                   pays);
            if (!e.reason.isEmpty())
                item += w("。", ". ")
                    + reasonText(e, w.en ? TextLanguage::English : TextLanguage::Chinese);
            each.items.append(item);
        }
        each.brief
            = w.counted(int(r.events.size()), "共 %1 次就医，统筹基金支付 %2 次；逐次见第 2 页。",
                   "%1 medical event, on page 2 (the pooled fund pays in %2 of 1).",
                   "%1 medical events, the pooled fund pays %2 of them; each on page 2.")
                  .arg(r.events.size())
                  .arg(paid);
        s.paragraphs.append(each);
        return s;
    }

    // The conflicts that change this result, a few of them; the others counted (the
    // appendix lists them all).
    SummarySection conflicts(const ExplanationModel &model, const SheetWords &w)
    {
        SummarySection s { QStringLiteral("conflicts"),
            w("六、资料说法不一", "6. Where the sources disagree"), {} };
        SummaryParagraph listed;
        int others = 0;
        QSet<QString> subjects;
        for (const SourceConflict &sc : model.conflicts) {
            if (sc.changes.isEmpty() || subjects.contains(sc.subject)
                || listed.items.size() >= MaxConflictsOnPage1) {
                ++others;
                continue;
            }
            subjects.insert(sc.subject);
            listed.items.append(
                w("%1：本表按 %2 计算；另有资料说「%3」，若按此计算，%4。",
                    "%1: this sheet uses %2; another source says 「%3」; with that, %4.")
                    .arg(sc.label, sc.used, sc.stated,
                        sc.changes.mid(0, MaxChangesPerConflict).join(w("；", "; "))));
        }
        if (!listed.items.isEmpty())
            s.paragraphs.append(listed);
        if (others > 0)
            s.paragraphs.append(
                { (listed.items.isEmpty()
                          ? w.counted(others, "有 %1 处资料说法不一，不改变本表的结果，见附录。",
                              "%1 point where the sources disagree does not change this sheet; "
                              "see the appendix.",
                              "%1 points where the sources disagree do not change this sheet; "
                              "see the appendix.")
                          : w.counted(others, "另有 %1 处资料说法不一，见附录。",
                              "%1 more point where the sources disagree; see the appendix.",
                              "%1 more points where the sources disagree; see the appendix."))
                        .arg(others),
                    false, {}, {} });
        return s;
    }

    SummarySection next(const Case &c, const Result &r, const SheetWords &w)
    {
        SummarySection s { QStringLiteral("next"), w("七、下一步", "7. Next steps"), {} };
        SummaryParagraph steps;
        QDate deadline;
        Money owedSum;
        bool employer = false, individual = false;
        for (const GapResult &g : r.gaps) {
            if (!g.owed || g.owed->fen() <= 0)
                continue;
            owedSum = owedSum + *g.owed;
            employer = employer || (g.owedEmployer && g.owedEmployer->fen() > 0);
            individual = individual || (g.owedIndividual && g.owedIndividual->fen() > 0);
            if (g.graceDeadline.isValid() && g.graceDeadline >= c.asOf
                && (!deadline.isValid() || g.graceDeadline < deadline))
                deadline = g.graceDeadline;
        }
        if (owedSum.fen() > 0) {
            const QString who = employer && !individual
                ? w("请单位经办人到参保地医保经办机构（或其网上经办渠道）补缴",
                    "Ask your employer to pay at the local medical insurance office (or its online "
                    "service)")
                : w("到参保地医保经办机构或当地的缴费渠道（医保、税务 App 或窗口）补缴",
                    "Pay at the local medical insurance office or the local payment channels (the "
                    "insurance or tax app, or a counter)");
            steps.items.append(deadline.isValid()
                    ? w("%1 前，%2 %3。", "By %1: %2, %3.")
                          .arg(w.date(deadline), who, w.money(owedSum))
                    : w("%1 %2。", "%1: %2.").arg(who, w.money(owedSum)));
        }
        if (!r.lifelong.paths.isEmpty())
            steps.items.append(r.lifelong.retired
                    ? w("到医保经办机构核定缴费年限，在一次性补缴和继续缴费之间选择。",
                        "Have the insurance office confirm your years, then choose between a "
                        "one-time back-pay and paying on.")
                    : w("临近退休时到医保经办机构核定缴费年限，在一次性补缴和继续缴费之间选择。",
                        "Near retirement, have the insurance office confirm your years, then "
                        "choose between a one-time back-pay and paying on."));
        steps.items.append(
            w("办理时带上本人身份证、医保卡（社保卡）和这张明白纸；单位欠缴的，由单位经办人办理。",
                "Bring your ID card, your medical insurance (social security) card and this sheet; "
                "what the employer owes is paid by the employer."));
        s.paragraphs.append(steps);
        return s;
    }

} // namespace

SheetSummary summarize(
    const Case &c, const Result &r, const ExplanationModel &model, const SummaryOptions &options)
{
    const SheetWords w(options.language);
    SheetSummary out;
    out.title = w("职工基本医疗保险 明白纸", "Employee medical insurance: your summary sheet");
    out.footer = w(
        "本明白纸是对计算结果的解释，不是医保经办机构的正式决定；待遇和补缴以经办机构核定为准。",
        "This sheet explains a computation; it is not an official decision. The medical insurance "
        "office decides benefits and back-payments.");
    if (!options.clientName.trimmed().isEmpty())
        out.who.append(w("客户：%1", "Client: %1").arg(options.clientName.trimmed()));
    if (!options.idNumber.trimmed().isEmpty())
        out.who.append(w("身份证号：%1", "ID number: %1").arg(maskIdNumber(options.idNumber)));
    out.who.append(w("出生：%1", "Born: %1").arg(w.date(c.person.birth)));
    out.who.append(w("类别：%1", "Category: %1").arg(w.category(c.person.category)));
    QString profileName = options.profileName;
    if (w.en || profileName.isEmpty())
        profileName = model.profileName;
    const QDate issued = options.issuedOn.isValid() ? options.issuedOn : QDate::currentDate();
    out.computed = w("按 %1 的情况计算　　政策方案：%2　　出具日期：%3",
        "Computed as of %1　　Policy profile: %2　　Issued: %3")
                       .arg(w.date(c.asOf), profileName, w.date(issued));

    out.sections = { today(c, r, w), retirement(r, w), years(r, w), account(r, w) };
    if (!r.events.isEmpty())
        out.sections.append(care(r, w));
    if (SummarySection s = conflicts(model, w); !s.paragraphs.isEmpty())
        out.sections.append(s);
    out.sections.append(next(c, r, w));
    return out;
}

} // namespace yibao
