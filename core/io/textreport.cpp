// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreport.h"

#include "explain/corpus.h"
#include "explain/explanation.h"

#include <QTextStream>

namespace yibao {

namespace {

    QString yuanOr(
        const std::optional<Money> &m, const QString &unknown = QStringLiteral("未知（参数缺失）"))
    {
        return m ? m->toYuanString() + QStringLiteral(" 元") : unknown;
    }

    QString bandName(const QString &band)
    {
        if (band == QLatin1String("under35"))
            return QStringLiteral("35岁以下");
        if (band == QLatin1String("35to44"))
            return QStringLiteral("35至44岁");
        if (band == QLatin1String("45plus"))
            return QStringLiteral("45岁以上");
        if (band == QLatin1String("retired_under70"))
            return QStringLiteral("退休·70岁以下");
        return QStringLiteral("退休·70岁及以上");
    }

    QString yearsText(int months)
    {
        return QStringLiteral("%1 个月（%2 年 %3 个月）")
            .arg(months)
            .arg(months / 12)
            .arg(months % 12);
    }

} // namespace

QString textReport(const Case &c, const Result &r, const QString &profileName)
{
    QString s;
    QTextStream out(&s);
    out << "职工医保计算与解读\n"
        << "档案：" << profileName << "（" << r.profileId << "，版本 " << r.profileVersion
        << "）  计算日期：" << r.asOf.toString(Qt::ISODate) << "\n"
        << "出生：" << c.person.birth.toString(Qt::ISODate) << "  类别："
        << categoryChinese(c.person.category) << "\n\n";

    out << "【法定退休】" << r.retirement.statutoryDate.toString(Qt::ISODate) << "，"
        << r.retirement.ageYears << " 岁 " << r.retirement.ageMonths << " 个月（延迟 "
        << r.retirement.delayMonths << " 个月）";
    if (r.retirement.dateGiven)
        out << "；本案按实际退休月份 " << r.retirement.month.toString() << " 计算";
    out << "\n";
    out << "【缴费年限】累计 " << yearsText(r.years.cumulativeMonths) << "，其中实际 "
        << r.years.actualMonths << " 个月、视同 " << r.years.deemedMonths << " 个月\n";

    out << "【断缴】";
    if (r.gaps.isEmpty())
        out << "没有断缴\n";
    else
        out << r.gaps.size() << " 次\n";
    for (const auto &g : r.gaps) {
        out << "  · " << g.from.toString() << "—" << g.to.toString() << "，" << g.months
            << " 个月：本金 " << yuanOr(g.principal) << "，滞纳金 " << yuanOr(g.lateFee)
            << "，合计 " << yuanOr(g.total);
        if (g.owedMonths > 0)
            out << "；如在 " << isoDate(g.payOn) << " 缴清，需 " << yuanOr(g.owed) << "（单位 "
                << yuanOr(g.owedEmployer) << "，个人 " << yuanOr(g.owedIndividual) << "）";
        out << "\n    ";
        const bool ahead = g.graceDeadline.isValid() && r.asOf <= g.graceDeadline;
        if (!g.continuous)
            out << "是否视为连续缴费：未知（参数缺失）";
        else if (*g.continuous)
            out << "视为连续缴费，宽限截止 " << isoDate(g.graceDeadline);
        else if (g.continuousIfPaidByDeadline.value_or(false) && ahead)
            out << "如在 " << isoDate(g.graceDeadline)
                << " 前缴清欠费，视为连续缴费；逾期则缴费中断";
        else
            out << "缴费中断"
                << (g.graceDeadline.isValid()
                           ? QStringLiteral("（宽限截止 %1）").arg(isoDate(g.graceDeadline))
                           : QString());
        out << "；"
            << (g.resumeMonth ? QStringLiteral("%1 起恢复统筹待遇").arg(g.resumeMonth->toString())
                       : g.windowKnown ? QStringLiteral("尚未恢复统筹待遇")
                                       : QStringLiteral("何时恢复统筹待遇未知"))
            << "\n";
    }
    out << "【补缴】断缴补缴合计 " << yuanOr(r.backPay.gapTotal) << "，尚欠 "
        << yuanOr(r.backPay.gapOwed) << "；退休一次性补缴 " << yuanOr(r.backPay.retirementBackPay);
    if (r.backPay.shortfallMonths)
        out << "（差 " << *r.backPay.shortfallMonths << " 个月）";
    out << "\n";
    if (!r.backPay.missing.isEmpty())
        out << "  参数缺失：" << r.backPay.missing.join(QStringLiteral("、")) << "\n";

    out << "【个人账户划入】已知合计 " << r.account.total.toYuanString() << " 元\n";
    for (const auto &b : r.account.bands)
        out << "  · " << bandName(b.band) << "：" << b.months << " 个月，最近每月 "
            << yuanOr(b.monthly, QStringLiteral("未知")) << "，合计 "
            << yuanOr(b.total, QStringLiteral("未知")) << "\n";
    if (!r.account.missing.isEmpty())
        out << "  参数缺失（资料未给出，不作推算）："
            << r.account.missing.join(QStringLiteral("、")) << "\n";

    {
        const LifelongResult &l = r.lifelong;
        const auto n = [](const std::optional<int> &v) {
            return v ? QString::number(*v) : QStringLiteral("未知");
        };
        out << "【终身医保待遇】需累计 " << n(l.requiredMonths) << " 个月、其中实际 "
            << n(l.requiredActualMonths) << " 个月；已累计 " << l.countedMonths << " 个月（实际 "
            << l.countedActualMonths << " 个月）";
        if (!l.retired)
            out << "，按时缴到退休预计 " << l.projectedMonths << " 个月（实际 "
                << l.projectedActualMonths << " 个月）";
        out << "：";
        if (!l.qualifies)
            out << "未知（参数缺失）";
        else if (*l.qualifies)
            out << (l.retired ? "达到" : "按时缴到退休可达到");
        else
            out << "差 " << *l.shortfallMonths << " 个月（"
                << (l.bindingMinimum() == QLatin1String("actual") ? "实际缴费" : "累计缴费")
                << "不足）";
        if (l.qualifyingMonth)
            out << "；" << l.qualifyingMonth->toString() << " 起享受终身医保待遇";
        out << "\n";
    }
    for (const auto &p : r.lifelong.paths)
        out << "  · " << (p.id == QLatin1String("one_time") ? "一次性补缴" : "继续按月缴费") << "："
            << yuanOr(p.cost) << "，"
            << (p.benefitsFrom ? p.benefitsFrom->toString() : QStringLiteral("?")) << " 起享受\n";

    if (!r.events.isEmpty())
        out << "【就医】\n";
    for (const auto &e : r.events)
        out << "  · " << e.date.toString(Qt::ISODate) << " " << careChinese(e.care) << "：个人账户"
            << (e.personalAccount ? "可用" : "不可用") << "，统筹基金"
            << (!e.pooledFund          ? "是否报销未知"
                       : *e.pooledFund ? "报销"
                                       : "不报销")
            << "。" << e.reason << "\n";
    if (!r.warnings.isEmpty())
        out << "【提示】\n";
    for (const auto &w : r.warnings)
        out << "  · " << w.message << "\n";

    if (!r.trace.isEmpty()) {
        out << "\n计算过程\n";
        int n = 0;
        for (const auto &st : r.trace) {
            out << "\n" << ++n << ". " << st.title << " [" << st.ruleId << "]\n";
            if (const QString why = explainStep(st, QStringLiteral("zh_CN")); !why.isEmpty())
                out << "   说明：" << why << "\n";
            for (const QString &line : st.formula.split(QLatin1Char('\n')))
                out << "   " << line << "\n";
            out << "   结果：" << st.result << "\n";
            for (const auto &p : st.params)
                out << "   参数 " << p.key << " = " << p.value << "（"
                    << p.from.toString(Qt::ISODate) << " 起，" << p.profile << "）来源："
                    << p.source << "\n";
            for (const QString &id : st.passages) {
                const Passage *p = Corpus::bundled().passage(id);
                if (!p)
                    continue;
                // a line of the source in its own words; the whole passage is in `yibao-cli
                // explain`
                QString quote = p->text.simplified();
                if (quote.size() > 80)
                    quote = quote.left(79) + QStringLiteral("…");
                const bool conflicts
                    = std::any_of(st.stances.cbegin(), st.stances.cend(), [&](const auto &stance) {
                          return stance.first == id && stance.second == QLatin1String("conflicts");
                      });
                out << (conflicts ? "   另一说法 " : "   资料 ") << id << "《" << p->title << "》"
                    << (p->date.isEmpty() ? QString() : QStringLiteral("（%1）").arg(p->date))
                    << "：“" << quote << "”\n";
            }
        }
    }
    out << "\n本结果为政策解读与测算，不是社保经办机构的正式决定。\n";
    out.flush();
    return s;
}

} // namespace yibao
