// SPDX-License-Identifier: GPL-3.0-or-later
#include "paramreader.h"

#include "policy/parameterkeys.h"

#include <stdexcept>

namespace yibao {

const Parameter &ParamReader::parameter(const QString &key) const
{
    const Parameter *p = m_profile.find(key);
    if (!p)
        throw std::out_of_range(
            "profile " + m_profile.id.toStdString() + " has no parameter " + key.toStdString());
    return *p;
}

const ParamValue &ParamReader::value(const Parameter &p, QDate at) const
{
    const ParamValue *v = p.at(at);
    // Before the profile's first values (1990-01-01 in both bundled profiles) the sources
    // say nothing: such a value is unknown, like any other the sources do not give. Only
    // dates tied to a very early retirement get here; contributions and events before
    // the profile are refused as bad input.
    if (!v && !p.values.isEmpty() && at.isValid() && at < p.values.first().from) {
        static const ParamValue before = [] {
            ParamValue u;
            u.known = false;
            u.source = QStringLiteral("档案的数值自其起始日起；更早的数值资料未给出");
            u.sourceEn = QStringLiteral(
                "The profile's values start on its first day; the sources give no earlier value");
            return u;
        }();
        return before;
    }
    if (!v)
        throw std::out_of_range("profile " + m_profile.id.toStdString() + " gives no value of "
            + p.key.toStdString() + " for " + isoDate(at).toStdString());
    return *v;
}

void ParamReader::record(TraceStep *step, const Parameter &p, const ParamValue &v, QDate at)
{
    if (!step)
        return;
    for (const auto &tp : step->params)
        if (tp.origin == &v && tp.key == p.key)
            return;
    TraceParam tp;
    tp.key = p.key;
    if (const ParameterKey *k = findParameterKey(p.key))
        tp.label = k->label;
    tp.value = v.display(p.unit);
    tp.unit = p.unit;
    tp.from = v.from;
    tp.readFor = at;
    tp.source = v.source;
    tp.sourceEn = v.sourceEn;
    tp.note = v.note;
    tp.noteEn = v.noteEn;
    tp.profile = v.profile;
    tp.known = v.known;
    tp.origin = &v;
    step->params.append(tp);
    if (!v.known && !step->missing.contains(p.key))
        step->missing.append(p.key);
}

const ParamValue &ParamReader::read(TraceStep *step, const Parameter &p, QDate at) const
{
    const ParamValue &v = value(p, at);
    record(step, p, v, at);
    return v;
}

std::optional<Rate> ParamReader::rate(TraceStep *step, const Parameter &p, QDate at) const
{
    const ParamValue &v = read(step, p, at);
    return v.known ? std::optional(v.rate) : std::nullopt;
}

std::optional<qint64> ParamReader::integer(TraceStep *step, const Parameter &p, QDate at) const
{
    const ParamValue &v = read(step, p, at);
    return v.known ? std::optional(v.integer) : std::nullopt;
}

std::optional<bool> ParamReader::flag(TraceStep *step, const Parameter &p, QDate at) const
{
    const ParamValue &v = read(step, p, at);
    return v.known ? std::optional(v.flag) : std::nullopt;
}

std::optional<Money> ParamReader::money(TraceStep *step, const Parameter &p, QDate at) const
{
    const ParamValue &v = read(step, p, at);
    return v.known ? std::optional(v.money) : std::nullopt;
}

std::optional<QStringList> ParamReader::list(TraceStep *step, const Parameter &p, QDate at) const
{
    const ParamValue &v = read(step, p, at);
    return v.known ? std::optional(v.list) : std::nullopt;
}

std::optional<Rounding> ParamReader::rounding(TraceStep *step, const Parameter &p, QDate at) const
{
    const ParamValue &v = read(step, p, at);
    return v.known ? std::optional(v.rounding) : std::nullopt;
}

std::optional<YearMonth> ParamReader::month(TraceStep *step, const Parameter &p, QDate at) const
{
    const ParamValue &v = read(step, p, at);
    return v.known ? std::optional(v.month) : std::nullopt;
}

} // namespace yibao
