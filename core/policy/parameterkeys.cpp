// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterkeys.h"

namespace yibao {

const QList<ParameterKey> &parameterKeys()
{
    static const QList<ParameterKey> all = {
        { QStringLiteral("retire.reform_start"), ParamUnit::Month,
            QStringLiteral("渐进式延迟退休起始月"),
            QStringLiteral("Start of the gradual retirement delay") },
        { QStringLiteral("retire.original_age.male"), ParamUnit::Years,
            QStringLiteral("原法定退休年龄（男）"),
            QStringLiteral("Original retirement age (men)") },
        { QStringLiteral("retire.original_age.female_cadre"), ParamUnit::Years,
            QStringLiteral("原法定退休年龄（女干部）"),
            QStringLiteral("Original retirement age (women, cadre)") },
        { QStringLiteral("retire.original_age.female_worker"), ParamUnit::Years,
            QStringLiteral("原法定退休年龄（女工人）"),
            QStringLiteral("Original retirement age (women, worker)") },
        { QStringLiteral("retire.delay_step.male"), ParamUnit::Months,
            QStringLiteral("每延迟1个月所需月数（男）"),
            QStringLiteral("Months per month of delay (men)") },
        { QStringLiteral("retire.delay_step.female_cadre"), ParamUnit::Months,
            QStringLiteral("每延迟1个月所需月数（女干部）"),
            QStringLiteral("Months per month of delay (women, cadre)") },
        { QStringLiteral("retire.delay_step.female_worker"), ParamUnit::Months,
            QStringLiteral("每延迟1个月所需月数（女工人）"),
            QStringLiteral("Months per month of delay (women, worker)") },
        { QStringLiteral("retire.delay_cap.male"), ParamUnit::Months,
            QStringLiteral("最多延迟月数（男）"), QStringLiteral("Longest delay (men)") },
        { QStringLiteral("retire.delay_cap.female_cadre"), ParamUnit::Months,
            QStringLiteral("最多延迟月数（女干部）"),
            QStringLiteral("Longest delay (women, cadre)") },
        { QStringLiteral("retire.delay_cap.female_worker"), ParamUnit::Months,
            QStringLiteral("最多延迟月数（女工人）"),
            QStringLiteral("Longest delay (women, worker)") },
        { QStringLiteral("rate.employee.employer"), ParamUnit::Percent,
            QStringLiteral("单位缴费费率"), QStringLiteral("Employer contribution rate") },
        { QStringLiteral("rate.employee.individual"), ParamUnit::Percent,
            QStringLiteral("个人缴费费率"), QStringLiteral("Individual contribution rate") },
        { QStringLiteral("rate.flexible"), ParamUnit::Percent, QStringLiteral("灵活就业缴费费率"),
            QStringLiteral("Flexible-employment contribution rate") },
        { QStringLiteral("gap.suspend_after_months"), ParamUnit::Months,
            QStringLiteral("断缴后暂停统筹待遇的起始"),
            QStringLiteral("Pooled fund suspended from month") },
        { QStringLiteral("gap.grace_months"), ParamUnit::Months, QStringLiteral("补缴宽限期"),
            QStringLiteral("Grace period for back-pay") },
        { QStringLiteral("gap.waiting_months"), ParamUnit::Months, QStringLiteral("断缴后的等待期"),
            QStringLiteral("Waiting period after a gap") },
        { QStringLiteral("gap.backpaid_costs_covered"), ParamUnit::Bool,
            QStringLiteral("补缴后断缴期间费用可报销"),
            QStringLiteral("Costs in a back-paid gap reimbursed") },
        { QStringLiteral("gap.late_fee_daily"), ParamUnit::Percent, QStringLiteral("滞纳金日费率"),
            QStringLiteral("Daily late-fee rate") },
        { QStringLiteral("gap.late_fee_kinds"), ParamUnit::Kinds,
            QStringLiteral("加收滞纳金的参保类型"), QStringLiteral("Kinds charged a late fee") },
        { QStringLiteral("gap.late_fee_cap_ratio"), ParamUnit::Ratio,
            QStringLiteral("滞纳金上限（本金的倍数）"),
            QStringLiteral("Late-fee cap (times the principal)") },
        { QStringLiteral("enrol.first_cover_offset_months"), ParamUnit::Months,
            QStringLiteral("首次参保后开始享受待遇的间隔"),
            QStringLiteral("Months from first payment to cover") },
        { QStringLiteral("account.individual_rate"), ParamUnit::Percent,
            QStringLiteral("个人缴费划入个人账户比例"),
            QStringLiteral("Individual share into the personal account") },
        { QStringLiteral("account.employer_share.under35"), ParamUnit::Percent,
            QStringLiteral("单位缴费划入比例（35岁以下）"),
            QStringLiteral("Employer share into the account (under 35)") },
        { QStringLiteral("account.employer_share.35to44"), ParamUnit::Percent,
            QStringLiteral("单位缴费划入比例（35至44岁）"),
            QStringLiteral("Employer share into the account (35–44)") },
        { QStringLiteral("account.employer_share.45plus"), ParamUnit::Percent,
            QStringLiteral("单位缴费划入比例（45岁以上）"),
            QStringLiteral("Employer share into the account (45 and over)") },
        { QStringLiteral("account.retiree.retired_under70"), ParamUnit::YuanPerMonth,
            QStringLiteral("退休人员每月划入（70岁以下）"),
            QStringLiteral("Monthly inflow for retirees (under 70)") },
        { QStringLiteral("account.retiree.retired_70plus"), ParamUnit::YuanPerMonth,
            QStringLiteral("退休人员每月划入（70岁及以上）"),
            QStringLiteral("Monthly inflow for retirees (70 and over)") },
        { QStringLiteral("lifelong.min_months.male"), ParamUnit::Months,
            QStringLiteral("退休时最低累计缴费月数（男）"),
            QStringLiteral("Minimum contribution months at retirement (men)") },
        { QStringLiteral("lifelong.min_months.female"), ParamUnit::Months,
            QStringLiteral("退休时最低累计缴费月数（女）"),
            QStringLiteral("Minimum contribution months at retirement (women)") },
        { QStringLiteral("lifelong.min_actual_months"), ParamUnit::Months,
            QStringLiteral("最低实际缴费月数"), QStringLiteral("Minimum actually paid months") },
        { QStringLiteral("lifelong.backpay_rate"), ParamUnit::Percent,
            QStringLiteral("退休一次性补缴费率"),
            QStringLiteral("One-time back-pay rate at retirement") },
        { QStringLiteral("eligibility.account_frozen_when_owed"), ParamUnit::Bool,
            QStringLiteral("欠费时冻结个人账户"),
            QStringLiteral("Personal account frozen while owing") },
        { QStringLiteral("eligibility.retired_paying_covered"), ParamUnit::Bool,
            QStringLiteral("退休后续缴期间统筹基金支付"),
            QStringLiteral("Pooled fund pays while a retiree pays on") },
        { QStringLiteral("rounding.monthly"), ParamUnit::Rounding,
            QStringLiteral("每月金额的舍入方式"), QStringLiteral("Rounding of monthly amounts") },
    };
    return all;
}

QString parameterLabel(QStringView key, const QString &language)
{
    const ParameterKey *k = findParameterKey(key);
    if (!k)
        return key.toString();
    return language.startsWith(QLatin1String("en")) ? k->labelEn : k->label;
}

const ParameterKey *findParameterKey(QStringView key)
{
    for (const auto &k : parameterKeys())
        if (k.key == key)
            return &k;
    return nullptr;
}

namespace keys {
    QString originalAge(const QString &category)
    {
        return QStringLiteral("retire.original_age.") + category;
    }
    QString delayStep(const QString &category)
    {
        return QStringLiteral("retire.delay_step.") + category;
    }
    QString delayCap(const QString &category)
    {
        return QStringLiteral("retire.delay_cap.") + category;
    }
    QString employerShare(const QString &band)
    {
        return QStringLiteral("account.employer_share.") + band;
    }
    QString retireeInflow(const QString &band)
    {
        return QStringLiteral("account.retiree.") + band;
    }
    QString minMonths(const QString &sex)
    {
        return QStringLiteral("lifelong.min_months.") + sex;
    }
} // namespace keys

} // namespace yibao
