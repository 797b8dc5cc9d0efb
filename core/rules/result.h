// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    std::optional<Money> owed;
    bool continuous = false;
    bool continuousIfPaidByDeadline = false;
    std::optional<YearMonth> resumeMonth;
    QDate graceDeadline;
    int graceMonths = 0;
    int waitingMonths = 0;
    // the months in which the pooled fund does not pay for this gap (first+1 … resume−1)
    YearMonth suspendedFrom;
    std::optional<YearMonth> suspendedTo; // nullopt: to the end of the history
    bool costsCovered = false; // costs inside the window are reimbursed after all
};

struct BackPayResult
{
    std::optional<Money> gapTotal;
    std::optional<Money> gapOwed;
    int shortfallMonths = 0;
    std::optional<Money> retirementBackPay;
    QStringList missing;
};

struct BandResult
{
    QString band; // under35, 35to44, 45plus, retired_under70, retired_70plus
    int months = 0;
    std::optional<Money> monthly; // inflow of the band's latest month
    std::optional<Money> total; // nullopt when any month's parameter is unknown
    YearMonth firstMonth;
    YearMonth lastMonth;
};

struct YearInflow
{
    int year = 0;
    QString band; // the band of these months
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
    int requiredMonths = 0;
    int requiredActualMonths = 0;
    int countedMonths = 0;
    int countedActualMonths = 0;
    int projectedMonths = 0;
    int projectedActualMonths = 0;
    int shortfallMonths = 0;
    bool qualifies = false;
    bool retired = false;
    QList<LifelongPath> paths; // empty when there is no shortfall
    std::optional<QString> cheapest; // id of the cheaper path when both costs are known
};

struct EventResult
{
    QDate date;
    Care care = Care::Inpatient;
    bool personalAccount = true;
    bool pooledFund = false;
    QString ruleId;
    QString reason;
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
    Trace trace;
};

} // namespace yibao
