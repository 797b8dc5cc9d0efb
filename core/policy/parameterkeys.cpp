// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterkeys.h"

namespace yibao {

const QList<ParameterKey> &parameterKeys()
{
    static const QList<ParameterKey> all = {
        { QStringLiteral("retire.reform_start"), ParamUnit::Month, QStringLiteral("渐进式延迟退休起始月") },
        { QStringLiteral("retire.original_age.male"), ParamUnit::Years, QStringLiteral("原法定退休年龄（男）") },
        { QStringLiteral("retire.original_age.female_cadre"), ParamUnit::Years, QStringLiteral("原法定退休年龄（女干部）") },
        { QStringLiteral("retire.original_age.female_worker"), ParamUnit::Years, QStringLiteral("原法定退休年龄（女工人）") },
        { QStringLiteral("retire.delay_step.male"), ParamUnit::Months, QStringLiteral("每延迟1个月所需月数（男）") },
        { QStringLiteral("retire.delay_step.female_cadre"), ParamUnit::Months, QStringLiteral("每延迟1个月所需月数（女干部）") },
        { QStringLiteral("retire.delay_step.female_worker"), ParamUnit::Months, QStringLiteral("每延迟1个月所需月数（女工人）") },
        { QStringLiteral("retire.delay_cap.male"), ParamUnit::Months, QStringLiteral("最多延迟月数（男）") },
        { QStringLiteral("retire.delay_cap.female_cadre"), ParamUnit::Months, QStringLiteral("最多延迟月数（女干部）") },
        { QStringLiteral("retire.delay_cap.female_worker"), ParamUnit::Months, QStringLiteral("最多延迟月数（女工人）") },
        { QStringLiteral("rate.employee.employer"), ParamUnit::Percent, QStringLiteral("单位缴费费率") },
        { QStringLiteral("rate.employee.individual"), ParamUnit::Percent, QStringLiteral("个人缴费费率") },
        { QStringLiteral("rate.flexible"), ParamUnit::Percent, QStringLiteral("灵活就业缴费费率") },
        { QStringLiteral("gap.suspend_after_months"), ParamUnit::Months, QStringLiteral("断缴后暂停统筹待遇的起始") },
        { QStringLiteral("gap.grace_months"), ParamUnit::Months, QStringLiteral("补缴宽限期") },
        { QStringLiteral("gap.waiting_months"), ParamUnit::Months, QStringLiteral("断缴后的等待期") },
        { QStringLiteral("gap.backpaid_costs_covered"), ParamUnit::Bool, QStringLiteral("补缴后断缴期间费用可报销") },
        { QStringLiteral("gap.late_fee_daily"), ParamUnit::Percent, QStringLiteral("滞纳金日费率") },
        { QStringLiteral("gap.late_fee_kinds"), ParamUnit::Kinds, QStringLiteral("加收滞纳金的参保类型") },
        { QStringLiteral("gap.late_fee_cap_ratio"), ParamUnit::Ratio, QStringLiteral("滞纳金上限（本金的倍数）") },
        { QStringLiteral("enrol.first_cover_offset_months"), ParamUnit::Months, QStringLiteral("首次参保后开始享受待遇的间隔") },
        { QStringLiteral("account.individual_rate"), ParamUnit::Percent, QStringLiteral("个人缴费划入个人账户比例") },
        { QStringLiteral("account.employer_share.under35"), ParamUnit::Percent, QStringLiteral("单位缴费划入比例（35岁以下）") },
        { QStringLiteral("account.employer_share.35to44"), ParamUnit::Percent, QStringLiteral("单位缴费划入比例（35至44岁）") },
        { QStringLiteral("account.employer_share.45plus"), ParamUnit::Percent, QStringLiteral("单位缴费划入比例（45岁以上）") },
        { QStringLiteral("account.retiree.retired_under70"), ParamUnit::YuanPerMonth, QStringLiteral("退休人员每月划入（70岁以下）") },
        { QStringLiteral("account.retiree.retired_70plus"), ParamUnit::YuanPerMonth, QStringLiteral("退休人员每月划入（70岁及以上）") },
        { QStringLiteral("lifelong.min_months.male"), ParamUnit::Months, QStringLiteral("退休时最低累计缴费月数（男）") },
        { QStringLiteral("lifelong.min_months.female"), ParamUnit::Months, QStringLiteral("退休时最低累计缴费月数（女）") },
        { QStringLiteral("lifelong.min_actual_months"), ParamUnit::Months, QStringLiteral("最低实际缴费月数") },
        { QStringLiteral("lifelong.backpay_rate"), ParamUnit::Percent, QStringLiteral("退休一次性补缴费率") },
        { QStringLiteral("eligibility.account_frozen_when_owed"), ParamUnit::Bool, QStringLiteral("欠费时冻结个人账户") },
        { QStringLiteral("rounding.monthly"), ParamUnit::Rounding, QStringLiteral("每月金额的舍入方式") },
    };
    return all;
}

const ParameterKey *findParameterKey(QStringView key)
{
    for (const auto &k : parameterKeys())
        if (k.key == key)
            return &k;
    return nullptr;
}

namespace keys {
QString originalAge(const QString &category) { return QStringLiteral("retire.original_age.") + category; }
QString delayStep(const QString &category) { return QStringLiteral("retire.delay_step.") + category; }
QString delayCap(const QString &category) { return QStringLiteral("retire.delay_cap.") + category; }
QString employerShare(const QString &band) { return QStringLiteral("account.employer_share.") + band; }
QString retireeInflow(const QString &band) { return QStringLiteral("account.retiree.") + band; }
QString minMonths(const QString &sex) { return QStringLiteral("lifelong.min_months.") + sex; }
} // namespace keys

} // namespace yibao
