// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/band.h"
#include "domain/case.h"
#include "domain/money.h"
#include "domain/yearmonth.h"
#include "trace.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

struct RetirementResult
{
    QDate statutoryDate;
    int ageYears = 0; // statutory age at retirement
    int ageMonths = 0;
    int delayMonths = 0;
    YearMonth originalMonth; // before the 2025 decision's delay
    YearMonth month; // the retirement month the other rules use (given date or statutory)
    bool dateGiven = false;
};

struct YearsResult
{
    int cumulativeMonths = 0;
    int actualMonths = 0;
    int deemedMonths = 0;
};

struct GapResult
{
    YearMonth from;
    YearMonth to;
    int months = 0;
    int owedMonths = 0;
    int backpaidMonths = 0;
    int notEnrolledMonths = 0;
    std::optional<Money> principal; // nullopt: a rate is unknown
    std::optional<Money> lateFee;
    std::optional<Money> total;
    std::optional<Money> owed; // if paid on payOn (asOf when not given)
    std::optional<Money> owedEmployer; // owedEmployer + owedIndividual = owed
    std::optional<Money> owedIndividual;
    QDate payOn; // the day the owed months' late fee runs to
    // nullopt: a parameter the verdict needs is unknown (its key is in missing)
    std::optional<bool> continuous;
    std::optional<bool> continuousIfPaidByDeadline;
    std::optional<YearMonth> resumeMonth; // nullopt: not resumed, or unknown (see missing)
    QDate graceDeadline; // invalid when gap.grace_months is unknown
    std::optional<int> graceMonths;
    std::optional<int> waitingMonths; // read only for a gap that waits
    std::optional<QDate> lastPaidOn; // the latest paidOn of its back-paid months
    // the months in which the pooled fund does not pay for this gap (first+1 … resume−1)
    std::optional<YearMonth> suspendedFrom; // nullopt: gap.suspend_after_months unknown
    std::optional<YearMonth> suspendedTo; // nullopt: to the end of the history (or unknown)
    std::optional<bool> costsCovered; // costs inside the window are reimbursed after all
    // the window's end is known: not resumed (open to the end) or resumed in a known month
    bool windowKnown = true;
    QStringList missing; // parameter keys that left a figure or verdict unknown

    bool isContinuous() const { return continuous.value_or(false); }
    bool inWindow(YearMonth m) const
    {
        return suspendedFrom && *suspendedFrom <= m && (!suspendedTo || m <= *suspendedTo);
    }
};

struct BackPayResult
{
    std::optional<Money> gapTotal;
    std::optional<Money> gapOwed;
    std::optional<int> shortfallMonths;
    std::optional<Money> retirementBackPay;
    QStringList missing;
};

struct BandResult
{
    Band band = Band::Under35;
    int months = 0;
    std::optional<Money> monthly; // inflow of the band's latest month
    std::optional<Money> total; // nullopt when any month's parameter is unknown
    YearMonth firstMonth;
    YearMonth lastMonth;
};

struct YearInflow
{
    int year = 0;
    Band band = Band::Under35; // the band of these months
    int months = 0;
    Money known; // inflow of the months whose parameters are known
    int unknownMonths = 0;
};

struct AccountResult
{
    QList<BandResult> bands;
    Money total; // sum of the known band totals
    QStringList missing;
    QList<YearInflow> perYear; // by year and band, for the chart
};

struct LifelongPath
{
    QString id; // one_time, keep_paying
    std::optional<Money> cost;
    std::optional<YearMonth> benefitsFrom;
    int months = 0;
};

struct LifelongResult
{
    std::optional<int> requiredMonths; // nullopt: the minimum is unknown
    std::optional<int> requiredActualMonths;
    int countedMonths = 0;
    int countedActualMonths = 0;
    int projectedMonths = 0; // if paying every month until retirement, this month included
    int projectedActualMonths = 0;
    std::optional<int> totalShortMonths;
    std::optional<int> actualShortMonths;
    std::optional<int> shortfallMonths; // the larger of the two
    std::optional<bool> qualifies; // before retirement: the projection
    bool retired = false; // the retirement month is not after the asOf month
    // retired and both minimums reached by the end of this month: lifelong benefits from it
    std::optional<YearMonth> qualifyingMonth;
    QList<LifelongPath> paths; // empty when there is no shortfall
    std::optional<QString> cheapest; // id of the cheaper path when both costs are known
    QStringList missing;

    // which minimum binds: "actual" when the actual months are short by more than all
    QString bindingMinimum() const
    {
        return actualShortMonths.value_or(0) > totalShortMonths.value_or(0)
            ? QStringLiteral("actual")
            : QStringLiteral("total");
    }
};

struct EventResult
{
    QDate date;
    Care care = Care::Inpatient;
    bool personalAccount = true;
    std::optional<bool> pooledFund; // nullopt: a parameter the verdict needs is unknown
    QString ruleId;
    // Why, as sentence ids and typed numbers (rules/formula.h): core/present words it
    // (reasonText) in the language a renderer asks for. Empty when the verdict is unknown
    // for want of the lifelong projection.
    Formula reason;
    // true when judged on a scenario (the event is in or after the asOf month)
    bool scenario = false;
    QStringList missing;
};

// Input that is valid but probably not what the clerk meant (DOMAIN.md "Warnings").
struct Warning
{
    QString code; // owed_after_retirement
    QString path; // periods[5]
    Formula message; // worded by present/formulawords (warningText)
};

// Everything computed for a case: the contract's result object before serialisation.
struct Result
{
    QString profileId;
    QString profileVersion;
    QDate asOf;
    RetirementResult retirement;
    YearsResult years;
    QList<GapResult> gaps;
    BackPayResult backPay;
    AccountResult account;
    LifelongResult lifelong;
    QList<EventResult> events;
    QList<Warning> warnings;
    Trace trace;
};

} // namespace yibao
