// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/cards.h"

#include "policy/parameterkeys.h"
#include "present/formulawords.h"

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

QString CardWords::count(
    int n, const char16_t *zh, const char16_t *enOne, const char16_t *enMany) const
{
    return QString::fromUtf16(english() ? (n == 1 ? enOne : enMany) : zh)
        .replace(QStringLiteral("%n"), QString::number(n));
}

QString CardWords::months(int n) const
{
    const int y = n / 12;
    const int rest = n % 12;
    // %n: English says "1 month", "2 months"
    if (y == 0)
        return count(n, u"%n个月", u"%n month", u"%n months");
    const QString ym = rest == 0 ? count(y, u"%n年", u"%n year", u"%n years")
                                 : (*this)(u"%1%2", u"%1 %2")
                                       .arg(count(y, u"%n年", u"%n year", u"%n years"),
                                           count(rest, u"%n个月", u"%n month", u"%n months"));
    return (*this)(u"%1（%2）", u"%1 (%2)").arg(ym, count(n, u"%n个月", u"%n month", u"%n months"));
}

QString CardWords::months(const std::optional<int> &n) const
{
    return n ? months(*n) : unknown();
}

QString CardWords::date(const QDate &d) const
{
    if (!d.isValid())
        return QStringLiteral("—");
    // a QDate::toString format, so that English pads months and days ("2026-04-30")
    return d.toString((*this)(u"yyyy年M月d日", u"yyyy-MM-dd"));
}

QString CardWords::care(Care c) const
{
    switch (c) {
    case Care::Outpatient:
        return (*this)(u"门诊", u"Outpatient");
    case Care::Pharmacy:
        return (*this)(u"药店购药", u"Pharmacy");
    case Care::Inpatient:
        return (*this)(u"住院", u"Inpatient");
    case Care::SpecialOutpatient:
        return (*this)(u"门诊慢特病", u"Chronic/special outpatient");
    }
    return careChinese(c);
}

namespace cardformat {

    TextLanguage language()
    {
        return Cards::tr("zh_CN", "language id of the card texts: zh_CN or en")
                == QLatin1String("en")
            ? TextLanguage::English
            : TextLanguage::Chinese;
    }
    CardWords words()
    {
        return CardWords(language());
    }
    QString money(const Money &m)
    {
        return words().money(m);
    }
    QString money(const std::optional<Money> &m)
    {
        return words().money(m);
    }
    QString months(int n)
    {
        return words().months(n);
    }
    QString date(const QDate &d)
    {
        return words().date(d);
    }
    QString month(const YearMonth &m)
    {
        return words().month(m);
    }
    QString bandName(Band band)
    {
        return words().band(band);
    }
    QString unknownText()
    {
        return words().unknown();
    }
    QString care(Care c)
    {
        return words().care(c);
    }

} // namespace cardformat

namespace {

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

    CardLine moneyLine(
        const CardWords &w, const QString &key, const QString &label, const std::optional<Money> &m)
    {
        return figure(key, label, w.money(m), !m);
    }

    // "缺少参数：退休一次性补缴费率（lifelong.backpay_rate）" for the unknown parameters that
    // the steps of the given subjects read; the label comes from the trace itself.
    QString missingNote(const CardWords &w, const Trace &trace, const QStringList &subjects,
        const QStringList &extraKeys = {})
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
        const QString language = w(u"zh_CN", u"en");
        QStringList named;
        for (const QString &k : keys) {
            const QString label
                = findParameterKey(k) ? parameterLabel(k, language) : labels.value(k);
            named << (label.isEmpty() ? k : w(u"%1（%2）", u"%1 (%2)").arg(label, k));
        }
        return w(u"缺少参数：%1", u"Missing parameter: %1").arg(named.join(w(u"；", u"; ")));
    }

    Card retirementCard(const CardWords &w, const Case &c, const Result &r)
    {
        const RetirementResult &rr = r.retirement;
        Card card;
        card.id = QStringLiteral("retirement");
        card.title = w(u"退休时间", u"Retirement");
        card.subjects = { QStringLiteral("retirement") };
        card.lines << figure(QStringLiteral("statutoryDate"),
            w(u"法定退休日期", u"Statutory retirement date"), w.date(rr.statutoryDate));
        card.lines << figure(QStringLiteral("age"), w(u"法定退休年龄", u"Statutory retirement age"),
            rr.ageMonths == 0
                ? w(u"%1岁", u"%1 years").arg(rr.ageYears)
                : w.count(rr.ageMonths, u"%1岁%n个月", u"%1 years %n month", u"%1 years %n months")
                      .arg(rr.ageYears));
        card.lines << figure(QStringLiteral("delayMonths"), w(u"延迟退休", u"Retirement delay"),
            rr.delayMonths == 0 ? w(u"不延迟", u"no delay")
                                : w.count(rr.delayMonths, u"%n个月", u"%n month", u"%n months"));
        if (rr.dateGiven)
            card.lines << figure(QStringLiteral("month"),
                w(u"实际退休月份（已填写）", u"Actual retirement month (entered)"),
                w.month(rr.month));
        const QDate asOf = r.asOf.isValid() ? r.asOf : c.asOf;
        const YearMonth now = YearMonth::of(asOf);
        if (rr.month <= now) {
            card.verdict = w(u"已于%1退休", u"Retired in %1").arg(w.month(rr.month));
        } else {
            const int left = now.monthsUntil(rr.month);
            card.verdict = w(u"%1退休，还有%2", u"Retires %1, %2 to go")
                               .arg(w.month(rr.month), w.months(left));
        }
        card.tone = Card::Tone::Neutral;
        return card;
    }

    Card yearsCard(const CardWords &w, const Result &r)
    {
        Card card;
        card.id = QStringLiteral("years");
        card.title = w(u"缴费年限", u"Contribution years");
        card.subjects = { QStringLiteral("years.actualMonths"),
            QStringLiteral("years.deemedMonths"), QStringLiteral("years.cumulativeMonths") };
        card.lines << figure(QStringLiteral("cumulativeMonths"),
            w(u"累计缴费", u"Total contributions"), w.months(r.years.cumulativeMonths));
        card.lines << figure(QStringLiteral("actualMonths"),
            w(u"其中实际缴费", u"of which actually paid"), w.months(r.years.actualMonths));
        card.lines << figure(QStringLiteral("deemedMonths"), w(u"其中视同缴费", u"of which deemed"),
            w.months(r.years.deemedMonths));
        card.verdict = w(u"截至%1累计缴费%2", u"By %1: %2 of contributions in total")
                           .arg(w.date(r.asOf), w.months(r.years.cumulativeMonths));
        card.tone = Card::Tone::Neutral;
        return card;
    }

    Card gapCard(const CardWords &w, const Result &r, int i)
    {
        const GapResult &g = r.gaps.at(i);
        const QString subject = QStringLiteral("gaps[%1]").arg(i);
        Card card;
        card.id = subject;
        card.title = w(u"断缴 %1—%2", u"Gap %1–%2").arg(w.month(g.from), w.month(g.to));
        card.subjects = { QStringLiteral("gaps"), subject };
        card.lines << figure(
            QStringLiteral("months"), w(u"断缴月数", u"Months in the gap"), w.months(g.months));
        QStringList parts;
        if (g.backpaidMonths > 0)
            parts << w.count(
                g.backpaidMonths, u"已补缴%n个月", u"%n month back-paid", u"%n months back-paid");
        if (g.owedMonths > 0 && g.owedMonths != g.months)
            parts << w.count(
                g.owedMonths, u"欠缴%n个月", u"%n month in arrears", u"%n months in arrears");
        if (g.notEnrolledMonths > 0)
            parts << w.count(g.notEnrolledMonths, u"未参加职工医保%n个月",
                u"%n month not in employee insurance", u"%n months not in employee insurance");
        if (!parts.isEmpty())
            card.lines.last().note = parts.join(w(u"，", u", "));
        card.lines << moneyLine(
            w, QStringLiteral("principal"), w(u"应补本金", u"Principal owed"), g.principal);
        card.lines << moneyLine(w, QStringLiteral("lateFee"), w(u"滞纳金", u"Late fee"), g.lateFee);
        card.lines << moneyLine(w, QStringLiteral("total"), w(u"合计", u"Total"), g.total);
        if (g.owedMonths > 0) {
            card.lines << moneyLine(w, QStringLiteral("owed"),
                w(u"如在%1缴清，需", u"If paid in full on %1").arg(w.date(g.payOn)), g.owed);
            card.lines << moneyLine(w, QStringLiteral("owedEmployer"),
                w(u"其中单位缴", u"of which the employer pays"), g.owedEmployer);
            card.lines << moneyLine(w, QStringLiteral("owedIndividual"),
                w(u"其中个人缴", u"of which the person pays"), g.owedIndividual);
        }
        const QString missing = missingNote(w, r.trace, { subject });
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
        card.lines << figure(QStringLiteral("continuous"), w(u"连续缴费", u"Continuous"),
            !g.continuous       ? w.unknown()
                : *g.continuous ? w(u"视为连续", u"counts as continuous")
                : rescuable     ? w(u"未缴清；如按期缴清可视为连续",
                          u"Not paid in full; paid in time it counts as continuous")
                                : w(u"中断", u"interrupted"),
            !g.continuous);
        card.lines << figure(QStringLiteral("graceDeadline"),
            w(u"宽限期截止", u"Grace period ends"),
            g.graceDeadline.isValid() ? w.date(g.graceDeadline) : w.unknown(),
            !g.graceDeadline.isValid());
        card.lines << figure(QStringLiteral("resumeMonth"),
            w(u"恢复统筹待遇", u"Pooled fund resumes"),
            g.resumeMonth       ? w(u"%1起", u"from %1").arg(w.month(*g.resumeMonth))
                : g.windowKnown ? w(u"尚未恢复", u"not yet restored")
                                : w.unknown(),
            !g.resumeMonth && !g.windowKnown);
        const bool windowEmpty
            = g.suspendedFrom && g.suspendedTo && *g.suspendedTo < *g.suspendedFrom;
        if (g.suspendedFrom && !windowEmpty) {
            const QString window = g.suspendedTo
                ? w(u"%1—%2", u"%1–%2").arg(w.month(*g.suspendedFrom), w.month(*g.suspendedTo))
                : w(u"%1起至今", u"from %1 until now").arg(w.month(*g.suspendedFrom));
            CardLine l = figure(
                QStringLiteral("suspended"), w(u"统筹暂停支付", u"Pooled fund suspended"), window);
            if (g.costsCovered.value_or(false))
                l.note = w(u"补缴后，暂停期间的医疗费用可按规定报销",
                    u"After back-pay, medical costs of the suspended period are reimbursed as the "
                    u"rules provide");
            card.lines << l;
        }

        if (g.continuous && *g.continuous && !owes) {
            if (g.suspendedFrom && !windowEmpty && !g.costsCovered.value_or(false))
                card.verdict = w(u"视为连续缴费；但%1—%2的统筹费用不予报销",
                    u"Counts as continuous; but pooled-fund costs of %1–%2 are not reimbursed")
                                   .arg(w.month(*g.suspendedFrom),
                                       g.suspendedTo ? w.month(*g.suspendedTo) : w.unknown());
            else
                card.verdict = w(u"视为连续缴费", u"Counts as continuous");
            card.tone = Card::Tone::Good;
        } else if (rescuable) {
            card.verdict = w(u"如在%1前缴清欠费，可视为连续缴费",
                u"Paid in full before %1, it counts as continuous")
                               .arg(w.date(g.graceDeadline));
            card.tone = Card::Tone::Warning;
        } else if (!g.continuous) {
            card.verdict = w(u"是否视为连续缴费未知：缺少参数",
                u"Whether it counts as continuous is unknown: a parameter is missing");
            card.tone = Card::Tone::Unknown;
        } else if (g.resumeMonth && *g.resumeMonth > YearMonth::of(r.asOf)) {
            // still ahead: it depends on paying on time until then
            card.verdict = w(u"缴费中断，如按时缴费不断，%1起恢复统筹待遇",
                u"Contributions interrupted; if paid on time from here on, the pooled fund "
                u"resumes %1")
                               .arg(w.month(*g.resumeMonth));
            card.tone = Card::Tone::Bad;
        } else if (g.resumeMonth) {
            card.verdict = w(
                u"缴费中断，%1起恢复统筹待遇", u"Contributions interrupted; pooled fund resumed %1")
                               .arg(w.month(*g.resumeMonth));
            card.tone = Card::Tone::Bad;
        } else {
            card.verdict = w(u"缴费中断，统筹待遇尚未恢复",
                u"Contributions interrupted; pooled fund not yet resumed");
            card.tone = Card::Tone::Bad;
        }
        if (owes && !rescuable)
            card.verdict += w(u"；仍欠 %1", u"; still owed %1").arg(w.money(*g.owed));
        if (!g.principal || !g.lateFee) {
            if (card.tone == Card::Tone::Good || card.tone == Card::Tone::Neutral)
                card.tone = Card::Tone::Unknown;
        }
        return card;
    }

    Card backPayCard(const CardWords &w, const Result &r)
    {
        const BackPayResult &b = r.backPay;
        Card card;
        card.id = QStringLiteral("backpay");
        card.title = w(u"补缴费用", u"Back-pay");
        card.subjects = { QStringLiteral("gaps") };
        for (int i = 0; i < r.gaps.size(); ++i) {
            const QString s = QStringLiteral("gaps[%1]").arg(i);
            card.subjects << s + QStringLiteral("@gap.principal")
                          << s + QStringLiteral("@gap.late_fee");
        }
        card.subjects << QStringLiteral("backPay.retirementBackPay");
        card.lines << moneyLine(w, QStringLiteral("gapTotal"),
            w(u"断缴补缴合计（本金＋滞纳金）", u"Gap back-pay in total (principal + late fee)"),
            b.gapTotal);
        card.lines << moneyLine(w, QStringLiteral("gapOwed"),
            w(u"尚欠（按缴款日计）", u"Still owed (as of the payment date)"), b.gapOwed);
        card.lines << figure(QStringLiteral("shortfallMonths"),
            w(u"退休时缴费年限差额", u"Years short at retirement"),
            b.shortfallMonths == 0 ? w(u"无", u"none") : w.months(b.shortfallMonths),
            !b.shortfallMonths);
        CardLine one = moneyLine(w, QStringLiteral("retirementBackPay"),
            w(u"退休时一次性补缴", u"One-time back-pay at retirement"), b.retirementBackPay);
        if (!b.retirementBackPay)
            one.note = missingNote(
                w, r.trace, { QStringLiteral("backPay.retirementBackPay") }, b.missing);
        card.lines << one;

        const bool owes = b.gapOwed && b.gapOwed->fen() > 0;
        if (!b.gapOwed) {
            card.verdict = w(u"欠费金额未知", u"Amount in arrears unknown");
            card.tone = Card::Tone::Unknown;
        } else if (owes) {
            // owed "if paid on" the case's payment day (asOf when none was given)
            const QDate payOn = r.gaps.isEmpty() ? r.asOf : r.gaps.first().payOn;
            card.verdict = payOn == r.asOf
                ? w(u"现在补缴需 %1", u"Back-pay now: %1").arg(w.money(*b.gapOwed))
                : w(u"如在%1缴清，需 %2", u"paid on %1: %2")
                      .arg(w.date(payOn), w.money(*b.gapOwed));
            card.tone = Card::Tone::Warning;
        } else if (b.shortfallMonths.value_or(0) > 0) {
            card.verdict = b.retirementBackPay
                ? w(u"退休时需一次性补缴 %1", u"One-time back-pay of %1 at retirement")
                      .arg(w.money(*b.retirementBackPay))
                : w(u"退休时需补缴，金额未知", u"Back-pay due at retirement, amount unknown");
            card.tone = b.retirementBackPay ? Card::Tone::Warning : Card::Tone::Unknown;
        } else {
            card.verdict = w(u"目前没有需要补缴的费用", u"Nothing to back-pay at present");
            card.tone = Card::Tone::Good;
        }
        return card;
    }

    Card accountCard(const CardWords &w, const Result &r)
    {
        const AccountResult &a = r.account;
        Card card;
        card.id = QStringLiteral("account");
        card.title = w(u"个人账户划入", u"Personal account inflow");
        bool anyUnknown = false;
        for (const BandResult &b : a.bands) {
            const QString subject = QStringLiteral("account.bands.") + bandId(b.band);
            card.subjects << subject;
            const bool unknown = !b.monthly || !b.total;
            anyUnknown = anyUnknown || unknown;
            const QString value = w(u"每月 %1，共 %2", u"%1 a month, %2 in total")
                                      .arg(w.money(b.monthly), w.money(b.total));
            CardLine l = figure(QStringLiteral("band.") + bandId(b.band),
                w(u"%1（%2）", u"%1 (%2)")
                    .arg(w.band(b.band), w.count(b.months, u"%n个月", u"%n month", u"%n months")),
                value, unknown);
            if (unknown) {
                QStringList extra;
                const QString suffix = QStringLiteral(".") + bandId(b.band);
                for (const QString &k : a.missing) {
                    if (k.endsWith(suffix))
                        extra << k;
                }
                l.note = missingNote(w, r.trace, { subject }, extra);
            }
            card.lines << l;
        }
        card.lines << figure(QStringLiteral("total"),
            anyUnknown ? w(u"已知部分合计", u"Total of the known part") : w(u"合计", u"Total"),
            w.money(a.total));
        if (a.bands.isEmpty()) {
            card.verdict
                = w(u"没有划入个人账户的月份", u"No months credited to the personal account");
            card.tone = Card::Tone::Neutral;
        } else if (anyUnknown) {
            card.verdict = w(u"已知划入 %1，部分年龄段比例未知",
                u"Known inflow %1; some age bands have unknown rates")
                               .arg(w.money(a.total));
            card.tone = Card::Tone::Unknown;
        } else {
            card.verdict = w(u"累计划入 %1", u"Inflow in total %1").arg(w.money(a.total));
            card.tone = Card::Tone::Good;
        }
        return card;
    }

    Card lifelongCard(const CardWords &w, const Result &r)
    {
        const LifelongResult &l = r.lifelong;
        Card card;
        card.id = QStringLiteral("lifelong");
        card.title = w(u"终身医保待遇", u"Lifelong benefits");
        card.subjects = { QStringLiteral("lifelong"), QStringLiteral("lifelong.paths"),
            QStringLiteral("backPay.retirementBackPay") };
        card.lines << figure(QStringLiteral("requiredMonths"),
            w(u"需累计缴费", u"Required in total"), w.months(l.requiredMonths), !l.requiredMonths);
        card.lines.last().note = w(u"其中实际缴费不少于%1", u"of which at least %1 actually paid")
                                     .arg(w.months(l.requiredActualMonths));
        card.lines << figure(QStringLiteral("countedMonths"), w(u"已累计", u"Accumulated"),
            w.months(l.countedMonths));
        card.lines.last().note = w(u"其中实际缴费%1", u"of which %1 actually paid")
                                     .arg(w.months(l.countedActualMonths));
        if (!l.retired) {
            card.lines << figure(QStringLiteral("projectedMonths"),
                w(u"按时缴到退休预计", u"Paying on time until retirement, expected"),
                w.months(l.projectedMonths));
            card.lines.last().note = w(u"其中实际缴费%1", u"of which %1 actually paid")
                                         .arg(w.months(l.projectedActualMonths));
        }
        card.lines << figure(QStringLiteral("shortfallMonths"), w(u"差额", u"Shortfall"),
            l.shortfallMonths == 0 ? w(u"无", u"none") : w.months(l.shortfallMonths),
            !l.shortfallMonths);
        if (l.shortfallMonths.value_or(0) > 0)
            card.lines.last().note = l.bindingMinimum() == QLatin1String("actual")
                ? w(u"实际缴费不足%1", u"less than %1 actually paid")
                      .arg(w.months(l.requiredActualMonths))
                : w(u"累计缴费不足%1", u"less than %1 in total").arg(w.months(l.requiredMonths));
        if (l.qualifyingMonth)
            card.lines << figure(QStringLiteral("qualifyingMonth"),
                w(u"享受终身待遇", u"Lifelong benefits"),
                w(u"%1起", u"from %1").arg(w.month(*l.qualifyingMonth)));

        for (const LifelongPath &p : l.paths) {
            const bool oneTime = p.id == QLatin1String("one_time");
            const QString name = oneTime
                ? w(u"一次性补缴", u"One-time back-pay")
                : w.count(p.months, u"继续按月缴费%n个月", u"Keep paying monthly for %n month",
                    u"Keep paying monthly for %n months");
            const bool cheapest = l.cheapest && *l.cheapest == p.id;
            CardLine cost = moneyLine(w, QStringLiteral("path.") + p.id + QStringLiteral(".cost"),
                cheapest ? w(u"%1（较省）", u"%1 (cheaper)").arg(name) : name, p.cost);
            if (!p.cost) {
                cost.note = oneTime ? missingNote(w, r.trace,
                                { QStringLiteral("backPay.retirementBackPay") }, r.backPay.missing)
                                    : missingNote(w, r.trace, { QStringLiteral("lifelong.paths") });
            }
            card.lines << cost;
            card.lines << figure(QStringLiteral("path.") + p.id + QStringLiteral(".benefitsFrom"),
                oneTime ? w(u"一次性补缴后享受待遇", u"Benefits after a one-time back-pay")
                        : w(u"继续缴费后享受待遇", u"Benefits after paying on"),
                p.benefitsFrom ? w(u"%1起", u"from %1").arg(w.month(*p.benefitsFrom)) : w.unknown(),
                !p.benefitsFrom);
        }

        if (!l.qualifies) {
            card.verdict = w(u"缺少参数，无法判断是否达到",
                u"A parameter is missing; cannot tell whether it is reached");
            card.tone = Card::Tone::Unknown;
        } else if (*l.qualifies) {
            card.verdict = !l.retired
                ? w(u"按时缴到退休可达到终身医保待遇的缴费年限",
                    u"Paying on time until retirement reaches the years for lifelong benefits")
                : l.qualifyingMonth && *l.qualifyingMonth > r.retirement.month
                ? w(u"退休后续缴，%1起达到终身医保待遇",
                    u"Paying on after retirement, lifelong benefits from %1")
                      .arg(w.month(*l.qualifyingMonth))
                : w(u"已达到终身医保待遇的缴费年限",
                    u"Has the contribution years for lifelong benefits");
            card.tone = Card::Tone::Good;
        } else {
            card.verdict = (l.retired ? w(u"已退休，还差%1，需补缴或继续缴费",
                                u"Retired, %1 short: back-pay or keep paying")
                                      : w(u"按时缴到退休仍差%1，需补缴或继续缴费",
                                          u"Paying on time until retirement still leaves %1 short: "
                                          u"back-pay or keep paying"))
                               .arg(w.months(l.shortfallMonths));
            if (l.cheapest) {
                card.verdict += w(u"；%1较省", u"; %1 is cheaper")
                                    .arg(*l.cheapest == QLatin1String("one_time")
                                            ? w(u"一次性补缴", u"One-time back-pay")
                                            : w(u"继续缴费", u"Keep paying"));
            }
            card.tone = Card::Tone::Bad;
        }
        return card;
    }

    Card eventCard(const CardWords &w, const Result &r, int i)
    {
        const EventResult &e = r.events.at(i);
        Card card;
        card.id = QStringLiteral("events[%1]").arg(i);
        card.title = w(u"就医 %1 %2", u"Medical care %1 %2").arg(w.date(e.date), w.care(e.care));
        card.subjects = { card.id };
        card.lines << figure(QStringLiteral("personalAccount"), w(u"个人账户", u"Personal account"),
            e.personalAccount ? w(u"可用", u"usable") : w(u"不可用", u"not usable"));
        const bool resident = e.ruleId == QLatin1String("eligibility.resident");
        card.lines << figure(QStringLiteral("pooledFund"),
            w(u"职工医保统筹基金", u"Employee pooled fund"),
            !e.pooledFund       ? w.unknown()
                : *e.pooledFund ? w(u"报销", u"reimbursed")
                : resident      ? w(u"不支付（居民医保按其规定报销）",
                           u"does not pay (the resident scheme reimburses by its rules)")
                                : w(u"不报销", u"not reimbursed"),
            !e.pooledFund);
        card.note = reasonText(e, w.english() ? TextLanguage::English : TextLanguage::Chinese);
        if (!e.pooledFund) {
            card.verdict = w(u"统筹基金能否报销未知：缺少参数",
                u"Whether the pooled fund reimburses is unknown: a parameter is missing");
            card.tone = Card::Tone::Unknown;
        } else if (*e.pooledFund) {
            card.verdict
                = w(u"统筹基金按规定报销", u"The pooled fund reimburses as the rules provide");
            card.tone = Card::Tone::Good;
        } else if (resident) {
            card.verdict = w(u"当月参加城乡居民医保，由居民医保按其规定报销",
                u"In the resident scheme that month: it reimburses by its own rules");
            card.tone = Card::Tone::Neutral;
        } else if (e.personalAccount) {
            card.verdict = w(u"统筹基金不报销，个人账户余额仍可用",
                u"The pooled fund does not reimburse; the personal account balance can still be "
                u"used");
            card.tone = Card::Tone::Warning;
        } else {
            card.verdict = w(u"统筹基金和个人账户都不能用",
                u"Neither the pooled fund nor the personal account can be used");
            card.tone = Card::Tone::Bad;
        }
        return card;
    }

} // namespace

QList<Card> buildCards(const Case &c, const Result &r, TextLanguage language)
{
    const CardWords w(language);
    QList<Card> cards;
    cards.reserve(6 + r.gaps.size() + r.events.size());
    cards << retirementCard(w, c, r) << yearsCard(w, r);
    for (int i = 0; i < r.gaps.size(); ++i)
        cards << gapCard(w, r, i);
    cards << backPayCard(w, r) << accountCard(w, r) << lifelongCard(w, r);
    for (int i = 0; i < r.events.size(); ++i)
        cards << eventCard(w, r, i);
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
