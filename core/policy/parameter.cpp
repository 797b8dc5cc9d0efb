// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameter.h"

#include <QJsonArray>

#include <algorithm>

namespace yibao {

QString ParamValue::sourceIn(TextLanguage language) const
{
    return wordsIn(language, source, sourceEn, u" (source given in Chinese only)");
}

QString ParamValue::noteIn(TextLanguage language) const
{
    return wordsIn(language, note, noteEn, u" (note given in Chinese only)");
}

QString ParamValue::display(ParamUnit unit, TextLanguage language) const
{
    if (!known)
        return language == TextLanguage::English ? QStringLiteral("unknown")
                                                 : QStringLiteral("未知");
    switch (unit) {
    case ParamUnit::Percent:
        return rate.toPercentString();
    case ParamUnit::Ratio:
        return rate.toRatioString();
    case ParamUnit::Months:
    case ParamUnit::Years:
        return QString::number(integer);
    case ParamUnit::Bool:
        return flag ? QStringLiteral("true") : QStringLiteral("false");
    case ParamUnit::YuanPerMonth:
        return money.toYuanString();
    case ParamUnit::Kinds:
        return list.join(QStringLiteral(", "));
    case ParamUnit::Rounding:
        return roundingId(rounding);
    case ParamUnit::Month:
        return month.toString();
    }
    return {};
}

QJsonValue ParamValue::toJson(ParamUnit unit) const
{
    if (!known)
        return QJsonValue::Null;
    switch (unit) {
    case ParamUnit::Percent: // as the profile file writes it: "9.8" with unit percent
        return rate.toPercentString().chopped(1);
    case ParamUnit::Ratio:
    case ParamUnit::YuanPerMonth:
    case ParamUnit::Rounding:
    case ParamUnit::Month:
        return display(unit);
    case ParamUnit::Months:
    case ParamUnit::Years:
        return integer;
    case ParamUnit::Bool:
        return flag;
    case ParamUnit::Kinds:
        return QJsonArray::fromStringList(list);
    }
    return QJsonValue::Null;
}

const ParamValue *Parameter::at(QDate date) const
{
    // values are ascending: the last one that starts on or before the date is in force
    auto it = std::upper_bound(values.cbegin(), values.cend(), date,
        [](QDate d, const ParamValue &v) { return d < v.from; });
    if (it == values.cbegin())
        return nullptr;
    return &*std::prev(it);
}

} // namespace yibao
