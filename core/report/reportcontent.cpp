// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcontent.h"

#include "domain/idnumber.h"
#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "explain/quote.h"
#include "policy/policyprofile.h"
#include "policy/profileloader.h"
#include "rules/engine.h"

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

    // The sheet's words in its language: Chinese first, English beside it.
    struct Words
    {
        bool en = false;
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
        QString unknown() const { return (*this)("未知", "unknown"); }
        QString date(const QDate &d) const
        {
            if (!d.isValid())
                return unknown();
            return en ? d.toString(QStringLiteral("yyyy-MM-dd"))
                      : QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
        }
        QString month(const YearMonth &m) const { return en ? m.toString() : m.toChinese(); }
        QString span(const YearMonth &from, const YearMonth &to) const
        {
            if (from == to)
                return month(from);
            return month(from) + QStringLiteral("—") + month(to);
        }
        QString months(int n) const
        {
            if (en)
                return n == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(n);
            return QStringLiteral("%1 个月").arg(n);
        }
        // "348 个月（29 年）"
        QString monthsYears(int n) const
        {
            const int y = n / 12;
            const int rest = n % 12;
            if (y == 0)
                return months(n);
            QString ym;
            if (en)
                ym = (y == 1 ? QStringLiteral("1 year") : QStringLiteral("%1 years").arg(y))
                    + (rest ? QStringLiteral(" ") + months(rest) : QString());
            else
                ym = rest ? QStringLiteral("%1 年 %2 个月").arg(y).arg(rest)
                          : QStringLiteral("%1 年").arg(y);
            return en ? QStringLiteral("%1 (%2)").arg(months(n), ym)
                      : QStringLiteral("%1（%2）").arg(months(n), ym);
        }
        QString band(const QString &b) const
        {
            if (b == QLatin1String("under35"))
                return (*this)("35岁以下", "under 35");
            if (b == QLatin1String("35to44"))
                return (*this)("35至44岁", "aged 35 to 44");
            if (b == QLatin1String("45plus"))
                return (*this)("45岁以上（在职）", "45 and over (working)");
            if (b == QLatin1String("retired_under70"))
                return (*this)("退休后不满70岁", "retired, under 70");
            if (b == QLatin1String("retired_70plus"))
                return (*this)("退休后70岁以上", "retired, 70 and over");
            return b;
        }
        QString care(Care c) const
        {
            switch (c) {
            case Care::Outpatient:
                return (*this)("门诊", "outpatient visit");
            case Care::Pharmacy:
                return (*this)("药店购药", "pharmacy purchase");
            case Care::Inpatient:
                return (*this)("住院", "hospital stay");
            case Care::SpecialOutpatient:
                return (*this)("门诊慢特病", "chronic/special outpatient care");
            }
            return QString();
        }
        QString category(Category c) const
        {
            const QString zh = categoryChinese(c);
            return en ? Explanations::bundled().englishWord(zh) : zh;
        }
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

    QString labelOf(const TraceParam &p, bool en)
    {
        if (!en)
            return p.label.isEmpty()
                ? Explanations::bundled().parameterText(p.key, QStringLiteral("zh_CN"))
                : p.label;
        QString t = Explanations::bundled().parameterText(p.key, QStringLiteral("en")).trimmed();
        if (t.endsWith(QLatin1Char('.')))
            t.chop(1);
        return t.isEmpty() ? p.key : t;
    }

    QString unitWord(const QString &unit, bool en)
    {
        if (unit == QLatin1String("months"))
            return en ? QStringLiteral(" months") : QStringLiteral(" 个月");
        if (unit == QLatin1String("years"))
            return en ? QStringLiteral(" years") : QStringLiteral(" 年");
        if (unit == QLatin1String("yuan_per_month"))
            return en ? QStringLiteral(" yuan a month") : QStringLiteral(" 元/月");
        return QString();
    }

    QString valueWords(const TraceParam &p, bool en)
    {
        if (!p.known)
            return en ? QStringLiteral("unknown") : QStringLiteral("未知");
        if (p.unit == QLatin1String("bool")) {
            const bool yes = p.value == QLatin1String("true");
            return en ? (yes ? QStringLiteral("yes") : QStringLiteral("no"))
                      : (yes ? QStringLiteral("是") : QStringLiteral("否"));
        }
        if (p.unit == QLatin1String("years") && p.key.startsWith(QLatin1String("retire.")))
            return p.value + (en ? QStringLiteral(" years of age") : QStringLiteral(" 岁"));
        return p.value + unitWord(p.unit, en);
    }

    // A short, comparable summary of the figures a client acts on.
    QList<QPair<QString, QString>> summary(const Result &r, const Words &w)
    {
        QList<QPair<QString, QString>> s;
        s.append(
            { w("法定退休日期", "statutory retirement date"), w.date(r.retirement.statutoryDate) });
        s.append({ w("累计缴费", "cumulative contributions"), w.months(r.years.cumulativeMonths) });
        std::optional<Money> owed = Money();
        for (const GapResult &g : r.gaps) {
            if (!g.owed)
                owed.reset();
            else if (owed)
                owed = *owed + *g.owed;
        }
        s.append({ w("现在需补缴", "owed now"), w.money(owed) });
        for (int i = 0; i < r.gaps.size(); ++i) {
            const GapResult &g = r.gaps[i];
            const QString name = w.span(g.from, g.to);
            const auto yesNo = [&](const std::optional<bool> &b) {
                return b ? (*b ? w("视为连续", "counts as continuous") : w("中断", "interrupted"))
                         : w.unknown();
            };
            s.append({ name + w("：是否连续", ": continuity"), yesNo(g.continuous) });
            s.append({ name + w("：宽限截止", ": grace deadline"), w.date(g.graceDeadline) });
            s.append({ name + w("：统筹恢复", ": pooled fund resumes"),
                g.resumeMonth ? w.month(*g.resumeMonth) : w.unknown() });
            s.append({ name + w("：应补合计", ": total to back-pay"), w.money(g.total) });
        }
        s.append({ w("个人账户累计划入", "personal account inflow"), w.money(r.account.total) });
        s.append({ w("终身待遇还差", "short of lifelong benefits by"),
            r.lifelong.shortfallMonths ? w.months(*r.lifelong.shortfallMonths) : w.unknown() });
        for (const LifelongPath &p : r.lifelong.paths)
            s.append({ (p.id == QLatin1String("one_time") ? w("一次性补缴", "one-time back-pay")
                                                          : w("继续缴费", "paying on")),
                w.money(p.cost) });
        for (const EventResult &e : r.events)
            s.append({ w.date(e.date) + QStringLiteral(" ") + w.care(e.care),
                e.pooledFund ? (*e.pooledFund ? w("统筹基金支付", "pooled fund pays")
                                              : w("统筹基金不支付", "pooled fund does not pay"))
                             : w.unknown() });
        return s;
    }

    // A copy of the profile whose value in force from `from` is the stated one; nullopt
    // when the unit cannot take it.
    std::optional<PolicyProfile> withValue(
        const PolicyProfile &profile, const QString &key, QDate from, const StatedValue &v)
    {
        if (v.low != v.high || !v.prefix.isEmpty())
            return std::nullopt;
        PolicyProfile copy = profile;
        auto it = copy.params.find(key);
        if (it == copy.params.end())
            return std::nullopt;
        for (ParamValue &pv : it->values) {
            if (pv.from != from)
                continue;
            switch (it->unit) {
            case ParamUnit::Percent:
            case ParamUnit::Ratio:
                pv.rate = Rate::fromPpm(v.low);
                break;
            case ParamUnit::Months:
            case ParamUnit::Years:
                pv.integer = v.low;
                break;
            case ParamUnit::YuanPerMonth:
                pv.money = Money::fromFen(v.low);
                break;
            case ParamUnit::Bool:
                pv.flag = v.low != 0;
                break;
            default:
                return std::nullopt;
            }
            pv.known = true;
            return copy;
        }
        return std::nullopt;
    }

    QString passageCaption(const Passage &p, const Words &w)
    {
        const Article *a = Corpus::bundled().article(p.article);
        QString caption = QStringLiteral("《%1》").arg(
            p.kind == PassageKind::Related || !a ? p.title : a->title);
        if (p.kind == PassageKind::Related && a)
            caption += w("（见《%1》相关推荐）", " (related to 《%1》)").arg(a->title);
        QStringList meta;
        if (!p.source.isEmpty())
            meta.append(p.source);
        meta.append(p.date.isEmpty() ? w("日期未注明", "date not given") : p.date);
        return caption + QStringLiteral(" · ") + meta.join(QStringLiteral(" · "));
    }

} // namespace

QList<SourceConflict> findSourceConflicts(
    const Case &c, const Result &r, const PolicyProfile *profile, bool english)
{
    const Words w { english };
    const LinkMap &links = LinkMap::bundled();
    QList<SourceConflict> out;
    QSet<QString> seen; // subject + passage
    QList<QPair<QString, QString>> before;
    bool haveBefore = false;
    QHash<QString, QStringList> recomputed; // key|from|value → changes
    const bool general = r.profileId == QLatin1String("general");

    for (const TraceStep &step : r.trace) {
        for (const Link &l : links.conflictsFor(step.ruleId, r.profileId)) {
            const QString id = step.ruleId + QLatin1Char('|') + l.passage;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            SourceConflict sc;
            sc.subject = step.ruleId;
            sc.label = Explanations::bundled().ruleTitle(
                step.ruleId, english ? QStringLiteral("en") : QStringLiteral("zh_CN"));
            if (sc.label.isEmpty())
                sc.label = step.title;
            sc.stated = l.states;
            sc.passage = l.passage;
            sc.note = l.note;
            out.append(sc);
        }
        for (const TraceParam &p : step.params) {
            for (const Link &l : links.conflictsFor(p)) {
                const QString id = p.key + QLatin1Char('|') + l.passage;
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                SourceConflict sc;
                sc.subject = p.key;
                sc.label = labelOf(p, english);
                sc.used = valueWords(p, english);
                sc.stated = l.states;
                sc.passage = l.passage;
                sc.note = l.note;
                sc.beijingExample = general && p.source.contains(QStringLiteral("北京"));
                if (profile && l.value && p.known) {
                    const QString cacheKey = p.key + QLatin1Char('|') + p.from.toString(Qt::ISODate)
                        + QLatin1Char('|') + QString::number(l.value->low);
                    auto cached = recomputed.constFind(cacheKey);
                    if (cached == recomputed.cend()) {
                        QStringList changes;
                        bool ok = false;
                        if (const auto alt = withValue(*profile, p.key, p.from, *l.value)) {
                            ok = true;
                            if (!haveBefore) {
                                before = summary(r, w);
                                haveBefore = true;
                            }
                            const Result other = compute(c, *alt,
                                { false, english ? TextLanguage::English : TextLanguage::Chinese });
                            const auto after = summary(other, w);
                            for (int i = 0; i < before.size() && i < after.size(); ++i)
                                if (before[i] != after[i])
                                    changes.append(QStringLiteral("%1：%2 → %3")
                                                       .arg(before[i].first, before[i].second,
                                                           after[i].second));
                            if (before.size() != after.size())
                                changes.append(w("断缴或就医的判断不同",
                                    "the gaps or events come out differently"));
                        }
                        if (!ok)
                            changes.append(QString()); // marker: not comparable
                        cached = recomputed.insert(cacheKey, changes);
                    }
                    const QStringList &changes = *cached;
                    sc.comparable = !(changes.size() == 1 && changes.first().isEmpty());
                    if (sc.comparable)
                        sc.changes = changes;
                }
                out.append(sc);
            }
        }
    }
    return out;
}

ReportContent buildReportContent(const Case &c, const Result &r, const ReportOptions &options,
    const QList<SourceConflict> &conflicts, int compact)
{
    const bool en = Explanations::normalizedLanguage(options.language) == QLatin1String("en");
    const QString lang = en ? QStringLiteral("en") : QStringLiteral("zh_CN");
    const Words w { en };
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
        const PolicyProfile *profile
            = options.profile ? options.profile : ProfileSet::bundled().find(r.profileId);
        if (profile)
            profileName = en ? (profile->nameEn.isEmpty() ? profile->name : profile->nameEn)
                             : (profileName.isEmpty() ? profile->name : profileName);
        if (profileName.isEmpty())
            profileName = r.profileId;
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
        for (const SourceConflict &sc : conflicts) {
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
    const LinkMap &links = LinkMap::bundled();
    out.appendix.append(
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(w("一、我们的解释与资料原文", "A. Our explanations and the passages"))));
    for (const TraceStep &step : r.trace) {
        if (ruleDone.contains(step.ruleId))
            continue;
        ruleDone.insert(step.ruleId);
        QString title = Explanations::bundled().ruleTitle(step.ruleId, lang);
        if (title.isEmpty())
            title = step.title;
        QString html = QStringLiteral("<h3>%1</h3>").arg(esc(title));
        const QString text = Explanations::bundled().ruleText(step.ruleId, lang).trimmed();
        if (!text.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(text));
        QList<Link> support;
        for (const Link &l : links.linksFor(step.ruleId, r.profileId))
            if (l.stance == Stance::Supports)
                support.append(l);
        for (const TraceParam &p : step.params)
            for (const Link &l : links.linksFor(p))
                if (l.stance == Stance::Supports)
                    support.append(l);
        int n = 0;
        QStringList cites;
        for (const Link &l : support) {
            if (n >= MaxQuotesPerRule)
                break;
            const Passage *p = Corpus::bundled().passage(l.passage);
            if (!p)
                continue;
            ++n;
            if (const auto it = quoted.constFind(l.passage); it != quoted.cend()) {
                cites.append(QStringLiteral("<p>%1</p>")
                                 .arg(esc(w("同见引文 [%1]。", "See quote [%1].").arg(*it))));
                continue;
            }
            const int number = int(quoted.size()) + 1;
            quoted.insert(l.passage, number);
            const Quote q = quoteAround(p->text, l.states, 160);
            cites.append(QStringLiteral("<p>[%1] %2<br/>「%3」</p>")
                             .arg(number)
                             .arg(esc(passageCaption(*p, w)), esc(q.text)));
        }
        for (const QString &citation : links.citationsFor(step.ruleId, r.profileId))
            cites.append(
                QStringLiteral("<p>%1</p>").arg(esc(w("依据：%1", "Source: %1").arg(citation))));
        html += cites.join(QString());
        out.appendix.append(html);
    }

    out.appendix.append(QStringLiteral("<h2>%1</h2>")
                            .arg(esc(w("二、资料说法不一", "B. Where the sources disagree"))));
    if (conflicts.isEmpty())
        out.appendix.append(QStringLiteral("<p>%1</p>").arg(esc(w("没有。", "None."))));
    for (const SourceConflict &sc : conflicts) {
        QString html = QStringLiteral("<p><b>%1</b>").arg(esc(sc.label));
        if (!sc.used.isEmpty()) {
            QString used = w("：本表采用 %1", ": this sheet uses %1").arg(sc.used);
            if (sc.beijingExample)
                used += w("（北京示例，资料只给出北京的数字）",
                    " (北京示例: a Beijing example, the only figure the sources give)");
            html += esc(used);
        }
        html += QStringLiteral("<br/>");
        const Passage *p = Corpus::bundled().passage(sc.passage);
        if (p) {
            const Quote q = quoteAround(p->text, sc.stated, 160);
            html += esc(w("另有资料：", "Another source: ")) + esc(passageCaption(*p, w))
                + QStringLiteral("<br/>「") + esc(q.text) + QStringLiteral("」");
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
    for (const TraceStep &step : r.trace) {
        ++count;
        QString stepTitle = en ? Explanations::bundled().ruleTitle(step.ruleId, lang) : step.title;
        if (stepTitle.isEmpty())
            stepTitle = step.title;
        QString line = QStringLiteral("%1. %2").arg(count).arg(stepTitle);
        QString explained = explainStep(step, lang).trimmed();
        // the engine words its formulas in Chinese: an English sheet gives the same
        // numbers in our English explanation instead (the Chinese sheet has the formulas)
        if (en) {
            if (!explained.isEmpty())
                line += QStringLiteral(": ") + explained;
            explained.clear();
        } else if (!step.formula.isEmpty()) {
            line += QStringLiteral("：") + step.formula;
        } else if (!step.result.isEmpty()) {
            line += QStringLiteral("：") + step.result;
        }
        steps
            += QStringLiteral("<p>%1%2</p>")
                   .arg(esc(line),
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
