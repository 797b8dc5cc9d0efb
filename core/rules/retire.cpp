// SPDX-License-Identifier: GPL-3.0-or-later
// retire.statutory — the statutory retirement date.
// Sources: 全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》(2024-09-13, in force
// 2025-01-01) and its 办法 art. 1: from 2025-01 the original ages 60 / 55 / 50 rise by one
// month for every 4 months (men, women at 55) or every 2 months (women at 50) of birth
// after the reform start, up to 36 / 36 / 60 months. DOMAIN.md "retire.statutory".
//
// Choices where DOMAIN.md is silent: the original age is read for the birth date, the
// step, cap and reform start for the first day of the original retirement month (the
// decision applies to people reaching the original age from 2025-01 on; the profile's cap
// is 0 before that). Dates are clamped to the profile's first day for people born earlier.
#include "retire.h"

#include "policy/parameterkeys.h"

namespace yibao {

RetirementResult computeRetirement(const RuleContext &ctx)
{
    const Person &person = ctx.c.person;
    const QString cat = categoryId(person.category);
    const QDate profileStart = ctx.params.profile().validFrom;
    auto clamp = [&](QDate d) { return std::max(d, profileStart); };

    TraceStep s;
    s.ruleId = QStringLiteral("retire.statutory");
    s.subject = QStringLiteral("retirement");
    s.title = QStringLiteral("法定退休年龄");
    TraceStep *st = ctx.stepOrNull(s);

    RetirementResult r;
    const YearMonth birth = YearMonth::of(person.birth);
    const auto originalAge = ctx.params.integer(st, keys::originalAge(cat), clamp(person.birth));
    if (!originalAge)
        throw std::runtime_error("the original retirement age is unknown in profile "
            + ctx.params.profile().id.toStdString());
    r.originalMonth = birth.addMonths(int(*originalAge) * 12);
    const QDate at = clamp(r.originalMonth.firstDay());
    const auto reformStart
        = ctx.params.month(st, ctx.params.parameter(QStringLiteral("retire.reform_start")), at);
    const auto step = ctx.params.integer(st, keys::delayStep(cat), at);
    const auto cap = ctx.params.integer(st, keys::delayCap(cat), at);
    if (!reformStart || !step || !cap || *step <= 0)
        throw std::runtime_error("the retirement delay parameters are unknown in profile "
            + ctx.params.profile().id.toStdString());

    // n: how many months after the reform start (counting that month) the original age falls
    const int n = reformStart->monthsUntil(r.originalMonth) + 1;
    r.delayMonths = n <= 0 ? 0 : int(std::min<qint64>((n + *step - 1) / *step, *cap));
    const YearMonth statutory = r.originalMonth.addMonths(r.delayMonths);
    r.statutoryDate = statutory.dayClamped(person.birth.day());
    const int ageTotal = int(*originalAge) * 12 + r.delayMonths;
    r.ageYears = ageTotal / 12;
    r.ageMonths = ageTotal % 12;
    r.dateGiven = ctx.c.retirement.date.has_value();
    r.month = r.dateGiven ? YearMonth::of(*ctx.c.retirement.date) : statutory;

    if (ctx.tracing()) {
        s.input(QStringLiteral("birth"), isoDate(person.birth));
        s.input(QStringLiteral("category"), categoryChinese(person.category));
        s.input(QStringLiteral("originalAge"), QString::number(*originalAge));
        s.input(QStringLiteral("originalMonth"), r.originalMonth.toString());
        s.input(QStringLiteral("n"), QString::number(n));
        s.input(QStringLiteral("step"), QString::number(*step));
        s.input(QStringLiteral("cap"), QString::number(*cap));
        s.input(QStringLiteral("delayMonths"), QString::number(r.delayMonths));
        s.input(QStringLiteral("statutoryDate"), isoDate(r.statutoryDate));
        s.input(QStringLiteral("ageYears"), QString::number(r.ageYears));
        s.input(QStringLiteral("ageMonths"), QString::number(r.ageMonths));
        // whether the dates are still ahead of asOf, for the explanation to say "will"
        s.input(QStringLiteral("statutoryAhead"),
            r.statutoryDate > ctx.c.asOf ? QStringLiteral("true") : QStringLiteral("false"));
        s.input(QStringLiteral("originalAhead"),
            r.originalMonth > ctx.asOfMonth ? QStringLiteral("true") : QStringLiteral("false"));
        if (r.dateGiven)
            s.input(QStringLiteral("givenDate"), ctx.c.retirement.date->toString(Qt::ISODate));
        using A = FormulaArg;
        if (n <= 0)
            s.formula.append({ FormulaId::RetireNoDelay,
                { A::month(r.originalMonth), A::month(*reformStart), A::date(r.statutoryDate) } });
        else
            s.formula.append({ FormulaId::RetireDelay,
                { A::month(r.originalMonth), A::month(*reformStart), A::count(n), A::count(*step),
                    A::count(*cap), A::months(r.delayMonths), A::date(r.statutoryDate) } });
        s.result.append({ FormulaId::RetireAge,
            { A::date(r.statutoryDate), A::count(r.ageYears), A::count(r.ageMonths) } });
        if (r.dateGiven)
            s.result.append({ FormulaId::RetireGivenDate, { A::date(*ctx.c.retirement.date) } });
    }
    ctx.add(std::move(s));
    return r;
}

} // namespace yibao
