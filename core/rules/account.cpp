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

    // The engine's trace is worded in Chinese (its titles and inputs), like every step's.
    QString bandChinese(Band band)
    {
        switch (band) {
        case Band::Under35:
            return QStringLiteral("35岁以下");
        case Band::From35To44:
            return QStringLiteral("35至44岁");
        case Band::From45:
            return QStringLiteral("45岁以上（在职）");
        case Band::RetiredUnder70:
            return QStringLiteral("退休后不满70岁");
        case Band::Retired70Plus:
            return QStringLiteral("退休后70岁以上");
        }
        return {};
    }

    // What a month's inflow is made of, for the formula: in service, the base times the
    // individual rate plus the base times the employer's share; retired, a fixed amount.
    struct InflowTerm
    {
        bool retiree = false;
        Money base;
        std::optional<Rate> individual;
        std::optional<Rate> employer;

        bool operator==(const InflowTerm &) const = default;
    };

    struct BandAcc
    {
        BandResult r;
        bool totalKnown = true;
        Money sum;
        TraceStep step;
        // current run of months with the same inflow, for the formula
        std::optional<YearMonth> runFirst;
        YearMonth runLast;
        InflowTerm runTerm;
        std::optional<Money> runInflow;
        int runCount = 0;
    };

    void flush(BandAcc &b)
    {
        if (!b.runFirst)
            return;
        using A = FormulaArg;
        const A span = A::span(*b.runFirst, b.runLast);
        const InflowTerm &t = b.runTerm;
        // each line an equality that holds: the month's inflow first, then times the months
        if (b.runInflow && t.retiree)
            b.step.formula.append({ FormulaId::AccountRetiree,
                { span, A::money(*b.runInflow), A::months(b.runCount),
                    A::money(*b.runInflow * b.runCount) } });
        else if (b.runInflow)
            b.step.formula.append({ FormulaId::AccountInService,
                { span, A::money(t.base), A::rate(t.individual), A::rate(t.employer),
                    A::money(*b.runInflow), A::months(b.runCount),
                    A::money(*b.runInflow * b.runCount) } });
        else if (t.retiree)
            b.step.formula.append(
                { FormulaId::AccountRetireeUnknown, { span, A::months(b.runCount) } });
        else
            b.step.formula.append({ FormulaId::AccountInServiceUnknown,
                { span, A::months(b.runCount), A::money(t.base), A::rate(t.individual),
                    A::rate(t.employer) } });
        b.runFirst.reset();
    }

    // count months starting at m, all with the same inflow and term
    void addMonths(BandAcc &b, YearMonth m, int count, const std::optional<Money> &inflow,
        const InflowTerm &term, bool tracing)
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
            && b.runTerm == term) {
            b.runLast = last;
            b.runCount += count;
            return;
        }
        flush(b);
        b.runFirst = m;
        b.runLast = last;
        b.runInflow = inflow;
        b.runTerm = term;
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

Band inServiceBand(int age)
{
    // the ages are the band definitions of DOMAIN.md (their ids name them), not a parameter
    return age < 35 ? Band::Under35 : age < 45 ? Band::From35To44 : Band::From45;
}

Band retireeBand(int age)
{
    return age < 70 ? Band::RetiredUnder70 : Band::Retired70Plus;
}

namespace {

    // Bands by their index in AllBands: this runs on every keystroke and for every case
    // of a batch, so no string keys in the loops.
    constexpr int BandCount = 5;

    int bandIndex(Band band)
    {
        return int(band);
    }

    // The parameters the inflow reads: the individual rate and the rounding for every
    // in-service month, and per band the employer share (in service) or the fixed amount
    // (retired).
    struct InflowParameters
    {
        const Parameter &individualRate;
        const Parameter &rounding;
        std::array<const Parameter *, BandCount> bandParameter {};

        explicit InflowParameters(const RuleContext &ctx)
            : individualRate(ctx.params.parameter(QStringLiteral("account.individual_rate")))
            , rounding(ctx.params.parameter(QStringLiteral("rounding.monthly")))
        {
            for (int i = 0; i < BandCount; ++i) {
                const Band band = AllBands[size_t(i)];
                bandParameter[size_t(i)] = &ctx.params.parameter(isRetireeBand(band)
                        ? keys::retireeInflow(bandId(band))
                        : keys::employerShare(bandId(band)));
            }
        }
        const Parameter &ofBand(int band) const { return *bandParameter[size_t(band)]; }
    };

    // The trace step of a band, opened when the band's first month is counted.
    void openBandStep(TraceStep &step, Band band)
    {
        step.ruleId = isRetireeBand(band) ? QStringLiteral("account.retiree")
                                          : QStringLiteral("account.inflow");
        step.subject = QStringLiteral("account.bands.") + bandId(band);
        step.title = QStringLiteral("个人账户划入：") + bandChinese(band);
        step.input(QStringLiteral("band"), bandId(band));
        step.input(QStringLiteral("bandName"), bandChinese(band));
    }

    // The band's figures and its formula lines as the step's result.
    void closeBandStep(BandAcc &b)
    {
        using A = FormulaArg;
        flush(b);
        b.step.formula.append(
            { FormulaId::AccountTotal, { A::months(b.r.months), A::money(b.r.total) } });
        b.step.input(QStringLiteral("months"), QString::number(b.r.months));
        b.step.input(QStringLiteral("from"), b.r.firstMonth.toString());
        b.step.input(QStringLiteral("to"), b.r.lastMonth.toString());
        b.step.input(QStringLiteral("monthly"), yuan(b.r.monthly));
        b.step.input(QStringLiteral("total"), yuan(b.r.total));
        b.step.result.append({ FormulaId::ResultMoney, { A::money(b.r.total) } });
    }

    // What is counted while the months are walked: per band (its figures and trace step),
    // per year and band, and the parameters found unknown.
    class InflowTally
    {
    public:
        explicit InflowTally(bool tracing)
            : m_tracing(tracing)
        { }

        bool tracing() const { return m_tracing; }

        // count months from first on, all with the same inflow (nullopt: unknown)
        void add(int band, YearMonth first, int count, const std::optional<Money> &inflow,
            const InflowTerm &term)
        {
            addMonths(bandAt(band), first, count, inflow, term, m_tracing);
            addToYear(first, band, count, inflow);
        }

        // The step that records the parameters read for a band's months (null when not
        // tracing).
        TraceStep *stepOf(int band) { return m_tracing ? &bandAt(band).step : nullptr; }

        void noteMissing(const QString &key)
        {
            if (!m_missing.contains(key))
                m_missing.append(key);
        }

        // The bands counted, in AllBands' order, with their totals; their steps go to ctx.
        AccountResult result(const RuleContext &ctx)
        {
            AccountResult out;
            for (int i = 0; i < BandCount; ++i) {
                if (!m_used[size_t(i)])
                    continue;
                BandAcc &b = m_bands[size_t(i)];
                if (b.totalKnown)
                    b.r.total = b.sum;
                if (b.r.total)
                    out.total += *b.r.total;
                if (m_tracing) {
                    closeBandStep(b);
                    ctx.add(std::move(b.step));
                }
                out.bands.append(b.r);
            }
            out.missing = m_missing;
            out.perYear = perYearInOrder();
            return out;
        }

    private:
        BandAcc &bandAt(int i)
        {
            BandAcc &b = m_bands[size_t(i)];
            if (!m_used[size_t(i)]) {
                m_used[size_t(i)] = true;
                b.r.band = AllBands[size_t(i)];
                if (m_tracing)
                    openBandStep(b.step, b.r.band);
            }
            return b;
        }

        void addToYear(YearMonth m, int band, int count, const std::optional<Money> &inflow)
        {
            // periods may come in any order, so look back over this year's entries only
            qsizetype at = m_perYear.size();
            for (qsizetype k = m_perYear.size() - 1; k >= 0; --k) {
                if (m_perYear.at(k).year == m.year() && m_perYearBand.at(k) == band) {
                    at = k;
                    break;
                }
            }
            if (at == m_perYear.size()) {
                YearInflow y;
                y.year = m.year();
                y.band = AllBands[size_t(band)];
                m_perYear.append(y);
                m_perYearBand.append(band);
            }
            YearInflow &y = m_perYear[at];
            y.months += count;
            if (inflow)
                y.known += *inflow * count;
            else
                y.unknownMonths += count;
        }

        // by year, then band in output order
        QList<YearInflow> perYearInOrder() const
        {
            QList<qsizetype> order(m_perYear.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
                return std::pair(m_perYear.at(x).year, m_perYearBand.at(x))
                    < std::pair(m_perYear.at(y).year, m_perYearBand.at(y));
            });
            QList<YearInflow> sorted;
            sorted.reserve(m_perYear.size());
            for (qsizetype k : order)
                sorted.append(m_perYear.at(k));
            return sorted;
        }

        bool m_tracing;
        std::array<BandAcc, BandCount> m_bands;
        std::array<bool, BandCount> m_used {};
        QList<YearInflow> m_perYear; // in month order: a year's entries are adjacent
        QList<int> m_perYearBand;
        QStringList m_missing;
    };

    // The last month, from m to limit, before the next birthday: the band may change there.
    YearMonth lastMonthBeforeBirthday(YearMonth birth, YearMonth m, YearMonth limit)
    {
        return std::min(limit, m.addMonths(12 - 1 - birth.monthsUntil(m) % 12));
    }

    // In service: paid or back-paid months before retirement, up to the asOf month, each
    // inflow = round(base × individual) + round(base × share[band]).
    void creditInService(const RuleContext &ctx, const InflowParameters &params,
        YearMonth retirementMonth, InflowTally &tally)
    {
        const YearMonth birth = YearMonth::of(ctx.c.person.birth);
        for (const auto &p : ctx.c.periods) {
            if (!MonthLine::isContribution(p)
                || (p.status != PeriodStatus::Paid && p.status != PeriodStatus::Backpaid)
                || !p.base)
                continue;
            const YearMonth last = std::min({ p.to, ctx.asOfMonth, retirementMonth.addMonths(-1) });
            // months are taken in runs that share band, year and every parameter value, so
            // a 45-year history costs a few dozen steps, not 540
            for (YearMonth m = p.from; m <= last;) {
                const int band = bandIndex(inServiceBand(ageInMonth(birth, m)));
                const Parameter &shareP = params.ofBand(band);
                YearMonth runEnd = std::min(last, YearMonth(m.year(), 12));
                runEnd = lastMonthBeforeBirthday(birth, m, runEnd);
                runEnd = lastMonthOfValue(params.individualRate, m, runEnd);
                runEnd = lastMonthOfValue(shareP, m, runEnd);
                runEnd = lastMonthOfValue(params.rounding, m, runEnd);
                TraceStep *step = tally.stepOf(band);
                const QDate at = m.firstDay();
                const ParamValue &individualRate = ctx.params.read(step, params.individualRate, at);
                const ParamValue &employerShare = ctx.params.read(step, shareP, at);
                const ParamValue &rounding = ctx.params.read(step, params.rounding, at);
                std::optional<Money> inflow;
                if (individualRate.known && employerShare.known && rounding.known)
                    inflow = individualRate.rate.apply(*p.base, rounding.rounding)
                        + employerShare.rate.apply(*p.base, rounding.rounding);
                if (!individualRate.known)
                    tally.noteMissing(params.individualRate.key);
                if (!employerShare.known)
                    tally.noteMissing(shareP.key);
                InflowTerm term { false, *p.base, std::nullopt, std::nullopt };
                if (individualRate.known)
                    term.individual = individualRate.rate;
                if (employerShare.known)
                    term.employer = employerShare.rate;
                tally.add(band, m, m.monthsUntil(runEnd) + 1, inflow, term);
                m = runEnd.addMonths(1);
            }
        }
    }

    // Retired and lifelong benefits reached: a fixed monthly amount from the qualifying
    // month (a retiree short of years is not yet a retiree of this insurance).
    void creditRetiree(const RuleContext &ctx, const InflowParameters &params,
        std::optional<YearMonth> retireeFrom, InflowTally &tally)
    {
        const YearMonth birth = YearMonth::of(ctx.c.person.birth);
        for (YearMonth m = retireeFrom.value_or(ctx.asOfMonth.addMonths(1)); m <= ctx.asOfMonth;) {
            const int band = bandIndex(retireeBand(ageInMonth(birth, m)));
            const Parameter &inflowP = params.ofBand(band);
            YearMonth runEnd = std::min(ctx.asOfMonth, YearMonth(m.year(), 12));
            runEnd = lastMonthBeforeBirthday(birth, m, runEnd);
            runEnd = lastMonthOfValue(inflowP, m, runEnd);
            const ParamValue &fixed = ctx.params.read(tally.stepOf(band), inflowP, m.firstDay());
            std::optional<Money> inflow;
            if (fixed.known)
                inflow = fixed.money;
            else
                tally.noteMissing(inflowP.key);
            tally.add(band, m, m.monthsUntil(runEnd) + 1, inflow, InflowTerm { true, {}, {}, {} });
            m = runEnd.addMonths(1);
        }
    }

} // namespace

AccountResult computeAccount(
    const RuleContext &ctx, YearMonth retirementMonth, std::optional<YearMonth> retireeFrom)
{
    const InflowParameters params(ctx);
    InflowTally tally(ctx.tracing());
    creditInService(ctx, params, retirementMonth, tally);
    creditRetiree(ctx, params, retireeFrom, tally);
    return tally.result(ctx);
}

} // namespace yibao
