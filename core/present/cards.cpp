// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/cards.h"

#include "policy/parameterkeys.h"

#include <QCoreApplication>
#include <QSet>

namespace yibao {

// The translation context of every card text ("yibao::Cards"); lupdate finds Cards::tr.
class Cards
{
    Q_DECLARE_TR_FUNCTIONS(yibao::Cards)
};

const CardLine *Card::line(const QString &key) const
{
    for (const CardLine &l : lines) {
        if (l.key == key)
            return &l;
    }
    return nullptr;
}

QString toneId(Card::Tone tone)
{
    switch (tone) {
    case Card::Tone::Neutral:
        return QStringLiteral("neutral");
    case Card::Tone::Good:
        return QStringLiteral("good");
    case Card::Tone::Warning:
        return QStringLiteral("warning");
    case Card::Tone::Bad:
        return QStringLiteral("bad");
    case Card::Tone::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

namespace cardformat {

    QString unknownText()
    {
        return Cards::tr("未知");
    }

    QString money(const Money &m)
    {
        return Cards::tr("%1 元").arg(m.toYuanString());
    }

    QString money(const std::optional<Money> &m)
    {
        return m ? money(*m) : unknownText();
    }

    QString months(int n)
    {
        const int y = n / 12;
        const int rest = n % 12;
        // %n: English says "1 month", "2 months"
        if (y == 0)
            return Cards::tr("%n个月", nullptr, n);
        const QString ym = rest == 0
            ? Cards::tr("%n年", nullptr, y)
            : Cards::tr("%1%2", "years, then months")
                  .arg(Cards::tr("%n年", nullptr, y), Cards::tr("%n个月", nullptr, rest));
        return Cards::tr("%1（%2）", "years and months, then all months")
            .arg(ym, Cards::tr("%n个月", nullptr, n));
    }

    QString months(const std::optional<int> &n)
    {
        return n ? months(*n) : unknownText();
    }

    QString date(const QDate &d)
    {
        if (!d.isValid())
            return QStringLiteral("—");
        // a QDate::toString format, so that English pads months and days ("2026-04-30")
        return d.toString(Cards::tr("yyyy年M月d日", "QDate::toString format of a date"));
    }

    QString month(const YearMonth &m)
    {
        return QDate(m.year(), m.month(), 1)
            .toString(Cards::tr("yyyy年M月", "QDate::toString format of a month"));
    }

    QString bandName(Band band)
    {
        switch (band) {
        case Band::Under35:
            return Cards::tr("35岁以下");
        case Band::From35To44:
            return Cards::tr("35至44岁");
        case Band::From45:
            return Cards::tr("45岁以上（在职）");
        case Band::RetiredUnder70:
            return Cards::tr("退休后不满70岁");
        case Band::Retired70Plus:
            return Cards::tr("退休后70岁以上");
        }
        return {};
    }

    QString care(Care c)
    {
        switch (c) {
        case Care::Outpatient:
            return Cards::tr("门诊");
        case Care::Pharmacy:
            return Cards::tr("药店购药");
        case Care::Inpatient:
            return Cards::tr("住院");
        case Care::SpecialOutpatient:
            return Cards::tr("门诊慢特病");
        }
        return careChinese(c);
    }

} // namespace cardformat

namespace {

    using namespace cardformat;

    CardLine figure(
        const QString &key, const QString &label, const QString &value, bool unknown = false)
    {
        CardLine l;
        l.key = key;
        l.label = label;
        l.value = value;
        l.unknown = unknown;
        return l;
    }

    CardLine moneyLine(const QString &key, const QString &label, const std::optional<Money> &m)
    {
        return figure(key, label, money(m), !m);
    }

    // "缺少参数：退休一次性补缴费率（lifelong.backpay_rate）" for the unknown parameters that
    // the steps of the given subjects read; the label comes from the trace itself.
    QString missingNote(
        const Trace &trace, const QStringList &subjects, const QStringList &extraKeys = {})
    {
        QStringList keys;
        QHash<QString, QString> labels;
        for (const TraceStep &s : trace) {
            if (!subjects.contains(s.subject))
                continue;
            for (const QString &k : s.missing) {
                if (!keys.contains(k))
                    keys << k;
            }
            for (const TraceParam &p : s.params) {
                if (!p.label.isEmpty())
                    labels.insert(p.key, p.label);
            }
        }
        for (const QString &k : extraKeys) {
            if (!keys.contains(k))
                keys << k;
        }
        if (keys.isEmpty())
            return QString();
        // the trace's labels are Chinese; the card's language names the parameter
        const QString language = Cards::tr("zh_CN", "language id of the card texts: zh_CN or en");
        QStringList named;
        for (const QString &k : keys) {
            const QString label
                = findParameterKey(k) ? parameterLabel(k, language) : labels.value(k);
            named << (label.isEmpty() ? k : Cards::tr("%1（%2）").arg(label, k));
        }
        return Cards::tr("缺少参数：%1").arg(named.join(Cards::tr("；")));
    }

    Card retirementCard(const Case &c, const Result &r)
    {
        const RetirementResult &rr = r.retirement;
        Card card;
        card.id = QStringLiteral("retirement");
        card.title = Cards::tr("退休时间");
        card.subjects = { QStringLiteral("retirement") };
        card.lines << figure(
            QStringLiteral("statutoryDate"), Cards::tr("法定退休日期"), date(rr.statutoryDate));
        card.lines << figure(QStringLiteral("age"), Cards::tr("法定退休年龄"),
            rr.ageMonths == 0 ? Cards::tr("%1岁").arg(rr.ageYears)
                              : Cards::tr("%1岁%n个月", nullptr, rr.ageMonths).arg(rr.ageYears));
        card.lines << figure(QStringLiteral("delayMonths"), Cards::tr("延迟退休"),
            rr.delayMonths == 0 ? Cards::tr("不延迟")
                                : Cards::tr("%n个月", nullptr, rr.delayMonths));
        if (rr.dateGiven)
            card.lines << figure(
                QStringLiteral("month"), Cards::tr("实际退休月份（已填写）"), month(rr.month));
        const QDate asOf = r.asOf.isValid() ? r.asOf : c.asOf;
        const YearMonth now = YearMonth::of(asOf);
        if (rr.month <= now) {
            card.verdict = Cards::tr("已于%1退休").arg(month(rr.month));
        } else {
            const int left = now.monthsUntil(rr.month);
            card.verdict = Cards::tr("%1退休，还有%2").arg(month(rr.month), months(left));
        }
        card.tone = Card::Tone::Neutral;
        return card;
    }

    Card yearsCard(const Result &r)
    {
        Card card;
        card.id = QStringLiteral("years");
        card.title = Cards::tr("缴费年限");
        card.subjects = { QStringLiteral("years.actualMonths"),
            QStringLiteral("years.deemedMonths"), QStringLiteral("years.cumulativeMonths") };
        card.lines << figure(QStringLiteral("cumulativeMonths"), Cards::tr("累计缴费"),
            months(r.years.cumulativeMonths));
        card.lines << figure(QStringLiteral("actualMonths"), Cards::tr("其中实际缴费"),
            months(r.years.actualMonths));
        card.lines << figure(QStringLiteral("deemedMonths"), Cards::tr("其中视同缴费"),
            months(r.years.deemedMonths));
        card.verdict
            = Cards::tr("截至%1累计缴费%2").arg(date(r.asOf), months(r.years.cumulativeMonths));
        card.tone = Card::Tone::Neutral;
        return card;
    }

    Card gapCard(const Result &r, int i)
    {
        const GapResult &g = r.gaps.at(i);
        const QString subject = QStringLiteral("gaps[%1]").arg(i);
        Card card;
        card.id = subject;
        card.title = Cards::tr("断缴 %1—%2").arg(month(g.from), month(g.to));
        card.subjects = { QStringLiteral("gaps"), subject };
        card.lines << figure(QStringLiteral("months"), Cards::tr("断缴月数"), months(g.months));
        QStringList parts;
        if (g.backpaidMonths > 0)
            parts << Cards::tr("已补缴%n个月", nullptr, g.backpaidMonths);
        if (g.owedMonths > 0 && g.owedMonths != g.months)
            parts << Cards::tr("欠缴%n个月", nullptr, g.owedMonths);
        if (g.notEnrolledMonths > 0)
            parts << Cards::tr("未参加职工医保%n个月", nullptr, g.notEnrolledMonths);
        if (!parts.isEmpty())
            card.lines.last().note = parts.join(Cards::tr("，"));
        card.lines << moneyLine(QStringLiteral("principal"), Cards::tr("应补本金"), g.principal);
        card.lines << moneyLine(QStringLiteral("lateFee"), Cards::tr("滞纳金"), g.lateFee);
        card.lines << moneyLine(QStringLiteral("total"), Cards::tr("合计"), g.total);
        if (g.owedMonths > 0) {
            card.lines << moneyLine(
                QStringLiteral("owed"), Cards::tr("如在%1缴清，需").arg(date(g.payOn)), g.owed);
            card.lines << moneyLine(
                QStringLiteral("owedEmployer"), Cards::tr("其中单位缴"), g.owedEmployer);
            card.lines << moneyLine(
                QStringLiteral("owedIndividual"), Cards::tr("其中个人缴"), g.owedIndividual);
        }
        const QString missing = missingNote(r.trace, { subject });
        if (!missing.isEmpty()) {
            for (CardLine &l : card.lines) {
                if (l.unknown && l.note.isEmpty())
                    l.note = missing;
            }
        }
        const bool deadlineAhead = g.graceDeadline.isValid() && r.asOf <= g.graceDeadline;
        const bool owes = g.owed && g.owed->fen() > 0;
        const bool rescuable
            = g.continuousIfPaidByDeadline.value_or(false) && owes && deadlineAhead;
        card.lines << figure(QStringLiteral("continuous"), Cards::tr("连续缴费"),
            !g.continuous       ? unknownText()
                : *g.continuous ? Cards::tr("视为连续")
                : rescuable     ? Cards::tr("未缴清；如按期缴清可视为连续")
                                : Cards::tr("中断"),
            !g.continuous);
        card.lines << figure(QStringLiteral("graceDeadline"), Cards::tr("宽限期截止"),
            g.graceDeadline.isValid() ? date(g.graceDeadline) : unknownText(),
            !g.graceDeadline.isValid());
        card.lines << figure(QStringLiteral("resumeMonth"), Cards::tr("恢复统筹待遇"),
            g.resumeMonth       ? Cards::tr("%1起").arg(month(*g.resumeMonth))
                : g.windowKnown ? Cards::tr("尚未恢复")
                                : unknownText(),
            !g.resumeMonth && !g.windowKnown);
        const bool windowEmpty
            = g.suspendedFrom && g.suspendedTo && *g.suspendedTo < *g.suspendedFrom;
        if (g.suspendedFrom && !windowEmpty) {
            const QString window = g.suspendedTo
                ? Cards::tr("%1—%2").arg(month(*g.suspendedFrom), month(*g.suspendedTo))
                : Cards::tr("%1起至今").arg(month(*g.suspendedFrom));
            CardLine l = figure(QStringLiteral("suspended"), Cards::tr("统筹暂停支付"), window);
            if (g.costsCovered.value_or(false))
                l.note = Cards::tr("补缴后，暂停期间的医疗费用可按规定报销");
            card.lines << l;
        }

        if (g.continuous && *g.continuous && !owes) {
            if (g.suspendedFrom && !windowEmpty && !g.costsCovered.value_or(false))
                card.verdict = Cards::tr("视为连续缴费；但%1—%2的统筹费用不予报销")
                                   .arg(month(*g.suspendedFrom),
                                       g.suspendedTo ? month(*g.suspendedTo) : unknownText());
            else
                card.verdict = Cards::tr("视为连续缴费");
            card.tone = Card::Tone::Good;
        } else if (rescuable) {
            card.verdict = Cards::tr("如在%1前缴清欠费，可视为连续缴费").arg(date(g.graceDeadline));
            card.tone = Card::Tone::Warning;
        } else if (!g.continuous) {
            card.verdict = Cards::tr("是否视为连续缴费未知：缺少参数");
            card.tone = Card::Tone::Unknown;
        } else if (g.resumeMonth) {
            card.verdict = Cards::tr("缴费中断，%1起恢复统筹待遇").arg(month(*g.resumeMonth));
            card.tone = Card::Tone::Bad;
        } else {
            card.verdict = Cards::tr("缴费中断，统筹待遇尚未恢复");
            card.tone = Card::Tone::Bad;
        }
        if (owes && !rescuable)
            card.verdict += Cards::tr("；仍欠 %1").arg(money(*g.owed));
        if (!g.principal || !g.lateFee) {
            if (card.tone == Card::Tone::Good || card.tone == Card::Tone::Neutral)
                card.tone = Card::Tone::Unknown;
        }
        return card;
    }

    Card backPayCard(const Result &r)
    {
        const BackPayResult &b = r.backPay;
        Card card;
        card.id = QStringLiteral("backpay");
        card.title = Cards::tr("补缴费用");
        card.subjects = { QStringLiteral("gaps") };
        for (int i = 0; i < r.gaps.size(); ++i) {
            const QString s = QStringLiteral("gaps[%1]").arg(i);
            card.subjects << s + QStringLiteral("@gap.principal")
                          << s + QStringLiteral("@gap.late_fee");
        }
        card.subjects << QStringLiteral("backPay.retirementBackPay");
        card.lines << moneyLine(
            QStringLiteral("gapTotal"), Cards::tr("断缴补缴合计（本金＋滞纳金）"), b.gapTotal);
        card.lines << moneyLine(
            QStringLiteral("gapOwed"), Cards::tr("尚欠（按缴款日计）"), b.gapOwed);
        card.lines << figure(QStringLiteral("shortfallMonths"), Cards::tr("退休时缴费年限差额"),
            b.shortfallMonths == 0 ? Cards::tr("无") : months(b.shortfallMonths),
            !b.shortfallMonths);
        CardLine one = moneyLine(QStringLiteral("retirementBackPay"), Cards::tr("退休时一次性补缴"),
            b.retirementBackPay);
        if (!b.retirementBackPay)
            one.note
                = missingNote(r.trace, { QStringLiteral("backPay.retirementBackPay") }, b.missing);
        card.lines << one;

        const bool owes = b.gapOwed && b.gapOwed->fen() > 0;
        if (!b.gapOwed) {
            card.verdict = Cards::tr("欠费金额未知");
            card.tone = Card::Tone::Unknown;
        } else if (owes) {
            // owed "if paid on" the case's payment day (asOf when none was given)
            const QDate payOn = r.gaps.isEmpty() ? r.asOf : r.gaps.first().payOn;
            card.verdict = payOn == r.asOf
                ? Cards::tr("现在补缴需 %1").arg(money(*b.gapOwed))
                : Cards::tr("如在%1缴清，需 %2").arg(date(payOn), money(*b.gapOwed));
            card.tone = Card::Tone::Warning;
        } else if (b.shortfallMonths.value_or(0) > 0) {
            card.verdict = b.retirementBackPay
                ? Cards::tr("退休时需一次性补缴 %1").arg(money(*b.retirementBackPay))
                : Cards::tr("退休时需补缴，金额未知");
            card.tone = b.retirementBackPay ? Card::Tone::Warning : Card::Tone::Unknown;
        } else {
            card.verdict = Cards::tr("目前没有需要补缴的费用");
            card.tone = Card::Tone::Good;
        }
        return card;
    }

    Card accountCard(const Result &r)
    {
        const AccountResult &a = r.account;
        Card card;
        card.id = QStringLiteral("account");
        card.title = Cards::tr("个人账户划入");
        bool anyUnknown = false;
        for (const BandResult &b : a.bands) {
            const QString subject = QStringLiteral("account.bands.") + bandId(b.band);
            card.subjects << subject;
            const bool unknown = !b.monthly || !b.total;
            anyUnknown = anyUnknown || unknown;
            const QString value = Cards::tr("每月 %1，共 %2").arg(money(b.monthly), money(b.total));
            CardLine l = figure(QStringLiteral("band.") + bandId(b.band),
                Cards::tr("%1（%2个月）").arg(bandName(b.band)).arg(b.months), value, unknown);
            if (unknown) {
                QStringList extra;
                const QString suffix = QStringLiteral(".") + bandId(b.band);
                for (const QString &k : a.missing) {
                    if (k.endsWith(suffix))
                        extra << k;
                }
                l.note = missingNote(r.trace, { subject }, extra);
            }
            card.lines << l;
        }
        card.lines << figure(QStringLiteral("total"),
            anyUnknown ? Cards::tr("已知部分合计") : Cards::tr("合计"), money(a.total));
        if (a.bands.isEmpty()) {
            card.verdict = Cards::tr("没有划入个人账户的月份");
            card.tone = Card::Tone::Neutral;
        } else if (anyUnknown) {
            card.verdict = Cards::tr("已知划入 %1，部分年龄段比例未知").arg(money(a.total));
            card.tone = Card::Tone::Unknown;
        } else {
            card.verdict = Cards::tr("累计划入 %1").arg(money(a.total));
            card.tone = Card::Tone::Good;
        }
        return card;
    }

    Card lifelongCard(const Result &r)
    {
        const LifelongResult &l = r.lifelong;
        Card card;
        card.id = QStringLiteral("lifelong");
        card.title = Cards::tr("终身医保待遇");
        card.subjects = { QStringLiteral("lifelong"), QStringLiteral("lifelong.paths"),
            QStringLiteral("backPay.retirementBackPay") };
        card.lines << figure(QStringLiteral("requiredMonths"), Cards::tr("需累计缴费"),
            months(l.requiredMonths), !l.requiredMonths);
        card.lines.last().note
            = Cards::tr("其中实际缴费不少于%1").arg(months(l.requiredActualMonths));
        card.lines << figure(
            QStringLiteral("countedMonths"), Cards::tr("已累计"), months(l.countedMonths));
        card.lines.last().note = Cards::tr("其中实际缴费%1").arg(months(l.countedActualMonths));
        if (!l.retired) {
            card.lines << figure(QStringLiteral("projectedMonths"), Cards::tr("按时缴到退休预计"),
                months(l.projectedMonths));
            card.lines.last().note
                = Cards::tr("其中实际缴费%1").arg(months(l.projectedActualMonths));
        }
        card.lines << figure(QStringLiteral("shortfallMonths"), Cards::tr("差额"),
            l.shortfallMonths == 0 ? Cards::tr("无") : months(l.shortfallMonths),
            !l.shortfallMonths);
        if (l.shortfallMonths.value_or(0) > 0)
            card.lines.last().note = l.bindingMinimum() == QLatin1String("actual")
                ? Cards::tr("实际缴费不足%1").arg(months(l.requiredActualMonths))
                : Cards::tr("累计缴费不足%1").arg(months(l.requiredMonths));
        if (l.qualifyingMonth)
            card.lines << figure(QStringLiteral("qualifyingMonth"), Cards::tr("享受终身待遇"),
                Cards::tr("%1起").arg(month(*l.qualifyingMonth)));

        for (const LifelongPath &p : l.paths) {
            const bool oneTime = p.id == QLatin1String("one_time");
            const QString name = oneTime ? Cards::tr("一次性补缴")
                                         : Cards::tr("继续按月缴费%n个月", nullptr, p.months);
            const bool cheapest = l.cheapest && *l.cheapest == p.id;
            CardLine cost = moneyLine(QStringLiteral("path.") + p.id + QStringLiteral(".cost"),
                cheapest ? Cards::tr("%1（较省）").arg(name) : name, p.cost);
            if (!p.cost) {
                cost.note = oneTime ? missingNote(r.trace,
                                { QStringLiteral("backPay.retirementBackPay") }, r.backPay.missing)
                                    : missingNote(r.trace, { QStringLiteral("lifelong.paths") });
            }
            card.lines << cost;
            card.lines << figure(QStringLiteral("path.") + p.id + QStringLiteral(".benefitsFrom"),
                Cards::tr("%1后享受待遇")
                    .arg(oneTime ? Cards::tr("一次性补缴") : Cards::tr("继续缴费")),
                p.benefitsFrom ? Cards::tr("%1起").arg(month(*p.benefitsFrom)) : unknownText(),
                !p.benefitsFrom);
        }

        if (!l.qualifies) {
            card.verdict = Cards::tr("缺少参数，无法判断是否达到");
            card.tone = Card::Tone::Unknown;
        } else if (*l.qualifies) {
            card.verdict = !l.retired ? Cards::tr("按时缴到退休可达到终身医保待遇的缴费年限")
                : l.qualifyingMonth && *l.qualifyingMonth > r.retirement.month
                ? Cards::tr("退休后续缴，%1起达到终身医保待遇").arg(month(*l.qualifyingMonth))
                : Cards::tr("已达到终身医保待遇的缴费年限");
            card.tone = Card::Tone::Good;
        } else {
            card.verdict = (l.retired ? Cards::tr("已退休，还差%1，需补缴或继续缴费")
                                      : Cards::tr("按时缴到退休仍差%1，需补缴或继续缴费"))
                               .arg(months(l.shortfallMonths));
            if (l.cheapest) {
                card.verdict
                    += Cards::tr("；%1较省")
                           .arg(*l.cheapest == QLatin1String("one_time") ? Cards::tr("一次性补缴")
                                                                         : Cards::tr("继续缴费"));
            }
            card.tone = Card::Tone::Bad;
        }
        return card;
    }

    Card eventCard(const Result &r, int i)
    {
        const EventResult &e = r.events.at(i);
        Card card;
        card.id = QStringLiteral("events[%1]").arg(i);
        card.title = Cards::tr("就医 %1 %2").arg(date(e.date), care(e.care));
        card.subjects = { card.id };
        card.lines << figure(QStringLiteral("personalAccount"), Cards::tr("个人账户"),
            e.personalAccount ? Cards::tr("可用") : Cards::tr("不可用"));
        const bool resident = e.ruleId == QLatin1String("eligibility.resident");
        card.lines << figure(QStringLiteral("pooledFund"), Cards::tr("职工医保统筹基金"),
            !e.pooledFund       ? unknownText()
                : *e.pooledFund ? Cards::tr("报销")
                : resident      ? Cards::tr("不支付（居民医保按其规定报销）")
                                : Cards::tr("不报销"),
            !e.pooledFund);
        card.note = e.reason;
        if (!e.pooledFund) {
            card.verdict = Cards::tr("统筹基金能否报销未知：缺少参数");
            card.tone = Card::Tone::Unknown;
        } else if (*e.pooledFund) {
            card.verdict = Cards::tr("统筹基金按规定报销");
            card.tone = Card::Tone::Good;
        } else if (resident) {
            card.verdict = Cards::tr("当月参加城乡居民医保，由居民医保按其规定报销");
            card.tone = Card::Tone::Neutral;
        } else if (e.personalAccount) {
            card.verdict = Cards::tr("统筹基金不报销，个人账户余额仍可用");
            card.tone = Card::Tone::Warning;
        } else {
            card.verdict = Cards::tr("统筹基金和个人账户都不能用");
            card.tone = Card::Tone::Bad;
        }
        return card;
    }

} // namespace

QList<Card> buildCards(const Case &c, const Result &r)
{
    QList<Card> cards;
    cards.reserve(6 + r.gaps.size() + r.events.size());
    cards << retirementCard(c, r) << yearsCard(r);
    for (int i = 0; i < r.gaps.size(); ++i)
        cards << gapCard(r, i);
    cards << backPayCard(r) << accountCard(r) << lifelongCard(r);
    for (int i = 0; i < r.events.size(); ++i)
        cards << eventCard(r, i);
    return cards;
}

QList<TraceStep> stepsForCard(const Card &card, const Trace &trace)
{
    QSet<QString> whole;
    QSet<QString> byRule; // "subject@ruleId"
    for (const QString &s : card.subjects) {
        if (s.contains(QLatin1Char('@')))
            byRule.insert(s);
        else
            whole.insert(s);
    }
    QList<TraceStep> steps;
    for (const TraceStep &s : trace) {
        if (whole.contains(s.subject)
            || (!byRule.isEmpty() && byRule.contains(s.subject + QLatin1Char('@') + s.ruleId)))
            steps << s;
    }
    return steps;
}

} // namespace yibao
