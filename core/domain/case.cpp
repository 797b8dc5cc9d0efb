// SPDX-License-Identifier: GPL-3.0-or-later
#include "case.h"

#include <array>
#include <utility>

namespace yibao {

namespace {

    template<typename E, size_t N>
    QString idOf(const std::array<std::pair<E, const char *>, N> &table, E v)
    {
        for (const auto &[e, id] : table)
            if (e == v)
                return QString::fromLatin1(id);
        return {};
    }

    template<typename E, size_t N>
    std::optional<E> fromId(const std::array<std::pair<E, const char *>, N> &table, QStringView id)
    {
        for (const auto &[e, s] : table)
            if (id == QLatin1String(s))
                return e;
        return std::nullopt;
    }

    template<typename E, size_t N>
    QString chineseOf(const std::array<std::pair<E, const char *>, N> &table, E v)
    {
        for (const auto &[e, s] : table)
            if (e == v)
                return QString::fromUtf8(s);
        return {};
    }

    constexpr std::array<std::pair<Sex, const char *>, 2> sexIds { { { Sex::Male, "male" },
        { Sex::Female, "female" } } };
    constexpr std::array<std::pair<Category, const char *>, 3> categoryIds { {
        { Category::Male, "male" },
        { Category::FemaleCadre, "female_cadre" },
        { Category::FemaleWorker, "female_worker" },
    } };
    constexpr std::array<std::pair<PeriodKind, const char *>, 4> kindIds { {
        { PeriodKind::Employee, "employee" },
        { PeriodKind::Flexible, "flexible" },
        { PeriodKind::Resident, "resident" },
        { PeriodKind::Deemed, "deemed" },
    } };
    constexpr std::array<std::pair<PeriodStatus, const char *>, 4> statusIds { {
        { PeriodStatus::Paid, "paid" },
        { PeriodStatus::Arrears, "arrears" },
        { PeriodStatus::Backpaid, "backpaid" },
        { PeriodStatus::Planned, "planned" },
    } };
    constexpr std::array<std::pair<Care, const char *>, 4> careIds { {
        { Care::Outpatient, "outpatient" },
        { Care::Pharmacy, "pharmacy" },
        { Care::Inpatient, "inpatient" },
        { Care::SpecialOutpatient, "special_outpatient" },
    } };

    constexpr std::array<std::pair<PeriodKind, const char *>, 4> kindZh { {
        { PeriodKind::Employee, "单位职工" },
        { PeriodKind::Flexible, "灵活就业" },
        { PeriodKind::Resident, "城乡居民医保" },
        { PeriodKind::Deemed, "视同缴费" },
    } };
    constexpr std::array<std::pair<PeriodStatus, const char *>, 4> statusZh { {
        { PeriodStatus::Paid, "已缴" },
        { PeriodStatus::Arrears, "欠费" },
        { PeriodStatus::Backpaid, "已补缴" },
        { PeriodStatus::Planned, "计划缴费" },
    } };
    constexpr std::array<std::pair<Care, const char *>, 4> careZh { {
        { Care::Outpatient, "门诊" },
        { Care::Pharmacy, "药店购药" },
        { Care::Inpatient, "住院" },
        { Care::SpecialOutpatient, "门诊慢特病" },
    } };
    constexpr std::array<std::pair<Category, const char *>, 3> categoryZh { {
        { Category::Male, "男职工" },
        { Category::FemaleCadre, "女干部（原55岁退休）" },
        { Category::FemaleWorker, "女工人（原50岁退休）" },
    } };

} // namespace

QString sexId(Sex v)
{
    return idOf(sexIds, v);
}
QString categoryId(Category v)
{
    return idOf(categoryIds, v);
}
QString kindId(PeriodKind v)
{
    return idOf(kindIds, v);
}
QString statusId(PeriodStatus v)
{
    return idOf(statusIds, v);
}
QString careId(Care v)
{
    return idOf(careIds, v);
}
std::optional<Sex> sexFromId(QStringView id)
{
    return fromId(sexIds, id);
}
std::optional<Category> categoryFromId(QStringView id)
{
    return fromId(categoryIds, id);
}
std::optional<PeriodKind> kindFromId(QStringView id)
{
    return fromId(kindIds, id);
}
std::optional<PeriodStatus> statusFromId(QStringView id)
{
    return fromId(statusIds, id);
}
std::optional<Care> careFromId(QStringView id)
{
    return fromId(careIds, id);
}
QString kindChinese(PeriodKind v)
{
    return chineseOf(kindZh, v);
}
QString statusChinese(PeriodStatus v)
{
    return chineseOf(statusZh, v);
}
QString careChinese(Care v)
{
    return chineseOf(careZh, v);
}
QString categoryChinese(Category v)
{
    return chineseOf(categoryZh, v);
}

Sex sexOfCategory(Category c)
{
    return c == Category::Male ? Sex::Male : Sex::Female;
}

} // namespace yibao
