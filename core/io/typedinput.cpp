// SPDX-License-Identifier: GPL-3.0-or-later
#include "typedinput.h"

#include <QRegularExpression>

#include <initializer_list>

namespace yibao {

namespace {

    const QRegularExpression &compactMonth()
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})(\\d{2})(?:(\\d{2}))?$"));
        return re;
    }

    const QRegularExpression &separatedDate()
    {
        // 2016-01, 2016/1, 2016.01, 2016年1月, optionally a day (2016/1/15, 2016年1月15日)
        // and a time after it, as spreadsheets write dates.
        static const QRegularExpression re(QStringLiteral(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:月\\s*)?"
            "(?:[-/.]?\\s*(\\d{1,2})\\s*日?)?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
        return re;
    }

    // year, month and (when written) day of a month or date text.
    bool splitDate(const QString &s, int *y, int *m, int *d)
    {
        QRegularExpressionMatch match = compactMonth().match(s);
        if (!match.hasMatch())
            match = separatedDate().match(s);
        if (!match.hasMatch())
            return false;
        *y = match.captured(1).toInt();
        *m = match.captured(2).toInt();
        *d = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
        return *m >= 1 && *m <= 12 && *y >= 1900 && *y <= 2200;
    }

    bool containsAny(const QString &s, std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *w : words)
            if (s.contains(QStringView(w)))
                return true;
        return false;
    }

    QString compact(QStringView text)
    {
        return normalizedInput(text).remove(QLatin1Char(' '));
    }

} // namespace

QString normalizedInput(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_KC).trimmed();
}

std::optional<YearMonth> parseTypedMonth(QStringView text)
{
    int y = 0, m = 0, d = 0;
    if (!splitDate(normalizedInput(text), &y, &m, &d))
        return std::nullopt;
    if (d != 0 && !QDate(y, m, d).isValid())
        return std::nullopt;
    return YearMonth(y, m);
}

std::optional<QDate> parseTypedDate(QStringView text)
{
    int y = 0, m = 0, d = 0;
    if (!splitDate(normalizedInput(text), &y, &m, &d) || d == 0)
        return std::nullopt;
    const QDate date(y, m, d);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<Money> parseTypedAmount(QStringView text)
{
    // NFKC turns ￥ into ¥, ， into , and ４ into 4; a currency sign in front and 元 at the
    // end are allowed, grouping commas and spaces anywhere in the number.
    QString s = normalizedInput(text);
    if (s.startsWith(QChar(0x00A5)))
        s.remove(0, 1);
    if (s.endsWith(QChar(0x5143))) // 元
        s.chop(1);
    s.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    return Money::parseYuan(s);
}

bool amountHasNumberWords(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("[零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]"));
    return re.match(normalizedInput(text)).hasMatch();
}

std::optional<PeriodKind> parseTypedKind(QStringView text)
{
    const QString s = compact(text);
    if (const auto k = kindFromId(s.toLower()))
        return k;
    // Most specific first: 职工医保（灵活就业） is flexible, 城镇职工 employee.
    if (containsAny(s, { u"视同" }))
        return PeriodKind::Deemed;
    if (containsAny(s, { u"灵活", u"个体", u"自由职业" }))
        return PeriodKind::Flexible;
    if (containsAny(s, { u"居民", u"城乡", u"新农合" }))
        return PeriodKind::Resident;
    if (containsAny(s, { u"职工", u"在职", u"单位", u"企业", u"机关" }))
        return PeriodKind::Employee;
    return std::nullopt;
}

std::optional<PeriodStatus> parseTypedStatus(QStringView text)
{
    const QString s = compact(text);
    if (const auto st = statusFromId(s.toLower()))
        return st;
    // 已补缴 is backpaid and 未到账 arrears, so these come before 已 and 到账.
    if (containsAny(s, { u"补缴", u"补收", u"补交", u"补费" }))
        return PeriodStatus::Backpaid;
    if (containsAny(s, { u"欠", u"未缴", u"未交", u"未到账", u"断缴", u"中断", u"停缴" }))
        return PeriodStatus::Arrears;
    if (containsAny(s, { u"待缴", u"计划", u"预缴" }))
        return PeriodStatus::Planned;
    if (containsAny(s, { u"已缴", u"已交", u"到账", u"正常", u"足额", u"实缴" }))
        return PeriodStatus::Paid;
    return std::nullopt;
}

} // namespace yibao
