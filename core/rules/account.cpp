// SPDX-License-Identifier: GPL-3.0-or-later
// account.* — what is credited to the personal account (个人账户划入), by age band.
// Sources: 004 related "职工医保个人账户的钱怎么算的" (the whole 2 % individual share, plus
// 1.3 % / 1.5 % of the base from the employer by age, the 45+ figure cut off in the source);
// for beijing, 北京市基本医疗保险规定 art. 21 and the 2022-09-01 reform (no employer share for
// employees, a fixed 100 / 110 yuan a month for retirees). DOMAIN.md "account.*".
//
// Every in-service month is inflow = round(base × individual) + round(base × share[band]);
// every month from the retirement month to the asOf month is the retiree amount of its band.
// A month whose parameter is unknown is counted in its band but makes the band total null.
#include "account.h"

#include "policy/parameterkeys.h"

#include <QMap>

#include <algorithm>
#include <array>
#include <numeric>

namespace yibao {

namespace {

    const QStringList &bandOrder()
    {
        static const QStringList order
            = { QStringLiteral("under35"), QStringLiteral("35to44"), QStringLiteral("45plus"),
                  QStringLiteral("retired_under70"), QStringLiteral("retired_70plus") };
        return order;
    }

    const QString &bandChinese(const QString &band)
    {
        static const QMap<QString, QString> names = {
            { QStringLiteral("under35"), QStringLiteral("35岁以下") },
            { QStringLiteral("35to44"), QStringLiteral("35至44岁") },
            { QStringLiteral("45plus"), QStringLiteral("45岁以上（在职）") },
            { QStringLiteral("retired_under70"), QStringLiteral("退休·70岁以下") },
            { QStringLiteral("retired_70plus"), QStringLiteral("退休·70岁及以上") },
        };
        static const QString none;
        auto it = names.constFind(band);
        return it == names.constEnd() ? none : it.value();
    }

    struct BandAcc
    {
        BandResult r;
        bool totalKnown = true;
        Money sum;
        TraceStep step;
        QStringList lines;
        // current run of months with the same inflow, for the formula text
        std::optional<YearMonth> runFirst;
        YearMonth runLast;
        QString runText;
        std::optional<Money> runInflow;
        int runCount = 0;
    };

    void flush(BandAcc &b)
    {
        if (!b.runFirst)
            return;
        const QString span = *b.runFirst == b.runLast
            ? b.runFirst->toString()
            : b.runFirst->toString() + QStringLiteral("—") + b.runLast.toString();
        // each line an equality that holds: the month's inflow first, then times the months
        if (b.runInflow)
            b.lines.append(QStringLiteral("%1：每月 %2 = %3 元，× %4 个月 = %5 元")
                               .arg(span, b.runText, b.runInflow->toYuanString())
                               .arg(b.runCount)
                               .arg((*b.runInflow * b.runCount).toYuanString()));
        else
            b.lines.append(QStringLiteral("%1：%2 个月，每月 %3，其中有未知的参数，金额未知")
                               .arg(span)
                               .arg(b.runCount)
                               .arg(b.runText));
        b.runFirst.reset();
    }

    // count months starting at m, all with the same inflow and text
    void addMonths(BandAcc &b, YearMonth m, int count, const std::optional<Money> &inflow,
        const QString &text, bool tracing)
    {
        const YearMonth last = m.addMonths(count - 1);
        // periods may come in any order: the band's first and latest months are by date,
        // and its monthly figure is that of its latest month
        if (b.r.months == 0 || m < b.r.firstMonth)
            b.r.firstMonth = m;
        if (b.r.months == 0 || last > b.r.lastMonth) {
            b.r.lastMonth = last;
            b.r.monthly = inflow;
        }
        b.r.months += count;
        if (inflow)
            b.sum += *inflow * count;
        else
            b.totalKnown = false;
        if (!tracing)
            return;
        if (b.runFirst && b.runLast.addMonths(1) == m && b.runInflow == inflow
            && b.runText == text) {
            b.runLast = last;
            b.runCount += count;
            return;
        }
        flush(b);
        b.runFirst = m;
        b.runLast = last;
        b.runInflow = inflow;
        b.runText = text;
        b.runCount = count;
    }

    // The last month, from m on, whose first day still reads the same value of p as m's: a
    // value starting mid-month is read from the following month on.
    YearMonth lastMonthOfValue(const Parameter &p, YearMonth m, YearMonth limit)
    {
        const QDate at = m.firstDay();
        for (const ParamValue &v : p.values) {
            if (v.from <= at)
                continue;
            YearMonth change = YearMonth::of(v.from);
            if (v.from.day() != 1)
                change = change.addMonths(1);
            return std::min(limit, change.addMonths(-1));
        }
        return limit;
    }

} // namespace

QString inServiceBand(int age)
{
    return age < 35 ? QStringLiteral("under35")
        : age < 45  ? QStringLiteral("35to44")
                    : QStringLiteral("45plus");
}

QString retireeBand(int age)
{
    return age < 70 ? QStringLiteral("retired_under70") : QStringLiteral("retired_70plus");
}

AccountResult computeAccount(
    const RuleContext &ctx, YearMonth retirementMonth, std::optional<YearMonth> retireeFrom)
{
    const YearMonth birth = YearMonth::of(ctx.c.person.birth);
    const bool tracing = ctx.tracing();
    const Parameter &individual = ctx.params.parameter(QStringLiteral("account.individual_rate"));
    const Parameter &roundingP = ctx.params.parameter(QStringLiteral("rounding.monthly"));
    // bands by their index in bandOrder(): this runs on every keystroke and for every case
    // of a batch, so no string keys in the loops
    constexpr int BandCount = 5;
    const QStringList &order = bandOrder();
    const auto bandIndex = [&](const QString &band) { return int(order.indexOf(band)); };
    std::array<const Parameter *, BandCount> share {};
    for (int i = 0; i < BandCount; ++i) {
        const QString &b = order.at(i);
        share[size_t(i)] = &ctx.params.parameter(b.startsWith(QLatin1String("retired"))
                ? keys::retireeInflow(b)
                : keys::employerShare(b));
    }

    std::array<BandAcc, BandCount> acc;
    std::array<bool, BandCount> used {};
    QList<YearInflow> perYear; // in month order: a year's entries are adjacent
    QList<int> perYearBand;
    QStringList missing;
    auto noteMissing = [&](const QString &key) {
        if (!missing.contains(key))
            missing.append(key);
    };
    auto bandAcc = [&](int i) -> BandAcc & {
        BandAcc &b = acc[size_t(i)];
        if (!used[size_t(i)]) {
            used[size_t(i)] = true;
            const QString &band = order.at(i);
            b.r.band = band;
            if (tracing) {
                b.step.ruleId = band.startsWith(QLatin1String("retired"))
                    ? QStringLiteral("account.retiree")
                    : QStringLiteral("account.inflow");
                b.step.subject = QStringLiteral("account.bands.") + band;
                b.step.title = QStringLiteral("个人账户划入：") + bandChinese(band);
                b.step.input(QStringLiteral("band"), band);
                b.step.input(QStringLiteral("bandName"), bandChinese(band));
            }
        }
        return b;
    };
    auto countYear = [&](YearMonth m, int band, int count, const std::optional<Money> &inflow) {
        // periods may come in any order, so look back over this year's entries only
        qsizetype at = perYear.size();
        for (qsizetype k = perYear.size() - 1; k >= 0; --k) {
            if (perYear.at(k).year == m.year() && perYearBand.at(k) == band) {
                at = k;
                break;
            }
        }
        if (at == perYear.size()) {
            YearInflow y;
            y.year = m.year();
            y.band = order.at(band);
            perYear.append(y);
            perYearBand.append(band);
        }
        YearInflow &y = perYear[at];
        y.months += count;
        if (inflow)
            y.known += *inflow * count;
        else
            y.unknownMonths += count;
    };

    // in service: paid or back-paid months before retirement, up to the asOf month
    for (const auto &p : ctx.c.periods) {
        if (!MonthLine::isContribution(p)
            || (p.status != PeriodStatus::Paid && p.status != PeriodStatus::Backpaid) || !p.base)
            continue;
        const YearMonth last = std::min({ p.to, ctx.asOfMonth, retirementMonth.addMonths(-1) });
        // months are taken in runs that share band, year and every parameter value, so a
        // 45-year history costs a few dozen steps, not 540
        for (YearMonth m = p.from; m <= last;) {
            const int band = bandIndex(inServiceBand(ageInMonth(birth, m)));
            const Parameter &shareP = *share[size_t(band)];
            YearMonth runEnd = std::min(last, YearMonth(m.year(), 12));
            runEnd = std::min(runEnd,
                m.addMonths(12 - 1 - birth.monthsUntil(m) % 12)); // birthday: the band may change
            runEnd = lastMonthOfValue(individual, m, runEnd);
            runEnd = lastMonthOfValue(shareP, m, runEnd);
            runEnd = lastMonthOfValue(roundingP, m, runEnd);
            const int count = m.monthsUntil(runEnd) + 1;
            BandAcc &b = bandAcc(band);
            TraceStep *st = tracing ? &b.step : nullptr;
            const QDate at = m.firstDay();
            const ParamValue &iv = ctx.params.read(st, individual, at);
            const ParamValue &sv = ctx.params.read(st, shareP, at);
            const ParamValue &rv = ctx.params.read(st, roundingP, at);
            std::optional<Money> inflow;
            if (iv.known && sv.known && rv.known)
                inflow = iv.rate.apply(*p.base, rv.rounding) + sv.rate.apply(*p.base, rv.rounding);
            if (!iv.known)
                noteMissing(individual.key);
            if (!sv.known)
                noteMissing(shareP.key);
            QString text;
            if (tracing)
                text = QStringLiteral("%1 元 × %2 + %1 元 × %3")
                           .arg(p.base->toYuanString(), iv.display(individual.unit),
                               sv.display(ParamUnit::Percent));
            addMonths(b, m, count, inflow, text, tracing);
            countYear(m, band, count, inflow);
            m = runEnd.addMonths(1);
        }
    }
    // retired and lifelong benefits reached: a fixed monthly amount from the qualifying month
    // (a retiree short of years is not yet a retiree of this insurance)
    for (YearMonth m = retireeFrom.value_or(ctx.asOfMonth.addMonths(1)); m <= ctx.asOfMonth;) {
        const int band = bandIndex(retireeBand(ageInMonth(birth, m)));
        const Parameter &inflowP = *share[size_t(band)];
        YearMonth runEnd = std::min(ctx.asOfMonth, YearMonth(m.year(), 12));
        runEnd = std::min(runEnd, m.addMonths(12 - 1 - birth.monthsUntil(m) % 12));
        runEnd = lastMonthOfValue(inflowP, m, runEnd);
        const int count = m.monthsUntil(runEnd) + 1;
        BandAcc &b = bandAcc(band);
        const ParamValue &v = ctx.params.read(tracing ? &b.step : nullptr, inflowP, m.firstDay());
        std::optional<Money> inflow;
        if (v.known)
            inflow = v.money;
        else
            noteMissing(inflowP.key);
        addMonths(b, m, count, inflow,
            inflow ? QStringLiteral("定额 ") + inflow->toYuanString()
                   : QStringLiteral("定额（未知）"),
            tracing);
        countYear(m, band, count, inflow);
        m = runEnd.addMonths(1);
    }

    AccountResult out;
    for (int i = 0; i < BandCount; ++i) {
        if (!used[size_t(i)])
            continue;
        BandAcc &b = acc[size_t(i)];
        if (b.totalKnown)
            b.r.total = b.sum;
        if (b.r.total)
            out.total += *b.r.total;
        if (tracing) {
            flush(b);
            b.lines.append(
                QStringLiteral("合计 %1 个月，%2").arg(b.r.months).arg(yuanText(b.r.total)));
            b.step.input(QStringLiteral("months"), QString::number(b.r.months));
            b.step.input(QStringLiteral("from"), b.r.firstMonth.toString());
            b.step.input(QStringLiteral("to"), b.r.lastMonth.toString());
            b.step.input(QStringLiteral("monthly"), yuan(b.r.monthly));
            b.step.input(QStringLiteral("total"), yuan(b.r.total));
            b.step.formula = b.lines.join(QLatin1Char('\n'));
            b.step.result = yuan(b.r.total);
            ctx.add(std::move(b.step));
        }
        out.bands.append(b.r);
    }
    out.missing = missing;
    // by year, then band in output order
    QList<qsizetype> idx(perYear.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](qsizetype x, qsizetype y) {
        return std::pair(perYear.at(x).year, perYearBand.at(x))
            < std::pair(perYear.at(y).year, perYearBand.at(y));
    });
    out.perYear.reserve(perYear.size());
    for (qsizetype k : idx)
        out.perYear.append(perYear.at(k));
    return out;
}

} // namespace yibao
