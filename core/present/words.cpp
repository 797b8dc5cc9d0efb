// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/words.h"

namespace yibao {

QString Words::unknown() const
{
    return (*this)(u"未知", u"unknown");
}

QString Words::money(const Money &m) const
{
    return m.toYuanString() + (m_en ? QStringLiteral(" yuan") : QStringLiteral(" 元"));
}

QString Words::money(const std::optional<Money> &m) const
{
    return m ? money(*m) : unknown();
}

QString Words::months(int n) const
{
    if (m_en)
        return n == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(n);
    return QStringLiteral("%1 个月").arg(n);
}

QString Words::months(const std::optional<int> &n) const
{
    return n ? months(*n) : unknown();
}

QString Words::monthsYears(int n) const
{
    const int y = n / 12;
    const int rest = n % 12;
    if (y == 0)
        return months(n);
    QString ym;
    if (m_en)
        ym = (y == 1 ? QStringLiteral("1 year") : QStringLiteral("%1 years").arg(y))
            + (rest ? QStringLiteral(" ") + months(rest) : QString());
    else
        ym = rest ? QStringLiteral("%1 年 %2 个月").arg(y).arg(rest)
                  : QStringLiteral("%1 年").arg(y);
    return m_en ? QStringLiteral("%1 (%2)").arg(months(n), ym)
                : QStringLiteral("%1（%2）").arg(months(n), ym);
}

QString Words::date(const QDate &d) const
{
    if (!d.isValid())
        return unknown();
    return m_en ? isoDate(d)
                : QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString Words::month(const YearMonth &m) const
{
    return m_en ? m.toString() : m.toChinese();
}

QString Words::span(const YearMonth &from, const YearMonth &to) const
{
    return from == to ? month(from) : month(from) + QStringLiteral("—") + month(to);
}

QString Words::band(Band band) const
{
    switch (band) {
    case Band::Under35:
        return (*this)(u"35岁以下", u"under 35");
    case Band::From35To44:
        return (*this)(u"35至44岁", u"35 to 44");
    case Band::From45:
        return (*this)(u"45岁以上（在职）", u"45 and over (working)");
    case Band::RetiredUnder70:
        return (*this)(u"退休后不满70岁", u"retired, under 70");
    case Band::Retired70Plus:
        return (*this)(u"退休后70岁以上", u"retired, 70 and over");
    }
    return {};
}

QString Words::care(Care c) const
{
    switch (c) {
    case Care::Outpatient:
        return (*this)(u"门诊", u"outpatient visit");
    case Care::Pharmacy:
        return (*this)(u"药店购药", u"pharmacy purchase");
    case Care::Inpatient:
        return (*this)(u"住院", u"hospital stay");
    case Care::SpecialOutpatient:
        return (*this)(u"门诊慢特病", u"chronic/special outpatient care");
    }
    return {};
}

QString Words::kind(PeriodKind k) const
{
    switch (k) {
    case PeriodKind::Employee:
        return (*this)(u"单位职工", u"employee");
    case PeriodKind::Flexible:
        return (*this)(u"灵活就业", u"flexible employment");
    case PeriodKind::Resident:
        return (*this)(u"城乡居民医保", u"resident insurance");
    case PeriodKind::Deemed:
        return (*this)(u"视同缴费", u"deemed contribution");
    }
    return {};
}

QString Words::category(Category c) const
{
    switch (c) {
    case Category::Male:
        return (*this)(u"男职工", u"male employee");
    case Category::FemaleCadre:
        return (*this)(u"女干部（原55岁退休）", u"female cadre (formerly retiring at 55)");
    case Category::FemaleWorker:
        return (*this)(u"女工人（原50岁退休）", u"female worker (formerly retiring at 50)");
    }
    return {};
}

} // namespace yibao
