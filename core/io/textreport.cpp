// SPDX-License-Identifier: GPL-3.0-or-later
// The text report of `yibao-cli compute` (the README's own example output), in Chinese or
// English. It prints the figures of the result as they are and the engine's own reasons;
// the explanation of each step comes from resources/explain (our words, both languages).
// A source passage is quoted in full once, where it is first cited, with its number; later
// steps refer to it by that number. A passage that says something other than the value the
// profile used is marked as such, never listed as if it supported it.
#include "textreport.h"

#include "present/formulawords.h"
#include "present/words.h"

#include <QHash>
#include <QTextStream>

namespace yibao {

namespace {

    // The report's own form of an unknown amount ("未知（参数缺失）": a parameter is
    // missing); every other name and unit, months with years too, is the shared Words'.
    class ReportWords : public Words
    {
    public:
        using Words::months;
        using Words::Words;
        QString yuan(const std::optional<Money> &m) const
        {
            if (!m)
                return (*this)(u"未知（参数缺失）", u"unknown (a parameter is missing)");
            return money(*m);
        }
    };

    void header(QTextStream &out, const Case &c, const Result &r, const QString &profileName,
        const ReportWords &w)
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

    void figures(QTextStream &out, const Result &r, const ReportWords &w)
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
            << w.monthsYears(r.years.cumulativeMonths) << w(u"，其中实际 ", u", of which actual ")
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
            if (g.resumeMonth && *g.resumeMonth > YearMonth::of(r.asOf))
                // still ahead: it depends on paying on time until then
                out << w(u"如按时缴费不断，%1 起恢复统筹待遇",
                    u"if paid on time from here on, pooled-fund cover resumes in %1")
                           .arg(g.resumeMonth->toString());
            else if (g.resumeMonth)
                out << w(u"%1 起恢复统筹待遇", u"pooled-fund cover resumed in %1")
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
                << w(u"。", u". ") << reasonText(e, w.language()) << "\n";
        if (!r.warnings.isEmpty())
            out << w(u"【提示】", u"[Warnings]") << "\n";
        for (const auto &warning : r.warnings)
            out << "  · " << warningText(warning, w.language()) << "\n";
    }

    void steps(QTextStream &out, const ExplanationModel &model, const ReportWords &w)
    {
        out << "\n" << w(u"计算过程", u"How each figure was computed") << "\n";
        QHash<QString, int> quoted; // passage id → its number in this report
        int n = 0;
        for (const StepExplanation &st : model.steps) {
            out << "\n" << ++n << ". " << st.title << " [" << st.ruleId << "]\n";
            if (!st.inShort.isEmpty())
                out << w(u"   说明：", u"   In short: ") << st.inShort << "\n";
            if (!st.formula.isEmpty())
                for (const QString &line : st.formula.split(QLatin1Char('\n')))
                    out << "   " << line << "\n";
            if (!st.result.isEmpty())
                out << w(u"   结果：", u"   Result: ") << st.result << "\n";
            for (const ParameterLine &p : st.params) {
                out << w(u"   参数 ", u"   parameter ") << p.label << " = " << p.value
                    << w(u"（", u" (") << p.from << w(u" 起，", u" on, profile ") << p.profile
                    << w(u"）来源：", u"), source: ")
                    // in English the source is our English (a Chinese one comes quoted)
                    << (w.english() ? p.source : QStringLiteral("「%1」").arg(p.source));
                if (p.beijingExample)
                    out << w(u"（北京示例：资料只给出北京的数字）",
                        u" (a Beijing example: the sources give only Beijing's figure)");
                out << "\n";
            }
            QStringList againSupports, againOthers; // passages quoted above: their numbers
            for (const PassageCitation &p : st.passages) {
                if (!p.found)
                    continue;
                const bool conflicts = p.stance == Stance::Conflicts;
                if (const auto it = quoted.constFind(p.id); it != quoted.cend()) {
                    (conflicts ? againOthers : againSupports)
                        .append(QStringLiteral("[%1]").arg(*it));
                    continue;
                }
                const int number = int(quoted.size()) + 1;
                quoted.insert(p.id, number);
                out << "   [" << number << "] " << p.id << " — " << p.stanceText << w(u"：", u": ")
                    << p.caption << "\n";
                if (!p.quotedFor.isEmpty() || p.beijingExample) {
                    out << w(u"       引用于：", u"       quoted for: ") << p.quotedFor;
                    if (p.beijingExample)
                        out << w(u"（北京示例）", u" (a Beijing example)");
                    out << "\n";
                }
                out << "       「" << p.quote << "」\n";
            }
            if (!againSupports.isEmpty() || !againOthers.isEmpty()) {
                out << w(u"   另见上文资料 ", u"   see also, quoted above: ");
                if (!againSupports.isEmpty())
                    out << againSupports.join(QLatin1Char(' '))
                        << w(u"（依据）",
                               againSupports.size() == 1 ? u" (states it)" : u" (each states it)");
                if (!againSupports.isEmpty() && !againOthers.isEmpty())
                    out << w(u"；", u"; ");
                if (!againOthers.isEmpty())
                    out << againOthers.join(QLatin1Char(' '))
                        << w(u"（另一说法）",
                               againOthers.size() == 1 ? u" (says otherwise)"
                                                       : u" (each says otherwise)");
                out << "\n";
            }
            for (const QString &citation : st.citations)
                out << w(u"   依据：", u"   source: ") << citation << "\n";
        }
    }

    void conflicts(QTextStream &out, const ExplanationModel &model, const ReportWords &w)
    {
        if (model.conflicts.isEmpty())
            return;
        out << "\n"
            << w(u"资料说法不一（%1 处）", u"Where the sources disagree (%1)")
                   .arg(model.conflicts.size())
            << "\n";
        for (const SourceConflict &sc : model.conflicts) {
            out << "  · " << sc.label;
            if (!sc.used.isEmpty())
                out << w(u"：本结果采用 ", u": this result uses ") << sc.used;
            if (sc.beijingExample)
                out << w(u"（北京示例）", u" (a Beijing example)");
            out << w(u"；", u"; ") << sc.passage << w(u" 说：「", u" says: 「") << sc.stated
                << "」\n";
            if (sc.comparable)
                out << "    "
                    << (sc.changes.isEmpty() ? w(u"按此说法计算，本结果不变。",
                            u"Computed with that figure, this result does not change.")
                                             : w(u"按此说法计算：", u"Computed with that figure: ")
                                   + sc.changes.join(w(u"；", u"; ")))
                    << "\n";
        }
    }

} // namespace

QString textReport(const Case &c, const Result &r, const ExplanationModel &model)
{
    const ReportWords w(model.language);
    const QString &profileName = model.profileName;
    QString s;
    QTextStream out(&s);
    header(out, c, r, profileName, w);
    figures(out, r, w);
    conflicts(out, model, w);
    if (!model.steps.isEmpty())
        steps(out, model, w);
    out << "\n" << model.disclaimer << "\n";
    out.flush();
    return s;
}

} // namespace yibao
