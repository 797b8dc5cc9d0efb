// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/money.h"
#include "domain/rate.h"
#include "domain/yearmonth.h"

#include <QDate>
#include <QList>

#include <optional>

namespace yibao {

// Which sentence a line of a step's formula or result is. The rules record the id and the
// numbers; core/present/formulawords words them, in Chinese or English, when a renderer
// asks. The argument list of each id is written beside it: "n" a plain count, "m" a
// number of months, "d" days, "¥" money, "ym" a month, "span" two months, "date", "%" a
// rate, "kind" a period kind, "flag" a yes/no, "assume" an Assumption and the asOf month;
// "?" marks an argument that may be unknown.
enum class FormulaId : quint8
{
    // retire.statutory
    RetireNoDelay, // ym original, ym reform start, date statutory
    RetireDelay, // ym original, ym reform start, n, n step, n cap, m delay, date statutory
                 // years.*
    YearsActual, // m employee, m flexible, m actual, ym asOf
    YearsDeemed, // m declared, m deemed periods, m deemed
    YearsCumulative, // m actual, m deemed, m cumulative
                     // gap.detect
    GapDetect, // ym first, ym last checked, ym asOf
               // gap.principal
    PrincipalMonth, // span, kind, ¥ base, % rate, ¥ monthly
    PrincipalRun, // span, kind, ¥ base, % rate, ¥ monthly, m count, ¥ sum
    PrincipalNotEnrolled, // m not enrolled
    PrincipalTotal, // ¥ total
    PrincipalTotalUnknown, // —
                           // gap.late_fee
    FeeMonth, // ym, ¥ principal, % daily, d days, date due, date paid, flag owed, ¥ fee
              // ym, ¥ principal, % daily, d days, date due, date paid, flag owed, ¥ fee uncapped,
              // % cap ratio, ¥ cap
    FeeMonthCapped,
    FeeNotCharged, // ym, kind
    FeeNone, // —
    FeeOwed, // m owed, date payOn, ¥? owed, ¥? employer, ¥? individual
             // gap.grace: m? grace, ym first, date deadline, m gap months, flag within grace,
             // m owed, m not enrolled, m back-paid, flag all back-paid by the deadline
    GraceJudgement,
    // gap.resume
    ResumeContinuous, // date last paid, ym resumed
    ResumeWaiting, // ym paying again, m waiting, ym resumed
    ResumeUnknown, // —
    ResumeOpen, // ym gap's last
                // gap.suspend
    SuspendNone, // ym resumed
    SuspendWindow, // ym? from, ym? to, flag window known, flag? costs covered
                   // account.inflow / account.retiree
    AccountInService, // span, ¥ base, % individual, % employer, ¥ monthly, m count, ¥ sum
    AccountInServiceUnknown, // span, m count, ¥ base, %? individual, %? employer
    AccountRetiree, // span, ¥ fixed monthly, m count, ¥ sum
    AccountRetireeUnknown, // span, m count
    AccountTotal, // m months, ¥? total
                  // lifelong.*
    LifelongRequired, // ym retirement, m? required, m? required actual
                      // ym retirement, ym asOf, m counted, m counted actual, then the shortfall
                      // (below)
    ShortfallRetired,
    // m counted, m ahead, m projected, m counted actual, m projected actual, then the
    // shortfall: m? required, m projected, m? short in all, m? required actual,
    // m projected actual, m? short of actual, ym? both met from
    ShortfallProjected,
    BackPay, // ¥ base, % rate, ¥ monthly, m short, ¥ total
    BackPayUnknown, // m short, flag base known
    Paths, // ¥? one-time, ym from, m short, ¥? keep paying, ym from
           // eligibility.*
    AccountFrozenRule, // ym, flag owed
    AccountNotFrozen, // —
    PoolOrder, // ym retirement, ym? assumed from (a scenario)

    // Results (one line, or several joined by "；")
    ResultUnknown, // —
    ResultMoney, // ¥? (no unit, as the JSON's figures)
    ResultMonths, // m
    ResultMonth, // ym
    RetireAge, // date statutory, n years, n months
    RetireGivenDate, // date
    GapSpan, // ym from, ym to, m months
    NoGaps,
    Continuous,
    ContinuousIfPaidBy, // date deadline
    Interrupted,
    NotResumed,
    CostsCovered,
    CostsNotCovered,
    RequiredMonths, // m? required, m? required actual
    QualifiesReached,
    QualifiesIfPaidOn,
    ShortBy, // m short
    OneTimeCheaper,
    KeepPayingCheaper,
    CostsUnknown,
    AccountUsable,
    AccountFrozen,
    PoolPays,
    PoolDoesNotPay,

    // An event's reason (EventResult::reason): sentences said one after the other, months
    // as a person writes them (2016年1月 / 2016-01). "assume" is what is assumed about the
    // months from asOf on, for an event judged on a scenario (none for one judged on the
    // listed history).
    // eligibility.retired
    ReasonRetiredAheadQualifies, // ym event, ym retirement
    ReasonRetiredAheadShort, // ym event, ym retirement, m short
    ReasonRetiredQualified, // ym event, ym retirement (the years reached then)
    ReasonRetiredQualifiedSince, // ym event, ym retirement, ym years reached

    // eligibility.retired (not paying) and eligibility.retired_paying
    ReasonRetiredNotPaying, // ym event, ym retirement
    ReasonRetiredPaying, // ym event, ym retirement, assume, flag? the pooled fund pays

    // eligibility.gap
    ReasonGapUnplaced, // span gap
    ReasonGapFirstMonth, // ym event, span gap (eligibility.gap_first_month)
    ReasonGapSuspended, // span gap, ym suspended from, ym event, flag costs covered
    ReasonGapOpen, // ym gap from, assume, ym event, ym? suspended from

    // eligibility.waiting; ReasonWaiting: span gap, m gap months, flag longer than the
    // grace period, n? grace months, m waiting, ym resumed, ym event
    ReasonWaitingContinuous, // span gap, ym resumed, ym event, flag costs covered
    ReasonWaitingOpen, // ym gap from, assume, ym event
    ReasonWaiting,

    // eligibility.covered, eligibility.not_enrolled, eligibility.resident
    ReasonCovered, // assume, ym event
    ReasonNotYetPaid, // ym first paid, ym event
    ReasonNeverPaid, // ym event
    ReasonCoverStartUnknown, // ym event
    ReasonCoverNotStarted, // ym first paid, ym cover from, ym event
    ReasonResident, // ym event

    // the personal account frozen, said after any of the above
    ReasonAccountFrozen, // ym the month after the event's

    // Warnings (Result::warnings)
    WarnOwedAfterRetirement, // ym first, ym last, ym retirement; keep last: LastFormulaId
};
inline constexpr FormulaId LastFormulaId = FormulaId::WarnOwedAfterRetirement;

// What an event's reason assumes about the months from asOf on (an "assume" argument).
enum class Assumption : quint8
{
    None, // judged on the listed history: nothing assumed
    Planned, // the planned periods are paid
    PayingOn, // the monthly payments go on from asOf
    NotPaying, // nothing is paid from asOf on
};

// One typed number of a formula line. Money in fen, a month as its index, a date as its
// Julian day, a rate in parts per million: filling it formats nothing.
struct FormulaArg
{
    enum class Type : quint8
    {
        Unknown, // a figure the profile or the case does not give
        Count,
        Months,
        Days,
        Money,
        Month,
        Span,
        Date,
        Rate,
        Kind,
        Flag,
        Assumption, // a: the Assumption, b: the asOf month's index
    };
    Type type = Type::Unknown;
    qint64 a = 0;
    qint64 b = 0;

    static FormulaArg unknown() { return {}; }
    static FormulaArg count(qint64 n) { return { Type::Count, n, 0 }; }
    static FormulaArg count(const std::optional<int> &n) { return n ? count(*n) : unknown(); }
    static FormulaArg months(qint64 n) { return { Type::Months, n, 0 }; }
    static FormulaArg months(const std::optional<int> &n) { return n ? months(*n) : unknown(); }
    static FormulaArg days(qint64 n) { return { Type::Days, n, 0 }; }
    static FormulaArg money(Money m) { return { Type::Money, m.fen(), 0 }; }
    static FormulaArg money(const std::optional<Money> &m) { return m ? money(*m) : unknown(); }
    static FormulaArg month(YearMonth m) { return { Type::Month, m.index(), 0 }; }
    static FormulaArg month(const std::optional<YearMonth> &m) { return m ? month(*m) : unknown(); }
    static FormulaArg span(YearMonth first, YearMonth last)
    {
        return { Type::Span, first.index(), last.index() };
    }
    static FormulaArg date(QDate d)
    {
        return d.isValid() ? FormulaArg { Type::Date, d.toJulianDay(), 0 } : unknown();
    }
    static FormulaArg rate(Rate r) { return { Type::Rate, r.ppm(), 0 }; }
    static FormulaArg rate(const std::optional<Rate> &r) { return r ? rate(*r) : unknown(); }
    static FormulaArg kind(PeriodKind k) { return { Type::Kind, qint64(k), 0 }; }
    static FormulaArg flag(bool f) { return { Type::Flag, f ? 1 : 0, 0 }; }
    static FormulaArg flag(const std::optional<bool> &f) { return f ? flag(*f) : unknown(); }
    static FormulaArg assume(yibao::Assumption a, YearMonth asOf)
    {
        return { Type::Assumption, qint64(a), asOf.index() };
    }

    bool known() const { return type != Type::Unknown; }
    qint64 number() const { return a; }
    Money toMoney() const { return Money::fromFen(a); }
    YearMonth toMonth() const { return YearMonth::fromIndex(int(a)); }
    YearMonth spanLast() const { return YearMonth::fromIndex(int(b)); }
    QDate toDate() const { return QDate::fromJulianDay(a); }
    Rate toRate() const { return Rate::fromPpm(a); }
    PeriodKind toKind() const { return PeriodKind(a); }
    bool toFlag() const { return a != 0; }
    yibao::Assumption toAssumption() const { return yibao::Assumption(a); }
    YearMonth assumedFrom() const { return YearMonth::fromIndex(int(b)); }

    bool operator==(const FormulaArg &) const = default;
};

// One line of a formula (or the result): which sentence, with its numbers.
struct FormulaLine
{
    FormulaId id = FormulaId::ResultUnknown;
    QList<FormulaArg> args;

    bool operator==(const FormulaLine &) const = default;
};

// A step's formula: its lines, in order. A step's result is one, or parts said together.
using Formula = QList<FormulaLine>;

} // namespace yibao
