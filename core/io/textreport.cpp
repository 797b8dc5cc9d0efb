// SPDX-License-Identifier: GPL-3.0-or-later
// The text report of `yibao-cli compute` (the README's own example output), in Chinese or
// English. It prints the figures of the result as they are and the engine's own reasons;
// the explanation of each step comes from resources/explain (our words, both languages).
// A source passage is quoted in full once, where it is first cited, with its number; later
// steps refer to it by that number. A passage that says something other than the value the
// profile used is marked as such, never listed as if it supported it.
#include "textreport.h"

#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "explain/quote.h"
#include "policy/parameterkeys.h"

#include <QHash>
#include <QTextStream>

namespace yibao {

namespace {

    class Words
    {
    public:
        explicit Words(TextLanguage language)
            : m_en(language == TextLanguage::English)
        { }

        bool english() const { return m_en; }
        QString operator()(const char16_t *zh, const char16_t *en) const
        {
            return QString::fromUtf16(m_en ? en : zh);
        }
        QString yuan(const std::optional<Money> &m) const
        {
            if (!m)
                return (*this)(u"未知（参数缺失）", u"unknown (a parameter is missing)");
            return m->toYuanString() + (m_en ? QStringLiteral(" yuan") : QStringLiteral(" 元"));
        }
        QString months(int n) const
        {
            return m_en ? QStringLiteral("%1 month%2").arg(n).arg(n == 1 ? "" : "s")
                        : QStringLiteral("%1 个月").arg(n);
        }
        QString months(const std::optional<int> &n) const
        {
            return n ? months(*n) : (*this)(u"未知", u"unknown");
        }
        QString years(int n) const
        {
            const int y = n / 12, m = n % 12;
            if (m_en)
                return QStringLiteral("%1 (%2 year%3 %4 month%5)")
                    .arg(months(n))
                    .arg(y)
                    .arg(y == 1 ? "" : "s")
                    .arg(m)
                    .arg(m == 1 ? "" : "s");
            return QStringLiteral("%1（%2 年 %3 个月）").arg(months(n)).arg(y).arg(m);
        }
        QString band(const QString &id) const
        {
            static const QHash<QString, std::pair<const char16_t *, const char16_t *>> names {
                { QStringLiteral("under35"), { u"35岁以下", u"under 35" } },
                { QStringLiteral("35to44"), { u"35至44岁", u"35 to 44" } },
                { QStringLiteral("45plus"), { u"45岁以上（在职）", u"45 and over (working)" } },
                { QStringLiteral("retired_under70"), { u"退休·70岁以下", u"retired, under 70" } },
                { QStringLiteral("retired_70plus"),
                    { u"退休·70岁及以上", u"retired, 70 and over" } },
            };
            const auto it = names.constFind(id);
            return it == names.cend() ? id : (*this)(it->first, it->second);
        }
        QString category(Category c) const
        {
            switch (c) {
            case Category::Male:
                return (*this)(u"男", u"man");
            case Category::FemaleCadre:
                return (*this)(u"女干部（原55岁退休）", u"woman, cadre (formerly retiring at 55)");
            case Category::FemaleWorker:
                return (*this)(u"女职工（原50岁退休）", u"woman, worker (formerly retiring at 50)");
            }
            return {};
        }
        QString care(Care c) const
        {
            switch (c) {
            case Care::Outpatient:
                return (*this)(u"门诊", u"outpatient");
            case Care::Pharmacy:
                return (*this)(u"药店购药", u"pharmacy");
            case Care::Inpatient:
                return (*this)(u"住院", u"inpatient");
            case Care::SpecialOutpatient:
                return (*this)(u"门诊慢特病", u"chronic/special outpatient");
            }
            return {};
        }

    private:
        bool m_en;
    };

    void header(QTextStream &out, const Case &c, const Result &r, const QString &profileName,
        const Words &w)
    {
        out << w(u"职工医保计算与解读", u"Employee medical insurance: figures and explanation")
            << "\n"
            << w(u"档案：", u"Profile: ") << profileName << w(u"（", u" (") << r.profileId
            << w(u"，版本 ", u", version ") << r.profileVersion << w(u"）  ", u")  ")
            << w(u"计算日期：", u"as of: ") << isoDate(r.asOf);
        if (c.payOn)
            out << w(u"  缴款日期：", u"  paying on: ") << isoDate(*c.payOn);
        out << "\n"
            << w(u"出生：", u"Born: ") << isoDate(c.person.birth) << w(u"  类别：", u"  category: ")
            << w.category(c.person.category) << "\n\n";
    }

    void figures(QTextStream &out, const Result &r, const Words &w)
    {
        out << w(u"【法定退休】", u"[Statutory retirement] ") << isoDate(r.retirement.statutoryDate)
            << w(u"，", u", age ") << r.retirement.ageYears << w(u" 岁 ", u" years ")
            << w.months(r.retirement.ageMonths) << w(u"（延迟 ", u" (delayed by ")
            << w.months(r.retirement.delayMonths) << w(u"）", u")");
        if (r.retirement.dateGiven)
            out << w(u"；本案按实际退休月份 ", u"; this case uses the actual retirement month ")
                << r.retirement.month.toString() << w(u" 计算", u"");
        out << "\n";
        out << w(u"【缴费年限】累计 ", u"[Contribution months] cumulative ")
            << w.years(r.years.cumulativeMonths) << w(u"，其中实际 ", u", of which actual ")
            << w.months(r.years.actualMonths) << w(u"、视同 ", u", deemed ")
            << w.months(r.years.deemedMonths) << "\n";

        out << w(u"【断缴】", u"[Gaps] ");
        if (r.gaps.isEmpty())
            out << w(u"没有断缴", u"none");
        else
            out << r.gaps.size() << w(u" 次", r.gaps.size() == 1 ? u" gap" : u" gaps");
        out << "\n";
        for (const auto &g : r.gaps) {
            out << "  · " << g.from.toString() << "—" << g.to.toString() << w(u"，", u", ")
                << w.months(g.months) << w(u"：本金 ", u": principal ") << w.yuan(g.principal)
                << w(u"，滞纳金 ", u", late fee ") << w.yuan(g.lateFee)
                << w(u"，合计 ", u", total ") << w.yuan(g.total);
            if (g.owedMonths > 0)
                out << w(u"；如在 ", u"; paid on ") << isoDate(g.payOn) << w(u" 缴清，需 ", u": ")
                    << w.yuan(g.owed) << w(u"（单位 ", u" (employer ") << w.yuan(g.owedEmployer)
                    << w(u"，个人 ", u", individual ") << w.yuan(g.owedIndividual)
                    << w(u"）", u")");
            out << "\n    ";
            const bool ahead = g.graceDeadline.isValid() && r.asOf <= g.graceDeadline;
            if (!g.continuous)
                out << w(u"是否视为连续缴费：未知（参数缺失）",
                    u"counted as continuous: unknown (a parameter is missing)");
            else if (*g.continuous)
                out << w(u"视为连续缴费，宽限截止 ", u"counts as continuous; grace deadline ")
                    << isoDate(g.graceDeadline);
            else if (g.continuousIfPaidByDeadline.value_or(false) && ahead)
                out << w(u"如在 ", u"counts as continuous if the arrears are paid by ")
                    << isoDate(g.graceDeadline)
                    << w(u" 前缴清欠费，视为连续缴费；逾期则缴费中断",
                           u"; after that, an interruption");
            else
                out << w(u"缴费中断", u"interruption")
                    << (g.graceDeadline.isValid() ? w(u"（宽限截止 %1）", u" (grace deadline %1)")
                                                        .arg(isoDate(g.graceDeadline))
                                                  : QString());
            out << w(u"；", u"; ");
            if (g.resumeMonth)
                out << w(u"%1 起恢复统筹待遇", u"pooled-fund cover resumes in %1")
                           .arg(g.resumeMonth->toString());
            else if (g.windowKnown)
                out << w(u"尚未恢复统筹待遇", u"cover has not resumed");
            else
                out << w(u"何时恢复统筹待遇未知", u"when cover resumes is unknown");
            if (g.suspendedFrom && g.suspendedTo && *g.suspendedFrom <= *g.suspendedTo)
                out << w(u"；统筹基金暂停 %1 至 %2", u"; pooled fund suspended %1 to %2")
                           .arg(g.suspendedFrom->toString(), g.suspendedTo->toString());
            else if (g.suspendedFrom && !g.suspendedTo)
                out << w(u"；统筹基金自 %1 起暂停，恢复前一直暂停",
                    u"; pooled fund suspended from %1 until cover resumes")
                           .arg(g.suspendedFrom->toString());
            out << "\n";
        }
        out << w(u"【补缴】断缴补缴合计 ", u"[Back-pay] all gaps ") << w.yuan(r.backPay.gapTotal)
            << w(u"，尚欠 ", u", still owed ") << w.yuan(r.backPay.gapOwed)
            << w(u"；退休一次性补缴 ", u"; one-time back-pay at retirement ")
            << w.yuan(r.backPay.retirementBackPay);
        if (r.backPay.shortfallMonths.value_or(0) > 0)
            out << w(u"（差 %1）", u" (%1 short)").arg(w.months(*r.backPay.shortfallMonths));
        out << "\n";
        if (!r.backPay.missing.isEmpty())
            out << w(u"  参数缺失：", u"  missing parameters: ")
                << r.backPay.missing.join(QStringLiteral(", ")) << "\n";

        out << w(u"【个人账户划入】已知合计 ", u"[Personal account inflow] known total ")
            << w.yuan(r.account.total) << "\n";
        for (const auto &b : r.account.bands)
            out << "  · " << w.band(b.band) << w(u"：", u": ") << w.months(b.months)
                << w(u"，最近每月 ", u", latest month ") << w.yuan(b.monthly)
                << w(u"，合计 ", u", total ") << w.yuan(b.total) << "\n";
        if (!r.account.missing.isEmpty())
            out << w(u"  参数缺失（资料未给出，不作推算）：",
                u"  missing parameters (the sources do not give them; nothing is guessed): ")
                << r.account.missing.join(QStringLiteral(", ")) << "\n";

        const LifelongResult &l = r.lifelong;
        out << w(u"【终身医保待遇】需累计 ", u"[Lifelong cover] required: ")
            << w.months(l.requiredMonths) << w(u"、其中实际 ", u", of which actually paid ")
            << w.months(l.requiredActualMonths) << w(u"；已累计 ", u"; counted ")
            << w.months(l.countedMonths) << w(u"（实际 ", u" (actual ")
            << w.months(l.countedActualMonths) << w(u"）", u")");
        if (!l.retired)
            out << w(u"，按时缴到退休预计 ", u"; paying every month until retirement: ")
                << w.months(l.projectedMonths) << w(u"（实际 ", u" (actual ")
                << w.months(l.projectedActualMonths) << w(u"）", u")");
        out << w(u"：", u": ");
        if (!l.qualifies)
            out << w(u"未知（参数缺失）", u"unknown (a parameter is missing)");
        else if (*l.qualifies)
            out << (l.retired ? w(u"达到", u"reached")
                              : w(u"按时缴到退休可达到", u"reached if paid until retirement"));
        else
            out << w(u"差 %1（%2不足）", u"%1 short (%2)")
                       .arg(w.months(*l.shortfallMonths),
                           l.bindingMinimum() == QLatin1String("actual")
                               ? w(u"实际缴费", u"actual months")
                               : w(u"累计缴费", u"cumulative months"));
        if (l.qualifyingMonth)
            out << w(u"；%1 起享受终身医保待遇", u"; lifelong cover from %1")
                       .arg(l.qualifyingMonth->toString());
        out << "\n";
        for (const auto &p : l.paths)
            out << "  · "
                << (p.id == QLatin1String("one_time") ? w(u"一次性补缴", u"one-time back-pay")
                                                      : w(u"继续按月缴费", u"keep paying monthly"))
                << w(u"：", u": ") << w.yuan(p.cost) << w(u"，", u", from ")
                << (p.benefitsFrom ? p.benefitsFrom->toString() : w(u"未知", u"unknown"))
                << w(u" 起享受", u"") << "\n";

        if (!r.events.isEmpty())
            out << w(u"【就医】", u"[Medical events]") << "\n";
        for (const auto &e : r.events)
            out << "  · " << isoDate(e.date) << " " << w.care(e.care)
                << w(u"：个人账户", u": personal account ")
                << (e.personalAccount ? w(u"可用", u"usable") : w(u"冻结", u"frozen"))
                << w(u"，统筹基金", u", pooled fund ")
                << (!e.pooledFund          ? w(u"是否支付未知", u"unknown")
                           : *e.pooledFund ? w(u"支付", u"pays")
                                           : w(u"不支付", u"does not pay"))
                << w(u"。", u". ") << e.reason << "\n";
        if (!r.warnings.isEmpty())
            out << w(u"【提示】", u"[Warnings]") << "\n";
        for (const auto &warning : r.warnings)
            out << "  · " << warning.message << "\n";
    }

    // The words a step cites a passage for: the `states` of its link (the rule's, then each
    // parameter's), so the quote is cut around the claim and never before it.
    QString claimOf(const TraceStep &step, const QString &passage)
    {
        const LinkMap &links = LinkMap::bundled();
        QStringList subjects { step.ruleId };
        for (const TraceParam &p : step.params)
            subjects << p.key;
        for (const QString &subject : subjects)
            for (const Link &l : links.declaredLinks(subject))
                if (l.passage == passage && !l.states.isEmpty())
                    return l.states;
        return {};
    }

    void steps(QTextStream &out, const Result &r, const Words &w, TextLanguage language)
    {
        out << "\n" << w(u"计算过程", u"How each figure was computed") << "\n";
        if (w.english())
            out << "(The formulas with every number filled in are in the Chinese report, "
                   "`--lang zh`; the figures are the same.)\n";
        const QString lang = languageId(language);
        QHash<QString, int> quoted; // passage id → its number in this report
        int n = 0;
        for (const auto &st : r.trace) {
            const QString title
                = w.english() ? Explanations::bundled().ruleTitle(st.ruleId, lang) : st.title;
            out << "\n"
                << ++n << ". " << (title.isEmpty() ? st.title : title) << " [" << st.ruleId
                << "]\n";
            if (const QString why = explainStep(st, lang); !why.isEmpty())
                out << w(u"   说明：", u"   In short: ") << why << "\n";
            if (!w.english()) {
                for (const QString &line : st.formula.split(QLatin1Char('\n')))
                    out << "   " << line << "\n";
                out << "   结果：" << st.result << "\n";
            }
            for (const auto &p : st.params) {
                QString label = p.key;
                if (const ParameterKey *k = findParameterKey(p.key))
                    label = w.english() ? k->labelEn : k->label;
                out << w(u"   参数 ", u"   parameter ") << label << " = "
                    << (p.known ? p.value : w(u"未知", u"unknown")) << w(u"（", u" (")
                    << isoDate(p.from) << w(u" 起，", u" on, profile ") << p.profile
                    << w(u"）来源：", u"), source: ") << QStringLiteral("「%1」").arg(p.source)
                    << "\n";
            }
            QStringList againSupports, againOthers; // passages quoted above: their numbers
            for (const QString &id : st.passages) {
                const Passage *p = Corpus::bundled().passage(id);
                if (!p)
                    continue;
                QString stance = QStringLiteral("supports");
                for (const auto &[passage, s] : st.stances)
                    if (passage == id)
                        stance = s;
                const bool conflicts = stance == QLatin1String("conflicts");
                if (const auto it = quoted.constFind(id); it != quoted.cend()) {
                    (conflicts ? againOthers : againSupports)
                        .append(QStringLiteral("[%1]").arg(*it));
                    continue;
                }
                const QString kind = conflicts ? w(u"另一说法（与本档案所用数值不同）",
                                         u"says otherwise (differs from the value used)")
                    : stance == QLatin1String("context") ? w(u"背景", u"context")
                                                         : w(u"依据", u"states it");
                const int number = int(quoted.size()) + 1;
                quoted.insert(id, number);
                out << "   [" << number << "] " << id << " — " << kind << w(u"：《", u": “")
                    << p->title << w(u"》", u"”")
                    << (p->date.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p->date))
                    << "\n       「" << quoteAround(p->text.simplified(), claimOf(st, id)).text
                    << "」\n";
            }
            if (!againSupports.isEmpty() || !againOthers.isEmpty()) {
                out << w(u"   另见上文资料 ", u"   see also, quoted above: ");
                if (!againSupports.isEmpty())
                    out << againSupports.join(QLatin1Char(' ')) << w(u"（依据）", u" (state it)");
                if (!againSupports.isEmpty() && !againOthers.isEmpty())
                    out << w(u"；", u"; ");
                if (!againOthers.isEmpty())
                    out << againOthers.join(QLatin1Char(' '))
                        << w(u"（另一说法）", u" (say otherwise)");
                out << "\n";
            }
        }
    }

} // namespace

QString textReport(
    const Case &c, const Result &r, const QString &profileName, TextLanguage language)
{
    const Words w(language);
    QString s;
    QTextStream out(&s);
    header(out, c, r, profileName, w);
    figures(out, r, w);
    if (!r.trace.isEmpty())
        steps(out, r, w, language);
    out << "\n"
        << w(u"本结果为政策解读与测算，不是社保经办机构的正式决定。",
               u"This is an explanation and an estimate, not a decision of a social-insurance "
               u"office.")
        << "\n";
    out.flush();
    return s;
}

} // namespace yibao
