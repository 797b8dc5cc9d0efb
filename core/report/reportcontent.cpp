// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcontent.h"

#include "domain/idnumber.h"
#include "explain/explanation.h"
#include "present/words.h"

#include <QHash>
#include <QSet>

namespace yibao {

namespace {

    constexpr int MaxLinesOnPage1 = 6; // gaps or events listed one by one on page 1
    constexpr int MaxQuotesPerRule = 3;

    QString esc(const QString &s)
    {
        return s.toHtmlEscaped();
    }

    // The sheet's words in its language: the shared names and units (present/words), the
    // sheet's own phrases written "中文", "English", and money as a client's sheet writes it
    // in English ("CNY 2360.00").
    struct SheetWords : Words
    {
        explicit SheetWords(bool english)
            : Words(english ? TextLanguage::English : TextLanguage::Chinese)
            , en(english)
        { }

        bool en = false;
        using Words::operator();
        QString operator()(const char *zh, const char *english) const
        {
            return en ? QString::fromUtf8(english) : QString::fromUtf8(zh);
        }

        QString money(const Money &m) const
        {
            return en ? QStringLiteral("CNY ") + m.toYuanString()
                      : m.toYuanString() + QStringLiteral(" 元");
        }
        QString money(const std::optional<Money> &m) const { return m ? money(*m) : unknown(); }
        // who pays what is owed: "单位缴 A，个人缴 B" / "由个人缴纳"
        QString payer(
            const std::optional<Money> &employer, const std::optional<Money> &individual) const
        {
            const bool e = employer && employer->fen() > 0;
            const bool i = individual && individual->fen() > 0;
            if (e && i)
                return en ? QStringLiteral("employer (单位) pays %1, the individual (个人) %2")
                                .arg(money(*employer), money(*individual))
                          : QStringLiteral("单位缴 %1，个人缴 %2")
                                .arg(money(*employer), money(*individual));
            if (e)
                return (*this)("全部由单位缴纳", "paid by the employer (单位)");
            if (i)
                return (*this)("全部由个人缴纳", "paid by the individual (个人)");
            return (*this)("缴费方未知", "who pays is unknown");
        }
    };

} // namespace

ReportContent buildReportContent(const Case &c, const Result &r, const ReportOptions &options,
    const ExplanationModel &model, int compact)
{
    const bool en = Explanations::normalizedLanguage(options.language) == QLatin1String("en");
    const QString lang = en ? QStringLiteral("en") : QStringLiteral("zh_CN");
    const SheetWords w(en);
    ReportContent out;
    out.title = w("职工基本医疗保险 明白纸", "Employee medical insurance: your summary sheet");
    out.footer = w(
        "本明白纸是对计算结果的解释，不是医保经办机构的正式决定；待遇和补缴以经办机构核定为准。",
        "This sheet explains a computation; it is not an official decision. The medical insurance "
        "office decides benefits and back-payments.");
    out.pageText = w("第 %1 页 / 共 %2 页", "page %1 of %2");
    const YearMonth asOfMonth = YearMonth::of(c.asOf);
    const LifelongResult &life = r.lifelong;

    // ---- who, when, which profile
    {
        QString html = QStringLiteral("<h1>%1</h1>").arg(esc(out.title));
        QStringList who;
        if (!options.clientName.trimmed().isEmpty())
            who.append(w("客户：%1", "Client: %1").arg(esc(options.clientName.trimmed())));
        if (!options.idNumber.trimmed().isEmpty())
            who.append(w("身份证号：%1", "ID number: %1").arg(esc(maskIdNumber(options.idNumber))));
        who.append(w("出生：%1", "Born: %1").arg(esc(w.date(c.person.birth))));
        who.append(w("类别：%1", "Category: %1").arg(esc(w.category(c.person.category))));
        html += QStringLiteral("<p>%1</p>").arg(who.join(QStringLiteral("　　")));
        QString profileName = options.profileName;
        if (en || profileName.isEmpty())
            profileName = model.profileName;
        const QDate issued = options.issuedOn.isValid() ? options.issuedOn : QDate::currentDate();
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(w("按 %1 的情况计算　　政策方案：%2　　出具日期：%3",
                        "Computed as of %1　　Policy profile: %2　　Issued: %3")
                                 .arg(w.date(c.asOf), profileName, w.date(issued))));
        out.page1.append(html);
    }

    // ---- today: is the pooled fund paying, what is owed, who pays, by when
    {
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(w("一、现在的情况", "1. Today")));
        const GapResult *suspending = nullptr;
        for (const GapResult &g : r.gaps)
            if (g.inWindow(asOfMonth))
                suspending = &g;
        QString fund;
        if (!suspending) {
            fund = w("统筹基金：正常支付。", "Pooled fund: pays as usual.");
        } else {
            const bool waiting = suspending->owedMonths == 0;
            if (waiting && suspending->resumeMonth)
                fund = w("统筹基金：等待期中，%1 起恢复支付（因 %2 断缴，%3 起暂停）。",
                    "Pooled fund: in a waiting period; it pays again from %1 (suspended from %3 "
                    "after the gap %2).")
                           .arg(w.month(*suspending->resumeMonth),
                               w.span(suspending->from, suspending->to),
                               w.month(*suspending->suspendedFrom));
            else
                fund = w("统筹基金：自 %1 起暂停支付（因 %2 断缴）。",
                    "Pooled fund: suspended since %1 (gap %2).")
                           .arg(w.month(*suspending->suspendedFrom),
                               w.span(suspending->from, suspending->to));
        }
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(fund));

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
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(w("现在需补缴：0.00 元，没有欠缴。",
                            "Owed now: CNY 0.00, nothing is owed.")));
        } else {
            QString line = w("现在需补缴：共 %1（%2）", "Owed now: %1 in all (%2)")
                               .arg(w.money(owed), w.payer(employer, individual));
            if (anyUnknown)
                line += w("；另有断缴的金额未知（资料未给出比例）",
                    "; the amount of another gap is unknown (the sources give no rate)");
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(line + w("。", ".")));
            QStringList items;
            const bool oneByOne = compact == 0 && owing.size() <= MaxLinesOnPage1;
            QDate earliest;
            for (const GapResult *g : owing) {
                const bool ahead = g->graceDeadline.isValid() && g->graceDeadline >= c.asOf;
                if (ahead && (!earliest.isValid() || g->graceDeadline < earliest))
                    earliest = g->graceDeadline;
                if (!oneByOne)
                    continue;
                QString item
                    = w("%1 断缴 %2：%3，%4", "Gap %1 (%2): %3, %4")
                          .arg(w.span(g->from, g->to), w.months(g->owedMonths), w.money(g->owed),
                              w.payer(g->owedEmployer, g->owedIndividual));
                if (g->payOn.isValid())
                    item += w("（含滞纳金，按 %1 缴纳计算）", " (late fee included, paid on %1)")
                                .arg(w.date(g->payOn));
                if (ahead) {
                    if (g->continuousIfPaidByDeadline.value_or(false))
                        item += w("。请在 %1 前补缴，缴费记录可视为连续。",
                            ". Pay by %1 and the history counts as continuous.")
                                    .arg(w.date(g->graceDeadline));
                    else
                        item
                            += w("。补缴截止 %1。", ". Deadline %1.").arg(w.date(g->graceDeadline));
                } else if (g->graceDeadline.isValid()) {
                    item += w("。宽限期已于 %1 结束，这次断缴不能视为连续缴费。",
                        ". The grace period ended on %1; this gap no longer counts as continuous.")
                                .arg(w.date(g->graceDeadline));
                } else {
                    item += w("。宽限期资料未给出（未知）。",
                        ". The grace period is unknown (not in the sources).");
                }
                items.append(QStringLiteral("<li>%1</li>").arg(esc(item)));
            }
            if (!items.isEmpty())
                html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
            else if (earliest.isValid())
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(w("共 %1 次断缴需补缴，逐次见第 2 页；最早的补缴截止日期是 "
                                       "%2，请在此前补缴，缴费记录可视为连续。",
                                "%1 gaps are owed, each on page 2; the earliest deadline is %2: "
                                "pay by then "
                                "and the history counts as continuous.")
                                         .arg(owing.size())
                                         .arg(w.date(earliest))));
            else
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(w("共 %1 次断缴需补缴，逐次见第 2 页；宽限期均已结束。",
                                "%1 gaps are owed, each on page 2; their grace periods have all "
                                "ended.")
                                         .arg(owing.size())));
        }
        out.page1.append(html);
    }

    // ---- retirement
    {
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(w("二、退休", "2. Retirement")));
        const RetirementResult &ret = r.retirement;
        QString line = w("法定退休日期：%1，退休年龄 %2 岁 %3 个月",
            "Statutory retirement date: %1, at the age of %2 years %3 months")
                           .arg(w.date(ret.statutoryDate))
                           .arg(ret.ageYears)
                           .arg(ret.ageMonths);
        if (ret.delayMonths > 0)
            line += w("（按渐进式延迟退休规定延迟 %1 个月）",
                " (%1 later under the gradual raise of the retirement age)")
                        .arg(en ? w.months(ret.delayMonths) : QString::number(ret.delayMonths));
        line += w("。", ".");
        if (life.retired)
            line += w("已于 %1 退休。", " Retired in %1.").arg(w.month(ret.month));
        else if (ret.dateGiven)
            line += w("按所填日期，%1 退休。", " Retirement entered for %1.")
                        .arg(w.month(ret.month));
        html += QStringLiteral("<p>%1</p>").arg(esc(line));
        out.page1.append(html);
    }

    // ---- years against the minimums
    {
        QString html
            = QStringLiteral("<h2>%1</h2>").arg(esc(w("三、缴费年限", "3. Contribution years")));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(w("累计缴费 %1，其中实际缴费 %2、视同缴费 %3。",
                        "Cumulative contributions: %1, of which %2 actually paid and %3 deemed.")
                                 .arg(w.monthsYears(r.years.cumulativeMonths),
                                     w.months(r.years.actualMonths),
                                     w.months(r.years.deemedMonths))));
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
        html += QStringLiteral("<p>%1</p>").arg(esc(minimum));
        QString verdict;
        const bool short_ = life.shortfallMonths.value_or(0) > 0;
        const QString binding = life.bindingMinimum() == QLatin1String("actual")
            ? w("实际缴费年限", "actually paid months")
            : w("累计缴费年限", "cumulative months");
        if (!life.retired) {
            verdict = w("这是预测：按时缴到退休（%1），可达到累计 %2、实际 %3",
                "This is a projection: paying every month until retirement (%1) would reach %2 in "
                "all, %3 actually paid")
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
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(verdict));
        if (!life.paths.isEmpty()) {
            QStringList items;
            for (const LifelongPath &p : life.paths) {
                const bool oneTime = p.id == QLatin1String("one_time");
                QString item = oneTime
                    ? w("一次性补缴 %1：约 %2", "One-time back-pay of %1: about %2")
                    : w("继续按月缴费 %1：约 %2", "Paying on for %1: about %2");
                item = item.arg(w.months(p.months), w.money(p.cost));
                item += p.benefitsFrom
                    ? w("，%1 起享受待遇", "; benefits from %1").arg(w.month(*p.benefitsFrom))
                    : w("，待遇起始月份未知", "; the month benefits start is unknown");
                if (life.cheapest && *life.cheapest == p.id)
                    item += w("（较省）", " (the cheaper)");
                items.append(QStringLiteral("<li>%1</li>").arg(esc(item + w("。", "."))));
            }
            html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
        }
        out.page1.append(html);
    }

    // ---- personal account
    {
        QString html
            = QStringLiteral("<h2>%1</h2>").arg(esc(w("四、个人账户", "4. Personal account")));
        if (r.account.bands.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(w("没有个人账户划入。", "No inflow to the personal account.")));
        } else {
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
            html += QStringLiteral("<p>%1</p>").arg(esc(line));
        }
        out.page1.append(html);
    }

    // ---- medical events, one line each
    if (!r.events.isEmpty()) {
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(w("五、就医", "5. Medical care")));
        if (compact == 0 && r.events.size() <= MaxLinesOnPage1) {
            QStringList items;
            for (const EventResult &e : r.events) {
                QString pays = e.pooledFund
                    ? (*e.pooledFund ? w("统筹基金支付", "the pooled fund pays")
                                     : w("统筹基金不支付", "the pooled fund does not pay"))
                    : w("统筹基金是否支付未知", "whether the pooled fund pays is unknown");
                QString item = QStringLiteral("%1 %2%3：%4")
                                   .arg(w.date(e.date), w.care(e.care),
                                       e.scenario ? w("（尚未发生，按目前记录）",
                                           " (ahead, on the present record)")
                                                  : QString(),
                                       pays);
                if (en)
                    item.replace(QStringLiteral("："), QStringLiteral(": "));
                if (!e.reason.isEmpty())
                    item += w("。", ". ") + e.reason;
                items.append(QStringLiteral("<li>%1</li>").arg(esc(item)));
            }
            html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
        } else {
            int paid = 0;
            for (const EventResult &e : r.events)
                paid += e.pooledFund.value_or(false) ? 1 : 0;
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(w("共 %1 次就医，统筹基金支付 %2 次；逐次见第 2 页。",
                            "%1 medical events, the pooled fund pays %2 of them; each on page 2.")
                                     .arg(r.events.size())
                                     .arg(paid)));
        }
        out.page1.append(html);
    }

    // ---- the conflicts that change this result
    {
        QStringList items;
        int others = 0;
        QSet<QString> listed;
        for (const SourceConflict &sc : model.conflicts) {
            if (sc.changes.isEmpty() || listed.contains(sc.subject) || items.size() >= 3) {
                ++others;
                continue;
            }
            listed.insert(sc.subject);
            QStringList changes = sc.changes.mid(0, 2);
            items.append(
                QStringLiteral("<li>%1</li>")
                    .arg(esc(w("%1：本表按 %2 计算；另有资料说“%3”，若按此计算，%4。",
                        "%1: this sheet uses %2; another source says 「%3」; with that, %4.")
                                 .arg(sc.label, sc.used, sc.stated, changes.join(w("；", "; "))))));
        }
        if (!items.isEmpty() || others > 0) {
            QString html = QStringLiteral("<h2>%1</h2>")
                               .arg(esc(w("六、资料说法不一", "6. Where the sources disagree")));
            if (!items.isEmpty())
                html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
            if (others > 0)
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc((items.isEmpty()
                                    ? w("有 %1 处资料说法不一，不改变本表的结果，见附录。",
                                        "%1 points where the sources disagree do not change this "
                                        "sheet; see the appendix.")
                                    : w("另有 %1 处资料说法不一，见附录。",
                                        "%1 more points where the sources disagree; see the "
                                        "appendix."))
                                         .arg(others)));
            out.page1.append(html);
        }
    }

    // ---- next steps
    {
        QStringList steps;
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
            QString who = employer && !individual
                ? w("请单位经办人到参保地医保经办机构（或其网上经办渠道）补缴",
                    "Ask your employer to pay at the local medical insurance office (or its online "
                    "service)")
                : w("到参保地医保经办机构或当地的缴费渠道（医保、税务 App 或窗口）补缴",
                    "Pay at the local medical insurance office or the local payment channels (the "
                    "insurance or tax app, or a counter)");
            QString s = deadline.isValid()
                ? w("%1 前，%2 %3。", "By %1: %2, %3.").arg(w.date(deadline), who, w.money(owedSum))
                : w("%1 %2。", "%1: %2.").arg(who, w.money(owedSum));
            steps.append(s);
        }
        if (!life.paths.isEmpty())
            steps.append(w("临近退休时到医保经办机构核定缴费年限，在一次性补缴和继续缴费之间选择。",
                "Near retirement, have the insurance office confirm your years, then choose "
                "between a one-time back-pay and paying on."));
        steps.append(
            w("办理时带上本人身份证、医保卡（社保卡）和这张明白纸；单位欠缴的，由单位经办人办理。",
                "Bring your ID card, your medical insurance (social security) card and this sheet; "
                "what the employer owes is paid by the employer."));
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(w("七、下一步", "7. Next steps")));
        QStringList items;
        for (const QString &s : steps)
            items.append(QStringLiteral("<li>%1</li>").arg(esc(s)));
        html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
        out.page1.append(html);
    }

    // ---- page 2: the timeline, then the figures per gap, event and band
    out.detailsHeading = w("缴费时间轴与明细", "Contribution timeline and figures");
    if (!r.gaps.isEmpty()) {
        const bool oneLine = compact > 0 || r.gaps.size() > MaxLinesOnPage1;
        ReportTable t;
        t.heading = w("各次断缴", "Each gap");
        const auto plain = [&](const std::optional<Money> &m) -> QString {
            return m ? m->toYuanString() : w.unknown();
        };
        if (oneLine) {
            // one line per gap, two halves side by side, months as 2001-06, amounts in yuan
            const auto spanOf = [](const GapResult &g) -> QString {
                return g.from == g.to ? g.from.toString()
                                      : g.from.toString() + QStringLiteral("—") + g.to.toString();
            };
            if (compact >= 2) {
                // the longest careers: three columns of gaps, what is owed only
                t.sides = 3;
                t.header = QStringList { w("断缴时段", "Gap"), w("月", "m"), w("尚欠", "Owed") };
                t.widths = { 0.62, 0.10, 0.28 };
                for (const GapResult &g : r.gaps)
                    t.rows.append({ spanOf(g), QString::number(g.months), plain(g.owed) });
            } else {
                t.sides = 2;
                t.header = QStringList { w("断缴时段", "Gap"), w("月数", "Months"),
                    w("应补合计", "Total"), w("尚欠", "Owed") };
                t.widths = { 0.40, 0.14, 0.23, 0.23 };
                for (const GapResult &g : r.gaps)
                    t.rows.append(
                        { spanOf(g), QString::number(g.months), plain(g.total), plain(g.owed) });
            }
            t.note = w("金额单位：元。", "Amounts in yuan (CNY).");
        } else {
            t.header
                = QStringList { w("断缴时段", "Gap"), w("月数", "Months"), w("应补合计", "Total"),
                      w("尚欠", "Owed"), w("宽限截止", "Deadline"), w("统筹恢复", "Fund resumes") };
            t.widths = { 0.25, 0.08, 0.15, 0.15, 0.20, 0.17 };
            for (const GapResult &g : r.gaps)
                t.rows.append({ g.from == g.to
                        ? g.from.toString()
                        : g.from.toString() + QStringLiteral("—") + g.to.toString(),
                    QString::number(g.months), plain(g.total), plain(g.owed),
                    g.graceDeadline.isValid() ? g.graceDeadline.toString(Qt::ISODate) : w.unknown(),
                    g.resumeMonth ? g.resumeMonth->toString() : QStringLiteral("—") });
            t.note = w("金额单位：元。", "Amounts in yuan (CNY).");
        }
        out.details.append(t);
    }
    if (!r.events.isEmpty() && (compact > 0 || r.events.size() > MaxLinesOnPage1)) {
        ReportTable t;
        t.heading = w("各次就医", "Each medical event");
        t.sides = 2;
        t.header = QStringList { w("日期", "Date"), w("类别", "Care"), w("个人账户", "Account"),
            w("统筹基金", "Pooled fund") };
        t.widths = { 0.27, 0.30, 0.20, 0.23 };
        for (const EventResult &e : r.events)
            t.rows.append({ e.date.toString(Qt::ISODate), w.care(e.care),
                e.personalAccount ? w("可用", "usable") : w("不可用", "not usable"),
                e.pooledFund ? (*e.pooledFund ? w("支付", "pays") : w("不支付", "does not pay"))
                             : w.unknown() });
        out.details.append(t);
    }
    if (!r.account.bands.isEmpty()) {
        ReportTable t;
        t.heading = w("个人账户各年龄段划入", "Personal account inflow by age band");
        t.header = QStringList { w("年龄段", "Age band"), w("时段", "Months"), w("月数", "Count"),
            w("最近每月", "Latest monthly"), w("合计", "Total") };
        t.widths = { 0.27, 0.27, 0.12, 0.17, 0.17 };
        for (const BandResult &b : r.account.bands)
            t.rows.append({ w.band(b.band),
                b.firstMonth.toString() + QStringLiteral("—") + b.lastMonth.toString(),
                QString::number(b.months), b.monthly ? b.monthly->toYuanString() : w.unknown(),
                b.total ? b.total->toYuanString() : w.unknown() });
        t.note = w("金额单位：元；“未知”是资料没有给出比例。",
            "Amounts in yuan (CNY); “unknown”: the sources give no rate.");
        out.details.append(t);
    }
    out.chart = compact < 2 && !r.account.perYear.isEmpty();
    out.chartHeading = w("个人账户每年划入", "Personal account inflow per year");

    if (!options.appendix)
        return out;

    // ---- appendix: our explanations with the passages, the conflicts, the steps
    out.appendix.append(QStringLiteral("<h1>%1</h1><p>%2</p>")
                            .arg(esc(w("附录", "Appendix")),
                                esc(w("下列解释是本程序的说明，引文是所附资料的原文（书名号内为文章"
                                      "标题，后附日期）。",
                                    "The explanations are ours; the quotes are the sources' own "
                                    "words (article title and date beside each)."))));
    QHash<QString, int> quoted; // passage id → its number
    QSet<QString> ruleDone;
    out.appendix.append(
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(w("一、我们的解释与资料原文", "A. Our explanations and the passages"))));
    const auto caption = [&](const PassageCitation &p) {
        QString text = p.caption;
        if (p.beijingExample)
            text += w("（北京示例）", " (a Beijing example)");
        return text;
    };
    for (const StepExplanation &step : model.steps) {
        if (ruleDone.contains(step.ruleId))
            continue;
        ruleDone.insert(step.ruleId);
        QString html = QStringLiteral("<h3>%1</h3>").arg(esc(step.title));
        const QString &text = step.ruleText;
        if (!text.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(text));
        int n = 0;
        QStringList cites;
        for (const PassageCitation &p : step.passages) {
            if (n >= MaxQuotesPerRule)
                break;
            if (p.stance != Stance::Supports || !p.found)
                continue;
            ++n;
            if (const auto it = quoted.constFind(p.id); it != quoted.cend()) {
                cites.append(QStringLiteral("<p>%1</p>")
                                 .arg(esc(w("同见引文 [%1]。", "See quote [%1].").arg(*it))));
                continue;
            }
            const int number = int(quoted.size()) + 1;
            quoted.insert(p.id, number);
            QString quotedFor;
            if (!p.quotedFor.isEmpty())
                quotedFor = QStringLiteral("<br/>")
                    + esc(w("引用于：%1", "Quoted for: %1").arg(p.quotedFor));
            cites.append(QStringLiteral("<p>[%1] %2%3<br/>「%4」</p>")
                             .arg(number)
                             .arg(esc(caption(p)), quotedFor, esc(p.quote)));
        }
        for (const QString &citation : step.citations)
            cites.append(
                QStringLiteral("<p>%1</p>").arg(esc(w("依据：%1", "Source: %1").arg(citation))));
        html += cites.join(QString());
        out.appendix.append(html);
    }

    out.appendix.append(QStringLiteral("<h2>%1</h2>")
                            .arg(esc(w("二、资料说法不一", "B. Where the sources disagree"))));
    if (model.conflicts.isEmpty())
        out.appendix.append(QStringLiteral("<p>%1</p>").arg(esc(w("没有。", "None."))));
    for (const SourceConflict &sc : model.conflicts) {
        QString html = QStringLiteral("<p><b>%1</b>").arg(esc(sc.label));
        if (!sc.used.isEmpty()) {
            QString used = w("：本表采用 %1", ": this sheet uses %1").arg(sc.used);
            if (sc.beijingExample)
                used += w("（北京示例，资料只给出北京的数字）",
                    " (北京示例: a Beijing example, the only figure the sources give)");
            html += esc(used);
        }
        html += QStringLiteral("<br/>");
        if (sc.citation.found) {
            html += esc(w("另有资料：", "Another source: ")) + esc(sc.citation.caption)
                + QStringLiteral("<br/>「") + esc(sc.citation.quote) + QStringLiteral("」");
        } else if (!sc.stated.isEmpty()) {
            html += esc(w("另有资料：", "Another source: ") + sc.stated);
        }
        if (!sc.note.isEmpty())
            html += QStringLiteral("<br/>") + esc(sc.note);
        if (sc.comparable)
            html += QStringLiteral("<br/>")
                + esc(sc.changes.isEmpty()
                        ? w("按此资料的数字计算，本表结果不变。",
                            "Computed with that figure, this sheet does not change.")
                        : w("按此资料的数字计算：", "Computed with that figure: ")
                            + sc.changes.join(w("；", "; ")));
        html += QStringLiteral("</p>");
        out.appendix.append(html);
    }

    out.appendix.append(QStringLiteral("<h2>%1</h2>")
                            .arg(esc(w("三、计算过程", "C. The computation, step by step"))));
    QString steps;
    int count = 0;
    for (const StepExplanation &step : model.steps) {
        ++count;
        QString line = QStringLiteral("%1. %2").arg(count).arg(step.title);
        const QString explained = step.inShort;
        // the formula with its numbers (or the result), in the sheet's language; our
        // explanation below it
        const QString colon = en ? QStringLiteral(": ") : QStringLiteral("：");
        if (!step.formula.isEmpty())
            line += colon + step.formula;
        else if (!step.result.isEmpty())
            line += colon + step.result;
        // a formula of several lines keeps them apart
        steps
            += QStringLiteral("<p>%1%2</p>")
                   .arg(esc(line).replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                       explained.isEmpty() ? QString() : QStringLiteral("<br/>") + esc(explained));
        if (count % 12 == 0) {
            out.appendix.append(steps);
            steps.clear();
        }
    }
    if (!steps.isEmpty())
        out.appendix.append(steps);
    return out;
}

} // namespace yibao
