// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/inputwords.h"

#include "explain/explanation.h"

#include <QHash>

namespace yibao {

namespace {

    struct InputName
    {
        const char16_t *name;
        const char16_t *zh;
        const char16_t *en;
    };

    constexpr InputName Names[] = {
        { u"actualMonths", u"实际缴费月数", u"Months actually paid" },
        { u"ageMonths", u"退休年龄（月）", u"Retirement age (months)" },
        { u"ageYears", u"退休年龄（岁）", u"Retirement age (years)" },
        { u"aheadMonths", u"退休前还可缴月数", u"Months that can still be paid before retirement" },
        { u"asOf", u"计算日期", u"As-of date" },
        { u"backpaidMonths", u"已补缴月数", u"Months back-paid" },
        { u"band", u"年龄段", u"Age band" },
        { u"bandName", u"年龄段", u"Age band" },
        { u"baseAtRetirement", u"退休时缴费基数", u"Base at retirement" },
        { u"birth", u"出生日期", u"Birth date" },
        { u"cap", u"上限", u"Cap" },
        { u"care", u"就医类型", u"Kind of care" },
        { u"category", u"人员类别", u"Category" },
        { u"continuous", u"视为连续", u"Counts as continuous" },
        { u"continuousIfPaidByDeadline", u"按期补缴可视为连续",
            u"Counts as continuous if back-paid in time" },
        { u"costsCovered", u"补缴后期间费用可报销",
            u"Costs of the period reimbursed after back-pay" },
        { u"count", u"个数", u"Count" },
        { u"countedMonths", u"已累计月数", u"Months accumulated" },
        { u"cumulativeMonths", u"累计缴费月数", u"Cumulative months" },
        { u"date", u"日期", u"Date" },
        { u"declared", u"填写的视同缴费月数", u"Deemed months entered" },
        { u"deemedMonths", u"视同缴费月数", u"Deemed months" },
        { u"deemedPeriods", u"视同缴费时段月数", u"Months in deemed periods" },
        { u"delayMonths", u"延迟月数", u"Delay in months" },
        { u"employeeMonths", u"单位职工月数", u"Employee months" },
        { u"firstCover", u"首次享受待遇月份", u"First month of benefits" },
        { u"flexibleMonths", u"灵活就业月数", u"Flexible months" },
        { u"from", u"起", u"From" },
        { u"gapFrom", u"断缴起", u"Gap starts" },
        { u"gapMonths", u"断缴月数", u"Months in the gap" },
        { u"gapTo", u"断缴止", u"Gap ends" },
        { u"givenDate", u"填写的退休日期", u"Retirement date entered" },
        { u"grace", u"宽限期（月）", u"Grace period (months)" },
        { u"graceDeadline", u"宽限期截止", u"Grace period ends" },
        { u"historyEnd", u"缴费记录止", u"Record ends" },
        { u"historyStart", u"缴费记录起", u"Record starts" },
        { u"keepPayingCost", u"继续缴费费用", u"Cost of paying on" },
        { u"keepPayingFrom", u"继续缴费后享受待遇", u"Benefits after paying on" },
        { u"lastPaidOn", u"最后补缴日期", u"Last back-payment date" },
        { u"lateFee", u"滞纳金", u"Late fee" },
        { u"month", u"月份", u"Month" },
        { u"monthly", u"每月", u"Monthly" },
        { u"months", u"月数", u"Months" },
        { u"n", u"月数", u"Months" },
        { u"notEnrolledMonths", u"未参加职工医保月数", u"Months not in employee insurance" },
        { u"oneTimeCost", u"一次性补缴费用", u"One-time back-pay cost" },
        { u"oneTimeFrom", u"一次性补缴后享受待遇", u"Benefits after one-time back-pay" },
        { u"originalAge", u"原退休年龄", u"Original retirement age" },
        { u"originalMonth", u"原退休月份", u"Original retirement month" },
        { u"owed", u"仍欠", u"Still owed" },
        { u"owedMonths", u"欠缴月数", u"Months in arrears" },
        { u"owedOnDate", u"就医时仍欠费", u"Still in arrears at the time of care" },
        { u"pooledFund", u"统筹基金支付", u"Pooled fund pays" },
        { u"principal", u"本金", u"Principal" },
        { u"projectedActualMonths", u"预计实际缴费月数", u"Projected months actually paid" },
        { u"projectedMonths", u"预计累计月数", u"Projected cumulative months" },
        { u"qualifies", u"达到要求", u"Meets the requirement" },
        { u"reason", u"原因", u"Reason" },
        { u"requiredActualMonths", u"要求实际缴费月数", u"Required months actually paid" },
        { u"requiredMonths", u"要求累计月数", u"Required cumulative months" },
        { u"resumeMonth", u"恢复待遇月份", u"Benefits resume in" },
        { u"retired", u"已退休", u"Retired" },
        { u"retirementBackPay", u"退休一次性补缴", u"One-time back-pay at retirement" },
        { u"retirementMonth", u"退休月份", u"Retirement month" },
        { u"sex", u"性别", u"Sex" },
        { u"shortfallMonths", u"差额月数", u"Months short" },
        { u"statutoryDate", u"法定退休日期", u"Statutory retirement date" },
        { u"step", u"每几个月延迟一个月", u"One month of delay every so many months" },
        { u"suspendedFrom", u"暂停起", u"Suspended from" },
        { u"suspendedTo", u"暂停止", u"Suspended until" },
        { u"to", u"止", u"Until" },
        { u"total", u"合计", u"Total" },
        { u"owedEmployer", u"其中单位缴", u"Of which the employer pays" },
        { u"owedIndividual", u"其中个人缴", u"Of which the person pays" },
        { u"payOn", u"缴款日期", u"Payment date" },
        { u"deadlineAhead", u"宽限期尚未截止", u"Grace period not over yet" },
        { u"scenario", u"按假设判断", u"Judged on an assumption" },
        { u"countedActualMonths", u"已实际缴费月数", u"Months actually paid" },
        { u"totalShortMonths", u"累计差额月数", u"Months short in total" },
        { u"actualShortMonths", u"实际缴费差额月数", u"Months short of actual payment" },
        { u"binding", u"不足的一项", u"What falls short" },
        { u"qualifyingMonth", u"享受终身待遇月份", u"Month lifelong benefits begin" },
        { u"waiting", u"等待期（月）", u"Waiting period (months)" },
        { u"nothingDue", u"尚无到期月份", u"No month due yet" },
        { u"originalAhead", u"原退休月份尚未到", u"Original retirement month still ahead" },
        { u"resumeAhead", u"恢复月份尚未到", u"Month cover resumes still ahead" },
        { u"retirementAhead", u"退休尚未到", u"Retirement still ahead" },
        { u"statutoryAhead", u"法定退休日期尚未到", u"Statutory retirement date still ahead" },
        { u"suspendedToAhead", u"暂停止月尚未到", u"End of the suspension still ahead" },
        { u"why", u"不能视为连续的原因", u"Why it does not count as continuous" },
    };

    // why a gap does not count as continuous (gap.cpp, input "why")
    struct Reason
    {
        const char16_t *code;
        const char16_t *zh;
        const char16_t *en;
    };

    constexpr Reason Reasons[] = {
        { u"paid_late", u"逾期才补缴", u"paid after the deadline" },
        { u"not_enrolled", u"其间未参加职工医保", u"not enrolled in employee insurance then" },
        { u"too_long", u"断缴超过宽限期", u"longer than the grace period" },
        { u"owed_before_deadline", u"仍欠费，截止日期未到", u"still owed; the deadline is ahead" },
        { u"pay_on_after_deadline", u"按所填缴款日期，缴款晚于截止日期",
            u"the payment date entered is after the deadline" },
        { u"owed_past_deadline", u"截止日期已过仍欠费", u"still owed after the deadline" },
    };

} // namespace

QString inputLabel(const QString &name, const Words &w)
{
    static const QHash<QString, const InputName *> byName = [] {
        QHash<QString, const InputName *> out;
        for (const InputName &n : Names)
            out.insert(QString::fromUtf16(n.name), &n);
        return out;
    }();
    const auto it = byName.constFind(name);
    return it == byName.cend() ? name : w((*it)->zh, (*it)->en);
}

QString inputValue(const QString &value, const Words &w, const Explanations &texts)
{
    if (value == QLatin1String("true"))
        return w(u"是", u"yes");
    if (value == QLatin1String("false"))
        return w(u"否", u"no");
    for (const Reason &r : Reasons)
        if (value == QStringView(r.code))
            return w(r.zh, r.en);
    if (w.english() && hasChinese(value))
        return texts.englishWord(value);
    return value;
}

bool isZeroInput(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return true;
    static const QStringList zeros { QStringLiteral("0"), QStringLiteral("0.00"),
        QStringLiteral("0 个月"), QStringLiteral("0.00 元"), QStringLiteral("0个月") };
    return zeros.contains(v);
}

} // namespace yibao
