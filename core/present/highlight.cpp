// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/highlight.h"

#include <algorithm>

namespace yibao {

namespace {

    // Key terms per rule family, highlighted in the quoted passages. Kept short on purpose:
    // a highlight that covers half the passage points at nothing.
    QStringList familyTerms(const QString &ruleId)
    {
        const QString family = ruleId.section(QLatin1Char('.'), 0, 0);
        if (family == QLatin1String("retire"))
            return { QStringLiteral("法定退休年龄"), QStringLiteral("延迟"),
                QStringLiteral("退休") };
        if (family == QLatin1String("years"))
            return { QStringLiteral("缴费年限"), QStringLiteral("视同缴费"),
                QStringLiteral("实际缴费"), QStringLiteral("累计") };
        if (family == QLatin1String("gap"))
            return { QStringLiteral("断缴"), QStringLiteral("中断"), QStringLiteral("补缴"),
                QStringLiteral("滞纳金"), QStringLiteral("宽限期"), QStringLiteral("连续"),
                QStringLiteral("恢复"), QStringLiteral("停缴") };
        if (family == QLatin1String("account"))
            return { QStringLiteral("个人账户"), QStringLiteral("划入"),
                QStringLiteral("缴费基数") };
        if (family == QLatin1String("lifelong"))
            return { QStringLiteral("终身"), QStringLiteral("一次性补缴"),
                QStringLiteral("缴费年限"), QStringLiteral("累计"), QStringLiteral("实际缴费") };
        if (family == QLatin1String("eligibility") || family == QLatin1String("enrol"))
            return { QStringLiteral("统筹"), QStringLiteral("报销"), QStringLiteral("个人账户"),
                QStringLiteral("冻结"), QStringLiteral("参保") };
        return {};
    }

    QString chineseNumber(int n)
    {
        static const QString digits = QStringLiteral("零一二三四五六七八九");
        if (n < 0 || n > 99)
            return QString();
        if (n < 10)
            return digits.at(n);
        const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
        return tens + QStringLiteral("十") + (n % 10 == 0 ? QString() : QString(digits.at(n % 10)));
    }

    // How an article would write a parameter's value.
    QStringList valueTerms(const TraceParam &p)
    {
        if (!p.known || p.value.isEmpty())
            return {};
        QStringList terms;
        bool ok = false;
        if (p.unit == ParamUnit::Percent) {
            terms << p.value;
            QString full = p.value;
            full.replace(QLatin1Char('%'), QChar(0xFF05));
            terms << full;
        } else if (p.unit == ParamUnit::Months) {
            const int n = p.value.toInt(&ok);
            if (ok && n > 0) {
                terms << QStringLiteral("%1个月").arg(n)
                      << chineseNumber(n) + QStringLiteral("个月");
                // Whole years only for the long requirements (240 → 20年): a short period in years
                // ("36 个月" → 3年) mostly matches some other rule's years.
                if (n % 12 == 0 && n >= 60)
                    terms << QStringLiteral("%1年").arg(n / 12);
            }
        } else if (p.unit == ParamUnit::Years) {
            const int n = p.value.toInt(&ok);
            if (ok && n > 0)
                terms << QStringLiteral("%1周岁").arg(n) << QStringLiteral("%1岁").arg(n)
                      << QStringLiteral("%1年").arg(n);
        } else if (p.unit == ParamUnit::YuanPerMonth) {
            QString v = p.value;
            if (v.endsWith(QLatin1String(".00")))
                v.chop(3);
            terms << v + QStringLiteral("元");
        }
        terms.removeAll(QString());
        return terms;
    }

} // namespace

QStringList highlightTerms(const QList<TraceStep> &steps)
{
    QStringList terms;
    for (const TraceStep &s : steps) {
        for (const TraceParam &p : s.params)
            terms << valueTerms(p);
        terms << familyTerms(s.ruleId);
    }
    terms.removeDuplicates();
    std::stable_sort(terms.begin(), terms.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
}

} // namespace yibao
